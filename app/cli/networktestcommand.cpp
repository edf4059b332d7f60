#include "cli/networktestcommand.h"

#include "cli/accesscommands.h"
#include "cli/exitcodes.h"
#include "core/common/redaction.h"
#include "media/networktest.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace kvs::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kvs::cli::NetworkTest", text);
}

} // namespace

int runNetworkTest(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
                   QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("network-test");
    media::NetworkTest::Options options;
    options.environment = environment;
    QString stunOverride;
    bool noStun = false;
    CheckOptionHooks hooks;
    hooks.add = [](CommandLine &line) {
        line.addOption({QStringLiteral("path-timeout"), tr("Seconds each path may take, 1–60 (default: 10)."),
                        QStringLiteral("S")});
        line.addOption({QStringLiteral("stun-uri"),
                        tr("Test this STUN server instead of the region's (stun:host:port)."),
                        QStringLiteral("URI")});
        line.addOption({QStringLiteral("no-stun"), tr("Do not test a STUN server.")});
        line.addOption({QStringLiteral("turn-ca-file"),
                        tr("PEM CA certificates to trust, with the system's, for the TLS check of turns: "
                           "servers."),
                        QStringLiteral("FILE")});
        line.addOption({QStringLiteral("ice-loopback"),
                        tr("Also gather 127.0.0.1 (STUN/TURN servers on this machine); turns interface "
                           "discovery off.")});
    };
    hooks.read = [&](const CommandLine &line) -> std::optional<UsageError> {
        int seconds = 10;
        if (line.isSet(QStringLiteral("path-timeout"))) {
            if (auto error = parseIntOption(QStringLiteral("--path-timeout"),
                                            line.value(QStringLiteral("path-timeout")), 1, 60, &seconds))
                return error;
        }
        options.pathTimeoutMs = seconds * 1000;
        options.loopbackCandidates = line.isSet(QStringLiteral("ice-loopback"));
        noStun = line.isSet(QStringLiteral("no-stun"));
        stunOverride = line.value(QStringLiteral("stun-uri"));
        if (noStun && !stunOverride.isEmpty())
            return UsageError{QStringLiteral("--stun-uri"), tr("cannot be combined with --no-stun.")};
        if (!stunOverride.isEmpty() && !stunOverride.startsWith(u"stun:") &&
            !stunOverride.startsWith(u"stuns:"))
            return UsageError{QStringLiteral("--stun-uri"), tr("must start with stun: (stun:host:port).")};
        options.tlsCaFile = line.value(QStringLiteral("turn-ca-file"));
        if (line.isSet(QStringLiteral("turn-ca-file")) && !QFileInfo(options.tlsCaFile).isReadable())
            return UsageError{QStringLiteral("--turn-ca-file"), tr("not a readable file.")};
        return std::nullopt;
    };
    bool json = false;
    AccessCheckResult result;
    const int early = runCheck(
        command,
        tr("Fetches the channel's ICE servers as connect does (GetIceServerConfig), then tries each path "
           "separately with the real ICE stack: the STUN server (a public address) and every TURN URI "
           "(a relay allocation over UDP, TCP or TLS). Shows each path's outcome, time, the address obtained "
           "and, on failure, the reason; then the verdict, the local addresses and whether a VPN-like "
           "interface is up. TURN credentials are never printed."),
        AccessCheck::Scope::UntilIceServers, arguments, environment, clock, out, err,
        tr("Failure reasons: timeout (no answer within --path-timeout: packets dropped), refused (the TURN "
           "server answered but refused our credentials), connectionRefused (nothing listens on that TCP "
           "port), tlsFailed (turns: and the TLS handshake failed too), dns (the name does not resolve), "
           "unsupported (stuns:, or a TLS-only turns: server: libnice speaks plain TCP there).\n"
           "\n"
           "Exit status: 0 at least one media path works; 2 invalid input; 3 access denied; 4 not found; "
           "5 throttled; 6 network or TLS failure; 9 no media path works; 11 service error (HTTP 5xx).\n"),
        &json, &result, hooks);
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
    IceServerConfig config = *result.iceConfig;
    if (noStun)
        config.stunUri.clear();
    media::NetworkTest test(media::networkPathsFrom(config, stunOverride), options);
    QEventLoop loop;
    QObject::connect(&test, &media::NetworkTest::finished, &loop, &QEventLoop::quit);
    if (!json)
        out << redact(tr("Channel %1 (%2): testing %3 path(s), at most %4 s each…")
                          .arg(result.channelArn, result.region)
                          .arg(test.report().rows.size())
                          .arg(options.pathTimeoutMs / 1000))
            << Qt::endl;
    QObject::connect(&test, &media::NetworkTest::rowChanged, &loop,
                     [&](int, const media::NetworkPathResult &row) {
                         if (!json && row.status != media::NetworkPathStatus::Running)
                             out << redact(media::networkPathLine(row)) << Qt::endl;
                     });
    test.start();
    if (test.isRunning())
        loop.exec();
    const media::NetworkTestReport &report = test.report();
    const int status = report.anyMediaPath() ? ExitSuccess : ExitMediaFailed;
    if (json) {
        QJsonObject object = report.toJson();
        object.insert(QStringLiteral("channelArn"), result.channelArn);
        object.insert(QStringLiteral("region"), result.region);
        object.insert(QStringLiteral("exitCode"), status);
        out << redact(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))) << Qt::endl;
        return status;
    }
    out << redact(tr("Verdict: %1").arg(report.verdict())) << Qt::endl;
    out << tr("Local addresses: %1")
               .arg(report.local.addresses.isEmpty() ? tr("none")
                                                     : report.local.addresses.join(QStringLiteral(", ")))
        << Qt::endl;
    out << tr("VPN-like interface: %1")
               .arg(report.local.vpnInterfaces.isEmpty()
                        ? tr("none")
                        : report.local.vpnInterfaces.join(QStringLiteral(", ")))
        << Qt::endl;
    return status;
}

} // namespace kvs::cli
