#include "cli/targetoptions.h"

#include "cli/credentialsupport.h"
#include "core/aws/controlplaneendpoint.h"
#include "core/common/channelarn.h"
#include "core/common/clientid.h"
#include "core/common/validation.h"
#include "core/credentials/credentialchain.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSettings>

namespace kvs::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kvs::cli::Target", text);
}

} // namespace

void addTargetOptions(CommandLine &line)
{
    line.addOption(
        {QStringLiteral("setup"),
         tr("Read the channel, region, endpoint, CA file, ClientId, profile and media options from "
            "a setup file (File › Save setup in the app); options given here win."),
         QStringLiteral("FILE")});
    line.addOption(
        {QStringLiteral("channel-arn"), tr("The signaling channel's ARN."), QStringLiteral("ARN")});
    line.addOption({QStringLiteral("channel-name"),
                    tr("The signaling channel's name (looked up in --region)."), QStringLiteral("NAME")});
    line.addOption({QStringLiteral("client-id"),
                    tr("The viewer's ClientId (default: one stable id kept for this install, shared with the "
                       "app)."),
                    QStringLiteral("ID")});
    line.addOption({QStringLiteral("region"),
                    tr("The region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile's region, else the "
                       "ARN's region)."),
                    QStringLiteral("R")});
    line.addOption(
        {QStringLiteral("endpoint-url"),
         tr("The control-plane endpoint (default: AWS_ENDPOINT_URL_KINESIS_VIDEO, "
            "AWS_ENDPOINT_URL, the profile's [services] kinesis_video endpoint_url, its endpoint_url, "
            "else kinesisvideo.REGION.amazonaws.com)."),
         QStringLiteral("URL")});
    addCaFileOption(line);
    line.addOption({QStringLiteral("fips"),
                    tr("Use the FIPS endpoint (default: AWS_USE_FIPS_ENDPOINT, else the profile's "
                       "use_fips_endpoint).")});
    line.addOption(
        {QStringLiteral("dual-stack"),
         tr("Use the dual-stack (IPv4 and IPv6) endpoint (default: AWS_USE_DUALSTACK_ENDPOINT, else "
            "the profile's use_dualstack_endpoint).")});
}

std::variant<TargetChoice, UsageError>
readTargetOptions(const CommandLine &line, const QProcessEnvironment &environment, CredentialChain &chain)
{
    const bool byArn = line.isSet(QStringLiteral("channel-arn"));
    const bool byName = line.isSet(QStringLiteral("channel-name"));
    if (byArn == byName)
        return UsageError{QStringLiteral("--channel-arn"),
                          tr("give exactly one of --channel-arn and --channel-name.")};
    TargetChoice choice;
    ConnectionTarget &target = choice.target;
    QString arnRegion;
    if (byArn) {
        const auto arn = ChannelArn::parse(line.value(QStringLiteral("channel-arn")));
        if (!arn)
            return UsageError{QStringLiteral("--channel-arn"), arn.error().message};
        target.channelArn = arn->toString();
        arnRegion = arn->region;
    } else {
        target.channelName = line.value(QStringLiteral("channel-name"));
        if (const auto result = validateChannelName(target.channelName); !result.ok())
            return UsageError{QStringLiteral("--channel-name"), result.message};
    }
    if (line.isSet(QStringLiteral("client-id"))) {
        target.clientId = line.value(QStringLiteral("client-id"));
        if (const auto result = validateClientId(target.clientId); !result.ok())
            return UsageError{QStringLiteral("--client-id"), result.message};
    }
    const ProfileEndpointSettings profile = chain.profileSettings();
    const auto tls = TlsOptions::resolve(line.value(QStringLiteral("ca-file")), environment, profile.caBundle,
                                         profile.profile);
    if (!tls)
        return UsageError{line.isSet(QStringLiteral("ca-file")) ? QStringLiteral("--ca-file") : QString(),
                          tls.error().message};
    choice.tls = tls.value();
    if (line.isSet(QStringLiteral("region"))) {
        target.region = line.value(QStringLiteral("region"));
        if (const auto result = validateRegion(target.region); !result.ok())
            return UsageError{QStringLiteral("--region"), result.message};
    } else {
        const auto region = chain.region(arnRegion);
        if (!region)
            // Only a missing region is about --region; a missing profile or a broken file is its own error.
            return UsageError{region.error().code == u"NoRegion" ? QStringLiteral("--region") : QString(),
                              region.error().message};
        target.region = region->region;
    }
    target.endpoint.explicitUrl = line.value(QStringLiteral("endpoint-url"));
    target.endpoint.surface = Surface::CommandLine;
    target.endpoint.fips = line.isSet(QStringLiteral("fips"));
    target.endpoint.dualStack = line.isSet(QStringLiteral("dual-stack"));
    target.endpoint.profile = profile;
    if (const auto endpoint = ControlPlaneEndpoint::resolve(target.region, target.endpoint, environment);
        !endpoint)
        return UsageError{QString(), endpoint.error().message}; // the message names its source already
    if (target.clientId.isEmpty())
        target.clientId = installClientId();
    return choice;
}

QString installClientId()
{
    QSettings settings(QStringLiteral("kvs-signaling-viewer"), QStringLiteral("kvs-viewer"));
    QString id = settings.value(QStringLiteral("connection/clientId")).toString();
    if (id.isEmpty() || !validateClientId(id).ok()) {
        id = makeClientId([] { return QRandomGenerator::system()->generate(); });
        settings.setValue(QStringLiteral("connection/clientId"), id);
        settings.sync();
    }
    return id;
}

} // namespace kvs::cli
