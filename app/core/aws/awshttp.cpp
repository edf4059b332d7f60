#include "core/aws/awshttp.h"

#include "core/common/redaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::AwsHttp)
};

void log(const HttpOptions &options, const QString &line)
{
    if (options.log)
        options.log(redact(line));
}

} // namespace

Result<QList<QSslCertificate>> loadCaBundle(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("InvalidCaBundle"),
                     Text::tr("the CA bundle %1 cannot be read (%2); fix AWS_CA_BUNDLE.")
                         .arg(path, file.errorString())};
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return Error{QStringLiteral("InvalidCaBundle"),
                     Text::tr("the CA bundle %1 holds no PEM certificate; fix AWS_CA_BUNDLE.").arg(path)};
    return certificates;
}

Result<HttpOptions> httpOptionsFromEnvironment(const QProcessEnvironment &environment)
{
    HttpOptions options;
    const QString bundle = environment.value(QStringLiteral("AWS_CA_BUNDLE"));
    if (!bundle.isEmpty()) {
        auto certificates = loadCaBundle(bundle);
        if (!certificates)
            return certificates.error();
        options.caCertificates = std::move(certificates).value();
    }
    return options;
}

QString endpointOverride(const QProcessEnvironment &environment, const QString &serviceId)
{
    const QString specific = environment.value(u"AWS_ENDPOINT_URL_" % serviceId.toUpper());
    if (!specific.isEmpty())
        return specific;
    return environment.value(QStringLiteral("AWS_ENDPOINT_URL"));
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray hostHeaderFor(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

void limitResponseSize(QNetworkReply *reply, QObject *context, std::function<void()> tooLarge)
{
    // Qt stops reading from the socket once its buffer holds this much; the check below then aborts.
    reply->setReadBufferSize(kMaxResponseBodyBytes + 1);
    auto check = [reply, tooLarge]() {
        bool ok = false;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (reply->isRunning() &&
            ((ok && announced > kMaxResponseBodyBytes) || reply->bytesAvailable() > kMaxResponseBodyBytes)) {
            tooLarge();
            reply->abort();
        }
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, context, check);
    QObject::connect(reply, &QNetworkReply::readyRead, context, check);
}

void sendHttp(QNetworkAccessManager *network, QNetworkRequest request, const QByteArray &verb,
              const QByteArray &body, const HttpOptions &options, QObject *context,
              std::function<void(const HttpResponse &)> done)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(options.timeoutMs);
    if (!options.caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(options.caCertificates);
        request.setSslConfiguration(ssl);
    }
    if (options.log) {
        QString line = QString::fromLatin1(verb) % u' ' % request.url().toDisplayString();
        for (const QByteArray &name : request.rawHeaderList())
            line += u"\n  " % QString::fromLatin1(name) % u": " % QString::fromUtf8(request.rawHeader(name));
        if (!body.isEmpty())
            line += u"\n  " % QString::fromUtf8(body);
        log(options, line);
    }
    QNetworkReply *reply = network->sendCustomRequest(request, verb, body);
    reply->setParent(context);
    const HttpOptions logOptions{{}, 0, options.log};
    auto tooLarge = std::make_shared<bool>(false);
    limitResponseSize(reply, reply, [tooLarge] { *tooLarge = true; });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done, logOptions, tooLarge]() {
        reply->deleteLater();
        HttpResponse response;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (*tooLarge) {
            response.networkError =
                Text::tr("the answer is larger than %1 bytes and was not read").arg(kMaxResponseBodyBytes);
            log(logOptions, Text::tr("no usable HTTP response from %1: %2")
                                .arg(reply->url().host(), response.networkError));
        } else if (status.isValid()) {
            response.status = status.toInt();
            response.body = reply->readAll();
            response.headers = reply->rawHeaderPairs();
            // Successful answers carry credentials: only error bodies are worth (and safe enough) to log.
            const bool success = response.status >= 200 && response.status < 300;
            log(logOptions, success
                                ? Text::tr("HTTP %1 from %2 (%3 bytes)")
                                      .arg(response.status)
                                      .arg(reply->url().host())
                                      .arg(response.body.size())
                                : Text::tr("HTTP %1 from %2\n  %3")
                                      .arg(response.status)
                                      .arg(reply->url().host(), QString::fromUtf8(response.body.left(2000))));
        } else {
            response.networkError = reply->errorString();
            log(logOptions,
                Text::tr("no HTTP response from %1: %2").arg(reply->url().host(), response.networkError));
        }
        done(response);
    });
}

} // namespace kvs
