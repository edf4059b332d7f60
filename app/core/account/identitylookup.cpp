#include "core/account/identitylookup.h"

#include "core/aws/environmentproxy.h"
#include "core/common/clock.h"
#include "core/common/redaction.h"
#include "core/credentials/credentialsprovider.h"
#include "core/events/eventtypes.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace kvs {

IdentityLookup::IdentityLookup(CredentialsProvider &credentials, const Clock &clock, AccountPlan plan,
                               QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_clock(clock)
    , m_plan(std::move(plan))
{}

IdentityLookup::~IdentityLookup() = default;

void IdentityLookup::start()
{
    ++m_generation;
    m_running = true;
    m_result.reset();
    m_credentialsFailed = false;
    // A network stack of its own for each lookup: no pooled connection keeps an old CA or endpoint.
    m_network = std::make_unique<QNetworkAccessManager>();
    useEnvironmentProxy(m_network.get(), m_plan.environment);
    const quint64 generation = m_generation;
    const QPointer<IdentityLookup> self(this);
    m_credentials.fetch([self, generation](const Result<ResolvedCredentials> &credentials) {
        if (self && self->m_generation == generation)
            self->onCredentials(credentials);
    });
}

void IdentityLookup::onCredentials(const Result<ResolvedCredentials> &credentials)
{
    if (!credentials) {
        m_credentialsFailed = true;
        finish(credentials.error());
        return;
    }
    HttpOptions options;
    options.caCertificates = m_plan.tls.extraCaCertificates;
    options.timeoutMs = 15000;
    const StsClient sts(m_network.get(), m_clock, m_plan.region, m_plan.stsEndpoint, options);
    IdentityReport report;
    report.credentialSource = redact(credentials->source);
    report.maskedAccessKeyId = maskAccessKeyId(credentials->credentials.accessKeyId);
    report.temporary = credentials->credentials.hasSessionToken();
    report.expiration = credentials->expiration;
    report.region = m_plan.region;
    report.stsEndpoint = sts.endpoint();
    report.stsEndpointSource = m_plan.stsEndpointSource;
    const quint64 generation = m_generation;
    sts.getCallerIdentity(credentials->credentials, this,
                          [this, generation, report](const Result<CallerIdentity> &identity) mutable {
                              if (generation != m_generation)
                                  return;
                              if (!identity) {
                                  finish(identity.error());
                                  return;
                              }
                              report.identity = identity.value();
                              finish(report);
                          });
}

void IdentityLookup::finish(Result<IdentityReport> result)
{
    m_running = false;
    m_result = std::move(result);
    emit finished();
}

Failure IdentityLookup::failure() const
{
    Failure failure;
    if (!m_result || m_result->ok())
        return failure;
    failure.step = m_credentialsFailed ? stepName(Step::Credentials) : QStringLiteral("GetCallerIdentity");
    failure.errorType = m_result->error().code;
    failure.message = redact(m_result->error().message);
    failure.region = m_plan.region;
    failure.surface = m_plan.surface;
    return failure;
}

} // namespace kvs
