// Over 400 lines on purpose: one job, the diagnostic replay of a refused upgrade — building the request,
// the raw TLS/TCP exchange and the classification of the answer, which share the replay's state.
#include "core/signaling/handshakediagnostics.h"

#include "core/aws/awstime.h"
#include "core/common/redaction.h"
#include "core/common/validation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslSocket>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <cmath>

namespace kvs {
namespace {

/// The translation context of the texts shown to people (the CLI installs no translation: English).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::HandshakeDiagnostics)
};

constexpr qsizetype kMaxResponseBytes = 64 * 1024;

struct UrlParts
{
    QByteArray scheme;
    QByteArray authority; ///< host[:port] exactly as written (and signed)
    QByteArray target;    ///< path?query exactly as written
};

std::optional<UrlParts> splitUrl(const QByteArray &url)
{
    const qsizetype schemeEnd = url.indexOf("://");
    if (schemeEnd <= 0)
        return std::nullopt;
    UrlParts parts;
    parts.scheme = url.left(schemeEnd);
    const QByteArray rest = url.mid(schemeEnd + 3);
    qsizetype end = rest.size();
    for (const char c : {'/', '?', '#'}) {
        const qsizetype at = rest.indexOf(c);
        if (at >= 0 && at < end)
            end = at;
    }
    parts.authority = rest.left(end);
    parts.target = rest.mid(end);
    if (const qsizetype hash = parts.target.indexOf('#'); hash >= 0)
        parts.target.truncate(hash);
    if (parts.target.isEmpty() || parts.target.startsWith('?'))
        parts.target.prepend('/');
    return parts;
}

} // namespace

QString handshakeRejectionKindName(HandshakeRejectionKind kind)
{
    switch (kind) {
    case HandshakeRejectionKind::Accepted:
        return QStringLiteral("Accepted");
    case HandshakeRejectionKind::ProtocolError:
        return QStringLiteral("ProtocolError");
    case HandshakeRejectionKind::InvalidArgument:
        return QStringLiteral("InvalidArgument");
    case HandshakeRejectionKind::AccessDenied:
        return QStringLiteral("AccessDenied");
    case HandshakeRejectionKind::SignatureExpired:
        return QStringLiteral("SignatureExpired");
    case HandshakeRejectionKind::SignatureNotYetCurrent:
        return QStringLiteral("SignatureNotYetCurrent");
    case HandshakeRejectionKind::ResourceNotFound:
        return QStringLiteral("ResourceNotFound");
    case HandshakeRejectionKind::ClientLimitExceeded:
        return QStringLiteral("ClientLimitExceeded");
    case HandshakeRejectionKind::ServerError:
        return QStringLiteral("ServerError");
    case HandshakeRejectionKind::Other:
        return QStringLiteral("Other");
    case HandshakeRejectionKind::NoAnswer:
        break;
    }
    return QStringLiteral("NoAnswer");
}

