// Over ~400 lines on purpose: the chain is botocore's order of sources as one asynchronous sequence (the
// environment, assume-role with its source profiles, web identity, SSO, static keys, credential_process, then
// container and instance metadata), with one cache and one loop guard. Each source is its own class or
// function in this folder; what stays here is the order and the glue between them, read best in one place.
#include "core/credentials/credentialchain.h"

#include "core/aws/awstime.h"
#include "core/aws/tlsoptions.h"
#include "core/common/clock.h"
#include "core/common/redaction.h"
#include "core/common/validation.h"
#include "core/credentials/containercredentials.h"
#include "core/credentials/credentialprocess.h"
#include "core/credentials/instancemetadatacredentials.h"
#include "core/credentials/ssoclient.h"
#include "core/credentials/stsclient.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrl>

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

Result<ResolvedCredentials> environmentCredentials(const QProcessEnvironment &environment,
                                                   const QDateTime &now)
{
    ResolvedCredentials result;
    result.source = QStringLiteral("environment");
    result.credentials.accessKeyId = environment.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    result.credentials.secretAccessKey = environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    // botocore reads the legacy AWS_SECURITY_TOKEN when AWS_SESSION_TOKEN is empty.
    QString tokenName = QStringLiteral("AWS_SESSION_TOKEN");
    result.credentials.sessionToken = environment.value(tokenName);
    if (result.credentials.sessionToken.isEmpty()) {
        tokenName = QStringLiteral("AWS_SECURITY_TOKEN");
        result.credentials.sessionToken = environment.value(tokenName);
    }
    registerCredentialSecrets(result.credentials);
    const bool hasKeyId = !result.credentials.accessKeyId.isEmpty();
    const bool hasSecret = !result.credentials.secretAccessKey.isEmpty();
    // As botocore: without AWS_ACCESS_KEY_ID the environment step does not apply (a lone secret is ignored).
    if (!hasKeyId)
        return notConfigured();
    if (!hasSecret)
        return Result<ResolvedCredentials>(
            Error{QStringLiteral("PartialCredentials"),
                  Text::tr("AWS_SECRET_ACCESS_KEY: not set, but AWS_ACCESS_KEY_ID is; "
                           "set both.")});
    if (auto error = validateKeys(result.credentials, QStringLiteral("AWS_ACCESS_KEY_ID"),
                                  QStringLiteral("AWS_SECRET_ACCESS_KEY"), tokenName))
        return *error;
    const QString expiration = environment.value(QStringLiteral("AWS_CREDENTIAL_EXPIRATION")).trimmed();
    if (!expiration.isEmpty()) {
        const auto time = parseIso8601(expiration);
        if (!time)
            return Error{QStringLiteral("InvalidCredentials"),
                         Text::tr("AWS_CREDENTIAL_EXPIRATION: not an ISO-8601 time with a zone "
                                  "(e.g. 2026-01-01T12:00:00Z).")};
        result.expiration = *time;
        if (now.isValid() && *time <= now)
            return Error{QStringLiteral("ExpiredCredentials"),
                         Text::tr("the environment's credentials expired at %1 (AWS_CREDENTIAL_EXPIRATION); "
                                  "get new ones.")
                             .arg(time->toString(Qt::ISODate))};
    }
    return result;
}

