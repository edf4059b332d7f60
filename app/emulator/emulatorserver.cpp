#include "emulator/emulatorserver.h"

#include "core/common/channelarn.h"
#include "core/common/redaction.h"
#include "core/common/validation.h"
#include "emulator/emulatorlog.h"
#include "emulator/requestverifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <QUrl>

namespace kvs::emulator {
namespace {

/// The longest GO_AWAY grace the admin API takes (a day).
constexpr int kMaxGoAwayGraceSeconds = 86400;
constexpr char kBusyProperty[] = "kvsEmulatorBusy";
constexpr char kPhaseProperty[] = "kvsEmulatorHttpPhase";
const QString kHttpTimerName = QStringLiteral("kvsEmulatorHttpTimer");

/// Where a keep-alive HTTP connection is: what its timer is waiting for.
enum class HttpPhase
{
    Idle, ///< between requests: nothing received
    Head, ///< accepted (TLS handshake included) or a request begun: waiting for the blank line
    Body, ///< head complete: waiting for Content-Length bytes
};

/// Accepts TLS connections without QSslServer. Qt 6.4's QSslServer counts sockets still in their handshake
/// toward maxPendingConnections and stops accepting when they reach it, and a socket that dies in its
/// handshake (a port probe that closes before the ClientHello) never makes it accept again: after ~30 such
/// probes every later connection hung for good. Here a socket is pending only until the emulator takes it,
/// which it does at once, before the handshake; the emulator's header timeout ends handshakes that stall.
class TlsServer final : public QTcpServer
{
public:
    TlsServer(QSslConfiguration tls, QObject *parent)
        : QTcpServer(parent)
        , m_tls(std::move(tls))
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(m_tls);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        QObject::connect(socket, &QSslSocket::errorOccurred, socket, [socket](QAbstractSocket::SocketError) {
            if (!socket->isEncrypted())
                logLine(QStringLiteral("a TLS handshake failed: %1").arg(socket->errorString()));
        });
        addPendingConnection(socket);
        socket->startServerEncryption();
    }

private:
    QSslConfiguration m_tls;
};

const QString kInvalidArgument = QStringLiteral("InvalidArgumentException");
const QString kNotFound = QStringLiteral("ResourceNotFoundException");
const QString kChannelNotFound = QStringLiteral("The requested channel is not found or not active.");

QString arnPatternMessage(const QString &arn)
{
    return QStringLiteral(
               "1 validation error detected: Value '%1' at 'channelARN' failed to satisfy constraint: Member "
               "must satisfy regular expression pattern: "
               "arn:[a-z\\d-]+:kinesisvideo:[a-z0-9-]+:[0-9]+:[a-z]+/[a-zA-Z0-9_.-]+/[0-9]+")
        .arg(arn.left(1024));
}

QString randomBase64(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toBase64());
}

/// IAM's denial, as the service words it: it names the caller's ARN (a user, or an assumed role's
/// session), never the access key.
QString notAuthorized(const VerifiedCaller &caller, const QString &action, const QString &resource)
{
    return QStringLiteral("User: %1 is not authorized to perform: kinesisvideo:%2 on resource: %3")
        .arg(caller.identity.callerArn(), action, resource);
}

QJsonObject channelInfo(const ChannelConfig &channel)
{
    return QJsonObject{
        {QStringLiteral("ChannelName"), channel.name},
        {QStringLiteral("ChannelARN"), channel.arn},
        {QStringLiteral("ChannelType"), QStringLiteral("SINGLE_MASTER")},
        {QStringLiteral("ChannelStatus"), QStringLiteral("ACTIVE")},
        {QStringLiteral("CreationTime"), static_cast<double>(channel.creationTime.toSecsSinceEpoch())},
        {QStringLiteral("SingleMasterConfiguration"),
         QJsonObject{{QStringLiteral("MessageTtlSeconds"), channel.messageTtlSeconds}}},
        {QStringLiteral("Version"), QStringLiteral("EmulatorVersion1")}};
}

std::optional<QString> optionalString(const QJsonObject &body, const char16_t *key)
{
    const QString name = QString::fromUtf16(key);
    if (!body.contains(name) || body.value(name).isNull())
        return std::nullopt;
    return body.value(name).toString();
}

} // namespace

EmulatorServer::EmulatorServer(EmulatorConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{
    m_hub = new SignalingHub(
        m_config, [this] { return now(); }, m_faults, this);
    m_webSocketServer =
        new QWebSocketServer(QStringLiteral("kvs-signaling-emulator"), QWebSocketServer::NonSecureMode, this);
    connect(m_webSocketServer, &QWebSocketServer::newConnection, this,
            &EmulatorServer::onWebSocketConnection);
    for (const Identity &identity : std::as_const(m_config.identities)) {
        registerSecret(identity.secretAccessKey);
        registerSecret(identity.sessionToken);
    }
    for (const SsoTokenConfig &token : std::as_const(m_config.ssoTokens))
        registerSecret(token.token);
}

EmulatorServer::~EmulatorServer() = default;

void EmulatorServer::setCertificateAuthority(const CertificateAuthority &authority)
{
    m_authority = authority;
}

std::optional<Error> EmulatorServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_authority) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(m_authority->serverCertificate());
        tls.setPrivateKey(m_authority->serverKey());
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks no client certificate
        m_server = new TlsServer(tls, this);
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &EmulatorServer::onPendingConnection);
    if (!m_server->listen(address, port))
        return Error{QStringLiteral("ListenFailed"), QStringLiteral("Could not listen on %1:%2: %3")
                                                         .arg(address.toString())
                                                         .arg(port)
                                                         .arg(m_server->errorString())};
    return std::nullopt;
}

