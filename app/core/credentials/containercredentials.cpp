#include "core/credentials/containercredentials.h"

#include "core/common/redaction.h"
#include "core/credentials/metadatacredentials.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::ContainerCredentials)
};

const QString kRelative = QStringLiteral("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
const QString kFull = QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI");

bool allowedPlainHost(const QString &host)
{
    static const QStringList agents = {QStringLiteral("169.254.170.2"), QStringLiteral("169.254.170.23"),
                                       QStringLiteral("fd00:ec2::23"), QStringLiteral("localhost")};
    if (agents.contains(host, Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

Result<ContainerCredentials::Settings> ContainerCredentials::settings(const QProcessEnvironment &environment)
{
    Settings settings;
    if (environment.contains(kRelative)) {
        settings.origin = kRelative;
        settings.url = QUrl(u"http://169.254.170.2" % environment.value(kRelative), QUrl::StrictMode);
    } else if (environment.contains(kFull)) {
        settings.origin = kFull;
        settings.url = QUrl(environment.value(kFull), QUrl::StrictMode);
        const QString scheme = settings.url.scheme().toLower();
        if (!settings.url.isValid() || settings.url.host().isEmpty() ||
            (scheme != u"http" && scheme != u"https"))
            return Error{QStringLiteral("InvalidContainerUri"),
                         Text::tr("%1 is not an http:// or https:// URL.").arg(kFull)};
        if (scheme == u"http" && !allowedPlainHost(settings.url.host()))
            return Error{QStringLiteral("InvalidContainerUri"),
                         Text::tr("%1 names the host %2 over plain http; only https://, a loopback address "
                                  "or 169.254.170.2, 169.254.170.23, fd00:ec2::23, localhost are allowed "
                                  "(as in the AWS CLI).")
                             .arg(kFull, settings.url.host())};
    } else {
        return Error{QStringLiteral("NotConfigured"), QString()};
    }
    if (!settings.url.isValid())
        return Error{QStringLiteral("InvalidContainerUri"),
                     Text::tr("%1 does not form a valid URL.").arg(settings.origin)};
    settings.authorizationTokenFile =
        environment.value(QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"));
    settings.authorizationToken = environment.value(QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN"));
    registerSecret(settings.authorizationToken);
    return settings;
}

ContainerCredentials::ContainerCredentials(Settings settings, QNetworkAccessManager *network,
                                           HttpOptions options)
    : m_settings(std::move(settings))
    , m_network(network)
    , m_options(std::move(options))
{
    m_options.timeoutMs = kTimeoutMs;
}

void ContainerCredentials::fetch(QObject *context,
                                 std::function<void(const Result<ResolvedCredentials> &)> done) const
{
    attempt(1, context, std::move(done));
}

void ContainerCredentials::attempt(int number, QObject *context,
                                   std::function<void(const Result<ResolvedCredentials> &)> done) const
{
    QString token = m_settings.authorizationToken;
    if (!m_settings.authorizationTokenFile.isEmpty()) {
        QFile file(m_settings.authorizationTokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            done(Error{QStringLiteral("ContainerCredentialsFailed"),
                       Text::tr("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE %1 cannot be read: %2.")
                           .arg(m_settings.authorizationTokenFile, file.errorString())});
            return;
        }
        token = QString::fromUtf8(file.read(64 * 1024));
        registerSecret(token);
    }
    if (token.contains(u'\r') || token.contains(u'\n')) {
        done(Error{QStringLiteral("ContainerCredentialsFailed"),
                   Text::tr("the container authorization token holds a line break; it is not a legal "
                            "header value.")});
        return;
    }
    QNetworkRequest request(m_settings.url);
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", token.toUtf8());
    const ContainerCredentials self = *this;
    QPointer<QObject> guard(context);
    sendHttp(m_network, request, "GET", {}, m_options, context,
             [self, number, guard, done](const HttpResponse &response) {
                 const QString where = self.m_settings.url.toDisplayString(QUrl::RemoveUserInfo);
                 if (response.status == 200) {
                     done(parseMetadataCredentials(response.body, Text::tr("the container credentials "
                                                                           "endpoint %1")
                                                                      .arg(where)));
                     return;
                 }
                 const QString why =
                     response.status == 0
                         ? response.networkError
                         : Text::tr("HTTP %1: %2")
                               .arg(response.status)
                               .arg(redact(QString::fromUtf8(response.body.left(500))).trimmed());
                 if (number < kAttempts && guard) {
                     QTimer::singleShot(kRetryDelayMs, guard, [self, number, guard, done] {
                         self.attempt(number + 1, guard, done);
                     });
                     return;
                 }
                 done(Error{QStringLiteral("ContainerCredentialsFailed"),
                            Text::tr("the container credentials endpoint %1 (from %2) failed %3 times; "
                                     "last: %4")
                                .arg(where, self.m_settings.origin)
                                .arg(number)
                                .arg(why)});
             });
}

} // namespace kvs
