#include "connectionplan.h"

#include "tlsoptions.h"

#include <QCoreApplication>

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

} // namespace kvs