quint16 EmulatorServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString EmulatorServer::controlEndpoint() const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(isTls() ? u"https" : u"http").arg(port());
}

QString EmulatorServer::wssEndpoint() const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(isTls() ? u"wss" : u"ws").arg(port());
}

QDateTime EmulatorServer::now() const
{
    return m_clock.now().addMSecs(static_cast<qint64>(m_config.clockOffsetSeconds * 1000.0));
}

QJsonObject EmulatorServer::startInfo(const QString &caFile) const
{
    QJsonArray channels;
    for (const ChannelConfig &channel : m_config.channels)
        channels.append(
            QJsonObject{{QStringLiteral("name"), channel.name}, {QStringLiteral("arn"), channel.arn}});
    QJsonArray identities;
    for (const Identity &identity : m_config.identities) {
        QJsonObject object{{QStringLiteral("accessKeyId"), identity.accessKeyId},
                           {QStringLiteral("secretAccessKey"), identity.secretAccessKey}};
        if (!identity.sessionToken.isEmpty())
            object.insert(QStringLiteral("sessionToken"), identity.sessionToken);
        identities.append(object);
    }
    return QJsonObject{{QStringLiteral("controlEndpoint"), controlEndpoint()},
                       {QStringLiteral("wssEndpoint"), wssEndpoint()},
                       {QStringLiteral("region"), m_config.channels.first().region},
                       {QStringLiteral("caFile"), caFile.isEmpty() ? QJsonValue() : QJsonValue(caFile)},
                       {QStringLiteral("channels"), channels},
                       {QStringLiteral("identities"), identities},
                       {QStringLiteral("stsEndpoint"), controlEndpoint()},
                       {QStringLiteral("ssoEndpoint"), controlEndpoint()}};
}

void EmulatorServer::onPendingConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto *timer = new QTimer(socket);
        timer->setObjectName(kHttpTimerName);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, socket] { onHttpTimeout(socket); });
        setPhase(socket, static_cast<int>(HttpPhase::Head));
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void EmulatorServer::setPhase(QTcpSocket *socket, int phase)
{
    auto *timer = socket->findChild<QTimer *>(kHttpTimerName, Qt::FindDirectChildrenOnly);
    if (!timer)
        return;
    socket->setProperty(kPhaseProperty, phase);
    switch (static_cast<HttpPhase>(phase)) {
    case HttpPhase::Idle:
        timer->start(m_httpTimeouts.idleMs);
        break;
    case HttpPhase::Head:
        timer->start(m_httpTimeouts.headerMs);
        break;
    case HttpPhase::Body:
        timer->start(m_httpTimeouts.bodyMs);
        break;
    }
}

void EmulatorServer::onHttpTimeout(QTcpSocket *socket)
{
    if (socket->property(kBusyProperty).toBool())
        return; // a delayed answer is on its way; the phase timer restarts after it
    const auto phase = static_cast<HttpPhase>(socket->property(kPhaseProperty).toInt());
    if (phase == HttpPhase::Idle || socket->state() != QAbstractSocket::ConnectedState ||
        (phase == HttpPhase::Head && socket->bytesAvailable() == 0 && isTls() &&
         !qobject_cast<QSslSocket *>(socket)->isEncrypted())) {
        // Nothing to answer: an idle keep-alive connection, or a TLS handshake that never finished.
        logLine(QStringLiteral("closing an HTTP connection: %1")
                    .arg(phase == HttpPhase::Idle ? QStringLiteral("idle timeout")
                                                  : QStringLiteral("no TLS handshake in time")));
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        return;
    }
    socket->readAll();
    const QString what =
        phase == HttpPhase::Head
            ? QStringLiteral("The request head did not arrive within %1 ms.").arg(m_httpTimeouts.headerMs)
            : QStringLiteral("The request body did not arrive within %1 ms.").arg(m_httpTimeouts.bodyMs);
    send(socket, reject(QStringLiteral("Http"), QStringLiteral("RequestTimeout"), what, newRequestId(), 408),
         true);
}

