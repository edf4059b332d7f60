#pragma once

// A real HTTP CONNECT proxy on 127.0.0.1:0 for the proxy tests: it tunnels each CONNECT to its target and
// records the targets and any Proxy-Authorization header, so a test can tell which connections went through.
#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

namespace kvs::test {

class ConnectProxy final : public QObject
{
public:
    ConnectProxy() { QObject::connect(&m_server, &QTcpServer::newConnection, this, &ConnectProxy::accept); }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    /// "HOST:PORT" of every CONNECT, in order.
    QStringList targets() const { return m_targets; }
    /// The Proxy-Authorization header values seen.
    QList<QByteArray> authorizations() const { return m_authorizations; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *buffer = new QByteArray;
            QObject::connect(client, &QObject::destroyed, client, [buffer] { delete buffer; });
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            QObject::connect(client, &QTcpSocket::readyRead, this,
                             [this, client, buffer] { readRequest(client, buffer); });
        }
    }

    void readRequest(QTcpSocket *client, QByteArray *buffer)
    {
        buffer->append(client->readAll());
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        QObject::disconnect(client, &QTcpSocket::readyRead, this, nullptr);
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
        const QByteArray rest = buffer->mid(end + 4);
        if (request.value(0) != "CONNECT" || request.size() < 2) {
            client->write(
                "HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            client->disconnectFromHost();
            return;
        }
        const QByteArray target = request.value(1);
        m_targets.append(QString::fromLatin1(target));
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("proxy-authorization:"))
                m_authorizations.append(line.mid(line.indexOf(':') + 1).trimmed());
        }
        const qsizetype colon = target.lastIndexOf(':');
        QByteArray host = target.left(colon);
        if (host.startsWith('[') && host.endsWith(']'))
            host = host.mid(1, host.size() - 2);
        auto *upstream = new QTcpSocket(client);
        QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream, rest] {
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            if (!rest.isEmpty())
                upstream->write(rest);
            QObject::connect(client, &QTcpSocket::readyRead, upstream,
                             [client, upstream] { upstream->write(client->readAll()); });
            QObject::connect(upstream, &QTcpSocket::readyRead, client,
                             [client, upstream] { client->write(upstream->readAll()); });
            if (client->bytesAvailable() > 0)
                upstream->write(client->readAll());
        });
        QObject::connect(upstream, &QTcpSocket::disconnected, client,
                         [client] { client->disconnectFromHost(); });
        QObject::connect(upstream, &QTcpSocket::errorOccurred, client,
                         [client](QAbstractSocket::SocketError) { client->disconnectFromHost(); });
        QObject::connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->abort(); });
        upstream->connectToHost(QString::fromLatin1(host), quint16(target.mid(colon + 1).toUInt()));
    }

    QTcpServer m_server;
    QStringList m_targets;
    QList<QByteArray> m_authorizations;
};

} // namespace kvs::test
