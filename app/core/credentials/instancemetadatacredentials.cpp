#include "core/credentials/instancemetadatacredentials.h"

#include "core/common/redaction.h"
#include "core/credentials/metadatacredentials.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrl>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::InstanceMetadataCredentials)
};

const QByteArray kTokenPath = "/latest/api/token";
const QString kCredentialsPath = QStringLiteral("/latest/meta-data/iam/security-credentials/");

/// The environment variable's value, else the profile key's, with the name of where it came from.
std::pair<QString, QString> setting(const QProcessEnvironment &environment, const char *variable,
                                    const AwsProfile *profile, const char *key)
{
    const QString name = QString::fromLatin1(variable);
    if (environment.contains(name))
        return {environment.value(name).trimmed(), name};
    if (profile && profile->has(QString::fromLatin1(key)))
        return {profile->value(QString::fromLatin1(key)).trimmed(),
                u"profile " % profile->name % u": " % QString::fromLatin1(key)};
    return {};
}

QString describe(const HttpResponse &response)
{
    if (response.status == 0)
        return response.networkError;
    return Text::tr("HTTP %1").arg(response.status);
}

} // namespace

struct InstanceMetadataCredentials::Run
{
    QPointer<QObject> context;
    QByteArray token; ///< empty: IMDSv1
    std::function<void(const Result<ResolvedCredentials> &)> done;
};

Result<InstanceMetadataCredentials::Settings>
InstanceMetadataCredentials::settings(const QProcessEnvironment &environment, const AwsProfile *profile)
{
    if (environment.value(QStringLiteral("AWS_EC2_METADATA_DISABLED"))
            .trimmed()
            .compare(u"true", Qt::CaseInsensitive) == 0)
        return Error{QStringLiteral("NotConfigured"), QString()};
    Settings settings;
    auto invalid = [](const QString &where, const QString &what) {
        return Error{QStringLiteral("InvalidConfiguration"), where % u": " % what};
    };
    const auto [mode, modeOrigin] = setting(environment, "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", profile,
                                            "ec2_metadata_service_endpoint_mode");
    if (!mode.isEmpty()) {
        if (mode.compare(u"ipv6", Qt::CaseInsensitive) == 0) {
            settings.endpoint = QStringLiteral("http://[fd00:ec2::254]");
            settings.endpointOrigin = modeOrigin;
        } else if (mode.compare(u"ipv4", Qt::CaseInsensitive) != 0) {
            return invalid(modeOrigin, Text::tr("must be IPv4 or IPv6."));
        }
    }
    const auto [endpoint, endpointOrigin] =
        setting(environment, "AWS_EC2_METADATA_SERVICE_ENDPOINT", profile, "ec2_metadata_service_endpoint");
    if (!endpoint.isEmpty()) {
        const QUrl url(endpoint, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
            return invalid(endpointOrigin, Text::tr("is not an http:// or https:// URL."));
        settings.endpoint = endpoint;
        while (settings.endpoint.endsWith(u'/'))
            settings.endpoint.chop(1);
        settings.endpointOrigin = endpointOrigin;
    }
    const auto [timeout, timeoutOrigin] =
        setting(environment, "AWS_METADATA_SERVICE_TIMEOUT", profile, "metadata_service_timeout");
    if (!timeout.isEmpty()) {
        bool ok = false;
        const double seconds = timeout.toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 300)
            return invalid(timeoutOrigin, Text::tr("must be a number of seconds."));
        settings.timeoutMs = static_cast<int>(seconds * 1000);
    }
    const auto [attempts, attemptsOrigin] =
        setting(environment, "AWS_METADATA_SERVICE_NUM_ATTEMPTS", profile, "metadata_service_num_attempts");
    if (!attempts.isEmpty()) {
        bool ok = false;
        settings.attempts = attempts.toInt(&ok);
        if (!ok || settings.attempts < 1 || settings.attempts > 10)
            return invalid(attemptsOrigin, Text::tr("must be a whole number from 1 to 10."));
    }
    const auto [v1, v1Origin] =
        setting(environment, "AWS_EC2_METADATA_V1_DISABLED", profile, "ec2_metadata_v1_disabled");
    settings.v1Disabled = v1.compare(u"true", Qt::CaseInsensitive) == 0;
    return settings;
}

InstanceMetadataCredentials::InstanceMetadataCredentials(Settings settings, QNetworkAccessManager *network,
                                                         HttpOptions options)
    : m_settings(std::move(settings))
    , m_network(network)
    , m_options(std::move(options))
{
    m_options.timeoutMs = m_settings.timeoutMs;
}