Result<ResolvedCredentials> staticProfileCredentials(const AwsProfile &profile, ProfileFile file)
{
    const QMap<QString, QString> &values =
        file == ProfileFile::Credentials ? profile.credentialsFileValues : profile.configFileValues;
    auto value = [&values](const char *key) {
        return values.value(QString::fromLatin1(key));
    };
    ResolvedCredentials result;
    result.source = profileLabel(profile.name) %
                    (file == ProfileFile::Credentials ? u" (static keys)" : u" (static keys, config file)");
    result.credentials.accessKeyId = value("aws_access_key_id");
    result.credentials.secretAccessKey = value("aws_secret_access_key");
    result.credentials.sessionToken = values.contains(QStringLiteral("aws_session_token"))
                                          ? value("aws_session_token")
                                          : value("aws_security_token");
    registerCredentialSecrets(result.credentials);
    const bool hasKeyId = !result.credentials.accessKeyId.isEmpty();
    const bool hasSecret = !result.credentials.secretAccessKey.isEmpty();
    // As botocore: the step applies when the file names an access key id for the profile.
    if (!hasKeyId)
        return notConfigured();
    if (!hasSecret)
        return Result<ResolvedCredentials>(
            profileError(QStringLiteral("PartialCredentials"), profile.name,
                         Text::tr("aws_access_key_id is set but aws_secret_access_key is not; set both.")));
    if (auto error =
            validateKeys(result.credentials, QStringLiteral("aws_access_key_id"),
                         QStringLiteral("aws_secret_access_key"), QStringLiteral("aws_session_token")))
        return profileError(error->code, profile.name, error->message);
    return result;
}

bool hasStaticKeys(const AwsProfile &profile)
{
    return profile.values.contains(QStringLiteral("aws_access_key_id")) ||
           profile.values.contains(QStringLiteral("aws_secret_access_key"));
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
    // The files must parse and a chosen profile must exist before any region is taken, as the AWS CLI has it
    // (the same checks as resolve()).
    const auto files = AwsConfigFiles::load(m_options.environment);
    if (!files)
        return files.error();
    if (auto missing = missingProfile(files.value()))
        return *missing;
    const std::optional<AwsProfile> profile = files->profile(profileSelection().name);
    return resolveRegion(m_options.environment, profile ? &*profile : nullptr, channelArnRegion);
}

std::optional<Error> CredentialChain::missingProfile(const AwsConfigFiles &files) const
{
    const ProfileSelection selection = profileSelection();
    if (files.profile(selection.name) || selection.source == u"default")
        return std::nullopt;
    return Error{QStringLiteral("ProfileNotFound"),
                 Text::tr("the profile \"%1\" (from %2) is in neither %3 nor %4; check the name.")
                     .arg(selection.name, selection.source, files.paths().config, files.paths().credentials)};
}

Result<HttpOptions> CredentialChain::httpOptions() const
{
    auto options = httpOptionsFromEnvironment(m_options.environment);
    if (!options)
        return options;
    HttpOptions value = std::move(options).value();
    value.log = m_options.log;
    if (m_options.environment.value(QStringLiteral("AWS_CA_BUNDLE")).isEmpty()) {
        const ProfileEndpointSettings profile = profileSettings();
        const auto tls =
            TlsOptions::resolve(QString(), QProcessEnvironment(), profile.caBundle, profile.profile);
        if (!tls)
            return tls.error();
        value.caCertificates = tls->extraCaCertificates;
    }
    return value;
}

