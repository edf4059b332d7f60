#pragma once

#include "core/connection/connectioncontroller.h"
#include "core/controlplane/controlplaneclient.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace kvs {

/// Where one step of an access check stands.
enum class CheckStepStatus
{
    NotRun,  ///< not reached (an earlier step failed, or the check was cancelled)
    Running, ///< in flight
    Passed,  ///< ✔
    Failed,  ///< ✘
};

/// "notRun", "running", "passed", "failed": the JSON names.
QString checkStepStatusName(CheckStepStatus status);

/// One step of an access check as the service answered it. Every text is redacted.
struct CheckStep
{
    QString name; ///< Credentials, DescribeSignalingChannel, GetSignalingChannelEndpoint, GetIceServerConfig,
                  ///< ConnectAsViewer
    CheckStepStatus status = CheckStepStatus::NotRun;
    qint64 elapsedMs = -1; ///< -1 until the step ended
    int httpStatus = 0;    ///< 0 when there was no HTTP answer
    QString errorType;     ///< AccessDeniedException, ResourceNotFoundException, NetworkError, …
    ErrorClass errorClass = ErrorClass::Other; ///< how the retry policy classed the failure
    QString message;                           ///< the service's (or the network's) message
    QString requestId;
    QString detail;    ///< on success: the credential source, the channel ARN, the endpoint, …
    QString iamAction; ///< on ✘ with a permission error: the IAM action to grant

    QJsonObject toJson() const;
};

/// The steps of an access check so far.
struct AccessCheckResult
{
    QList<CheckStep> steps;
    QString channelArn; ///< known after DescribeSignalingChannel
    QString region;
    std::optional<IceServerConfig> iceConfig; ///< after GetIceServerConfig passed
    bool cancelled = false;

    /// True when every step passed.
    bool passed() const;
    /// The first failed step, or nullptr.
    const CheckStep *firstFailure() const;
    /// {"passed", "channelArn", "region", "steps": [...]}; never contains a secret.
    QJsonObject toJson() const;
};

/// Runs, in order, each step a viewer needs — resolve credentials, DescribeSignalingChannel,
/// GetSignalingChannelEndpoint, GetIceServerConfig and (Scope::Full) ConnectAsViewer (open the presigned
/// WebSocket, then close it cleanly) — once, without retries, and reports each step's outcome. A step
/// after a failure is "not run". It drives a ConnectionController, so every step is exactly the call the
/// viewer makes when it connects. UI-free.
class AccessCheck final : public QObject
{
    Q_OBJECT

public:
    enum class Scope
    {
        Full,           ///< up to ConnectAsViewer (Check access)
        UntilIceServers ///< up to GetIceServerConfig (the ICE servers view)
    };

    /// The dependencies must outlive the check; settings' retries are turned off.
    AccessCheck(ConnectionTarget target, ConnectionSettings settings, ConnectionDependencies dependencies,
                Scope scope, QObject *parent = nullptr);
    ~AccessCheck() override;

    /// The ClientId a full check connects with: clientId (shortened to fit 256 characters) + "-access-check",
    /// so checking never takes over a connection open with clientId.
    static QString checkClientId(const QString &clientId);
    /// The step names of a scope, in order.
    static QStringList stepNames(Scope scope);

    /// Starts (or restarts) the check. Ignored while running.
    void start();
    /// Abandons the step in flight: it and the later steps are "not run"; finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }
    const AccessCheckResult &result() const { return m_result; }

signals:
    /// Emitted when step index changed status or gained details.
    void stepChanged(int index);
    /// Emitted once per start() when the check is over (passed, failed or cancelled).
    void finished();

private:
    void onEvent(const EngineEvent &event);
    void onStateChanged(ConnectionState state);
    int indexOf(const QString &step) const;
    void finish();

    ConnectionTarget m_target;
    ConnectionSettings m_settings;
    ConnectionDependencies m_deps;
    Scope m_scope;
    std::unique_ptr<ConnectionController> m_controller;
    AccessCheckResult m_result;
    bool m_running = false;
    bool m_opened = false; ///< the WebSocket opened: closing it cleanly ends the check
};

} // namespace kvs