void EmulatorServer::onReadyRead(QTcpSocket *socket)
{
    while (!socket->property(kBusyProperty).toBool() && socket->state() == QAbstractSocket::ConnectedState) {
        // Peek, not read: a WebSocket handshake must still be unread when QWebSocketServer takes the socket.
        const QByteArray available = socket->peek(socket->bytesAvailable());
        const qsizetype headEnd = findHeadEnd(available);
        if (headEnd < 0) {
            if (available.size() > kMaxRequestHeadBytes) {
                socket->readAll();
                send(
                    socket,
                    reject(
                        QStringLiteral("Http"), kInvalidArgument,
                        QStringLiteral("The request head is larger than %1 bytes.").arg(kMaxRequestHeadBytes),
                        newRequestId(), 431),
                    true);
            } else if (!available.isEmpty() &&
                       socket->property(kPhaseProperty).toInt() == static_cast<int>(HttpPhase::Idle)) {
                setPhase(socket, static_cast<int>(HttpPhase::Head));
            }
            return;
        }
        if (headEnd > kMaxRequestHeadBytes) {
            socket->readAll();
            send(socket,
                 reject(QStringLiteral("Http"), kInvalidArgument,
                        QStringLiteral("The request head is larger than %1 bytes.").arg(kMaxRequestHeadBytes),
                        newRequestId(), 431),
                 true);
            return;
        }
        std::optional<HttpRequest> request = parseRequestHead(QByteArrayView(available).first(headEnd));
        if (!request) {
            socket->readAll();
            send(socket,
                 reject(QStringLiteral("Http"), QStringLiteral("SerializationException"),
                        QStringLiteral("Malformed HTTP request."), newRequestId()),
                 true);
            return;
        }
        if (request->hasTransferEncoding()) {
            socket->readAll();
            send(socket,
                 reject(QStringLiteral("Http"), QStringLiteral("SerializationException"),
                        QStringLiteral("Transfer-Encoding is not supported: send the body with one "
                                       "Content-Length."),
                        newRequestId(), 501),
                 true);
            return;
        }
        const qint64 length = request->contentLength();
        if (length < 0) {
            socket->readAll();
            send(socket,
                 reject(QStringLiteral("Http"), QStringLiteral("SerializationException"),
                        QStringLiteral("The Content-Length is malformed or sent more than once."),
                        newRequestId(), 400),
                 true);
            return;
        }
        if (length > kMaxRequestBodyBytes) {
            socket->readAll();
            send(socket,
                 reject(QStringLiteral("Http"), QStringLiteral("SerializationException"),
                        QStringLiteral("The request body is larger than %1 bytes.").arg(kMaxRequestBodyBytes),
                        newRequestId(), 413),
                 true);
            return;
        }
        if (request->isWebSocketUpgrade()) {
            handleUpgrade(socket, *request);
            return;
        }
        if (available.size() < headEnd + length) {
            if (socket->property(kPhaseProperty).toInt() != static_cast<int>(HttpPhase::Body))
                setPhase(socket, static_cast<int>(HttpPhase::Body));
            return;
        }
        socket->read(headEnd);
        request->body = socket->read(length);
        handleHttp(socket, *request);
        if (socket->state() == QAbstractSocket::ConnectedState && !socket->property(kBusyProperty).toBool())
            setPhase(socket,
                     static_cast<int>(socket->bytesAvailable() > 0 ? HttpPhase::Head : HttpPhase::Idle));
    }
}

void EmulatorServer::send(QTcpSocket *socket, const HttpResponse &response, bool close)
{
    socket->write(response.serialize(now(), close));
    if (close) {
        socket->disconnect(this);
        socket->disconnectFromHost();
    }
}

void EmulatorServer::later(QTcpSocket *socket, int delayMs, std::function<void()> work)
{
    socket->setProperty(kBusyProperty, true);
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, this, [this, guard, work = std::move(work)] {
        if (!guard)
            return;
        guard->setProperty(kBusyProperty, false);
        work();
        if (guard && guard->state() == QAbstractSocket::ConnectedState) {
            setPhase(guard.data(), static_cast<int>(HttpPhase::Idle));
            onReadyRead(guard.data());
        }
    });
}

HttpResponse EmulatorServer::reject(const QString &action, const QString &errorType, const QString &message,
                                    const QByteArray &requestId, int status)
{
    m_hub->recordRejection(action, errorType);
    emit requestRejected(action, errorType);
    const int code = status != 0 ? status : statusForErrorType(errorType);
    logLine(QStringLiteral("%1 rejected: %2 %3 %4 (request %5)")
                .arg(action)
                .arg(code)
                .arg(errorType, message, QString::fromLatin1(requestId)));
    return awsErrorResponse(code, errorType, message, requestId);
}

HttpResponse EmulatorServer::faultResponse(const QString &action, const Fault &fault,
                                           const QByteArray &requestId)
{
    if (!fault.errorType.isEmpty())
        return reject(action, fault.errorType, fault.message, requestId, fault.status);
    m_hub->recordRejection(action, QStringLiteral("Untyped%1").arg(fault.status));
    emit requestRejected(action, QString());
    logLine(QStringLiteral("%1 rejected: %2 with no error type (request %3)")
                .arg(action)
                .arg(fault.status)
                .arg(QString::fromLatin1(requestId)));
    return untypedErrorResponse(fault.status, fault.message.toUtf8(), requestId);
}

void EmulatorServer::handleUpgrade(QTcpSocket *socket, const HttpRequest &request)
{
    const QByteArray requestId = newRequestId();
    const std::optional<sigv4::ByteParams> query = parseQuery(request.query);
    bool viewer = false;
    for (const auto &param : query.value_or(sigv4::ByteParams()))
        viewer = viewer || param.first == "X-Amz-ClientId";
    const QString action = viewer ? QStringLiteral("ConnectAsViewer") : QStringLiteral("ConnectAsMaster");
    m_hub->recordAttempt(action);
    if (std::optional<Fault> fault = m_faults.take(action)) {
        logLine(QStringLiteral("fault applied to %1: %2")
                    .arg(action,
                         QString::fromUtf8(QJsonDocument(fault->toJson()).toJson(QJsonDocument::Compact))));
        auto apply = [this, socket, request, requestId, action, fault = *fault] {
            if (fault.drop) {
                m_hub->recordRejection(action, QStringLiteral("Dropped"));
                socket->disconnect(this);
                socket->abort();
                socket->deleteLater();
            } else if (fault.fails()) {
                socket->readAll();
                send(socket, faultResponse(action, fault, requestId), true);
            } else {
                continueUpgrade(socket, request, requestId, action);
            }
        };
        if (fault->delayMs > 0) {
            socket->setProperty(kBusyProperty, true);
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(fault->delayMs, this, [guard, apply] {
                if (guard && guard->state() == QAbstractSocket::ConnectedState)
                    apply();
            });
        } else {
            apply();
        }
        return;
    }
    continueUpgrade(socket, request, requestId, action);
}