ProfileEndpointSettings CredentialChain::profileSettings() const
{
    const auto files = AwsConfigFiles::load(m_options.environment);
    if (!files)
        return {};
    const auto profile = files->profile(profileSelection().name);
    if (!profile)
        return {};
    return ProfileEndpointSettings::from(*files, *profile);
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
                         : (result->credentials.hasSessionToken()
                                ? Text::tr("temporary, with no expiration given")
                                : Text::tr("do not expire"))));
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
    for (const char *name : {"AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN",
                             "AWS_CONTAINER_AUTHORIZATION_TOKEN"})
        registerSecret(m_options.environment.value(QString::fromLatin1(name)));
    const ProfileSelection selection = profileSelection();

    // As the AWS CLI, the files are read (and must parse) and a profile named by --profile or AWS_PROFILE
    // must exist even when the environment's keys end up being used.
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
    const std::optional<AwsProfile> profile = files->profile(selection.name);
    if (auto missing = missingProfile(*files)) {
        deliver(*missing);
        return;
    }

    if (!selection.explicitly) {
        const auto fromEnvironment = environmentCredentials(m_options.environment, m_clock.now());
        if (fromEnvironment.ok() || fromEnvironment.error().code != QLatin1String(kNotConfigured)) {
            log(Text::tr("using the environment's AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"));
            deliver(fromEnvironment);
            return;
        }
    } else {
        log(Text::tr("--profile %1 given: the environment's keys (if any) are not used").arg(selection.name));
    }
    if (profile)
        log(Text::tr("using profile %1 (chosen by %2)").arg(selection.name, selection.source));

    QPointer<CredentialChain> self(this);
    auto finish = [self](const Result<ResolvedCredentials> &result) {
        if (self)
            self->deliver(result);
    };

    // botocore's order: assume role (profile role_arn) > web identity > SSO > credentials-file keys >
    // credential_process > config-file keys > container > EC2 instance metadata.
    if (profile && isAssumeRoleProfile(*profile)) {
        assumeRole(files, *profile, {}, finish);
        return;
    }
    const auto webIdentity =
        WebIdentityCredentials::settings(m_options.environment, profile ? &*profile : nullptr, true);
    if (webIdentity.ok() || webIdentity.error().code != QLatin1String(kNotConfigured)) {
        fromWebIdentity(webIdentity, profile ? &*profile : nullptr, finish);
        return;
    }
    if (!profile) {
        fromCompute(nullptr,
                    Text::tr("no AWS_ACCESS_KEY_ID and no default profile in %1 or %2")
                        .arg(files->paths().config, files->paths().credentials),
                    finish);
        return;
    }
    const AwsProfile selected = *profile;
    fromProfile(files, selected, false, [self, selected, finish](const Result<ResolvedCredentials> &result) {
        if (!self)
            return;
        if (result.ok() || result.error().code != QLatin1String(kNotConfigured)) {
            finish(result);
            return;
        }
        self->fromCompute(&selected, Text::tr("profile %1: holds no credentials").arg(selected.name), finish);
    });
}

bool CredentialChain::isAssumeRoleProfile(const AwsProfile &profile)
{
    // A profile with web_identity_token_file is the web identity step's, even with role_arn (botocore).
    return profile.has(QStringLiteral("role_arn")) && !profile.has(QStringLiteral("web_identity_token_file"));
}

void CredentialChain::fromProfile(const std::shared_ptr<const AwsConfigFiles> &files,
                                  const AwsProfile &profile, bool withWebIdentity, Callback done)
{
    if (withWebIdentity) {
        const auto webIdentity = WebIdentityCredentials::settings(m_options.environment, &profile, false);
        if (webIdentity.ok() || webIdentity.error().code != QLatin1String(kNotConfigured)) {
            fromWebIdentity(webIdentity, &profile, std::move(done));
            return;
        }
    }
    if (profile.has(QStringLiteral("sso_session")) || profile.has(QStringLiteral("sso_start_url")) ||
        profile.has(QStringLiteral("sso_account_id")) || profile.has(QStringLiteral("sso_role_name"))) {
        fromSso(files, profile, std::move(done));
        return;
    }
    if (const auto keys = staticProfileCredentials(profile, ProfileFile::Credentials);
        keys.ok() || keys.error().code != QLatin1String(kNotConfigured)) {
        done(keys);
        return;
    }
    if (profile.has(QStringLiteral("credential_process"))) {
        fromProcess(profile, std::move(done));
        return;
    }
    if (const auto keys = staticProfileCredentials(profile, ProfileFile::Config);
        keys.ok() || keys.error().code != QLatin1String(kNotConfigured)) {
        done(keys);
        return;
    }
    if (profile.has(QStringLiteral("login_session"))) {
        done(profileError(QStringLiteral("UnsupportedCredentials"), profile.name,
                          Text::tr("this kind of credentials (login_session) is not supported; use static "
                                   "keys, credential_process, role_arn, web identity or SSO.")));
        return;
    }
    done(notConfigured());
}

