#include "cli/listchannelscommand.h"

#include "cli/commandline.h"
#include "cli/credentialsupport.h"
#include "cli/exitcodes.h"
#include "core/account/channellister.h"
#include "core/common/clock.h"
#include "core/common/redaction.h"
#include "core/common/validation.h"
#include "core/connection/connectionplan.h"
#include "core/credentials/credentialchain.h"
#include "core/events/failureexplainer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace kvs::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kvs::cli::ListChannels", text);
}

const QString kCommand = QStringLiteral("list-channels");

int fail(QTextStream &err, const QString &option, const QString &message, int exitCode)
{
    err << UsageError{option, message}.toLine(kCommand) << Qt::endl;
    return exitCode;
}

int exitCodeForListing(const Failure &failure)
{
    if (failure.errorType == u"AccessDeniedException" || failure.httpStatus == 403)
        return ExitAccessDenied;
    if (failure.errorType == u"NetworkError" || failure.errorType == u"TlsError" ||
        failure.errorType == u"Timeout")
        return ExitNetworkError;
    if (failure.httpStatus >= 500)
        return ExitServiceError;
    return exitCodeFor(Error{failure.errorType, failure.message});
}

} // namespace

int runListChannels(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
                    QTextStream &out, QTextStream &err)
{
    CommandLine line(kCommand, tr("Lists the signaling channels the credentials may see in the region "
                                  "(ListSignalingChannels)."));
    addCredentialOptions(line);
    line.addOption({QStringLiteral("region"),
                    tr("The region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile's region)."),
                    QStringLiteral("R")});
    line.addOption({QStringLiteral("endpoint-url"),
                    tr("The control-plane endpoint (default: as connect resolves it)."),
                    QStringLiteral("URL")});
    addCaFileOption(line);
    line.addOption({QStringLiteral("fips"), tr("Use the FIPS endpoint.")});
    line.addOption({QStringLiteral("dual-stack"), tr("Use the dual-stack (IPv4 and IPv6) endpoint.")});
    line.addOption(
        {QStringLiteral("json"), tr("Print one JSON object on stdout (--output json is the same).")});
    if (auto error = line.parse(arguments))
        return fail(err, error->option, error->message, ExitInvalidInput);
    if (line.helpRequested()) {
        out << line.helpText(tr("Exit status: 0 listed; 2 invalid input; 3 listing refused or expired "
                                "credentials; 6 network or TLS failure; 11 service error.\n"));
        return ExitSuccess;
    }
    const CommandCredentials credentials(line, environment, clock, QStringLiteral("list-channels"), err);
    const CredentialChain &chain = credentials.chain();

    AccountPlan plan;
    plan.surface = Surface::CommandLine;
    plan.environment = environment;
    plan.region = line.value(QStringLiteral("region"));
    if (plan.region.isEmpty()) {
        const auto region = chain.region();
        if (!region)
            return fail(err, region.error().code == u"NoRegion" ? QStringLiteral("--region") : QString(),
                        region.error().message, ExitInvalidInput);
        plan.region = region->region;
    }
    if (const auto valid = validateRegion(plan.region); !valid.ok())
        return fail(err, QStringLiteral("--region"), valid.message, ExitInvalidInput);
    plan.endpoint.explicitUrl = line.value(QStringLiteral("endpoint-url"));
    plan.endpoint.surface = Surface::CommandLine;
    plan.endpoint.fips = line.isSet(QStringLiteral("fips"));
    plan.endpoint.dualStack = line.isSet(QStringLiteral("dual-stack"));
    plan.endpoint.profile = chain.profileSettings();
    const auto tls = TlsOptions::resolve(line.value(QStringLiteral("ca-file")), environment,
                                         plan.endpoint.profile.caBundle, plan.endpoint.profile.profile);
    if (!tls)
        return fail(err, line.isSet(QStringLiteral("ca-file")) ? QStringLiteral("--ca-file") : QString(),
                    tls.error().message, ExitInvalidInput);
    plan.tls = tls.value();

    ChannelLister lister(credentials.provider(), clock, plan);
    QEventLoop loop;
    QObject::connect(&lister, &ChannelLister::finished, &loop, &QEventLoop::quit);
    lister.start();
    if (lister.isRunning())
        loop.exec();
    const Result<QList<ChannelInfo>> &result = *lister.result();
    if (!result) {
        const Failure failure = lister.failure();
        err << redact(u"kvs-viewer-cli list-channels: " % failure.step % u": " % failure.errorType % u": " %
                      failure.message)
            << Qt::endl;
        const bool denied = failure.errorType == u"AccessDeniedException" || failure.httpStatus == 403;
        const QString hint = denied ? tr("grant kinesisvideo:ListSignalingChannels to this identity "
                                         "(kvs-viewer-cli whoami says which it is), or give the channel by "
                                         "name or ARN: connecting needs other permissions than listing.")
                                    : explainFailure(failure).hint();
        if (!hint.isEmpty())
            err << redact(u"kvs-viewer-cli list-channels: hint: " % hint) << Qt::endl;
        return exitCodeForListing(failure);
    }
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray channels;
        for (const ChannelInfo &channel : result.value())
            channels.append(QJsonObject{{QStringLiteral("name"), channel.name},
                                        {QStringLiteral("arn"), channel.arn},
                                        {QStringLiteral("status"), channel.status},
                                        {QStringLiteral("type"), channel.type},
                                        {QStringLiteral("creationTime"), channel.creationTime}});
        const QJsonObject object{{QStringLiteral("region"), plan.region},
                                 {QStringLiteral("endpoint"), lister.endpoint()},
                                 {QStringLiteral("truncated"), lister.truncated()},
                                 {QStringLiteral("channels"), channels}};
        out << redact(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))) << Qt::endl;
        return ExitSuccess;
    }
    for (const ChannelInfo &channel : result.value())
        out << redact(channel.name % u'\t' % channel.status % u'\t' % channel.arn) << Qt::endl;
    if (result->isEmpty())
        err << tr("kvs-viewer-cli list-channels: no signaling channels in %1 for these credentials.")
                   .arg(plan.region)
            << Qt::endl;
    if (lister.truncated())
        err << tr("kvs-viewer-cli list-channels: only the first %1 channels are listed.")
                   .arg(ChannelLister::kMaxChannels)
            << Qt::endl;
    return ExitSuccess;
}

} // namespace kvs::cli
