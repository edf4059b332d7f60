#pragma once

#include "core/aws/tlsoptions.h"

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

class QAbstractSocket;

namespace kvs {

/// One HTTP/1.1 request on a connection of its own ("Connection: close"), sent exactly once.
///
/// QNetworkAccessManager is not used for the control plane because it (a) silently re-sends a request
/// whose connection dropped before the answer, up to several times, so "once, without retries" was not
/// true and the retry policy could not see those attempts; and (b) keeps connections in a cache keyed by
/// host and port only, so a new CA file was ignored until the cached connection expired (~2 minutes).
/// Here every request gets a fresh socket configured through TlsOptions::apply() (certificate errors are
/// never ignored) and every failure is reported, never retried. The socket honours the application proxy.
class SingleHttpRequest final : public QObject
{
    Q_OBJECT

public:
    /// Why no complete answer arrived.
    enum class Failure
    {
        None,            ///< an HTTP answer arrived (any status)
        Tls,             ///< the TLS handshake failed (certificate not trusted, …)
        Network,         ///< DNS, TCP, or the connection closed before a complete answer
        InvalidResponse, ///< the bytes were not an HTTP/1.x answer
        Aborted,         ///< abort() was called
    };

    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    /// maxBodyBytes bounds what is read; a longer body is cut there.
    explicit SingleHttpRequest(TlsOptions tls, qsizetype maxBodyBytes = 1024 * 1024,
                               QObject *parent = nullptr);
    ~SingleHttpRequest() override;

    /// The proxy the request's socket uses (set before send()); without it, the application's proxy rules,
    /// which never proxy a loopback address.
    void setProxy(const QNetworkProxy &proxy) { m_proxy = proxy; }
    /// Sends method url with exactly these headers (Host included by the caller, as signed), plus
    /// Content-Length and Connection: close. finished() follows once.
    void send(const QUrl &url, const QByteArray &method, const Headers &headers, const QByteArray &body);
    /// Stops at once: finished() follows (synchronously) with Failure::Aborted, unless it already finished.
    void abort();

    bool isFinished() const { return m_finished; }
    Failure failure() const { return m_failure; }
    /// What went wrong, in the socket's words (not translated; never contains a secret of ours).
    QString errorString() const { return m_errorString; }
    int status() const { return m_status; }
    /// True when the answer's body is longer than maxBodyBytes (announced by Content-Length, or read): it was
    /// not read further, and body() holds only its start. Callers report it as too large, never parse it.
    bool bodyTruncated() const { return m_truncated; }
    /// The first value of a header of the answer (name case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    const QByteArray &body() const { return m_body; }

    /// Decodes a chunked body. complete receives true once the last (zero) chunk is there.
    /// nullopt when the framing is broken.
    static std::optional<QByteArray> decodeChunked(QByteArrayView raw, bool *complete);

signals:
    /// Emitted once, when the answer is complete or the request failed.
    void finished();

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onError();
    bool tryComplete(bool connectionClosed);
    void finish(Failure failure, const QString &errorString);
    void dropSocket();

    TlsOptions m_tls;
    qsizetype m_maxBodyBytes;
    QPointer<QAbstractSocket> m_socket;
    QByteArray m_request;
    QByteArray m_buffer;
    bool m_finished = false;
    std::optional<QNetworkProxy> m_proxy;
    Failure m_failure = Failure::None;
    bool m_truncated = false;
    QString m_errorString;
    int m_status = 0;
    Headers m_headers;
    QByteArray m_body;
};

} // namespace kvs