HandshakeRejection HandshakeRejection::classify(const HttpResponseHead &response)
{
    HandshakeRejection rejection;
    rejection.status = response.status;
    rejection.errorType =
        QString::fromLatin1(response.header("x-amzn-errortype")).section(u':', 0, 0).trimmed().left(128);
    rejection.requestId = QString::fromLatin1(response.header("x-amzn-requestid")).left(128);
    if (const QByteArray date = response.header("date"); !date.isEmpty())
        rejection.serverDate = parseHttpDate(QString::fromLatin1(date));

    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QString message = body.value(u"message").toString();
    if (message.isEmpty())
        message = body.value(u"Message").toString();
    if (message.isEmpty() && body.isEmpty())
        message = QString::fromUtf8(response.body.left(1024)).simplified();
    if (rejection.errorType.isEmpty())
        rejection.errorType =
            body.value(u"__type").toString().section(u'#', -1).section(u':', 0, 0).left(128);
    rejection.message = redact(message.left(1024));
    rejection.signatureTime = SignatureTimeError::find(message);

    if (response.status == 101) {
        rejection.kind = HandshakeRejectionKind::Accepted;
        rejection.errorClass = ErrorClass::Other;
        return rejection;
    }
    rejection.errorClass = classifyHttpError(response.status, rejection.errorType);
    if (rejection.errorType.isEmpty()) {
        // Nothing names the cause: show everything the answer had.
        QStringList headers;
        for (const auto &[name, value] : response.headers)
            headers.append(QString::fromLatin1(name) % u": " % QString::fromLatin1(value).left(256));
        rejection.headers = redact(headers.join(u"; ").left(2048));
        if (rejection.message.isEmpty() && !response.body.isEmpty())
            rejection.message = redact(QString::fromUtf8(response.body.left(1024)).simplified());
    }
    switch (rejection.errorClass) {
    case ErrorClass::InvalidArgument:
        rejection.kind = HandshakeRejectionKind::InvalidArgument;
        break;
    case ErrorClass::UnknownCause:
        rejection.kind = HandshakeRejectionKind::Other;
        break;
    case ErrorClass::AccessDenied:
        rejection.kind = HandshakeRejectionKind::AccessDenied;
        if (rejection.signatureTime)
            rejection.kind = rejection.signatureTime->kind == SignatureTimeError::Kind::Expired
                                 ? HandshakeRejectionKind::SignatureExpired
                                 : HandshakeRejectionKind::SignatureNotYetCurrent;
        break;
    case ErrorClass::ResourceNotFound:
        rejection.kind = HandshakeRejectionKind::ResourceNotFound;
        break;
    case ErrorClass::ClientLimitExceeded:
        rejection.kind = HandshakeRejectionKind::ClientLimitExceeded;
        break;
    case ErrorClass::ServerError:
        rejection.kind = HandshakeRejectionKind::ServerError;
        break;
    default:
        rejection.kind = HandshakeRejectionKind::Other;
        break;
    }
    return rejection;
}

Error HandshakeRejection::toError() const
{
    QString code = errorType;
    if (code.isEmpty())
        code = kind == HandshakeRejectionKind::NoAnswer ? QStringLiteral("HandshakeFailed")
               : kind == HandshakeRejectionKind::Other  ? u"HttpStatus" % QString::number(status)
                                                        : handshakeRejectionKindName(kind);
    QString text;
    if (kind == HandshakeRejectionKind::NoAnswer) {
        text = Text::tr("The WebSocket handshake was refused and replaying it failed: %1").arg(failure);
    } else {
        text = Text::tr("The WebSocket handshake was refused: HTTP %1").arg(status);
        if (!errorType.isEmpty())
            text += u' ' % errorType;
        if (errorType.isEmpty() && kind == HandshakeRejectionKind::Other) {
            text += u". " % Text::tr("It names no error type, so the cause is unknown.");
            text += u' ' % Text::tr("Body: %1").arg(message.isEmpty() ? Text::tr("(empty)") : message);
            if (!headers.isEmpty())
                text += u' ' % Text::tr("Headers: %1").arg(headers);
        } else {
            if (!message.isEmpty())
                text += u": " % message;
            if (!requestId.isEmpty())
                text += Text::tr(" (request id %1)").arg(requestId);
        }
    }
    return Error{code, redact(text)};
}

QString HandshakeRejection::hint() const
{
    switch (kind) {
    case HandshakeRejectionKind::Accepted:
        return QString();
    case HandshakeRejectionKind::ProtocolError:
        return Text::tr("Something that is not the signaling service answers on this endpoint (a proxy or "
                        "another server): check the endpoint and any proxy in between.");
    case HandshakeRejectionKind::InvalidArgument:
        return Text::tr("A connection parameter was refused: check the channel ARN and the ClientId.");
    case HandshakeRejectionKind::AccessDenied:
        return Text::tr("Check that the credentials are valid and not expired, and that the IAM policy "
                        "allows kinesisvideo:ConnectAsViewer on this channel.");
    case HandshakeRejectionKind::SignatureExpired:
        return Text::tr("The signature was too old for the service: the local clock is probably behind. "
                        "Synchronise the clock (NTP); the next attempt signs with the service's time.");
    case HandshakeRejectionKind::SignatureNotYetCurrent:
        return Text::tr("The signature was in the service's future: the local clock is probably ahead. "
                        "Synchronise the clock (NTP); the next attempt signs with the service's time.");
    case HandshakeRejectionKind::ResourceNotFound:
        return Text::tr("The channel was not found: check its name or ARN, the region and the account.");
    case HandshakeRejectionKind::ClientLimitExceeded:
        return Text::tr("Too many connects per second, or the channel already has its maximum of viewers "
                        "(10); retrying with backoff.");
    case HandshakeRejectionKind::ServerError:
        return Text::tr("The service had an internal error; retrying with backoff.");
    case HandshakeRejectionKind::Other:
        return status == 400 ? Text::tr("HTTP 400 without an error type: the cause is unknown (no public "
                                        "source explains it). Retried once; check the status, headers and "
                                        "body above.")
                             : Text::tr("Unexpected HTTP status on the WebSocket handshake.");
    case HandshakeRejectionKind::NoAnswer:
        break;
    }
    return Text::tr("Check the network connection, proxy and TLS trust (--ca-file).");
}

