// kvs-viewer-cli against a hostile signaling endpoint written here (plain HTTP and ws:// on 127.0.0.1): an
// endless or oversized control-plane answer, a huge WebSocket frame, fragments that never end a message,
// invalid UTF-8, and a 101 with a wrong Sec-WebSocket-Accept. The CLI's peak memory must stay bounded and
// its error must name the real cause (too large / protocol error), never the service or another client.
#include "clirunner.h"
#include "hostilepeer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace kvs::test;

namespace {

const QString kArn =
    QStringLiteral("arn:aws:kinesisvideo:us-west-2:111122223333:channel/demo-channel/1700000000000");
constexpr qint64 kAttackBytes = 1024LL * 1024 * 1024; // what the peer is willing to send at most
constexpr qint64 kPeakRssBoundKb = 300 * 1024;        // the CLI's bound, sanitizer build included

enum class Attack
{
    EndlessBody,      ///< GetSignalingChannelEndpoint: 200 without Content-Length, bytes forever
    LargeValidBody,   ///< GetSignalingChannelEndpoint: a valid answer of 50 MB with its Content-Length
    HugeFrame,        ///< after the upgrade: one frame announcing 300 MB, then its bytes
    EndlessFragments, ///< after the upgrade: a text message whose fragments never end
    InvalidUtf8,      ///< after the upgrade: one text frame that is not UTF-8
    WrongAccept,      ///< the upgrade answered 101 with a wrong Sec-WebSocket-Accept
};

/// The endpoint: answers the control plane like the service, then attacks as told.
class HostileEndpoint final : public QObject
{
public:
    explicit HostileEndpoint(Attack attack)
        : m_attack(attack)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    qint64 sent = 0;

private:
    void onData(QTcpSocket *socket)
    {
        if (m_streaming.contains(socket)) {
            socket->readAll(); // whatever the client says now (close frames, pings) changes nothing
            return;
        }
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QByteArray target = lines.value(0).split(' ').value(1);
        qsizetype length = 0;
        QByteArray key;
        for (const QByteArray &line : lines) {
            const QByteArray lower = line.toLower();
            if (lower.startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
            if (lower.startsWith("sec-websocket-key:"))
                key = line.mid(18).trimmed();
        }
        if (buffer.size() < end + 4 + length)
            return;
        buffer.remove(0, end + 4 + length);
        if (!key.isEmpty()) {
            upgrade(socket, key);
            return;
        }
        if (target.startsWith("/getSignalingChannelEndpoint")) {
            if (m_attack == Attack::EndlessBody) {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                              "{\"ResourceEndpointList\":[{\"Protocol\":\"");
                stream(socket, QByteArray(256 * 1024, 'W'));
                return;
            }
            const QByteArray wss = "ws://127.0.0.1:" + QByteArray::number(m_server.serverPort());
            const QByteArray json =
                "{\"ResourceEndpointList\":[{\"Protocol\":\"WSS\",\"ResourceEndpoint\":\"" + wss +
                "\"},{\"Protocol\":\"HTTPS\",\"ResourceEndpoint\":\"" + endpoint().toLatin1() + "\"}]";
            if (m_attack == Attack::LargeValidBody) {
                // Valid JSON of 50 MB: the endpoint list, then a long string member.
                const qint64 total = 50LL * 1024 * 1024;
                const QByteArray head = json + ",\"Padding\":\"";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                              QByteArray::number(total) + "\r\n\r\n" + head);
                m_remaining[socket] = total - head.size() - 2;
                stream(socket, QByteArray(256 * 1024, 'p'));
                return;
            }
            answer(socket, json + '}');
            return;
        }
        if (target.startsWith("/v1/get-ice-server-config")) {
            answer(socket, "{\"IceServerList\":[]}");
            return;
        }
        answer(socket, "{\"ChannelInfo\":{\"ChannelARN\":\"" + kArn.toLatin1() +
                           "\",\"ChannelName\":\"demo-channel\",\"ChannelStatus\":\"ACTIVE\","
                           "\"ChannelType\":\"SINGLE_MASTER\"}}");
    }

