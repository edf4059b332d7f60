#pragma once

#include <QObject>
#include <QStringList>

class QTcpServer;
class QUdpSocket;

namespace kvs::emulator {

/// A TURN server nothing answers: a UDP socket and a TCP listener on loopback that read and drop
/// everything (no ICMP, no RST), for POST /emulator/turn's "unanswered" TURN URIs.
class SilentTurnServer final : public QObject
{
    Q_OBJECT

public:
    explicit SilentTurnServer(QObject *parent = nullptr);
    ~SilentTurnServer() override;

    /// "turn:127.0.0.1:P?transport=udp" and "…tcp", opening the sockets on first use.
    QStringList uris();

private:
    QUdpSocket *m_udp = nullptr;
    QTcpServer *m_tcp = nullptr;
};

} // namespace kvs::emulator