void EmulatorServer::continueUpgrade(QTcpSocket *socket, const HttpRequest &request,
                                     const QByteArray &requestId, const QString &action)
{
    const Result<VerifiedConnect> verified = verifyPresignedConnect(request, m_config, now());
    std::optional<Error> error;
    if (!verified) {
        error = verified.error();
    } else if (!verified->caller.identity.allows(verified->action())) {
        error = Error{QStringLiteral("AccessDeniedException"),
                      notAuthorized(verified->caller, verified->action(), verified->channelArn)};
    } else {
        error = m_hub->admit(*verified);
    }
    if (error) {
        socket->readAll();
        send(socket, reject(action, error->code, error->message, requestId), true);
        return;
    }
    logLine(QStringLiteral("%1 accepted for %2%3")
                .arg(verified->action(), verified->channelArn,
                     verified->isMaster() ? QString() : u" as " + verified->clientId));
    socket->disconnect(this);
    socket->setProperty(kBusyProperty, false);
    delete socket->findChild<QTimer *>(kHttpTimerName, Qt::FindDirectChildrenOnly);
    m_upgrading.insert(socket->peerPort(), socket);
    if (!verified->isMaster()) {
        // An upgrade that never completes gives the viewer slot admit() reserved back.
        const QString arn = verified->channelArn;
        const QString clientId = verified->clientId;
        const quint16 port = socket->peerPort();
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket, port, arn, clientId] {
            if (m_upgrading.value(port) != socket)
                return; // attached: the hub owns the connection now
            m_upgrading.remove(port);
            m_hub->releaseAdmission(arn, clientId);
        });
    }
    m_webSocketServer->handleConnection(socket);
}

void EmulatorServer::onWebSocketConnection()
{
    while (QWebSocket *socket = m_webSocketServer->nextPendingConnection()) {
        const QByteArray query = socket->requestUrl().query(QUrl::FullyEncoded).toLatin1();
        QString arn;
        QString clientId;
        for (const auto &[name, value] : parseQuery(query).value_or(sigv4::ByteParams())) {
            if (name == "X-Amz-ChannelARN")
                arn = QString::fromUtf8(value);
            else if (name == "X-Amz-ClientId")
                clientId = QString::fromUtf8(value);
        }
        if (arn.isEmpty()) { // cannot happen: the handshake was verified before
            m_upgrading.remove(socket->peerPort());
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_hub->attach(socket, arn, clientId, m_upgrading.take(socket->peerPort()).data());
    }
}

void EmulatorServer::handleHttp(QTcpSocket *socket, const HttpRequest &request)
{
    const QByteArray requestId = newRequestId();
    if (request.path.startsWith("/emulator/") || request.path == "/emulator") {
        const bool loopback = socket->peerAddress().isLoopback();
        send(socket,
             loopback
                 ? adminApi(request, requestId)
                 : awsErrorResponse(403, QStringLiteral("AccessDeniedException"),
                                    QStringLiteral("The admin API only answers on loopback."), requestId),
             false);
        return;
    }
    if (request.path == "/" && request.method == "POST" &&
        request.header("content-type").startsWith("application/x-www-form-urlencoded")) {
        const std::optional<sigv4::ByteParams> params = parseQuery(request.body);
        bool webIdentity = false;
        for (const auto &[name, value] : params.value_or(sigv4::ByteParams()))
            webIdentity = webIdentity || (name == "Action" && value == "AssumeRoleWithWebIdentity");
        if (webIdentity) {
            serveWithFaults(socket, QStringLiteral("AssumeRoleWithWebIdentity"), requestId,
                            [this, request, requestId] { return sts(request, requestId); });
            return;
        }
        send(socket, sts(request, requestId), false);
        return;
    }
    if (const QString compute = computeAction(request); !compute.isEmpty()) {
        serveWithFaults(socket, compute, requestId,
                        [this, request, requestId] { return computeCredentials(request, requestId); });
        return;
    }
    if (request.path == "/federation/credentials" && request.method == "GET") {
        send(socket, ssoGetRoleCredentials(request, requestId), false);
        return;
    }
    static const QList<std::pair<QByteArray, QString>> operations = {
        {"/describeSignalingChannel", QStringLiteral("DescribeSignalingChannel")},
        {"/getSignalingChannelEndpoint", QStringLiteral("GetSignalingChannelEndpoint")},
        {"/v1/get-ice-server-config", QStringLiteral("GetIceServerConfig")},
        {"/listSignalingChannels", QStringLiteral("ListSignalingChannels")},
    };
    QString action;
    for (const auto &[path, name] : operations) {
        if (request.path == path)
            action = name;
    }
    if (action.isEmpty() || request.method != "POST") {
        send(socket,
             reject(QStringLiteral("Unknown"), QStringLiteral("UnknownOperationException"),
                    QStringLiteral("Unknown operation: %1 %2")
                        .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path)),
                    requestId),
             false);
        return;
    }
    m_hub->recordAttempt(action);
    if (std::optional<Fault> fault = m_faults.take(action)) {
        logLine(QStringLiteral("fault applied to %1").arg(action));
        if (fault->drop) {
            m_hub->recordRejection(action, QStringLiteral("Dropped"));
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
            return;
        }
        auto respond = [this, socket, request, requestId, action, fault = *fault] {
            send(socket,
                 fault.fails() ? faultResponse(action, fault, requestId)
                               : controlPlane(action, request, requestId),
                 false);
        };
        if (fault->delayMs > 0)
            later(socket, fault->delayMs, respond);
        else
            respond();
        return;
    }
    send(socket, controlPlane(action, request, requestId), false);
}

