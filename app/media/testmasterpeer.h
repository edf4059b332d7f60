#pragma once

#include "media/callbackbridge.h"

#include <QObject>
#include <QString>

#include <memory>

namespace kvs::media {

struct TestMasterShared;

/// What the test master sends.
struct TestMasterOptions
{
    QString codec = QStringLiteral("auto"); ///< "auto" (H.264 when offered, else VP8), "h264", "vp8"
    int width = 640;
    int height = 480;
    int fps = 30;
    bool audio = true;              ///< a 440 Hz tone in Opus, when the offer has an audio m-line
    bool sendMedia = true;          ///< false: answers and connects, but no RTP leaves (a "no media" master)
    bool loopbackCandidates = true; ///< gather 127.0.0.1 too (a master on this machine)
    QStringList turnUris;           ///< webrtcbin form, with credentials
    QString stunUri;                ///< webrtcbin form
};

/// A KVS master's media for one viewer, on webrtcbin: answers the viewer's offer with sendonly video (SMPTE
/// colour bars with a running time code, so frames visibly change) and a tone, taking the payload types
/// from the offer as the KVS C SDK does. Used by the emulator's built-in master and by tests.
class TestMasterPeer final : public QObject
{
    Q_OBJECT

public:
    explicit TestMasterPeer(TestMasterOptions options, QObject *parent = nullptr);
    ~TestMasterPeer() override;

    /// Builds the sending pipeline for offerSdp and starts answering: answerReady() or failed() follows.
    void answer(const QString &offerSdp);
    void addRemoteCandidate(int mlineIndex, const QString &candidate);
    /// The codec chosen for the answer ("H264", "VP8"), empty before answer().
    const QString &videoCodec() const { return m_videoCodec; }

signals:
    void answerReady(const QString &sdp);
    void localCandidate(int mlineIndex, const QString &mid, const QString &candidate);
    void failed(const QString &message);

private:
    friend struct TestMasterShared;
    TestMasterOptions m_options;
    CallbackBridgePtr m_bridge;
    std::shared_ptr<TestMasterShared> m_shared;
    QString m_videoCodec;
    QStringList m_mids;
};

} // namespace kvs::media
