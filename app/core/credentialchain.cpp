#include "credentialchain.h"

#include "clock.h"
#include "credentialprocess.h"
#include "redaction.h"
#include "ssoclient.h"
#include "stsclient.h"
#include "validation.h"

#include <QCoreApplication>
#include <QPointer>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::CredentialChain)
};

constexpr int kMaxChainDepth = 8;

QString profileLabel(const QString &name)
{
    return u"profile " % name;
}

Error profileError(const QString &code, const QString &profile, const QString &message)
{
    return Error{code, redact(profileLabel(profile) % u": " % message)};
}

std::optional<Error> validateKeys(const AwsCredentials &credentials, const QString &keyIdName,
                                  const QString &secretName, const QString &tokenName)
{
    const std::pair<QString, ValidationResult> checks[] = {
        {keyIdName, validateAccessKeyId(credentials.accessKeyId)},
        {secretName, validateSecretAccessKey(credentials.secretAccessKey)},
        {tokenName, validateSessionToken(credentials.sessionToken)},
    };
    for (const auto &[name, result] : checks) {
        if (!result.ok())
            return Error{QStringLiteral("InvalidCredentials"), name % u": " % result.message};
    }
    return std::nullopt;
}

Error notConfigured()
{
    return Error{QString::fromLatin1(kNotConfigured), QString()};
}

} // namespace

Result<ResolvedCredentials> environmentCredentials(const QProcessEnvironment &environment)
{
    ResolvedCredentials result;
    result.source = QStringLiteral("environment");
    result.credentials.accessKeyId = environment.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    result.credentials.secretAccessKey = environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    result.credentials.sessionToken = environment.value(QStringLiteral("AWS_SESSION_TOKEN"));
    registerSecret(result.credentials.secretAccessKey);
    registerSecret(result.credentials.sessionToken);
    const bool hasKeyId = !result.credentials.accessKeyId.isEmpty();
    const bool hasSecret = !result.credentials.secretAccessKey.isEmpty();
    if (!hasKeyId && !hasSecret)
        return notConfigured();
    if (!hasKeyId)
        return Result<ResolvedCredentials>(
            Error{QStringLiteral("PartialCredentials"),
                  Text::tr("AWS_ACCESS_KEY_ID: not set, but AWS_SECRET_ACCESS_KEY is; "
                           "set both.")});
    if (!hasSecret)
        return Result<ResolvedCredentials>(
            Error{QStringLiteral("PartialCredentials"),
                  Text::tr("AWS_SECRET_ACCESS_KEY: not set, but AWS_ACCESS_KEY_ID is; "
                           "set both.")});
    if (auto error =
            validateKeys(result.credentials, QStringLiteral("AWS_ACCESS_KEY_ID"),
                         QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("AWS_SESSION_TOKEN")))
        return *error;
    return result;
}

Result<ResolvedCredentials> staticProfileCredentials(const AwsProfile &profile)
{
    ResolvedCredentials result;
    result.source = profileLabel(profile.name) % u" (static keys)";
    result.credentials.accessKeyId = profile.value(QStringLiteral("aws_access_key_id"));
    result.credentials.secretAccessKey = profile.value(QStringLiteral("aws_secret_access_key"));
    result.credentials.sessionToken = profile.has(QStringLiteral("aws_session_token"))
                                          ? profile.value(QStringLiteral("aws_session_token"))
                                          : profile.value(QStringLiteral("aws_security_token"));
    registerSecret(result.credentials.secretAccessKey);
    registerSecret(result.credentials.sessionToken);
    const bool hasKeyId = !result.credentials.accessKeyId.isEmpty();
    const bool hasSecret = !result.credentials.secretAccessKey.isEmpty();
    if (!hasKeyId && !hasSecret)
        return notConfigured();
    if (!hasKeyId || !hasSecret)
        return Result<ResolvedCredentials>(profileError(
            QStringLiteral("PartialCredentials"), profile.name,
            hasKeyId ? Text::tr("aws_access_key_id is set but aws_secret_access_key is not; set both.")
                     : Text::tr("aws_secret_access_key is set but aws_access_key_id is not; set both.")));
    if (auto error =
            validateKeys(result.credentials, QStringLiteral("aws_access_key_id"),
                         QStringLiteral("aws_secret_access_key"), QStringLiteral("aws_session_token")))
        return profileError(error->code, profile.name, error->message);
    return result;
}

