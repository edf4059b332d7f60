#include "cli/accesscommands.h"

#include "cli/commandline.h"
#include "cli/credentialsupport.h"
#include "cli/exitcodes.h"
#include "cli/targetoptions.h"
#include "core/aws/environmentproxy.h"
#include "core/common/clock.h"
#include "core/common/duration.h"
#include "core/common/redaction.h"
#include "core/controlplane/iceserverexpiry.h"
#include "core/credentials/credentialchain.h"
#include "core/credentials/credentialprocess.h"
#include "core/credentials/credentialsprovider.h"
#include "core/diagnostics/accesscheck.h"
#include "core/events/failureexplainer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTextStream>

#include <functional>

namespace kvs::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kvs::cli::Access", text);
}

int usageError(QTextStream &err, const QString &command, const UsageError &error)
{
    err << error.toLine(command) << Qt::endl;
    return ExitInvalidInput;
}

} // namespace

int exitCodeForCheck(const AccessCheckResult &result)
{
    if (result.passed())
        return ExitSuccess;
    const CheckStep *failed = result.firstFailure();
    if (!failed)
        return ExitInternalError;
    return exitCodeForFailure(Failure{failed->name, failed->errorClass, failed->errorType, failed->message,
                                      failed->httpStatus, failed->requestId});
}

int runCheck(const QString &command, const QString &description, AccessCheck::Scope scope,
             const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
             QTextStream &out, QTextStream &err, const QString &helpExtra, bool *json,
             AccessCheckResult *result, const CheckOptionHooks &hooks, TargetChoice *choice)
{
    CommandLine line(command, description);
    addTargetOptions(line);
    if (hooks.add)
        hooks.add(line);
    line.addOption({QStringLiteral("timeout"), tr("Seconds each call may take, 1–120 (default: 10)."),
                    QStringLiteral("S")});
    line.addOption({QStringLiteral("json"), tr("Print one JSON object on stdout.")});
    addCredentialOptions(line);
    if (auto error = line.parse(arguments))
        return usageError(err, command, *error);
    if (line.helpRequested()) {
        out << line.helpText(helpExtra);
        return ExitSuccess;
    }
    if (line.isSet(QStringLiteral("profile")) && line.value(QStringLiteral("profile")).isEmpty())
        return usageError(err, command, {QStringLiteral("--profile"), tr("empty; give a profile name.")});
    int timeoutSeconds = 10;
    if (line.isSet(QStringLiteral("timeout"))) {
        if (auto error = parseIntOption(QStringLiteral("--timeout"), line.value(QStringLiteral("timeout")), 1,
                                        120, &timeoutSeconds))
            return usageError(err, command, *error);
    }
    *json = line.isSet(QStringLiteral("json"));
    if (hooks.read) {
        if (auto error = hooks.read(line))
            return usageError(err, command, *error);
    }

    CredentialChainOptions chainOptions;

    chainOptions.surface = Surface::CommandLine;
    chainOptions.environment = environment;
    chainOptions.explicitProfile = line.value(QStringLiteral("profile"));
    if (line.isSet(QStringLiteral("verbose")))
        chainOptions.log = [&err, command](const QString &text) {
            // QStringLiteral, not u"…": QTextStream prints a char16_t pointer as an address.
            err << QStringLiteral("kvs-viewer-cli ") << command << QStringLiteral(": ") << redact(text)
                << Qt::endl;
        };
    QNetworkAccessManager network;
    useEnvironmentProxy(&network, environment);
    QProcessRunner runner;
    CredentialChain chain(chainOptions, clock, &network, &runner);
    auto chosen = readTargetOptions(line, environment, chain);
    if (const UsageError *error = std::get_if<UsageError>(&chosen))
        return usageError(err, command, *error);

    ConnectionSettings settings;
    settings.tls = std::get<TargetChoice>(chosen).tls;
    settings.environment = environment;
    settings.surface = Surface::CommandLine;
    settings.requestTimeoutMs = timeoutSeconds * 1000;
    settings.handshakeTimeoutMs = timeoutSeconds * 1000;
    ChainCredentialsProvider credentials(chain);
    ConnectRateLimiter limiter(clock, 3, 1250);
    ConnectionDependencies deps;
    deps.clock = &clock;
    deps.credentials = &credentials;
    deps.rateLimiter = &limiter;
    deps.random = [] {
        return QRandomGenerator::system()->generateDouble();
    };
    if (choice)
        *choice = std::get<TargetChoice>(chosen);
    AccessCheck check(std::get<TargetChoice>(chosen).target, settings, deps, scope);
    QEventLoop loop;
    QObject::connect(&check, &AccessCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    if (check.isRunning())
        loop.exec();
    *result = check.result();
    return -1;
}

namespace {

QString stepLine(const CheckStep &step)
{
    QString mark;
    switch (step.status) {
    case CheckStepStatus::Passed:
        mark = QStringLiteral("✔");
        break;
    case CheckStepStatus::Failed:
        mark = QStringLiteral("✘");
        break;
    case CheckStepStatus::Running:
    case CheckStepStatus::NotRun:
        mark = QStringLiteral("-");
        break;
    }
    QString text = mark + u' ' + step.name.leftJustified(28);
    if (step.status == CheckStepStatus::NotRun || step.status == CheckStepStatus::Running)
        return text + tr("not run");
    text += formatDuration(step.elapsedMs).leftJustified(9);
    if (step.httpStatus != 0)
        text += u' ' + QString::number(step.httpStatus);
    if (!step.errorType.isEmpty())
        text += u' ' + step.errorType;
    const QString message = step.message.isEmpty() ? step.detail : step.message;
    if (!message.isEmpty())
        text += (step.errorType.isEmpty() ? QStringLiteral(" ") : QStringLiteral(": ")) + message;
    if (!step.iamAction.isEmpty())
        text += u'\n' + tr("    grant %1 to these credentials").arg(step.iamAction);
    return text;
}

} // namespace

int runCheckAccess(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
                   QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("check-access");
    bool json = false;
    AccessCheckResult result;
    const int early = runCheck(
        command,
        tr("Runs each step a viewer needs, once and without retries: credentials, DescribeSignalingChannel, "
           "GetSignalingChannelEndpoint, GetIceServerConfig and ConnectAsViewer (the WebSocket is opened "
           "and closed cleanly). Shows each step's outcome and, on a refusal, the IAM action to grant."),
        AccessCheck::Scope::Full, arguments, environment, clock, out, err,
        tr("Exit status: 0 every step passed; 2 invalid input; 3 access denied; 4 not found; 5 throttled; "
           "6 network or TLS failure; 10 HTTP 400 with no error type (cause unknown); 11 service error "
           "(HTTP 5xx).\n"),
        &json, &result);
    if (early >= 0)
        return early;
    const int status = exitCodeForCheck(result);
    if (json) {
        QJsonObject object = result.toJson();
        if (!result.passed())
            object.insert(QStringLiteral("policy"),
                          QJsonDocument::fromJson(minimalViewerPolicy(result.channelArn).toUtf8()).object());
        out << redact(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))) << Qt::endl;
        return status;
    }
    for (const CheckStep &step : result.steps)
        out << redact(stepLine(step)) << Qt::endl;
    if (result.passed())
        out << tr("Every step passed: these credentials can connect as a viewer.") << Qt::endl;
    else if (const CheckStep *failed = result.firstFailure(); failed && !failed->iamAction.isEmpty())
        out << tr("A minimal viewer policy for this channel:") << Qt::endl
            << redact(minimalViewerPolicy(result.channelArn)) << Qt::endl;
    return status;
}

