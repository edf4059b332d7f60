#pragma once

// Shared by the emulator tests: an in-process emulator on 127.0.0.1:0 with a fixed clock and a generated CA,
// plus clients that trust that CA explicitly (never an ignored certificate error).
#include "core/aws/awstime.h"
#include "core/aws/sigv4.h"
#include "core/common/clock.h"
#include "emulator/certificateauthority.h"
#include "emulator/emulatorlog.h"
#include "emulator/emulatorserver.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <memory>

namespace kvs::emulator::test {

inline const QString kArn =
    QStringLiteral("arn:aws:kinesisvideo:us-west-2:111122223333:channel/demo-channel/1700000000000");

/// What came back on the wire for one HTTP request.
struct RawResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    /// The body's "message" or "Message" (the service uses both spellings).
    QString message() const
    {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        return object.contains(u"message") ? object.value(u"message").toString()
                                           : object.value(u"Message").toString();
    }
    /// x-amzn-ErrorType up to ':' (the service appends a URL).
    QString errorType() const { return QString::fromLatin1(header("x-amzn-ErrorType")).section(u':', 0, 0); }
};

class Harness
{
public:
    explicit Harness(EmulatorConfig config = EmulatorConfig::defaults(), bool builtInMaster = false)
        : clock(QDateTime::currentDateTimeUtc())
    {
        setLoggingEnabled(qEnvironmentVariableIsSet("KVS_EMULATOR_TEST_LOGS"));
        authority = CertificateAuthority::generate().value();
        server = std::make_unique<EmulatorServer>(std::move(config), clock);
        server->setCertificateAuthority(authority);
        server->setBuiltInMaster(builtInMaster);
        const std::optional<Error> error = server->listen();
        if (error)
            qFatal("listen failed");
    }

    ~Harness()
    {
        server.reset();
        // Sockets closed during the test were scheduled with deleteLater(): free them before the next test
        // (and before exit, where LeakSanitizer would report them).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    Harness(const Harness &) = delete;
    Harness &operator=(const Harness &) = delete;

    QSslConfiguration tls() const
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(authority.caCertificate());
        return configuration;
    }

    AwsCredentials credentials(int index = 0) const
    {
        const Identity &identity = server->config().identities.at(index);
        return AwsCredentials{identity.accessKeyId, identity.secretAccessKey, identity.sessionToken};
    }

    QByteArray presign(const QString &arn, const QString &clientId, const QDateTime &time,
                       const AwsCredentials &creds, const QString &region = QStringLiteral("us-west-2"),
                       int expires = 299) const
    {
        sigv4::PresignRequest request;
        request.endpoint = server->wssEndpoint();
        request.region = region;
        request.queryParameters = {{QStringLiteral("X-Amz-ChannelARN"), arn}};
        if (!clientId.isEmpty())
            request.queryParameters.append({QStringLiteral("X-Amz-ClientId"), clientId});
        request.credentials = creds;
        request.signingTime = time;
        request.expiresSeconds = expires;
        return sigv4::presignUrl(request).value();
    }
    QByteArray presign(const QString &clientId) const
    {
        return presign(kArn, clientId, clock.now(), credentials());
    }

