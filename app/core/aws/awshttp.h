#pragma once

#include "core/aws/resolvedcredentials.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;
class QObject;

namespace kvs {

/// The largest HTTP answer body read from AWS (control plane, STS, SSO; README "Limits"). A larger answer
/// is abandoned as soon as its Content-Length or its first bytes past the limit arrive, so a broken or
/// hostile endpoint cannot make the process buffer it; the error says it was too large.
inline constexpr qint64 kMaxResponseBodyBytes = 1024 * 1024;

/// Stops reply as soon as it announces or delivers more than kMaxResponseBodyBytes: calls tooLarge() (which
/// should remember it) and aborts the reply. The one place every AWS call is bounded.
void limitResponseSize(QNetworkReply *reply, QObject *context, std::function<void()> tooLarge);

/// How requests reach AWS: extra trusted CAs (AWS_CA_BUNDLE), a timeout, and where diagnostics go.
struct HttpOptions
{
    QList<QSslCertificate> caCertificates;
    int timeoutMs = 30000;
    LogFunction log;
};

/// Reads a PEM bundle of CA certificates (AWS_CA_BUNDLE). Errors: InvalidCaBundle.
Result<QList<QSslCertificate>> loadCaBundle(const QString &path);

/// HttpOptions from an environment: AWS_CA_BUNDLE, if set, must name a readable PEM file.
Result<HttpOptions> httpOptionsFromEnvironment(const QProcessEnvironment &environment);

/// The endpoint override for a service as the AWS SDKs read it: AWS_ENDPOINT_URL_<SERVICE> (e.g. STS, SSO)
/// > AWS_ENDPOINT_URL; empty when neither is set.
QString endpointOverride(const QProcessEnvironment &environment, const QString &serviceId);

/// One HTTP exchange's outcome: a status with headers and body, or a transport failure.
struct HttpResponse
{
    int status = 0; ///< 0: no HTTP response (see networkError)
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const;
};

/// Sends one request (redirects are not followed: a signed request goes where it was signed for) and calls
/// done once. Requests, headers and responses are logged through options.log, redacted.
void sendHttp(QNetworkAccessManager *network, QNetworkRequest request, const QByteArray &verb,
              const QByteArray &body, const HttpOptions &options, QObject *context,
              std::function<void(const HttpResponse &)> done);

/// The Host header value for url: host, plus ":port" when the URL names a non-default port.
QByteArray hostHeaderFor(const QUrl &url);

} // namespace kvs
