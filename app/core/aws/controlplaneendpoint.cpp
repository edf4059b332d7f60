#include "core/aws/controlplaneendpoint.h"

#include "core/common/validation.h"

#include <QCoreApplication>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::ControlPlaneEndpoint)
};

/// botocore's ensure_boolean: "true" in any case is on, anything else off.
bool settingIsTrue(const QString &value)
{
    return value.compare(u"true", Qt::CaseInsensitive) == 0;
}

EndpointSwitch resolveSwitch(bool forced, const QString &flagName, const char *variable,
                             const QString &profileValue, const ProfileEndpointSettings &profile,
                             const QProcessEnvironment &environment)
{
    if (forced)
        return {true, flagName};
    const QString name = QString::fromLatin1(variable);
    // As botocore's EnvironmentProvider: a variable that is set decides, even when empty.
    if (environment.contains(name))
        return {settingIsTrue(environment.value(name)), name};
    if (!profileValue.isEmpty())
        return {settingIsTrue(profileValue), u"profile " % profile.profile};
    return {false, QStringLiteral("default")};
}

} // namespace

ProfileEndpointSettings ProfileEndpointSettings::from(const AwsConfigFiles &files, const AwsProfile &profile)
{
    ProfileEndpointSettings settings;
    settings.profile = profile.name;
    settings.useFipsEndpoint = profile.value(QStringLiteral("use_fips_endpoint"));
    settings.useDualStackEndpoint = profile.value(QStringLiteral("use_dualstack_endpoint"));
    settings.ignoreConfiguredEndpointUrls = profile.value(QStringLiteral("ignore_configured_endpoint_urls"));
    settings.endpointUrl = profile.value(QStringLiteral("endpoint_url"));
    settings.caBundle = profile.value(QStringLiteral("ca_bundle"));
    settings.services = profile.value(QStringLiteral("services"));
    if (const auto section = files.servicesSection(settings.services)) {
        settings.servicesFound = true;
        settings.serviceEndpointUrl =
            section->subSections.value(QStringLiteral("kinesis_video")).value(QStringLiteral("endpoint_url"));
    }
    return settings;
}

EndpointSwitch resolveFips(const ControlPlaneEndpoint::Options &options,
                           const QProcessEnvironment &environment)
{
    return resolveSwitch(options.fips,
                         options.surface == Surface::CommandLine ? QStringLiteral("--fips")
                                                                 : QStringLiteral("Advanced › FIPS endpoint"),
                         "AWS_USE_FIPS_ENDPOINT", options.profile.useFipsEndpoint, options.profile,
                         environment);
}

EndpointSwitch resolveDualStack(const ControlPlaneEndpoint::Options &options,
                                const QProcessEnvironment &environment)
{
    return resolveSwitch(
        options.dualStack,
        options.surface == Surface::CommandLine ? QStringLiteral("--dual-stack")
                                                : QStringLiteral("Advanced › Dual-stack endpoint"),
        "AWS_USE_DUALSTACK_ENDPOINT", options.profile.useDualStackEndpoint, options.profile, environment);
}

QString endpointSourceName(EndpointSource source, Surface surface, const ProfileEndpointSettings &profile)
{
    switch (source) {
    case EndpointSource::Default:
        return QStringLiteral("default");
    case EndpointSource::ExplicitUrl:
        return surface == Surface::CommandLine ? QStringLiteral("--endpoint-url")
                                               : QStringLiteral("Advanced › Endpoint URL");
    case EndpointSource::ServiceEnvironment:
        return QStringLiteral("AWS_ENDPOINT_URL_KINESIS_VIDEO");
    case EndpointSource::GlobalEnvironment:
        return QStringLiteral("AWS_ENDPOINT_URL");
    case EndpointSource::ServiceConfig:
        return u"[services " % profile.services % u"] kinesis_video endpoint_url";
    case EndpointSource::GlobalConfig:
        return u"profile " % profile.profile % u" endpoint_url";
    }
    return QString();
}

