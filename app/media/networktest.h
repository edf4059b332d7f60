#pragma once

#include "media/callbackbridge.h"
#include "media/networktestreport.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace kvs::media {

struct NetworkProbe;

/// Tries each path separately with the real ICE stack: a webrtcbin with only that one server (TURN:
/// ice-transport-policy=relay) and a recvonly transceiver so it gathers. STUN passes with a server-reflexive
/// candidate, TURN with a relay candidate. Paths run in parallel, each with its own time limit. Every
/// signal is emitted on the Qt thread.
class NetworkTest final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int pathTimeoutMs = 10000;
        /// Also gather on 127.0.0.1 (servers on this machine, tests). Turns interface discovery off.
        bool loopbackCandidates = false;
        /// Trust for the TLS handshake of turns: rows (PEM CA certificates added to the system's).
        QString tlsCaFile;
        /// https_proxy / no_proxy (chooseProxy): TURN over TCP and TLS and the TLS check go through the
        /// proxy the viewer's media would use. Empty: direct.
        QProcessEnvironment environment;
    };

    NetworkTest(QList<NetworkPath> paths, Options options, QObject *parent = nullptr);
    ~NetworkTest() override;

    void start();
    bool isRunning() const { return m_running; }
    const NetworkTestReport &report() const { return m_report; }

signals:
    /// Emitted when a row changes (running, passed, failed).
    void rowChanged(int index, const kvs::media::NetworkPathResult &row);
    /// Emitted once every row has its result.
    void finished(const kvs::media::NetworkTestReport &report);

private:
    friend struct NetworkProbe;
    void startPath(int index);
    void onCandidate(int index, const QString &candidate);
    void onGatheringDone(int index);
    void onTimeout(int index);
    void pass(int index, const QString &address, const QString &detail = {});
    void fail(int index, NetworkPathFailure failure, const QString &detail);
    void classifyFastFailure(int index);
    void checkTls(int index);
    /// Calls launch with webrtcbin's "http-proxy" for the path ("" when direct), once the proxy's host is
    /// resolved; a proxy that does not resolve fails the path.
    void withProxy(int index, const std::function<void(const QString &)> &launch);
    void settle(int index);
    void finishIfDone();
    void stopProbe(int index);

    Options m_options;
    NetworkTestReport m_report;
    CallbackBridgePtr m_bridge;
    std::vector<std::shared_ptr<NetworkProbe>> m_probes;
    std::vector<int> m_pendingChecks; ///< TLS or TCP checks still running per row
    QElapsedTimer m_clock;
    std::vector<qint64> m_startedAt;
    bool m_running = false;
};

} // namespace kvs::media
