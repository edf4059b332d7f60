#include "core/diagnostics/accesscheck.h"

#include "core/common/redaction.h"
#include "core/events/failureexplainer.h"

#include <QJsonArray>

namespace kvs {

QString checkStepStatusName(CheckStepStatus status)
{
    switch (status) {
    case CheckStepStatus::NotRun:
        return QStringLiteral("notRun");
    case CheckStepStatus::Running:
        return QStringLiteral("running");
    case CheckStepStatus::Passed:
        return QStringLiteral("passed");
    case CheckStepStatus::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

QJsonObject CheckStep::toJson() const
{
    QJsonObject object{{QStringLiteral("step"), name},
                       {QStringLiteral("status"), checkStepStatusName(status)}};
    if (elapsedMs >= 0)
        object.insert(QStringLiteral("ms"), elapsedMs);
    if (httpStatus != 0)
        object.insert(QStringLiteral("httpStatus"), httpStatus);
    if (!errorType.isEmpty())
        object.insert(QStringLiteral("errorType"), errorType);
    if (!message.isEmpty())
        object.insert(QStringLiteral("message"), message);
    if (!requestId.isEmpty())
        object.insert(QStringLiteral("requestId"), requestId);
    if (!detail.isEmpty())
        object.insert(QStringLiteral("detail"), detail);
    if (!iamAction.isEmpty())
        object.insert(QStringLiteral("iamAction"), iamAction);
    return redactJson(object).toObject();
}

bool AccessCheckResult::passed() const
{
    if (steps.isEmpty() || cancelled)
        return false;
    for (const CheckStep &step : steps) {
        if (step.status != CheckStepStatus::Passed)
            return false;
    }
    return true;
}

const CheckStep *AccessCheckResult::firstFailure() const
{
    for (const CheckStep &step : steps) {
        if (step.status == CheckStepStatus::Failed)
            return &step;
    }
    return nullptr;
}

QJsonObject AccessCheckResult::toJson() const
{
    QJsonArray array;
    for (const CheckStep &step : steps)
        array.append(step.toJson());
    QJsonObject object{{QStringLiteral("passed"), passed()},
                       {QStringLiteral("channelArn"), channelArn},
                       {QStringLiteral("region"), region},
                       {QStringLiteral("steps"), array}};
    if (cancelled)
        object.insert(QStringLiteral("cancelled"), true);
    return redactJson(object).toObject();
}

AccessCheck::AccessCheck(ConnectionTarget target, ConnectionSettings settings,
                         ConnectionDependencies dependencies, Scope scope, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_settings(std::move(settings))
    , m_deps(std::move(dependencies))
    , m_scope(scope)
{
    // One attempt: a check reports what the service says now, it does not wait out a backoff.
    m_settings.retry.maxAttempts = 1;
    m_settings.alwaysDescribe = true;
    m_settings.pingIntervalMs = 0;
    // The service closes an open connection when another one arrives with the same ClientId: the check
    // connects under its own id, so a viewer already connected with the form's id stays connected.
    if (m_scope == Scope::Full)
        m_target.clientId = checkClientId(m_target.clientId);
}

QString AccessCheck::checkClientId(const QString &clientId)
{
    static const QString suffix = QStringLiteral("-access-check");
    return clientId.left(256 - suffix.size()) + suffix;
}

AccessCheck::~AccessCheck()
{
    if (m_controller)
        m_controller->disconnect(this);
}

QStringList AccessCheck::stepNames(Scope scope)
{
    QStringList names;
    for (Step step : {Step::Credentials, Step::DescribeSignalingChannel, Step::GetSignalingChannelEndpoint,
                      Step::GetIceServerConfig})
        names.append(stepName(step));
    if (scope == Scope::Full)
        names.append(stepName(Step::ConnectAsViewer));
    return names;
}

void AccessCheck::start()
{
    if (m_running)
        return;
    m_result = AccessCheckResult();
    m_result.channelArn = m_target.channelArn;
    m_result.region = m_target.region;
    for (const QString &name : stepNames(m_scope)) {
        CheckStep step;
        step.name = name;
        m_result.steps.append(step);
    }
    m_opened = false;
    m_running = true;
    if (m_controller) {
        m_controller->disconnect(this);
        m_controller.release()->deleteLater(); // start() may run from a slot of a previous run's finished()
    }
    m_controller = std::make_unique<ConnectionController>(m_target, m_settings, m_deps);
    connect(m_controller.get(), &ConnectionController::eventOccurred, this, &AccessCheck::onEvent);
    connect(m_controller.get(), &ConnectionController::stateChanged, this, &AccessCheck::onStateChanged);
    m_controller->start();
}

void AccessCheck::cancel()
{
    if (!m_running)
        return;
    m_result.cancelled = true;
    for (int i = 0; i < m_result.steps.size(); ++i) {
        if (m_result.steps[i].status == CheckStepStatus::Running) {
            m_result.steps[i].status = CheckStepStatus::NotRun;
            m_result.steps[i].message = tr("Cancelled.");
            emit stepChanged(i);
        }
    }
    finish();
    m_controller->stop();
}

int AccessCheck::indexOf(const QString &step) const
{
    for (int i = 0; i < m_result.steps.size(); ++i) {
        if (m_result.steps[i].name == step)
            return i;
    }
    return -1;
}

void AccessCheck::onEvent(const EngineEvent &event)
{
    if (!m_running)
        return;
    if (const auto *http = event.as<HttpEvent>()) {
        const int index = indexOf(http->operation);
        if (index < 0)
            return;
        CheckStep &step = m_result.steps[index];
        step.httpStatus = http->status;
        step.errorType = http->errorType;
        step.message = http->message;
        step.requestId = http->requestId;
        emit stepChanged(index);
        return;
    }
    const auto *ended = event.as<StepEvent>();
    if (!ended)
        return;
    const int index = indexOf(stepName(ended->step));
    if (index < 0)
        return;
    CheckStep &step = m_result.steps[index];
    if (ended->status == StepStatus::Started) {
        CheckStep running;
        running.name = step.name;
        running.status = CheckStepStatus::Running;
        step = running;
    } else {
        step.status = ended->status == StepStatus::Ok ? CheckStepStatus::Passed : CheckStepStatus::Failed;
        step.elapsedMs = ended->ms.value_or(0);
        if (step.status == CheckStepStatus::Passed)
            step.detail = ended->detail;
        if (ended->step == Step::DescribeSignalingChannel && step.status == CheckStepStatus::Passed)
            m_result.channelArn = m_controller->channelArn();
    }
    emit stepChanged(index);
    if (m_scope == Scope::UntilIceServers && ended->step == Step::GetIceServerConfig &&
        step.status == CheckStepStatus::Passed) {
        m_result.iceConfig = m_controller->iceServerConfig();
        finish();
        m_controller->stop(); // the controller checks for this before it presigns
    }
}

void AccessCheck::onStateChanged(ConnectionState state)
{
    if (!m_running)
        return;
    if (state == ConnectionState::Connected) {
        m_opened = true;
        m_controller->stop(); // closes the WebSocket cleanly: Closing, then Closed
        return;
    }
    if (state == ConnectionState::Closed && m_opened) {
        const int index = indexOf(stepName(Step::ConnectAsViewer));
        if (index >= 0) {
            m_result.steps[index].detail = tr("The WebSocket opened and closed cleanly.");
            emit stepChanged(index);
        }
        finish();
        return;
    }
    if (state != ConnectionState::Failed && state != ConnectionState::Replaced &&
        state != ConnectionState::Closed)
        return;
    if (const std::optional<Failure> &failure = m_controller->lastFailure()) {
        int index = indexOf(failure->step == stepName(Step::Presign) ? stepName(Step::ConnectAsViewer)
                                                                     : failure->step);
        if (index < 0) { // a configuration problem, before any step: it fails the first step not passed
            index = 0;
            while (index < m_result.steps.size() - 1 &&
                   m_result.steps[index].status == CheckStepStatus::Passed)
                ++index;
        }
        CheckStep &step = m_result.steps[index];
        step.status = CheckStepStatus::Failed;
        step.errorType = failure->errorType;
        step.errorClass = failure->errorClass;
        if (step.message.isEmpty()) // else keep the service's own words from its answer
            step.message = redact(failure->message);
        if (failure->httpStatus != 0)
            step.httpStatus = failure->httpStatus;
        if (!failure->requestId.isEmpty())
            step.requestId = failure->requestId;
        Failure explainable;
        explainable.step = step.name;
        explainable.httpStatus = step.httpStatus;
        explainable.errorType = step.errorType;
        explainable.message = step.message;
        explainable.channelArn = m_controller->channelArn();
        explainable.region = m_target.region;
        step.iamAction = explainFailure(explainable).iamAction;
        emit stepChanged(index);
    }
    finish();
}

void AccessCheck::finish()
{
    if (!m_running)
        return;
    m_running = false;
    for (int i = 0; i < m_result.steps.size(); ++i) {
        if (m_result.steps[i].status == CheckStepStatus::Running) {
            m_result.steps[i].status = CheckStepStatus::NotRun;
            emit stepChanged(i);
        }
    }
    if (m_result.channelArn.isEmpty())
        m_result.channelArn = m_controller->channelArn();
    emit finished();
}

} // namespace kvs