void EmulatorServer::serveWithFaults(QTcpSocket *socket, const QString &action, const QByteArray &id,
                                     std::function<HttpResponse()> respond)
{
    std::optional<Fault> fault = m_faults.take(action);
    if (!fault) {
        send(socket, respond(), false);
        return;
    }
    logLine(QStringLiteral("fault applied to %1").arg(action));
    if (fault->drop) {
        m_hub->recordAttempt(action);
        m_hub->recordRejection(action, QStringLiteral("Dropped"));
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        return;
    }
    auto answer = [this, socket, action, id, fault = *fault, respond] {
        if (!fault.fails()) {
            send(socket, respond(), false);
            return;
        }
        m_hub->recordAttempt(action);
        send(socket, computeFaultResponse(action, fault, id), false);
    };
    if (fault->delayMs > 0)
        later(socket, fault->delayMs, answer);
    else
        answer();
}

HttpResponse EmulatorServer::controlPlane(const QString &action, const HttpRequest &request,
                                          const QByteArray &requestId)
{
    const Result<VerifiedCaller> caller = verifyHeaderSignature(request, m_config, now());
    if (!caller)
        return reject(action, caller.error().code, caller.error().message, requestId);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return reject(action, QStringLiteral("SerializationException"),
                      QStringLiteral("The request body is not a JSON object."), requestId);
    const QJsonObject body = document.object();
    if (action == u"DescribeSignalingChannel")
        return describeSignalingChannel(body, *caller, requestId);
    if (action == u"GetSignalingChannelEndpoint")
        return getSignalingChannelEndpoint(body, *caller, requestId);
    if (action == u"ListSignalingChannels")
        return listSignalingChannels(body, *caller, requestId);
    return getIceServerConfig(body, *caller, requestId);
}

HttpResponse EmulatorServer::describeSignalingChannel(const QJsonObject &body, const VerifiedCaller &caller,
                                                      const QByteArray &id)
{
    const QString action = QStringLiteral("DescribeSignalingChannel");
    const std::optional<QString> name = optionalString(body, u"ChannelName");
    const std::optional<QString> arn = optionalString(body, u"ChannelARN");
    if (name.has_value() == arn.has_value())
        return reject(action, kInvalidArgument,
                      QStringLiteral("Specify either ChannelName or ChannelARN, not both."), id);
    const ChannelConfig *channel = nullptr;
    QString resource;
    if (name) {
        if (!validateChannelName(*name).ok())
            return reject(
                action, kInvalidArgument,
                QStringLiteral("1 validation error detected: Value '%1' at 'channelName' failed to satisfy "
                               "constraint: Member must have length between 1 and 256 and satisfy regular "
                               "expression pattern: [a-zA-Z0-9_.-]+")
                    .arg(name->left(256)),
                id);
        channel = m_config.channelByName(*name, caller.region);
        resource = channel ? channel->arn
                           : QStringLiteral("arn:aws:kinesisvideo:%1:111122223333:channel/%2/*")
                                 .arg(caller.region, *name);
    } else {
        if (!validateChannelArn(*arn).ok())
            return reject(action, kInvalidArgument, arnPatternMessage(*arn), id);
        channel = m_config.channelByArn(*arn);
        resource = *arn;
    }
    if (auto refusal = refuseOnChannel(action, caller, channel, resource, id))
        return *refusal;
    return jsonResponse(QJsonObject{{QStringLiteral("ChannelInfo"), channelInfo(*channel)}}, id);
}