int runIceServers(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
                  QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("ice-servers");
    bool json = false;
    AccessCheckResult result;
    const int early = runCheck(
        command,
        tr("Fetches the channel's ICE servers (GetIceServerConfig) as a viewer would, and prints the STUN "
           "and TURN URIs with their TTL. TURN usernames and passwords are never printed."),
        AccessCheck::Scope::UntilIceServers, arguments, environment, clock, out, err,
        tr("Exit status: 0 printed; 2 invalid input; 3 access denied; 4 not found; 5 throttled; 6 network "
           "or TLS failure; 11 service error (HTTP 5xx).\n"),
        &json, &result);
    if (early >= 0)
        return early;
    if (!result.iceConfig) {
        const int status = exitCodeForCheck(result);
        const CheckStep *failed = result.firstFailure();
        QString text = failed ? tr("%1 failed: %2 %3").arg(failed->name, failed->errorType, failed->message)
                              : tr("the check ended without an answer.");
        if (failed && !failed->iamAction.isEmpty())
            text += u' ' + tr("Grant %1 to these credentials.").arg(failed->iamAction);
        err << UsageError{QString(), redact(text)}.toLine(command) << Qt::endl;
        return status == ExitSuccess ? ExitInternalError : status;
    }
    const QDateTime now = clock.now();
    const IceServerExpiry expiry(*result.iceConfig, now);
    const QList<IceServerRow> rows = iceServerRows(*result.iceConfig);
    if (json) {
        QJsonArray servers;
        for (const IceServerRow &row : rows) {
            QJsonObject server{{QStringLiteral("uris"), QJsonArray::fromStringList(row.uris)}};
            if (!row.username.isEmpty())
                server.insert(QStringLiteral("username"), row.username);
            if (!row.password.isEmpty())
                server.insert(QStringLiteral("password"), row.password);
            if (row.ttlSeconds > 0)
                server.insert(QStringLiteral("ttlSeconds"), row.ttlSeconds);
            servers.append(server);
        }
        QJsonObject object{{QStringLiteral("channelArn"), result.channelArn},
                           {QStringLiteral("region"), result.region},
                           {QStringLiteral("servers"), servers}};
        if (expiry.isValid())
            object.insert(QStringLiteral("expiresAt"), expiry.expiresAt().toString(Qt::ISODate));
        out << redact(QString::fromUtf8(
                   QJsonDocument(redactJson(object).toObject()).toJson(QJsonDocument::Compact)))
            << Qt::endl;
        return ExitSuccess;
    }
    out << redact(tr("Channel %1 (%2)").arg(result.channelArn, result.region)) << Qt::endl;
    for (const IceServerRow &row : rows) {
        QString line = row.uris.join(QStringLiteral(", "));
        if (!row.username.isEmpty())
            line += u"  " + tr("username %1 password %2").arg(row.username, row.password);
        if (row.ttlSeconds > 0)
            line += u"  " + tr("TTL %1 s").arg(row.ttlSeconds);
        out << redact(line) << Qt::endl;
    }
    if (expiry.isValid())
        out << expiry.text(now) << Qt::endl;
    return ExitSuccess;
}

} // namespace kvs::cli
