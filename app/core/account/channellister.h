#pragma once

#include "core/aws/resolvedcredentials.h"
#include "core/common/result.h"
#include "core/connection/connectionplan.h"
#include "core/controlplane/controlplaneclient.h"
#include "core/events/failureexplainer.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace kvs {

class Clock;
class CredentialsProvider;

/// The account's signaling channels in the plan's region, for a picker (and `list-channels`): fetches the
/// credentials, then ListSignalingChannels page by page (each call sent once, on the control-plane endpoint
/// a connection would use, with its trust store) up to kMaxChannels. Asynchronous; finished() once per
/// start().
class ChannelLister final : public QObject
{
    Q_OBJECT

public:
    /// More than this many channels are not listed (the picker says the list was cut).
    static constexpr int kMaxChannels = 1000;

    /// credentials and clock must outlive the lister.
    ChannelLister(CredentialsProvider &credentials, const Clock &clock, AccountPlan plan,
                  QObject *parent = nullptr);
    ~ChannelLister() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    /// The channels once finished (sorted by name), or why not (the service's error type, e.g.
    /// AccessDeniedException; NetworkError, TlsError, InvalidEndpoint, the credential chain's codes).
    const std::optional<Result<QList<ChannelInfo>>> &result() const { return m_result; }
    /// True when the account has more channels than kMaxChannels.
    bool truncated() const { return m_truncated; }
    /// The control-plane endpoint asked (empty until resolved).
    QString endpoint() const { return m_endpoint; }
    /// The failed step as a Failure for explainFailure(), when the listing failed.
    Failure failure() const { return m_failure; }

signals:
    /// Emitted once when the listing ends, either way.
    void finished();

private:
    void onCredentials(const Result<ResolvedCredentials> &credentials);
    void requestPage(const QString &nextToken);
    void onPage(ControlPlaneReply *reply);
    void fail(Failure failure);
    void finish(Result<QList<ChannelInfo>> result);

    CredentialsProvider &m_credentials;
    const Clock &m_clock;
    AccountPlan m_plan;
    AwsCredentials m_keys;
    std::unique_ptr<ControlPlaneClient> m_client;
    QPointer<ControlPlaneReply> m_reply;
    QList<ChannelInfo> m_channels;
    std::optional<Result<QList<ChannelInfo>>> m_result;
    Failure m_failure;
    QString m_endpoint;
    bool m_running = false;
    bool m_truncated = false;
    quint64 m_generation = 0;
};

} // namespace kvs