HandshakeDiagnostics::HandshakeDiagnostics(const Clock &clock, TlsOptions tls, int timeoutMs,
                                           std::function<double()> random, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_tls(std::move(tls))
    , m_timeoutMs(std::max(1, timeoutMs))
    , m_random(std::move(random))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HandshakeDiagnostics::onTimeout);
}

HandshakeDiagnostics::~HandshakeDiagnostics()
{
    cleanup();
}

bool HandshakeDiagnostics::isRejectedUpgrade(QAbstractSocket::SocketError error,
                                             QAbstractSocket::SocketState state)
{
    return error == QAbstractSocket::ConnectionRefusedError && state == QAbstractSocket::ConnectingState;
}

QByteArray HandshakeDiagnostics::expectedWebSocketAccept(const QByteArray &webSocketKey)
{
    const QByteArray keyAndGuid = webSocketKey + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    return QCryptographicHash::hash(keyAndGuid, QCryptographicHash::Sha1).toBase64();
}

int HandshakeDiagnostics::refusedStatus(const QString &qtErrorString)
{
    // QWebSocket's own texts (context "QWebSocket"), compared in English and as translated, so the status
    // is found whichever Qt translation the app loaded.
    static const char *const kUnhandled =
        "QWebSocketPrivate::processHandshake: Unhandled http status code: %1 (%2).";
    static const char *const kUnknown400 =
        "QWebSocketPrivate::processHandshake: Unknown error condition encountered. Aborting connection.";
    static const char *const kVersion400 = "Handshake: Server requests a version that we don't support: %1.";
    auto forms = [](const char *source) {
        return QStringList{QString::fromLatin1(source), QCoreApplication::translate("QWebSocket", source)};
    };
    for (const QString &form : forms(kUnhandled)) {
        QString pattern = QRegularExpression::escape(form);
        pattern.replace(QRegularExpression::escape(QStringLiteral("%1")), QStringLiteral("(\\d{3})"));
        pattern.replace(QRegularExpression::escape(QStringLiteral("%2")), QStringLiteral(".*"));
        const QRegularExpressionMatch match =
            QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(qtErrorString);
        if (match.hasMatch()) {
            const int status = match.captured(1).toInt();
            if (status >= 100 && status <= 599)
                return status;
        }
    }
    for (const QString &form : forms(kUnknown400)) {
        if (qtErrorString == form)
            return 400;
    }
    for (const QString &form : forms(kVersion400)) {
        const QString prefix = form.section(QStringLiteral("%1"), 0, 0);
        if (!prefix.isEmpty() && qtErrorString.startsWith(prefix))
            return 400;
    }
    return 0;
}

Result<QByteArray> HandshakeDiagnostics::buildUpgradeRequest(const QByteArray &presignedUrl,
                                                             const QByteArray &webSocketKey)
{
    const auto parts = splitUrl(presignedUrl);
    const QString endpoint =
        parts ? QString::fromLatin1(parts->scheme + "://" + parts->authority) : QString();
    if (!parts || !validateEndpointUrl(endpoint, EndpointKind::WebSocket).ok() ||
        parts->target.contains('\r') || parts->target.contains('\n') || parts->target.contains(' '))
        return Error{QStringLiteral("InvalidEndpoint"),
                     QStringLiteral("The URL to replay is not a valid ws:// or wss:// URL.")};
    return QByteArray("GET " + parts->target + " HTTP/1.1\r\nHost: " + parts->authority +
                      "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + webSocketKey +
                      "\r\nSec-WebSocket-Version: 13\r\nUser-Agent: kvs-signaling-viewer\r\n\r\n");
}

