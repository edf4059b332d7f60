#include "connectionplan.h"

#include "tlsoptions.h"

#include <QCoreApplication>

namespace kvs {

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
    plan.settings.retry.maxAttempts = qMax(0, form.maxRetries) + 1; // the first attempt and the retries
    plan.settings.environment = environment;
    const Result<TlsOptions> tls = TlsOptions::resolve(form.caFile, environment);
    if (!tls)
        return tls.error();
    plan.settings.tls = tls.value();
    return plan;
}

} // namespace kvs