    void answer(QTcpSocket *socket, const QByteArray &json)
    {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-amzn-RequestId: hostile\r\n"
                      "Content-Length: " +
                      QByteArray::number(json.size()) + "\r\n\r\n" + json);
    }

    void upgrade(QTcpSocket *socket, const QByteArray &key)
    {
        const QByteArray keyAndGuid = key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
        QByteArray accept = QCryptographicHash::hash(keyAndGuid, QCryptographicHash::Sha1).toBase64();
        if (m_attack == Attack::WrongAccept)
            accept = "dGhpcyBpcyBub3QgdGhlIGFjY2VwdA==";
        socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Accept: " +
                      accept + "\r\n\r\n");
        switch (m_attack) {
        case Attack::HugeFrame:
            socket->write(webSocketFrameHead(1, true, 300ULL * 1024 * 1024));
            stream(socket, QByteArray(256 * 1024, 'h'));
            break;
        case Attack::EndlessFragments:
            m_fragments = true;
            stream(socket, webSocketFrame(0, false, QByteArray(64 * 1024, 'f')));
            socket->write(webSocketFrameHead(1, false, 1) + 'f');
            pump(socket);
            break;
        case Attack::InvalidUtf8:
            socket->write(webSocketFrame(1, true, QByteArray("{\"messageType\":\"\xff\xfe\xfd\"}")));
            m_streaming.insert(socket, {});
            break;
        default:
            m_streaming.insert(socket, {});
            break;
        }
    }

    /// Writes chunk over and over (as the client reads) until kAttackBytes or the client leaves.
    void stream(QTcpSocket *socket, const QByteArray &chunk)
    {
        m_streaming.insert(socket, chunk);
        if (!m_fragments)
            pump(socket);
    }

    void pump(QTcpSocket *socket)
    {
        const QByteArray chunk = m_streaming.value(socket);
        if (chunk.isEmpty())
            return;
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 1024 * 1024 &&
               sent < kAttackBytes) {
            if (m_remaining.contains(socket)) {
                qint64 &left = m_remaining[socket];
                if (left <= 0) {
                    socket->write("\"}");
                    m_streaming.remove(socket);
                    return;
                }
                const QByteArray piece = chunk.left(std::min<qint64>(left, chunk.size()));
                left -= piece.size();
                socket->write(piece);
                sent += piece.size();
                continue;
            }
            socket->write(chunk);
            sent += chunk.size();
        }
    }

    Attack m_attack;
    bool m_fragments = false;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, QByteArray> m_streaming;
    QHash<QTcpSocket *, qint64> m_remaining;
};

/// The largest peak resident set of any child process that has ended, in KiB.
qint64 childrenPeakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

private slots:
    void boundedAndNamed_data()
    {
        QTest::addColumn<int>("attack");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("cause");
        QTest::newRow("endless control-plane body") << int(Attack::EndlessBody) << "ResponseTooLarge"
                                                    << "larger than 1048576 bytes";
        QTest::newRow("valid 50 MB answer") << int(Attack::LargeValidBody) << "ResponseTooLarge"
                                            << "larger than 1048576 bytes";
        QTest::newRow("one 300 MB frame") << int(Attack::HugeFrame) << "ProtocolError"
                                          << "code 1009";
        QTest::newRow("endless fragments") << int(Attack::EndlessFragments) << "ProtocolError"
                                           << "code 1009";
        QTest::newRow("invalid UTF-8") << int(Attack::InvalidUtf8) << "ProtocolError"
                                       << "not valid UTF-8";
        QTest::newRow("wrong Sec-WebSocket-Accept") << int(Attack::WrongAccept) << "ProtocolError"
                                                    << "wrong Sec-WebSocket-Accept";
    }
    void boundedAndNamed()
    {
        QFETCH(int, attack);
        QFETCH(QString, errorType);
        QFETCH(QString, cause);
        HostileEndpoint endpoint(static_cast<Attack>(attack));
        QTemporaryDir home;
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAHOSTILEEXAMPLE01"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                   QStringLiteral("hostileSecretKeyExample/0123456789"));
        for (const char *name : {"ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"}) {
            if (qEnvironmentVariableIsSet(name))
                env.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
        }
        const CliRun run = runCliAsync(
            {QStringLiteral("connect"), QStringLiteral("--channel-arn"), kArn, QStringLiteral("--region"),
             QStringLiteral("us-west-2"), QStringLiteral("--endpoint-url"), endpoint.endpoint(),
             QStringLiteral("--max-retries"), QStringLiteral("1"), QStringLiteral("--duration"),
             QStringLiteral("30"), QStringLiteral("--json")},
            env);
        const qint64 peakKb = childrenPeakRssKb();
        qInfo("attack sent %lld bytes; the CLI's peak RSS %lld KiB; exit %d", endpoint.sent, peakKb,
              run.exitCode);
        QVERIFY2(peakKb < kPeakRssBoundKb, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(peakKb)));
        QVERIFY2(run.out.contains(errorType), qPrintable(run.out.right(3000)));
        QVERIFY2(run.out.contains(cause) || run.err.contains(cause),
                 qPrintable(run.out.right(3000) + run.err));
        QVERIFY2(!run.out.contains(u"not a JSON object"), qPrintable(run.out.right(3000)));
        QVERIFY2(!run.out.contains(u"transient"), qPrintable(run.out.right(3000)));
        QCOMPARE(run.exitCode, 6); // a broken endpoint: the network side, never 7 (another client)
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