HttpResponse EmulatorServer::listSignalingChannels(const QJsonObject &body, const VerifiedCaller &caller,
                                                   const QByteArray &id)
{
    const QString action = QStringLiteral("ListSignalingChannels");
    const QString account = caller.identity.accountId;
    if (!caller.identity.allows(action))
        return reject(
            action, QStringLiteral("AccessDeniedException"),
            notAuthorized(caller, action,
                          QStringLiteral("arn:aws:kinesisvideo:%1:%2:channel/*").arg(caller.region, account)),
            id);
    int maxResults = 10000;
    if (body.contains(u"MaxResults")) {
        const QJsonValue value = body.value(u"MaxResults");
        maxResults = value.toInt(0);
        if (!value.isDouble() || maxResults < 1 || maxResults > 10000)
            return reject(action, kInvalidArgument,
                          QStringLiteral("1 validation error detected: Value '%1' at 'maxResults' failed to "
                                         "satisfy constraint: Member must have value between 1 and 10000")
                              .arg(value.toVariant().toString().left(32)),
                          id);
    }
    QString prefix;
    if (body.contains(u"ChannelNameCondition")) {
        const QJsonObject condition = body.value(u"ChannelNameCondition").toObject();
        const QString op = condition.value(u"ComparisonOperator").toString(QStringLiteral("BEGINS_WITH"));
        if (op != u"BEGINS_WITH")
            return reject(action, kInvalidArgument,
                          QStringLiteral("1 validation error detected: Value '%1' at "
                                         "'channelNameCondition.comparisonOperator' failed to satisfy "
                                         "constraint: Member must satisfy enum value set: [BEGINS_WITH]")
                              .arg(op.left(64)),
                          id);
        prefix = condition.value(u"ComparisonValue").toString();
    }
    // NextToken is the index of the next channel, opaque to clients.
    const int start =
        QString::fromUtf8(QByteArray::fromBase64(body.value(u"NextToken").toString().toLatin1())).toInt();
    QList<const ChannelConfig *> matching;
    for (const ChannelConfig &channel : std::as_const(m_config.channels)) {
        if (channel.region == caller.region && channel.name.startsWith(prefix))
            matching.append(&channel);
    }
    QJsonArray list;
    for (qsizetype i = qMax(0, start); i < matching.size() && list.size() < maxResults; ++i)
        list.append(channelInfo(*matching.at(i)));
    QJsonObject out{{QStringLiteral("ChannelInfoList"), list}};
    if (qMax(0, start) + list.size() < matching.size())
        out.insert(QStringLiteral("NextToken"),
                   QString::fromLatin1(QByteArray::number(qMax(0, start) + list.size()).toBase64()));
    return jsonResponse(out, id);
}

HttpResponse EmulatorServer::getSignalingChannelEndpoint(const QJsonObject &body,
                                                         const VerifiedCaller &caller, const QByteArray &id)
{
    const QString action = QStringLiteral("GetSignalingChannelEndpoint");
    const QString arn = body.value(u"ChannelARN").toString();
    if (auto refusal = refuseBadChannelArn(action, arn, id))
        return *refusal;
    QStringList protocols = {QStringLiteral("WSS"), QStringLiteral("HTTPS")};
    QString role = QStringLiteral("MASTER");
    if (body.contains(u"SingleMasterChannelEndpointConfiguration")) {
        const QJsonObject configuration = body.value(u"SingleMasterChannelEndpointConfiguration").toObject();
        if (configuration.contains(u"Protocols")) {
            protocols.clear();
            const QJsonArray list = configuration.value(u"Protocols").toArray();
            for (const QJsonValue &value : list) {
                const QString protocol = value.toString();
                if (protocol != u"WSS" && protocol != u"HTTPS" && protocol != u"WEBRTC")
                    return reject(
                        action, kInvalidArgument,
                        QStringLiteral("1 validation error detected: Value '[%1]' at "
                                       "'singleMasterChannelEndpointConfiguration.protocols' failed to "
                                       "satisfy constraint: Member must satisfy constraint: [Member must "
                                       "satisfy enum value set: [WSS, HTTPS, WEBRTC]]")
                            .arg(protocol),
                        id);
                if (!protocols.contains(protocol))
                    protocols.append(protocol);
            }
            if (protocols.isEmpty())
                return reject(
                    action, kInvalidArgument,
                    QStringLiteral("1 validation error detected: Value '[]' at "
                                   "'singleMasterChannelEndpointConfiguration.protocols' failed to satisfy "
                                   "constraint: Member must have length greater than or equal to 1"),
                    id);
        }
        if (configuration.contains(u"Role")) {
            role = configuration.value(u"Role").toString();
            if (role != u"MASTER" && role != u"VIEWER")
                return reject(
                    action, kInvalidArgument,
                    QStringLiteral("1 validation error detected: Value '%1' at "
                                   "'singleMasterChannelEndpointConfiguration.role' failed to satisfy "
                                   "constraint: Member must satisfy enum value set: [MASTER, VIEWER]")
                        .arg(role.left(64)),
                    id);
        }
    }
    if (auto refusal = refuseOnChannel(action, caller, m_config.channelByArn(arn), arn, id))
        return *refusal;
    QJsonArray endpoints;
    for (const QString &protocol : std::as_const(protocols))
        endpoints.append(QJsonObject{
            {QStringLiteral("Protocol"), protocol},
            {QStringLiteral("ResourceEndpoint"), protocol == u"HTTPS" ? controlEndpoint() : wssEndpoint()}});
    return jsonResponse(QJsonObject{{QStringLiteral("ResourceEndpointList"), endpoints}}, id);
}

std::optional<HttpResponse> EmulatorServer::refuseBadChannelArn(const QString &action, const QString &arn,
                                                                const QByteArray &id)
{
    if (arn.isEmpty())
        return reject(action, kInvalidArgument,
                      QStringLiteral("1 validation error detected: Value null at 'channelARN' failed to "
                                     "satisfy constraint: Member must not be null"),
                      id);
    if (!validateChannelArn(arn).ok())
        return reject(action, kInvalidArgument, arnPatternMessage(arn), id);
    return std::nullopt;
}

std::optional<HttpResponse> EmulatorServer::refuseOnChannel(const QString &action,
                                                            const VerifiedCaller &caller,
                                                            const ChannelConfig *channel,
                                                            const QString &resource, const QByteArray &id)
{
    // The service checks permission before existence: a caller without the action never learns whether
    // the channel exists.
    if (!caller.identity.allows(action))
        return reject(action, QStringLiteral("AccessDeniedException"),
                      notAuthorized(caller, action, resource), id);
    if (!channel || channel->region != caller.region)
        return reject(action, kNotFound, kChannelNotFound, id);
    return std::nullopt;
}