void InstanceMetadataCredentials::get(const std::shared_ptr<Run> &run, const QString &path, int attempt,
                                      std::function<void(const HttpResponse &)> next) const
{
    QNetworkRequest request(QUrl(m_settings.endpoint % path, QUrl::StrictMode));
    if (!run->token.isEmpty())
        request.setRawHeader("X-aws-ec2-metadata-token", run->token);
    const InstanceMetadataCredentials self = *this;
    sendHttp(m_network, request, "GET", {}, m_options, run->context,
             [self, run, path, attempt, next](const HttpResponse &response) {
                 if (!run->context)
                     return;
                 const bool retry = response.status != 200 || response.body.isEmpty();
                 if (retry && attempt < self.m_settings.attempts)
                     self.get(run, path, attempt + 1, next);
                 else
                     next(response);
             });
}

void InstanceMetadataCredentials::fail(const std::shared_ptr<Run> &run, const QString &why) const
{
    run->done(Error{QStringLiteral("InstanceMetadataUnavailable"),
                    Text::tr("EC2 instance metadata at %1 (%2): %3")
                        .arg(m_settings.endpoint, m_settings.endpointOrigin, why)});
}

void InstanceMetadataCredentials::fetch(QObject *context,
                                        std::function<void(const Result<ResolvedCredentials> &)> done) const
{
    auto run = std::make_shared<Run>();
    run->context = context;
    run->done = std::move(done);
    requestToken(run, 1);
}

void InstanceMetadataCredentials::requestToken(const std::shared_ptr<Run> &run, int attempt) const
{
    QNetworkRequest request(QUrl(m_settings.endpoint % QString::fromLatin1(kTokenPath), QUrl::StrictMode));
    request.setRawHeader("X-aws-ec2-metadata-token-ttl-seconds", "21600");
    const InstanceMetadataCredentials self = *this;
    sendHttp(m_network, request, "PUT", {}, m_options, run->context,
             [self, run, attempt](const HttpResponse &response) {
                 if (!run->context)
                     return;
                 if (response.status == 200 && !response.body.isEmpty()) {
                     run->token = response.body.trimmed();
                     registerSecret(QString::fromLatin1(run->token));
                     self.requestRole(run);
                     return;
                 }
                 const bool refused =
                     response.status == 403 || response.status == 404 || response.status == 405;
                 if (refused && !self.m_settings.v1Disabled) {
                     self.requestRole(run); // IMDSv1, as botocore falls back
                     return;
                 }
                 if (!refused && response.status != 400 && attempt < self.m_settings.attempts) {
                     self.requestToken(run, attempt + 1);
                     return;
                 }
                 // No answer at all: a GET to the same host would not fare better (and would double the
                 // wait off EC2).
                 self.fail(run, refused ? Text::tr("the IMDSv2 token was refused (%1) and IMDSv1 is disabled")
                                              .arg(describe(response))
                                        : Text::tr("the IMDSv2 token: %1").arg(describe(response)));
             });
}

void InstanceMetadataCredentials::requestRole(const std::shared_ptr<Run> &run) const
{
    const InstanceMetadataCredentials self = *this;
    get(run, kCredentialsPath, 1, [self, run](const HttpResponse &response) {
        if (response.status == 404) {
            self.fail(run, Text::tr("no IAM role is attached to this instance"));
            return;
        }
        if (response.status != 200 || response.body.trimmed().isEmpty()) {
            self.fail(run, Text::tr("the role name: %1").arg(describe(response)));
            return;
        }
        const QString role = QString::fromUtf8(response.body).split(u'\n').constFirst().trimmed();
        if (role.isEmpty() || role.contains(u'/') || role.size() > 128) {
            self.fail(run, Text::tr("the role name is not usable"));
            return;
        }
        self.requestCredentials(run, role);
    });
}

void InstanceMetadataCredentials::requestCredentials(const std::shared_ptr<Run> &run,
                                                     const QString &role) const
{
    const InstanceMetadataCredentials self = *this;
    get(run, kCredentialsPath % role, 1, [self, run, role](const HttpResponse &response) {
        if (response.status != 200) {
            self.fail(run, Text::tr("the credentials of role %1: %2").arg(role, describe(response)));
            return;
        }
        const auto parsed = parseMetadataCredentials(response.body, Text::tr("EC2 instance metadata"));
        if (!parsed) {
            run->done(parsed);
            return;
        }
        ResolvedCredentials credentials = *parsed;
        credentials.source = Text::tr("EC2 instance metadata (role %1)").arg(role);
        run->done(credentials);
    });
}

} // namespace kvs