CredentialChain::CredentialChain(CredentialChainOptions options, const Clock &clock,
                                 QNetworkAccessManager *network, ProcessRunner *runner, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_network(network)
    , m_runner(runner)
{}

CredentialChain::~CredentialChain() = default;

ProfileSelection CredentialChain::profileSelection() const
{
    return selectProfile(m_options.explicitProfile, m_options.environment);
}

Result<RegionChoice> CredentialChain::region(const QString &channelArnRegion) const
{
    const auto files = AwsConfigFiles::load(m_options.environment);
    std::optional<AwsProfile> profile;
    if (files)
        profile = files->profile(profileSelection().name);
    return resolveRegion(m_options.environment, profile ? &*profile : nullptr, channelArnRegion);
}

Result<HttpOptions> CredentialChain::httpOptions() const
{
    auto options = httpOptionsFromEnvironment(m_options.environment);
    if (!options)
        return options;
    HttpOptions value = std::move(options).value();
    value.log = m_options.log;
    return value;
}

void CredentialChain::log(const QString &line) const
{
    if (m_options.log)
        m_options.log(redact(line));
}

void CredentialChain::invalidate()
{
    m_cached.reset();
}

void CredentialChain::fetch(Callback done)
{
    if (m_cached) {
        const bool fresh = !m_cached->expires() ||
                           m_clock.now().secsTo(m_cached->expiration) > m_options.refreshMarginSeconds;
        if (fresh) {
            done(*m_cached);
            return;
        }
        log(Text::tr("credentials from %1 expire at %2: fetching new ones")
                .arg(m_cached->source, m_cached->expiration.toString(Qt::ISODate)));
    }
    m_waiting.append(std::move(done));
    if (!m_resolving)
        resolve();
}

void CredentialChain::deliver(const Result<ResolvedCredentials> &result)
{
    m_resolving = false;
    Result<ResolvedCredentials> outcome = result;
    if (result) {
        m_cached = *result;
        log(Text::tr("credentials: %1 (access key %2), %3")
                .arg(result->source, maskAccessKeyId(result->credentials.accessKeyId),
                     result->expires()
                         ? Text::tr("expire at %1").arg(result->expiration.toString(Qt::ISODate))
                         : Text::tr("do not expire")));
    } else if (m_cached && m_cached->expires() && m_clock.now() < m_cached->expiration) {
        log(Text::tr("refreshing credentials failed (%1); the current ones are still valid until %2")
                .arg(result.error().message, m_cached->expiration.toString(Qt::ISODate)));
        outcome = *m_cached;
    } else {
        m_cached.reset();
        log(Text::tr("no credentials: %1").arg(result.error().message));
    }
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &callback : waiting)
        callback(outcome);
}

void CredentialChain::resolve()
{
    m_resolving = true;
    // Secrets the process can see are registered for redaction even when this chain does not use them:
    // a helper's stderr or a server's answer may still echo them.
    for (const char *name : {"AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"})
        registerSecret(m_options.environment.value(QString::fromLatin1(name)));
    const ProfileSelection selection = profileSelection();
    if (!selection.explicitly) {
        const auto fromEnvironment = environmentCredentials(m_options.environment);
        if (fromEnvironment.ok() || fromEnvironment.error().code != QLatin1String(kNotConfigured)) {
            log(Text::tr("using the environment's AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"));
            deliver(fromEnvironment);
            return;
        }
    } else {
        log(Text::tr("--profile %1 given: the environment's keys (if any) are not used").arg(selection.name));
    }

    auto loaded = AwsConfigFiles::load(m_options.environment);
    if (!loaded) {
        deliver(loaded.error());
        return;
    }
    const auto files = std::make_shared<const AwsConfigFiles>(std::move(loaded).value());
    for (const QString &name : files->profileNames()) {
        const auto profile = files->profile(name);
        for (const char *key : {"aws_secret_access_key", "aws_session_token", "aws_security_token"})
            registerSecret(profile->value(QString::fromLatin1(key)));
    }
    if (!files->profile(selection.name)) {
        if (selection.source == u"default") {
            deliver(Error{
                QStringLiteral("NoCredentials"),
                m_options.surface == Surface::CommandLine
                    ? Text::tr(
                          "no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure "
                          "a profile in ~/.aws/config or ~/.aws/credentials and choose it with --profile "
                          "or AWS_PROFILE.")
                    : Text::tr(
                          "no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure "
                          "a profile in ~/.aws/config or ~/.aws/credentials and choose it under "
                          "Credentials from, or type the keys.")});
        } else {
            deliver(Error{QStringLiteral("ProfileNotFound"),
                          Text::tr("the profile \"%1\" (from %2) is in neither %3 nor %4; check the name.")
                              .arg(selection.name, selection.source, files->paths().config,
                                   files->paths().credentials)});
        }
        return;
    }
    log(Text::tr("using profile %1 (chosen by %2)").arg(selection.name, selection.source));
    QPointer<CredentialChain> self(this);
    resolveProfile(files, selection.name, {}, [self](const Result<ResolvedCredentials> &result) {
        if (self)
            self->deliver(result);
    });
}

