#include "core/credentials/webidentitycredentials.h"

#include "core/common/redaction.h"

#include <QCoreApplication>
#include <QFile>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::WebIdentityCredentials)
};

} // namespace

Result<WebIdentityCredentials::Settings>
WebIdentityCredentials::settings(const QProcessEnvironment &environment, const AwsProfile *profile,
                                 bool useEnvironment)
{
    auto pick = [&](const char *variable, const char *key, QString *origin) -> QString {
        const QString fromEnvironment =
            useEnvironment ? environment.value(QString::fromLatin1(variable)) : QString();
        if (!fromEnvironment.isEmpty()) {
            if (origin)
                *origin = QString::fromLatin1(variable);
            return fromEnvironment;
        }
        if (profile && profile->has(QString::fromLatin1(key))) {
            if (origin)
                *origin = u"profile " % profile->name;
            return profile->value(QString::fromLatin1(key));
        }
        return QString();
    };
    Settings settings;
    settings.tokenFile = pick("AWS_WEB_IDENTITY_TOKEN_FILE", "web_identity_token_file", &settings.origin);
    if (settings.tokenFile.isEmpty())
        return Error{QStringLiteral("NotConfigured"), QString()};
    settings.roleArn = pick("AWS_ROLE_ARN", "role_arn", nullptr);
    settings.roleSessionName = pick("AWS_ROLE_SESSION_NAME", "role_session_name", nullptr);
    if (settings.roleArn.isEmpty())
        return Error{QStringLiteral("InvalidProfile"),
                     Text::tr("a web identity token file is set (%1) but no role: set AWS_ROLE_ARN or the "
                              "profile's role_arn.")
                         .arg(settings.origin)};
    return settings;
}

WebIdentityCredentials::WebIdentityCredentials(Settings settings, std::shared_ptr<const StsClient> sts)
    : m_settings(std::move(settings))
    , m_sts(std::move(sts))
{}

void WebIdentityCredentials::fetch(const QDateTime &now, QObject *context,
                                   std::function<void(const Result<ResolvedCredentials> &)> done) const
{
    QFile file(m_settings.tokenFile);
    if (!file.open(QIODevice::ReadOnly)) {
        done(Error{QStringLiteral("WebIdentityTokenUnreadable"),
                   Text::tr("the web identity token file %1 (from %2) cannot be read: %3.")
                       .arg(m_settings.tokenFile, m_settings.origin, file.errorString())});
        return;
    }
    const QString token = QString::fromUtf8(file.read(64 * 1024)).trimmed();
    registerSecret(token);
    if (token.isEmpty()) {
        done(Error{QStringLiteral("WebIdentityTokenUnreadable"),
                   Text::tr("the web identity token file %1 (from %2) is empty.")
                       .arg(m_settings.tokenFile, m_settings.origin)});
        return;
    }
    AssumeRoleParameters parameters;
    parameters.roleArn = m_settings.roleArn;
    parameters.roleSessionName = m_settings.roleSessionName.isEmpty()
                                     ? u"kvs-viewer-" % QString::number(now.toSecsSinceEpoch())
                                     : m_settings.roleSessionName;
    const QString source = Text::tr("web identity (assume role %1 with the token in %2, from %3)")
                               .arg(m_settings.roleArn, m_settings.tokenFile, m_settings.origin);
    const auto sts = m_sts;
    sts->assumeRoleWithWebIdentity(parameters, token, context,
                                   [source, done, sts](const Result<ResolvedCredentials> &assumed) {
                                       if (!assumed) {
                                           done(assumed.error());
                                           return;
                                       }
                                       ResolvedCredentials result = *assumed;
                                       result.source = source;
                                       done(result);
                                   });
}

} // namespace kvs