HttpResponse EmulatorServer::getIceServerConfig(const QJsonObject &body, const VerifiedCaller &caller,
                                                const QByteArray &id)
{
    const QString action = QStringLiteral("GetIceServerConfig");
    const QString arn = body.value(u"ChannelARN").toString();
    if (auto refusal = refuseBadChannelArn(action, arn, id))
        return *refusal;
    if (const std::optional<QString> clientId = optionalString(body, u"ClientId");
        clientId && !validateClientId(*clientId).ok())
        return reject(
            action, kInvalidArgument,
            QStringLiteral(
                "1 validation error detected: Value '%1' at 'clientId' failed to satisfy constraint: Member "
                "must have length between 1 and 256 and satisfy regular expression pattern: [a-zA-Z0-9_.-]+")
                .arg(clientId->left(256)),
            id);
    if (const std::optional<QString> service = optionalString(body, u"Service");
        service && *service != u"TURN")
        return reject(action, kInvalidArgument,
                      QStringLiteral("1 validation error detected: Value '%1' at 'service' failed to satisfy "
                                     "constraint: Member must satisfy enum value set: [TURN]")
                          .arg(service->left(64)),
                      id);
    if (auto refusal = refuseOnChannel(action, caller, m_config.channelByArn(arn), arn, id))
        return *refusal;
    QJsonArray servers;
    if (m_config.turn.enabled()) {
        // The KVS shape, which coturn's use-auth-secret accepts: user "<expiry>:<base64("v1:"+ARN)>",
        // password base64(HMAC-SHA1(secret, user)).
        const qint64 expiry = now().toSecsSinceEpoch() + m_config.turn.ttlSeconds;
        QString username = QStringLiteral("%1:%2").arg(expiry).arg(
            QString::fromLatin1(QByteArray(QByteArrayLiteral("v1:") + arn.toUtf8()).toBase64()));
        QString password = QString::fromLatin1(QMessageAuthenticationCode::hash(username.toUtf8(),
                                                                                m_config.turn.secret.toUtf8(),
                                                                                QCryptographicHash::Sha1)
                                                   .toBase64());
        const bool fixed = !m_config.turn.staticUsername.isEmpty() && !m_config.turn.staticPassword.isEmpty();
        if (fixed) {
            username = m_config.turn.staticUsername;
            password = m_config.turn.staticPassword;
        } else {
            registerSecret(username);
            registerSecret(password);
        }
        if (m_unansweredTurn != u"only")
            servers.append(
                QJsonObject{{QStringLiteral("Uris"), QJsonArray::fromStringList(m_config.turn.uris)},
                            {QStringLiteral("Username"), username},
                            {QStringLiteral("Password"), password},
                            {QStringLiteral("Ttl"), m_config.turn.ttlSeconds}});
    }
    const qint64 expiry = now().toSecsSinceEpoch() + 300;
    // The service's shape: "<expiry epoch seconds>:<base64("v1:" + channel ARN)>", usually two servers.
    const QString userSuffix = QString::fromLatin1(QByteArray("v1:" + arn.toUtf8()).toBase64());
    if (!m_unansweredTurn.isEmpty()) {
        const QString username = QStringLiteral("%1:%2").arg(expiry).arg(userSuffix);
        const QString password = randomBase64(33);
        registerSecret(username);
        registerSecret(password);
        servers.append(QJsonObject{{QStringLiteral("Uris"), QJsonArray::fromStringList(silentTurnUris())},
                                   {QStringLiteral("Username"), username},
                                   {QStringLiteral("Password"), password},
                                   {QStringLiteral("Ttl"), 300}});
    }
    if (m_config.turn.enabled() || m_unansweredTurn == u"only")
        return jsonResponse(QJsonObject{{QStringLiteral("IceServerList"), servers}}, id);
    for (int i = 0; i < m_config.behaviour.iceServerCount; ++i) {
        const QString username = QStringLiteral("%1:%2").arg(expiry).arg(userSuffix);
        const QString password = randomBase64(33);
        registerSecret(username, QDateTime::currentDateTimeUtc().addSecs(300));
        registerSecret(password, QDateTime::currentDateTimeUtc().addSecs(300));
        const int port = 3478 + i;
        servers.append(
            QJsonObject{{QStringLiteral("Uris"),
                         QJsonArray{QStringLiteral("turn:127.0.0.1:%1?transport=udp").arg(port),
                                    QStringLiteral("turns:127.0.0.1:%1?transport=udp").arg(port + 2000),
                                    QStringLiteral("turns:127.0.0.1:%1?transport=tcp").arg(port + 2000)}},
                        {QStringLiteral("Username"), username},
                        {QStringLiteral("Password"), password},
                        {QStringLiteral("Ttl"), 300}});
    }
    return jsonResponse(QJsonObject{{QStringLiteral("IceServerList"), servers}}, id);
}