void CredentialChain::resolveSourceProfile(const std::shared_ptr<const AwsConfigFiles> &files,
                                           const QString &name, QStringList visited, Callback done)
{
    const auto profile = files->profile(name);
    if (!profile) {
        done(Error{QStringLiteral("ProfileNotFound"),
                   Text::tr("the profile \"%1\" (source_profile of %2) is in neither %3 nor %4.")
                       .arg(name, visited.value(visited.size() - 1), files->paths().config,
                            files->paths().credentials)});
        return;
    }
    // As botocore: a source profile with keys gives its keys (even when it also has role_arn); one without
    // role_arn gives whatever its own settings give; only then is its role assumed in turn.
    if (hasStaticKeys(*profile) || !isAssumeRoleProfile(*profile)) {
        fromProfile(files, *profile, true, [name, done](const Result<ResolvedCredentials> &result) {
            if (!result && result.error().code == QLatin1String(kNotConfigured))
                done(profileError(QStringLiteral("NoCredentials"), name,
                                  Text::tr("is a source_profile but holds no credentials: set "
                                           "aws_access_key_id and aws_secret_access_key, credential_process, "
                                           "role_arn, web_identity_token_file or sso_session.")));
            else
                done(result);
        });
        return;
    }
    if (visited.contains(name)) {
        visited.append(name);
        done(Error{QStringLiteral("ProfileLoop"),
                   Text::tr("the profiles' source_profile settings form a loop (%1); break it.")
                       .arg(visited.join(QStringLiteral(" → ")))});
        return;
    }
    if (visited.size() >= kMaxChainDepth) {
        done(Error{QStringLiteral("ProfileLoop"),
                   Text::tr("the source_profile chain is longer than %1 profiles.").arg(kMaxChainDepth)});
        return;
    }
    assumeRole(files, *profile, visited, std::move(done));
}

std::shared_ptr<const StsClient> CredentialChain::stsFor(const AwsProfile *profile) const
{
    auto region = resolveRegion(m_options.environment, profile, QString());
    const QString stsRegion = region ? region->region : QStringLiteral("us-east-1");
    auto http = httpOptions();
    return std::make_shared<StsClient>(m_network, m_clock, stsRegion,
                                       endpointOverride(m_options.environment, QStringLiteral("STS")),
                                       http ? std::move(http).value() : HttpOptions{});
}

void CredentialChain::fromWebIdentity(const Result<WebIdentityCredentials::Settings> &settings,
                                      const AwsProfile *profile, Callback done)
{
    if (!settings) {
        done(settings.error());
        return;
    }
    if (auto http = httpOptions(); !http) {
        done(http.error());
        return;
    }
    const auto sts = stsFor(profile);
    log(Text::tr("web identity: AssumeRoleWithWebIdentity %1 at %2 with the token in %3 (from %4)")
            .arg(settings->roleArn, sts->endpoint(), settings->tokenFile, settings->origin));
    const WebIdentityCredentials source(*settings, sts);
    source.fetch(m_clock.now(), this, std::move(done));
}