void CredentialChain::resolveProfile(const std::shared_ptr<const AwsConfigFiles> &files, const QString &name,
                                     QStringList visited, Callback done)
{
    if (visited.contains(name)) {
        visited.append(name);
        done(Error{QStringLiteral("ProfileLoop"),
                   Text::tr("the profiles' source_profile settings form a loop (%1); break it.")
                       .arg(visited.join(QStringLiteral(" → ")))});
        return;
    }
    if (visited.size() >= kMaxChainDepth) {
        done(
            Error{QStringLiteral("ProfileLoop"),
                  Text::tr("more than %1 profiles are chained through source_profile.").arg(kMaxChainDepth)});
        return;
    }
    const auto profile = files->profile(name);
    if (!profile) {
        done(Error{QStringLiteral("ProfileNotFound"),
                   Text::tr("the profile \"%1\" (source_profile of %2) is in neither %3 nor %4.")
                       .arg(name, visited.value(visited.size() - 1), files->paths().config,
                            files->paths().credentials)});
        return;
    }
    // Register every secret the profile holds, whichever step ends up using it.
    for (const char *key : {"aws_secret_access_key", "aws_session_token", "aws_security_token"})
        registerSecret(profile->value(QString::fromLatin1(key)));

    if (profile->has(QStringLiteral("role_arn"))) {
        assumeRole(files, *profile, visited, std::move(done));
        return;
    }
    if (profile->has(QStringLiteral("sso_session")) || profile->has(QStringLiteral("sso_start_url")) ||
        profile->has(QStringLiteral("sso_account_id"))) {
        fromSso(files, *profile, std::move(done));
        return;
    }
    if (const auto keys = staticProfileCredentials(*profile);
        keys.ok() || keys.error().code != QLatin1String(kNotConfigured)) {
        done(keys);
        return;
    }
    if (profile->has(QStringLiteral("credential_process"))) {
        fromProcess(*profile, std::move(done));
        return;
    }
    if (profile->has(QStringLiteral("web_identity_token_file")) ||
        profile->has(QStringLiteral("login_session")))
        done(profileError(
            QStringLiteral("UnsupportedCredentials"), name,
            Text::tr("this kind of credentials is not supported; use static keys, credential_process, "
                     "role_arn or SSO.")));
    else
        done(profileError(QStringLiteral("NoCredentials"), name,
                          Text::tr("holds no credentials: set aws_access_key_id and aws_secret_access_key, "
                                   "credential_process, role_arn with source_profile, or sso_session.")));
}