QStringList EmulatorServer::silentTurnUris()
{
    if (!m_silentUdp) {
        // Both read and drop everything: a TURN client hears nothing back (no ICMP, no RST).
        m_silentUdp = new QUdpSocket(this);
        m_silentUdp->bind(QHostAddress::LocalHost, 0);
        connect(m_silentUdp, &QUdpSocket::readyRead, m_silentUdp, [socket = m_silentUdp] {
            while (socket->hasPendingDatagrams())
                socket->receiveDatagram();
        });
        m_silentTcp = new QTcpServer(this);
        m_silentTcp->listen(QHostAddress::LocalHost, 0);
        connect(m_silentTcp, &QTcpServer::newConnection, m_silentTcp, [server = m_silentTcp] {
            while (QTcpSocket *socket = server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    return {QStringLiteral("turn:127.0.0.1:%1?transport=udp").arg(m_silentUdp->localPort()),
            QStringLiteral("turn:127.0.0.1:%1?transport=tcp").arg(m_silentTcp->serverPort())};
}

HttpResponse EmulatorServer::adminApi(const HttpRequest &request, const QByteArray &id)
{
    auto error = [&id](int status, const QString &message) {
        return awsErrorResponse(status, status == 404 ? kNotFound : kInvalidArgument, message, id);
    };
    const QByteArray path = request.path;
    if (path == "/emulator/stats" && request.method == "GET")
        return jsonResponse(m_hub->stats(), id);
    if (path == "/emulator/faults" && request.method == "GET")
        return jsonResponse(QJsonObject{{QStringLiteral("faults"), m_faults.pending()}}, id);
    if (path == "/emulator/faults" && request.method == "DELETE") {
        m_faults.clear();
        return jsonResponse(QJsonObject{{QStringLiteral("faults"), QJsonArray()}}, id);
    }
    const QStringList posts = {QStringLiteral("/emulator/faults"),
                               QStringLiteral("/emulator/go-away"),
                               QStringLiteral("/emulator/reconnect-ice-server"),
                               QStringLiteral("/emulator/close"),
                               QStringLiteral("/emulator/drop"),
                               QStringLiteral("/emulator/turn")};
    if (!posts.contains(QString::fromLatin1(path)))
        return error(404, QStringLiteral("Unknown admin call %1 %2.")
                              .arg(QString::fromLatin1(request.method), QString::fromUtf8(path)));
    if (request.method != "POST")
        return error(405, QStringLiteral("%1 takes POST.").arg(QString::fromLatin1(path)));
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(request.body.isEmpty() ? QByteArray("{}") : request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, QStringLiteral("The body must be a JSON object."));
    const QJsonObject body = document.object();
    if (path == "/emulator/faults") {
        const Result<Fault> fault = m_faults.arm(body);
        if (!fault)
            return error(400, fault.error().message);
        logLine(QStringLiteral("fault armed: %1")
                    .arg(QString::fromUtf8(QJsonDocument(fault->toJson()).toJson(QJsonDocument::Compact))));
        return jsonResponse(QJsonObject{{QStringLiteral("armed"), fault->toJson()},
                                        {QStringLiteral("faults"), m_faults.pending()}},
                            id);
    }
    if (path == "/emulator/turn") {
        const QString mode = body.value(u"unanswered").toString();
        if (mode != u"add" && mode != u"only" && mode != u"off")
            return error(400, QStringLiteral("unanswered must be add, only or off."));
        m_unansweredTurn = mode == u"off" ? QString() : mode;
        const QStringList uris = m_unansweredTurn.isEmpty() ? QStringList() : silentTurnUris();
        logLine(QStringLiteral("admin /emulator/turn: unanswered TURN %1").arg(mode));
        return jsonResponse(QJsonObject{{QStringLiteral("unanswered"), mode},
                                        {QStringLiteral("uris"), QJsonArray::fromStringList(uris)}},
                            id);
    }
    QString arn = body.value(u"channelArn").toString();
    if (arn.isEmpty() && body.contains(u"channelName")) {
        for (const ChannelConfig &channel : std::as_const(m_config.channels)) {
            if (channel.name == body.value(u"channelName").toString())
                arn = channel.arn;
        }
    }
    if (arn.isEmpty())
        return error(400, QStringLiteral("channelArn is required."));
    if (!m_config.channelByArn(arn))
        return error(404, QStringLiteral("No channel %1 on this emulator.").arg(arn));
    const std::optional<QString> clientId = optionalString(body, u"clientId");
    int affected = 0;
    if (path == "/emulator/go-away") {
        std::optional<double> grace;
        if (body.contains(u"graceSeconds")) {
            const QJsonValue value = body.value(u"graceSeconds");
            if (!value.isDouble() || !(value.toDouble() >= 0.0) || value.toDouble() > kMaxGoAwayGraceSeconds)
                return error(400, QStringLiteral("graceSeconds must be a number from 0 to %1.")
                                      .arg(kMaxGoAwayGraceSeconds));
            grace = value.toDouble();
        }
        affected = m_hub->goAway(arn, clientId, grace);
    } else if (path == "/emulator/reconnect-ice-server") {
        affected = m_hub->reconnectIceServer(arn, clientId);
    } else if (path == "/emulator/drop") {
        affected = m_hub->dropConnections(arn, clientId);
    } else {
        const int code = body.value(u"code").toInt(1000);
        if (code != 1000 && code != 1001 && code != 1008 && code != 1011 && (code < 3000 || code > 4999))
            return error(400, QStringLiteral("code must be 1000, 1001, 1008, 1011 or from 3000 to 4999."));
        affected = m_hub->closeConnections(
            arn, clientId, code, body.value(u"reason").toString(QStringLiteral("Closed by the emulator")));
    }
    logLine(
        QStringLiteral("admin %1 on %2: %3 connection(s)").arg(QString::fromLatin1(path), arn).arg(affected));
    return jsonResponse(QJsonObject{{QStringLiteral("affected"), affected}}, id);
}

} // namespace kvs::emulator
