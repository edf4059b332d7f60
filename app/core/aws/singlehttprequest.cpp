#include "core/aws/singlehttprequest.h"

#include "core/aws/httpresponsehead.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <optional>

namespace kvs {
namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;

} // namespace

SingleHttpRequest::SingleHttpRequest(TlsOptions tls, qsizetype maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_tls(std::move(tls))
    , m_maxBodyBytes(maxBodyBytes)
{}

SingleHttpRequest::~SingleHttpRequest()
{
    dropSocket();
}

QByteArray SingleHttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

std::optional<QByteArray> SingleHttpRequest::decodeChunked(QByteArrayView raw, bool *complete)
{
    *complete = false;
    QByteArray out;
    qsizetype at = 0;
    while (true) {
        const qsizetype lineEnd = raw.indexOf(QByteArrayView("\r\n"), at);
        if (lineEnd < 0)
            return out; // the size line has not arrived yet
        QByteArrayView sizeText = raw.sliced(at, lineEnd - at);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText = sizeText.first(semicolon); // chunk extensions
        bool ok = false;
        const qlonglong size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return std::nullopt;
        at = lineEnd + 2;
        if (size == 0) {
            // Trailers (if any) end with an empty line; the body is complete once it is there.
            *complete = raw.indexOf(QByteArrayView("\r\n"), at) >= 0;
            return out;
        }
        if (raw.size() - at < size + 2)
            return out; // the chunk has not fully arrived
        out += raw.sliced(at, size);
        at += size;
        if (raw.sliced(at, 2) != QByteArrayView("\r\n"))
            return std::nullopt;
        at += 2;
    }
}

void SingleHttpRequest::send(const QUrl &url, const QByteArray &method, const Headers &headers,
                             const QByteArray &body)
{
    dropSocket();
    m_finished = false;
    m_failure = Failure::None;
    m_errorString.clear();
    m_status = 0;
    m_headers.clear();
    m_body.clear();
    m_buffer.clear();

    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty() || target.startsWith('?'))
        target.prepend('/');
    m_request = method + ' ' + target + " HTTP/1.1\r\n";
    for (const auto &[name, value] : headers)
        m_request += name + ": " + value + "\r\n";
    m_request +=
        "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;

    const bool secure = url.scheme() == u"https";
    const quint16 port = quint16(url.port(secure ? 443 : 80));
    if (secure) {
        auto *socket = new QSslSocket(this);
        // The one place TLS is configured for these requests: extra CAs added, peer verification forced on.
        socket->setSslConfiguration(m_tls.apply(socket->sslConfiguration()));
        m_socket = socket;
        connect(socket, &QSslSocket::encrypted, this, &SingleHttpRequest::onConnected);
        connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList texts;
            for (const QSslError &error : errors)
                texts.append(error.errorString());
            finish(Failure::Tls,
                   texts.isEmpty() ? QStringLiteral("certificate error") : texts.join(QStringLiteral("; ")));
        });
    } else {
        auto *socket = new QTcpSocket(this);
        m_socket = socket;
        connect(socket, &QTcpSocket::connected, this, &SingleHttpRequest::onConnected);
    }
    if (m_proxy)
        m_socket->setProxy(*m_proxy);
    connect(m_socket, &QAbstractSocket::readyRead, this, &SingleHttpRequest::onReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &SingleHttpRequest::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &SingleHttpRequest::onError);
    if (secure)
        static_cast<QSslSocket *>(m_socket.data())->connectToHostEncrypted(url.host(), port);
    else
        m_socket->connectToHost(url.host(), port);
}

void SingleHttpRequest::abort()
{
    if (m_finished)
        return;
    finish(Failure::Aborted, QStringLiteral("cancelled"));
}

void SingleHttpRequest::onConnected()
{
    if (m_socket)
        m_socket->write(m_request);
}

void SingleHttpRequest::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->read(kMaxHeadBytes + m_maxBodyBytes + 64 - m_buffer.size());
    tryComplete(false);
}

void SingleHttpRequest::onDisconnected()
{
    if (!m_socket)
        return;
    if (m_socket->bytesAvailable() > 0)
        m_buffer += m_socket->read(kMaxHeadBytes + m_maxBodyBytes + 64 - m_buffer.size());
    if (!tryComplete(true) && !m_finished)
        finish(Failure::Network,
               m_buffer.isEmpty() ? QStringLiteral("the connection closed without an answer")
                                  : QStringLiteral("the connection closed before the answer was complete"));
}

void SingleHttpRequest::onError()
{
    if (!m_socket || m_finished)
        return;
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    if (m_socket->error() == QAbstractSocket::SslHandshakeFailedError) {
        finish(Failure::Tls, m_socket->errorString());
        return;
    }
    finish(Failure::Network, m_socket->errorString());
}

bool SingleHttpRequest::tryComplete(bool connectionClosed)
{
    if (m_finished)
        return true;
    bool complete = false;
    const auto head = HttpResponseHead::parse(m_buffer, connectionClosed, &complete);
    if (!head) {
        if (head.error().code != u"Incomplete" || m_buffer.size() > kMaxHeadBytes) {
            finish(Failure::InvalidResponse, QStringLiteral("the answer is not HTTP"));
            return true;
        }
        return false;
    }
    QByteArray body = head->body;
    if (head->header("transfer-encoding").toLower().contains("chunked")) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n") + 4;
        bool chunksDone = false;
        const auto decoded = decodeChunked(QByteArrayView(m_buffer).sliced(headEnd), &chunksDone);
        if (!decoded) {
            finish(Failure::InvalidResponse, QStringLiteral("the chunked body is malformed"));
            return true;
        }
        body = *decoded;
        complete = chunksDone;
    }
    const bool full = m_buffer.size() >= kMaxHeadBytes + m_maxBodyBytes;
    bool announced = false;
    const qint64 contentLength = head->header("content-length").toLongLong(&announced);
    // Too long is known as soon as Content-Length says so or the bytes pass the bound: stop there.
    m_truncated =
        (announced && contentLength > m_maxBodyBytes) || body.size() > m_maxBodyBytes || (full && !complete);
    if (!complete && !full && !m_truncated)
        return false;
    m_status = head->status;
    m_headers = head->headers;
    m_body = body.left(m_maxBodyBytes);
    finish(Failure::None, QString());
    return true;
}

void SingleHttpRequest::finish(Failure failure, const QString &errorString)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failure = failure;
    m_errorString = errorString;
    dropSocket();
    emit finished();
}

void SingleHttpRequest::dropSocket()
{
    if (QAbstractSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace kvs