void CredentialChain::assumeRole(const std::shared_ptr<const AwsConfigFiles> &files,
                                 const AwsProfile &profile, QStringList visited, Callback done)
{
    const QString name = profile.name;
    if (profile.has(QStringLiteral("mfa_serial"))) {
        done(profileError(
            QStringLiteral("UnsupportedCredentials"), name,
            Text::tr("mfa_serial needs a code typed at each sign-in, which this app cannot ask for; "
                     "use a profile without MFA or SSO.")));
        return;
    }
    AssumeRoleParameters parameters;
    parameters.roleArn = profile.value(QStringLiteral("role_arn"));
    parameters.externalId = profile.value(QStringLiteral("external_id"));
    parameters.roleSessionName = profile.value(QStringLiteral("role_session_name"));
    if (parameters.roleSessionName.isEmpty())
        parameters.roleSessionName = u"kvs-viewer-" % QString::number(m_clock.now().toSecsSinceEpoch());
    if (profile.has(QStringLiteral("duration_seconds"))) {
        bool ok = false;
        parameters.durationSeconds = profile.value(QStringLiteral("duration_seconds")).toInt(&ok);
        if (!ok || parameters.durationSeconds < 900 || parameters.durationSeconds > 43200) {
            done(profileError(QStringLiteral("InvalidProfile"), name,
                              Text::tr("duration_seconds must be a whole number from 900 to 43200.")));
            return;
        }
    }
    const QString sourceProfile = profile.value(QStringLiteral("source_profile"));
    const QString credentialSource = profile.value(QStringLiteral("credential_source"));
    if (!sourceProfile.isEmpty() && !credentialSource.isEmpty()) {
        done(profileError(QStringLiteral("InvalidProfile"), name,
                          Text::tr("has both source_profile and credential_source; keep one.")));
        return;
    }

    // Region and endpoint of STS for this profile.
    auto region = resolveRegion(m_options.environment, &profile, QString());
    const QString stsRegion = region ? region->region : QStringLiteral("us-east-1");
    auto http = httpOptions();
    if (!http) {
        done(http.error());
        return;
    }
    const auto sts = std::make_shared<StsClient>(
        m_network, m_clock, stsRegion, endpointOverride(m_options.environment, QStringLiteral("STS")),
        std::move(http).value());
    QPointer<CredentialChain> self(this);
    auto withSource = [self, sts, parameters, name, done](const Result<ResolvedCredentials> &source) {
        if (!self)
            return;
        if (!source) {
            done(source.error());
            return;
        }
        self->log(Text::tr("profile %1: AssumeRole %2 at %3 with credentials from %4")
                      .arg(name, parameters.roleArn, sts->endpoint(), source->source));
        const QString sourceLabel = source->source;
        sts->assumeRole(
            parameters, source->credentials, self,
            [name, parameters, sourceLabel, done, sts](const Result<ResolvedCredentials> &assumed) {
                if (!assumed) {
                    done(profileError(assumed.error().code, name, assumed.error().message));
                    return;
                }
                ResolvedCredentials result = *assumed;
                result.source = profileLabel(name) % u" (assume role " % parameters.roleArn % u" from " %
                                sourceLabel % u')';
                done(result);
            });
    };

    if (!sourceProfile.isEmpty()) {
        if (sourceProfile == name) {
            // A profile that names itself as the source holds the keys to assume its role with.
            const auto keys = staticProfileCredentials(profile);
            if (!keys && keys.error().code == QLatin1String(kNotConfigured))
                withSource(profileError(QStringLiteral("NoCredentials"), name,
                                        Text::tr("is its own source_profile but has no aws_access_key_id and "
                                                 "aws_secret_access_key.")));
            else
                withSource(keys);
            return;
        }
        visited.append(name);
        resolveProfile(files, sourceProfile, visited, withSource);
        return;
    }
    if (credentialSource.compare(u"Environment", Qt::CaseInsensitive) == 0) {
        const auto keys = environmentCredentials(m_options.environment);
        if (!keys && keys.error().code == QLatin1String(kNotConfigured))
            withSource(profileError(QStringLiteral("NoCredentials"), name,
                                    Text::tr("credential_source is Environment, but AWS_ACCESS_KEY_ID and "
                                             "AWS_SECRET_ACCESS_KEY are not set.")));
        else
            withSource(keys);
        return;
    }
    if (!credentialSource.isEmpty()) {
        done(profileError(
            QStringLiteral("UnsupportedCredentials"), name,
            Text::tr("credential_source %1 is not supported here; use Environment or source_profile.")
                .arg(credentialSource)));
        return;
    }
    done(profileError(QStringLiteral("InvalidProfile"), name,
                      Text::tr("has role_arn but neither source_profile nor credential_source; add one.")));
}