    /// Opens a WebSocket on a presigned URL; nullptr (and the error in *error) when the handshake fails.
    std::unique_ptr<QWebSocket> open(const QByteArray &url, QString *error = nullptr,
                                     QList<QString> *messages = nullptr) const
    {
        auto socket = std::make_unique<QWebSocket>();
        if (messages) // before open(): messages can arrive together with the handshake response
            QObject::connect(socket.get(), &QWebSocket::textMessageReceived, socket.get(),
                             [messages](const QString &message) { messages->append(message); });
        socket->setSslConfiguration(tls());
        QSignalSpy connected(socket.get(), &QWebSocket::connected);
        QSignalSpy failed(socket.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        socket->open(QUrl::fromEncoded(url, QUrl::StrictMode));
        for (int i = 0; i < 100 && connected.isEmpty() && failed.isEmpty(); ++i)
            connected.wait(100);
        if (connected.isEmpty()) {
            if (error)
                *error = socket->errorString();
            socket->abort();
            return nullptr;
        }
        return socket;
    }

    /// Sends raw bytes over TLS and reads the whole response (the server closes or sends Content-Length).
    RawResponse raw(const QByteArray &request) const
    {
        // The server runs in this thread: wait with an event loop, never with blocking waitFor* calls.
        QSslSocket socket;
        socket.setSslConfiguration(tls());
        QByteArray data;
        RawResponse response;
        QEventLoop loop;
        auto tryParse = [&]() -> bool {
            const qsizetype headEnd = data.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return false;
            const QList<QByteArray> lines = data.left(headEnd).split('\n');
            response = {};
            response.status = lines.first().split(' ').value(1).toInt();
            qsizetype length = 0;
            for (qsizetype l = 1; l < lines.size(); ++l) {
                const QByteArray line = lines[l].trimmed();
                const qsizetype colon = line.indexOf(':');
                response.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
                if (line.left(colon).compare("content-length", Qt::CaseInsensitive) == 0)
                    length = line.mid(colon + 1).trimmed().toLongLong();
            }
            if (data.size() < headEnd + 4 + length)
                return false;
            response.body = data.mid(headEnd + 4, length);
            return true;
        };
        QObject::connect(&socket, &QSslSocket::encrypted, &loop, [&] { socket.write(request); });
        QObject::connect(&socket, &QSslSocket::readyRead, &loop, [&] {
            data += socket.readAll();
            if (tryParse())
                loop.quit();
        });
        QObject::connect(&socket, &QSslSocket::disconnected, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QSslSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server->port());
        loop.exec();
        if (response.status == 0 || response.body.isEmpty())
            tryParse();
        socket.abort();
        return response;
    }

    /// Replays a presigned URL as a WebSocket handshake on a raw socket, to read status, headers and body.
    RawResponse handshake(const QByteArray &url) const
    {
        const QUrl parsed = QUrl::fromEncoded(url, QUrl::StrictMode);
        const QByteArray target = parsed.path(QUrl::FullyEncoded).toLatin1().isEmpty()
                                      ? QByteArray("/")
                                      : parsed.path(QUrl::FullyEncoded).toLatin1();
        return raw("GET " + target + '?' + parsed.query(QUrl::FullyEncoded).toLatin1() +
                   " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(server->port()) +
                   "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
    }

    /// A header-signed control-plane POST over QNetworkAccessManager.
    RawResponse post(const QByteArray &path, const QJsonObject &body, const AwsCredentials &creds,
                     const QDateTime &time, const QString &region = QStringLiteral("us-west-2"),
                     const QList<QByteArray> &signedHeaders = {"content-type", "host", "x-amz-date"},
                     const QByteArray &tamperedBody = {}) const
    {
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QByteArray host = "127.0.0.1:" + QByteArray::number(server->port());
        sigv4::HeaderSigningRequest request;
        request.path = path;
        request.headers = {{"Content-Type", "application/json"},
                           {"Host", host},
                           {"X-Amz-Date", formatAmzDate(time).toLatin1()}};
        if (!creds.sessionToken.isEmpty())
            request.headers.append({"X-Amz-Security-Token", creds.sessionToken.toUtf8()});
        request.body = json;
        const sigv4::HeaderSignature signature =
            sigv4::signHeaders(request, signedHeaders, creds, region, QStringLiteral("kinesisvideo"), time)
                .value();
        QNetworkRequest networkRequest(QUrl(server->controlEndpoint() + QString::fromLatin1(path)));
        networkRequest.setSslConfiguration(tls());
        for (const auto &[name, value] : request.headers) {
            if (name != "Host")
                networkRequest.setRawHeader(name, value);
        }
        networkRequest.setRawHeader("Authorization", signature.authorization);
        return send(networkRequest, tamperedBody.isEmpty() ? json : tamperedBody);
    }

    RawResponse send(const QNetworkRequest &request, const QByteArray &body,
                     const QByteArray &verb = "POST") const
    {
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        RawResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.append(pair);
        response.body = reply->readAll();
        reply->deleteLater();
        return response;
    }

    RawResponse admin(const QByteArray &path, const QJsonObject &body, const QByteArray &verb = "POST") const
    {
        QNetworkRequest request(QUrl(server->controlEndpoint() + QString::fromLatin1(path)));
        request.setSslConfiguration(tls());
        request.setRawHeader("Content-Type", "application/json");
        return send(request, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson(), verb);
    }

    FixedClock clock;
    CertificateAuthority authority;
    std::unique_ptr<EmulatorServer> server;
};

/// Waits up to a second for the next collected text message (empty on timeout) and parses it.
inline QJsonObject nextMessage(QList<QString> *buffer)
{
    for (int i = 0; i < 50 && buffer->isEmpty(); ++i)
        QTest::qWait(20);
    if (buffer->isEmpty())
        return {};
    return QJsonDocument::fromJson(buffer->takeFirst().toUtf8()).object();
}

/// Collects every text message a socket receives.
inline void collect(QWebSocket *socket, QList<QString> *buffer)
{
    QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                     [buffer](const QString &message) { buffer->append(message); });
}

inline QString b64(const QJsonObject &object)
{
    return QString::fromLatin1(QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64());
}

} // namespace kvs::emulator::test
