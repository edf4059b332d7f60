#include "core/connection/connectionplan.h"

#include "core/aws/tlsoptions.h"

#include <QCoreApplication>
#include <QUrl>

namespace kvs {

ProfileEndpointSettings profileEndpointSettings(const ConnectionForm &form,
                                                const QProcessEnvironment &environment)
{
    // Typed keys use no profile (as the region field's default); otherwise the profile the chain reads.
    if (form.credentialMode == CredentialMode::Manual)
        return {};
    const auto files = AwsConfigFiles::load(environment);
    if (!files)
        return {}; // the credential step reports the broken file
    const QString name = form.credentialMode == CredentialMode::Profile && !form.profile.trimmed().isEmpty()
                             ? form.profile.trimmed()
                             : selectProfile(QString(), environment).name;
    const auto profile = files->profile(name);
    return profile ? ProfileEndpointSettings::from(*files, *profile) : ProfileEndpointSettings{};
}

Result<ConnectionPlan> planConnection(const ConnectionForm &form, const QProcessEnvironment &environment)
{
    const FormValidation validation = validateConnectionForm(form, true);
    if (!validation.canConnect() || !validation.channel) {
        for (const auto &[field, result] : validation.fields) {
            if (!result.ok())
                return Error{QStringLiteral("InvalidInput"), result.message};
        }
        return Error{
            QStringLiteral("InvalidInput"),
            QCoreApplication::translate("kvs::ConnectionPlan", "The connection form is incomplete.")};
    }
    ConnectionPlan plan;
    if (validation.channel->isArn())
        plan.target.channelArn = validation.channel->arn->toString();
    else
        plan.target.channelName = validation.channel->name;
    plan.target.region = validation.effectiveRegion;
    plan.target.clientId = form.clientId;
    plan.target.endpoint.explicitUrl = form.endpointOverride;
    plan.target.endpoint.fips = form.fips;
    plan.target.endpoint.dualStack = form.dualStack;
    plan.target.endpoint.profile = profileEndpointSettings(form, environment);
    plan.settings.retry.maxAttempts = qMax(0, form.maxRetries) + 1; // the first attempt and the retries
    plan.settings.environment = environment;
    const ProfileEndpointSettings &profile = plan.target.endpoint.profile;
    const Result<TlsOptions> tls =
        TlsOptions::resolve(form.caFile, environment, profile.caBundle, profile.profile, Surface::App);
    if (!tls)
        return tls.error();
    plan.settings.tls = tls.value();
    return plan;
}

Result<PresignedUrl> presignedViewerUrl(QStringView text, const QDateTime &now)
{
    Result<PresignedUrl> url = PresignedUrl::parse(text);
    if (!url)
        return url.error();
    if (!url->isViewer())
        return Error{
            QStringLiteral("InvalidPresignedUrl"),
            QCoreApplication::translate("kvs::ConnectionPlan",
                                        "This is a master's URL (ConnectAsMaster, no X-Amz-ClientId): a "
                                        "viewer connects only with a ConnectAsViewer URL.")};
    if (url->isExpired(now)) {
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'");
        return Error{
            QStringLiteral("ExpiredPresignedUrl"),
            QCoreApplication::translate("kvs::ConnectionPlan",
                                        "The URL expired at %1 by this computer's clock (signed at %2, "
                                        "valid for %3 s): get a freshly presigned URL and connect with it "
                                        "at once.")
                .arg(url->expiresAt().toUTC().toString(format), url->signedAt.toUTC().toString(format))
                .arg(url->expiresSeconds)};
    }
    return url;
}

Result<ConnectionPlan> planPresignedConnection(const ConnectionForm &form, QStringView url,
                                               const QDateTime &now, const QProcessEnvironment &environment)
{
    const Result<PresignedUrl> decoded = presignedViewerUrl(url, now);
    if (!decoded)
        return decoded.error();
    ConnectionPlan plan;
    plan.target = ConnectionTarget::fromPresignedUrl(decoded.value());
    plan.settings.retry.maxAttempts = qMax(0, form.maxRetries) + 1;
    plan.settings.environment = environment;
    const ProfileEndpointSettings profile = profileEndpointSettings(form, environment);
    const Result<TlsOptions> tls =
        TlsOptions::resolve(form.caFile, environment, profile.caBundle, profile.profile, Surface::App);
    if (!tls)
        return tls.error();
    plan.settings.tls = tls.value();
    return plan;
}

} // namespace kvs

namespace kvs {

Result<AccountPlan> planAccountCalls(const ConnectionForm &form, const QProcessEnvironment &environment)
{
    const FormValidation validation = validateConnectionForm(form, true);
    for (const auto &[field, result] : validation.fields) {
        // The account's calls name no channel and no ClientId: only the fields they use must be valid.
        if (field == FormField::Channel || field == FormField::ClientId || result.ok())
            continue;
        if (field == FormField::Region && !form.region.trimmed().isEmpty())
            return Error{QStringLiteral("InvalidInput"), result.message};
        if (field != FormField::Region)
            return Error{QStringLiteral("InvalidInput"), result.message};
    }
    AccountPlan plan;
    plan.region = form.region.trimmed();
    if (plan.region.isEmpty() && validation.channel && validation.channel->isArn())
        plan.region = validation.channel->arn->region;
    if (plan.region.isEmpty() || !validateRegion(plan.region).ok())
        return Error{QStringLiteral("InvalidInput"),
                     QCoreApplication::translate("kvs::ConnectionPlan",
                                                 "Choose a region first (or give a channel ARN).")};
    plan.endpoint.explicitUrl = form.endpointOverride.trimmed();
    plan.endpoint.fips = form.fips;
    plan.endpoint.dualStack = form.dualStack;
    plan.endpoint.surface = Surface::App;
    plan.endpoint.profile = profileEndpointSettings(form, environment);
    plan.environment = environment;
    if (environment.contains(QStringLiteral("AWS_ENDPOINT_URL_STS"))) {
        plan.stsEndpoint = environment.value(QStringLiteral("AWS_ENDPOINT_URL_STS"));
        plan.stsEndpointSource = StsEndpointSource::ServiceEnvironment;
    } else if (environment.contains(QStringLiteral("AWS_ENDPOINT_URL"))) {
        plan.stsEndpoint = environment.value(QStringLiteral("AWS_ENDPOINT_URL"));
        plan.stsEndpointSource = StsEndpointSource::GlobalEnvironment;
    } else if (!plan.endpoint.explicitUrl.isEmpty() &&
               isLoopbackHost(QUrl(plan.endpoint.explicitUrl, QUrl::StrictMode).host())) {
        plan.stsEndpoint = plan.endpoint.explicitUrl;
        plan.stsEndpointSource = StsEndpointSource::FormEndpoint;
    } else {
        plan.stsEndpointSource = StsEndpointSource::Default;
    }
    const ProfileEndpointSettings &profile = plan.endpoint.profile;
    const Result<TlsOptions> tls =
        TlsOptions::resolve(form.caFile, environment, profile.caBundle, profile.profile, Surface::App);
    if (!tls)
        return tls.error();
    plan.tls = tls.value();
    return plan;
}

} // namespace kvs