void CredentialChain::fromSso(const std::shared_ptr<const AwsConfigFiles> &files, const AwsProfile &profile,
                              Callback done)
{
    const QString name = profile.name;
    QString startUrl = profile.value(QStringLiteral("sso_start_url"));
    QString ssoRegion = profile.value(QStringLiteral("sso_region"));
    QString cacheKey = startUrl;
    const QString sessionName = profile.value(QStringLiteral("sso_session"));
    if (!sessionName.isEmpty()) {
        const auto session = files->ssoSession(sessionName);
        if (!session) {
            done(profileError(QStringLiteral("InvalidProfile"), name,
                              Text::tr("sso_session %1 has no [sso-session %1] section in %2.")
                                  .arg(sessionName, files->paths().config)));
            return;
        }
        startUrl = session->value(QStringLiteral("sso_start_url"));
        ssoRegion = session->value(QStringLiteral("sso_region"));
        cacheKey = sessionName;
    }
    const QString accountId = profile.value(QStringLiteral("sso_account_id"));
    const QString roleName = profile.value(QStringLiteral("sso_role_name"));
    QStringList missing;
    if (startUrl.isEmpty())
        missing << QStringLiteral("sso_start_url");
    if (ssoRegion.isEmpty())
        missing << QStringLiteral("sso_region");
    if (accountId.isEmpty())
        missing << QStringLiteral("sso_account_id");
    if (roleName.isEmpty())
        missing << QStringLiteral("sso_role_name");
    if (!missing.isEmpty()) {
        done(profileError(QStringLiteral("InvalidProfile"), name,
                          Text::tr("an SSO profile needs %1; run `aws configure sso --profile %2`.")
                              .arg(missing.join(QStringLiteral(", ")), name)));
        return;
    }
    if (const ValidationResult valid = validateRegion(ssoRegion); !valid.ok()) {
        done(profileError(QStringLiteral("InvalidProfile"), name, u"sso_region: " % valid.message));
        return;
    }
    const QString home = files->paths().home;
    const auto token = SsoClient::readToken(SsoClient::cachePath(home, cacheKey), name, m_clock.now());
    if (!token) {
        done(token.error());
        return;
    }
    auto http = httpOptions();
    if (!http) {
        done(http.error());
        return;
    }
    const auto sso = std::make_shared<SsoClient>(
        m_network, ssoRegion, endpointOverride(m_options.environment, QStringLiteral("SSO")),
        std::move(http).value());
    log(Text::tr("profile %1: SSO GetRoleCredentials for role %2 in account %3")
            .arg(name, roleName, accountId));
    sso->getRoleCredentials(*token, accountId, roleName, name, this,
                            [name, done, sso](const Result<ResolvedCredentials> &result) {
                                if (!result) {
                                    done(result.error());
                                    return;
                                }
                                ResolvedCredentials credentials = *result;
                                credentials.source = profileLabel(name) % u" (SSO)";
                                done(credentials);
                            });
}

void CredentialChain::fromProcess(const AwsProfile &profile, Callback done)
{
    const QString name = profile.name;
    const auto argv = splitCommandLine(profile.value(QStringLiteral("credential_process")));
    if (!argv) {
        done(profileError(argv.error().code, name, argv.error().message));
        return;
    }
    log(Text::tr("profile %1: running credential_process %2").arg(name, argv->constFirst()));
    QPointer<CredentialChain> self(this);
    const QDateTime started = m_clock.now();
    m_runner->run(
        *argv, m_options.environment, m_options.processTimeoutMs, this,
        [self, name, done, started](const ProcessRunner::Outcome &outcome) {
            if (!self)
                return;
            if (outcome.timedOut) {
                done(profileError(QStringLiteral("CredentialProcessTimeout"), name,
                                  Text::tr("credential_process did not finish within %1 seconds; check the "
                                           "helper (does it wait for input?).")
                                      .arg(self->m_options.processTimeoutMs / 1000.0)));
                return;
            }
            if (!outcome.started) {
                done(profileError(
                    QStringLiteral("CredentialProcessFailed"), name,
                    Text::tr("credential_process could not be started: %1.").arg(outcome.errorText)));
                return;
            }
            if (outcome.crashed || outcome.exitCode != 0) {
                const QString stderrText = QString::fromUtf8(outcome.standardError).trimmed().left(2000);
                done(profileError(
                    QStringLiteral("CredentialProcessFailed"), name,
                    Text::tr("credential_process exited with status %1: %2")
                        .arg(outcome.exitCode)
                        .arg(stderrText.isEmpty() ? Text::tr("(nothing on stderr)") : stderrText)));
                return;
            }
            auto parsed = parseCredentialProcessOutput(outcome.standardOutput);
            if (!parsed) {
                done(profileError(parsed.error().code, name, parsed.error().message));
                return;
            }
            ResolvedCredentials result = std::move(parsed).value();
            if (result.expires() && result.expiration <= started) {
                done(profileError(QStringLiteral("ExpiredCredentials"), name,
                                  Text::tr("credential_process returned credentials that expired at %1.")
                                      .arg(result.expiration.toString(Qt::ISODate))));
                return;
            }
            result.source = profileLabel(name) % u" (credential_process)";
            done(result);
        });
}

} // namespace kvs
