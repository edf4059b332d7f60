#include "core/account/channellister.h"

#include "core/common/redaction.h"
#include "core/credentials/credentialsprovider.h"
#include "core/events/eventtypes.h"

#include <QCoreApplication>

#include <algorithm>

namespace kvs {
namespace {

constexpr int kPageSize = 100;

} // namespace

ChannelLister::ChannelLister(CredentialsProvider &credentials, const Clock &clock, AccountPlan plan,
                             QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_clock(clock)
    , m_plan(std::move(plan))
{}

ChannelLister::~ChannelLister()
{
    cancel();
}

void ChannelLister::start()
{
    cancel();
    ++m_generation;
    m_running = true;
    m_truncated = false;
    m_channels.clear();
    m_result.reset();
    m_failure = {};
    m_keys = {};
    const auto endpoint = ControlPlaneEndpoint::resolve(m_plan.region, m_plan.endpoint, m_plan.environment);
    if (!endpoint) {
        Failure failure;
        failure.step = QStringLiteral("ListSignalingChannels");
        failure.errorType = endpoint.error().code;
        failure.message = endpoint.error().message;
        fail(failure);
        return;
    }
    m_endpoint = endpoint->url;
    ControlPlaneClient::Settings settings;
    settings.endpoint = endpoint->url;
    settings.region = m_plan.region;
    settings.tls = m_plan.tls;
    settings.environment = m_plan.environment;
    m_client = std::make_unique<ControlPlaneClient>(m_clock, nullptr, settings);
    const quint64 generation = m_generation;
    const QPointer<ChannelLister> self(this);
    m_credentials.fetch([self, generation](const Result<ResolvedCredentials> &credentials) {
        if (self && self->m_generation == generation && self->m_running)
            self->onCredentials(credentials);
    });
}

void ChannelLister::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply = nullptr;
    if (m_running) {
        ++m_generation;
        m_running = false;
    }
}

void ChannelLister::onCredentials(const Result<ResolvedCredentials> &credentials)
{
    if (!credentials) {
        Failure failure;
        failure.step = stepName(Step::Credentials);
        failure.errorType = credentials.error().code;
        failure.message = credentials.error().message;
        fail(failure);
        return;
    }
    m_keys = credentials->credentials;
    requestPage(QString());
}

void ChannelLister::requestPage(const QString &nextToken)
{
    m_reply = m_client->listSignalingChannels(m_keys, nextToken, kPageSize);
    ControlPlaneReply *reply = m_reply;
    connect(reply, &ControlPlaneReply::finished, this, [this, reply] { onPage(reply); });
    if (reply->isFinished())
        onPage(reply);
}

void ChannelLister::onPage(ControlPlaneReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    const Result<ChannelPage> page = reply->channelPage();
    if (!page) {
        Failure failure;
        failure.step = QStringLiteral("ListSignalingChannels");
        failure.httpStatus = reply->exchange().status;
        failure.errorType = page.error().code;
        failure.message = page.error().message;
        failure.requestId = reply->exchange().requestId;
        fail(failure);
        return;
    }
    m_channels.append(page->channels);
    if (m_channels.size() >= kMaxChannels) {
        m_truncated = m_channels.size() > kMaxChannels || !page->nextToken.isEmpty();
        m_channels.resize(kMaxChannels);
    } else if (!page->nextToken.isEmpty()) {
        requestPage(page->nextToken);
        return;
    }
    std::sort(m_channels.begin(), m_channels.end(),
              [](const ChannelInfo &a, const ChannelInfo &b) { return a.name < b.name; });
    finish(m_channels);
}

void ChannelLister::fail(Failure failure)
{
    failure.message = redact(failure.message);
    failure.region = m_plan.region;
    failure.surface = m_plan.surface;
    m_failure = failure;
    finish(Error{failure.errorType, failure.message});
}

void ChannelLister::finish(Result<QList<ChannelInfo>> result)
{
    m_running = false;
    m_result = std::move(result);
    emit finished();
}

} // namespace kvs