void HandshakeDiagnostics::replay(const QByteArray &presignedUrl)
{
    cleanup();
    m_result = HandshakeRejection{};
    m_buffer.clear();
    QByteArray key;
    for (int i = 0; i < 16; ++i) {
        double r = m_random ? m_random() : 0.0;
        if (!(r >= 0.0) || r >= 1.0)
            r = 0.0;
        key.append(static_cast<char>(static_cast<int>(std::floor(r * 256))));
    }
    m_key = key.toBase64();
    const auto request = buildUpgradeRequest(presignedUrl, m_key);
    if (!request) {
        m_result.failure = request.error().message;
        QTimer::singleShot(0, this, &HandshakeDiagnostics::finished);
        return;
    }
    m_request = *request;
    const QUrl url = QUrl::fromEncoded(presignedUrl, QUrl::StrictMode);
    const bool secure = url.scheme() == u"wss";
    const quint16 port = static_cast<quint16>(url.port(secure ? 443 : 80));
    if (secure) {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(m_tls.apply(socket->sslConfiguration()));
        m_socket = socket;
        connect(socket, &QSslSocket::encrypted, this, &HandshakeDiagnostics::onConnected);
        connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            // Never ignored: the replay fails like the WebSocket would have.
            fail(u"TLS: " %
                 (errors.isEmpty() ? QStringLiteral("certificate error") : errors.first().errorString()));
        });
        socket->connectToHostEncrypted(url.host(), port);
    } else {
        auto *socket = new QTcpSocket(this);
        m_socket = socket;
        connect(socket, &QTcpSocket::connected, this, &HandshakeDiagnostics::onConnected);
        socket->connectToHost(url.host(), port);
    }
    connect(m_socket, &QAbstractSocket::readyRead, this, &HandshakeDiagnostics::onReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HandshakeDiagnostics::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HandshakeDiagnostics::onError);
    m_timer->start(m_timeoutMs);
}

void HandshakeDiagnostics::abort()
{
    cleanup();
}

void HandshakeDiagnostics::onConnected()
{
    if (m_socket)
        m_socket->write(m_request);
}

void HandshakeDiagnostics::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->read(kMaxResponseBytes - m_buffer.size());
    bool complete = false;
    const auto head = HttpResponseHead::parse(m_buffer, false, &complete);
    if (!head && head.error().code != u"Incomplete") {
        fail(QStringLiteral("the answer is not HTTP"));
        return;
    }
    if (complete || m_buffer.size() >= kMaxResponseBytes)
        conclude(false);
}

void HandshakeDiagnostics::onDisconnected()
{
    if (m_socket)
        conclude(true);
}

void HandshakeDiagnostics::onError()
{
    if (!m_socket)
        return;
    // The server closing after its answer is the normal end of a rejection.
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        conclude(true);
        return;
    }
    fail(m_socket->errorString());
}

void HandshakeDiagnostics::onTimeout()
{
    if (!m_socket)
        return;
    if (!m_buffer.isEmpty()) {
        conclude(true);
        return;
    }
    fail(u"no answer within " % QString::number(m_timeoutMs) % u" ms");
}

void HandshakeDiagnostics::conclude(bool connectionClosed)
{
    if (!m_socket)
        return;
    const auto head = HttpResponseHead::parse(m_buffer, connectionClosed);
    if (!head) {
        fail(m_buffer.isEmpty() ? QStringLiteral("the server closed the connection without answering")
                                : head.error().message);
        return;
    }
    m_result = HandshakeRejection::classify(*head);
    // A 101 proves a transient refusal only from a real WebSocket server: RFC 6455 4.1 requires the
    // Sec-WebSocket-Accept derived from our key (Qt refuses the upgrade without it, which led here).
    if (m_result.kind == HandshakeRejectionKind::Accepted &&
        head->header("sec-websocket-accept") != expectedWebSocketAccept(m_key)) {
        m_result.kind = HandshakeRejectionKind::ProtocolError;
        m_result.errorClass = ErrorClass::Other;
    }
    m_result.receivedAt = m_clock.now();
    cleanup();
    emit finished();
}

void HandshakeDiagnostics::fail(const QString &what)
{
    if (!m_socket)
        return;
    m_result = HandshakeRejection{};
    m_result.failure = redact(what);
    m_result.receivedAt = m_clock.now();
    cleanup();
    emit finished();
}

void HandshakeDiagnostics::cleanup()
{
    m_timer->stop();
    if (QAbstractSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace kvs