Result<ControlPlaneEndpoint> ControlPlaneEndpoint::resolve(const QString &region, const Options &options,
                                                           const QProcessEnvironment &environment)
{
    ControlPlaneEndpoint endpoint;
    endpoint.fips = resolveFips(options, environment);
    endpoint.dualStack = resolveDualStack(options, environment);
    const ProfileEndpointSettings &profile = options.profile;
    const QString ignoreVariable = QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS");
    const bool ignoreConfigured = environment.contains(ignoreVariable)
                                      ? settingIsTrue(environment.value(ignoreVariable))
                                      : settingIsTrue(profile.ignoreConfiguredEndpointUrls);
    QList<std::pair<QString, EndpointSource>> overrides{{options.explicitUrl, EndpointSource::ExplicitUrl}};
    if (!ignoreConfigured) {
        overrides.append({environment.value(QStringLiteral("AWS_ENDPOINT_URL_KINESIS_VIDEO")),
                          EndpointSource::ServiceEnvironment});
        overrides.append(
            {environment.value(QStringLiteral("AWS_ENDPOINT_URL")), EndpointSource::GlobalEnvironment});
        overrides.append({profile.serviceEndpointUrl, EndpointSource::ServiceConfig});
        overrides.append({profile.endpointUrl, EndpointSource::GlobalConfig});
    }
    for (const auto &[value, source] : overrides) {
        // botocore reads [services NAME] only when nothing before it gave an endpoint, and refuses a
        // profile that names a section the file does not have.
        if (source == EndpointSource::ServiceConfig && !profile.services.isEmpty() && !profile.servicesFound)
            return Error{QStringLiteral("InvalidConfiguration"),
                         Text::tr("profile %1 names services %2, but the config file has no [services %2] "
                                  "section.")
                             .arg(profile.profile, profile.services)};
        const QString url = value.trimmed();
        if (url.isEmpty())
            continue;
        const QString sourceName = endpointSourceName(source, options.surface, profile);
        // botocore silently drops FIPS and dual-stack next to a custom endpoint; a FIPS user silently sent
        // elsewhere is worse than an error, so both sides are named.
        if (endpoint.fips.on)
            return Error{QStringLiteral("InvalidConfiguration"),
                         Text::tr("%1 and FIPS (from %2) exclude each other: a custom endpoint is not a FIPS "
                                  "endpoint.")
                             .arg(sourceName, endpoint.fips.source)};
        if (endpoint.dualStack.on)
            return Error{QStringLiteral("InvalidConfiguration"),
                         Text::tr("%1 and dual-stack (from %2) exclude each other: a custom endpoint is used "
                                  "as given.")
                             .arg(sourceName, endpoint.dualStack.source)};
        if (const auto check = validateEndpointUrl(url, EndpointKind::Https); !check.ok())
            return Error{QStringLiteral("InvalidEndpoint"), sourceName % u": " % check.message};
        QString trimmed = url;
        while (trimmed.endsWith(u'/'))
            trimmed.chop(1);
        endpoint.url = trimmed;
        endpoint.source = source;
        endpoint.sourceName = sourceName;
        return endpoint;
    }

    if (const auto check = validateRegion(region); !check.ok())
        return Error{QStringLiteral("InvalidRegion"), check.message};
    // FIPS exists in China too (botocore: kinesisvideo-fips.cn-….amazonaws.com.cn).
    const bool china = region.startsWith(u"cn-");
    const QString service =
        endpoint.fips.on ? QStringLiteral("kinesisvideo-fips") : QStringLiteral("kinesisvideo");
    QString suffix;
    if (endpoint.dualStack.on)
        suffix = china ? QStringLiteral("api.amazonwebservices.com.cn") : QStringLiteral("api.aws");
    else
        suffix = china ? QStringLiteral("amazonaws.com.cn") : QStringLiteral("amazonaws.com");
    endpoint.url = u"https://" % service % u'.' % region % u'.' % suffix;
    endpoint.source = EndpointSource::Default;
    endpoint.sourceName = endpointSourceName(EndpointSource::Default, options.surface, profile);
    return endpoint;
}

QString stunUriFor(const QString &region, bool fips, bool dualStack)
{
    const bool china = region.startsWith(u"cn-");
    if (fips)
        return u"stuns:stun.kinesisvideo-fips." % region %
               (china ? u".amazonaws.com.cn:443" : u".amazonaws.com:443");
    if (dualStack && !china)
        return u"stun:stun.kinesisvideo." % region % u".api.aws:443";
    return u"stun:stun.kinesisvideo." % region % (china ? u".amazonaws.com.cn:443" : u".amazonaws.com:443");
}

} // namespace kvs