void CredentialChain::fromCompute(const AwsProfile *profile, const QString &whyNotFiles, Callback done)
{
    auto http = httpOptions();
    if (!http) {
        done(http.error());
        return;
    }
    const auto container = ContainerCredentials::settings(m_options.environment);
    if (container.ok() || container.error().code != QLatin1String(kNotConfigured)) {
        if (!container) {
            done(container.error());
            return;
        }
        log(Text::tr("container credentials from %1 (%2)")
                .arg(container->url.toDisplayString(QUrl::RemoveUserInfo), container->origin));
        const ContainerCredentials source(*container, m_network, *http);
        const QString label = Text::tr("container credentials (%1)").arg(container->origin);
        source.fetch(this, [label, done](const Result<ResolvedCredentials> &result) {
            if (!result) {
                done(result);
                return;
            }
            ResolvedCredentials credentials = *result;
            credentials.source = label;
            done(credentials);
        });
        return;
    }
    const auto metadata = InstanceMetadataCredentials::settings(m_options.environment, profile);
    QString noCredentials =
        Text::tr(
            "no credentials (%1): set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile "
            "in ~/.aws/config or ~/.aws/credentials and choose it with --profile or AWS_PROFILE.")
            .arg(whyNotFiles);
    if (!m_options.environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")).isEmpty() &&
        m_options.environment.value(QStringLiteral("AWS_ACCESS_KEY_ID")).isEmpty())
        noCredentials += u' ' % Text::tr("AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not set, so "
                                         "the environment's keys are ignored (as by the AWS CLI).");
    if (!metadata) {
        if (metadata.error().code == QLatin1String(kNotConfigured))
            done(Error{QStringLiteral("NoCredentials"),
                       noCredentials % u' ' %
                           Text::tr("(EC2 instance metadata: off by AWS_EC2_METADATA_DISABLED)")});
        else
            done(metadata.error());
        return;
    }
    log(Text::tr("EC2 instance metadata at %1 (%2), %3 ms timeout")
            .arg(metadata->endpoint, metadata->endpointOrigin)
            .arg(metadata->timeoutMs));
    const InstanceMetadataCredentials source(*metadata, m_network, *http);
    source.fetch(this, [noCredentials, done](const Result<ResolvedCredentials> &result) {
        if (!result && result.error().code == u"InstanceMetadataUnavailable") {
            // Off EC2 this is the normal end of the chain: say what was looked for, then what IMDS said.
            done(Error{QStringLiteral("NoCredentials"),
                       noCredentials % u" (" % result.error().message % u')'});
            return;
        }
        done(result);
    });
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
        visited.append(name);
        resolveSourceProfile(files, sourceProfile, visited, withSource);
        return;
    }
    if (credentialSource.compare(u"Environment", Qt::CaseInsensitive) == 0) {
        const auto keys = environmentCredentials(m_options.environment, m_clock.now());
        if (!keys && keys.error().code == QLatin1String(kNotConfigured))
            withSource(profileError(QStringLiteral("NoCredentials"), name,
                                    Text::tr("credential_source is Environment, but AWS_ACCESS_KEY_ID and "
                                             "AWS_SECRET_ACCESS_KEY are not set.")));
        else
            withSource(keys);
        return;
    }
    if (credentialSource.compare(u"EcsContainer", Qt::CaseInsensitive) == 0 ||
        credentialSource.compare(u"Ec2InstanceMetadata", Qt::CaseInsensitive) == 0) {
        const bool container = credentialSource.compare(u"EcsContainer", Qt::CaseInsensitive) == 0;
        auto computeHttp = httpOptions();
        if (!computeHttp) {
            done(computeHttp.error());
            return;
        }
        if (container) {
            const auto settings = ContainerCredentials::settings(m_options.environment);
            if (!settings) {
                withSource(profileError(settings.error().code == QLatin1String(kNotConfigured)
                                            ? QStringLiteral("NoCredentials")
                                            : settings.error().code,
                                        name,
                                        settings.error().code == QLatin1String(kNotConfigured)
                                            ? Text::tr("credential_source is EcsContainer, but neither "
                                                       "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor "
                                                       "AWS_CONTAINER_CREDENTIALS_FULL_URI is set.")
                                            : settings.error().message));
                return;
            }
            ContainerCredentials(*settings, m_network, *computeHttp)
                .fetch(this, [withSource](const Result<ResolvedCredentials> &result) {
                    if (!result) {
                        withSource(result);
                        return;
                    }
                    ResolvedCredentials credentials = *result;
                    credentials.source = QStringLiteral("container credentials");
                    withSource(credentials);
                });
        } else {
            const auto settings = InstanceMetadataCredentials::settings(m_options.environment, &profile);
            if (!settings) {
                withSource(profileError(QStringLiteral("NoCredentials"), name,
                                        settings.error().code == QLatin1String(kNotConfigured)
                                            ? Text::tr("credential_source is Ec2InstanceMetadata, but "
                                                       "AWS_EC2_METADATA_DISABLED is true.")
                                            : settings.error().message));
                return;
            }
            InstanceMetadataCredentials(*settings, m_network, *computeHttp).fetch(this, withSource);
        }
        return;
    }
    if (!credentialSource.isEmpty()) {
        done(profileError(QStringLiteral("InvalidProfile"), name,
                          Text::tr("credential_source %1 is not one of Environment, Ec2InstanceMetadata or "
                                   "EcsContainer.")
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
