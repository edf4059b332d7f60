#pragma once

#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <utility>

namespace kvs::test {

/// A tiny plain-HTTP server on 127.0.0.1:0 for tests: records each request and answers with canned raw
/// responses in order (the last one repeats). An empty canned response means "never answer".
class CannedHttpServer final : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<std::pair<QByteArray, QByteArray>> headers; ///< names lower-cased, in wire order
        QByteArray body;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key == name.toLower())
                    return value;
            }
            return QByteArray();
        }
    };

    QList<Request> requests;
    QList<QByteArray> responses;

    quint16 listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onData(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
        return m_server.serverPort();
    }

    /// A complete HTTP/1.1 response with Content-Length and Connection: close.
    static QByteArray response(int status, const QByteArray &reason, const QList<QByteArray> &headers,
                               const QByteArray &body)
    {
        QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        for (const QByteArray &header : headers)
            text += header + "\r\n";
        text += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        return text;
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.clear();
        requests.append(request);
        const QByteArray answer = responses.isEmpty()
                                      ? QByteArray()
                                      : responses.value(std::min(requests.size(), responses.size()) - 1);
        if (answer.isEmpty())
            return;
        socket->write(answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace kvs::test
