#pragma once

#include "emulator/faultinjector.h"
#include "emulator/mastermedia.h"

#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>

class QJsonObject;

namespace kvs::emulator {

/// The master that answers viewers on channels with no master connected (kvs-signaling-emulator --master,
/// the desktop's demo and Practice): an SDP-only answer with host candidates (SdpAnswerer), or, with a media
/// factory, a real peer per viewer that sends media. It reaches viewers only through the send function it
/// is given; faults armed for MasterMedia (no media) and IceCandidate (its candidates dropped) apply.
class BuiltInMaster final : public QObject
{
    Q_OBJECT

public:
    /// Delivers one message from the master to viewerId on channelArn (payload: base64 JSON, as on the wire).
    using Send = std::function<void(const QString &channelArn, const QString &viewerId, const QString &type,
                                    const QString &payload)>;

    BuiltInMaster(FaultInjector &faults, Send send, QObject *parent = nullptr);
    ~BuiltInMaster() override;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    /// With a factory, answers come with real media (one peer per viewer); without, SDP only.
    void setMediaFactory(MasterMediaFactory factory) { m_media = std::move(factory); }
    bool hasMedia() const { return static_cast<bool>(m_media); }
    /// How many offers it answered.
    int answers() const { return m_answers; }

    /// Answers viewerId's SDP_OFFER (its base64 payload). withMedia false: SDP only, also the fallback when
    /// the media peer fails.
    void answer(const QString &channelArn, const QString &viewerId, const QString &offerPayload,
                bool withMedia = true);
    /// Hands a viewer's ICE_CANDIDATE (base64 payload) to its media peer; ignored when it has none.
    void addRemoteCandidate(const QString &channelArn, const QString &viewerId, const QString &payload);
    /// Ends viewerId's media session (the viewer left).
    void forget(const QString &channelArn, const QString &viewerId);

private:
    void answerWithMedia(const QString &channelArn, const QString &viewerId, const QString &offerPayload);
    /// Sends a message of the media peer's, unless an IceCandidate fault drops a candidate.
    void sendFromPeer(const QString &channelArn, const QString &viewerId, const QString &type,
                      const QJsonObject &payload);

    FaultInjector &m_faults;
    Send m_send;
    bool m_enabled = false;
    MasterMediaFactory m_media;
    /// The media peers, by channel ARN + '|' + viewer ClientId.
    std::map<QString, std::unique_ptr<MasterMediaPeer>> m_peers;
    int m_answers = 0;
};

} // namespace kvs::emulator
