#include "emulator/silentturnserver.h"

#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

namespace kvs::emulator {

SilentTurnServer::SilentTurnServer(QObject *parent)
    : QObject(parent)
{}

SilentTurnServer::~SilentTurnServer() = default;

QStringList SilentTurnServer::uris()
{
    if (!m_udp) {
        // Both read and drop everything: a TURN client hears nothing back (no ICMP, no RST).
        m_udp = new QUdpSocket(this);
        m_udp->bind(QHostAddress::LocalHost, 0);
        connect(m_udp, &QUdpSocket::readyRead, m_udp, [socket = m_udp] {
            while (socket->hasPendingDatagrams())
                socket->receiveDatagram();
        });
        m_tcp = new QTcpServer(this);
        m_tcp->listen(QHostAddress::LocalHost, 0);
        connect(m_tcp, &QTcpServer::newConnection, m_tcp, [server = m_tcp] {
            while (QTcpSocket *socket = server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    return {QStringLiteral("turn:127.0.0.1:%1?transport=udp").arg(m_udp->localPort()),
            QStringLiteral("turn:127.0.0.1:%1?transport=tcp").arg(m_tcp->serverPort())};
}

} // namespace kvs::emulator
