#include "controlplaneendpoint.h"

#include "validation.h"

#include <QCoreApplication>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::ControlPlaneEndpoint)
};

} // namespace

QString endpointSourceName(EndpointSource source, Surface surface)
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
    }
    return QString();
}

Result<ControlPlaneEndpoint> ControlPlaneEndpoint::resolve(const QString &region, const Options &options,
                                                           const QProcessEnvironment &environment)
{
    const std::pair<QString, EndpointSource> overrides[] = {
        {options.explicitUrl, EndpointSource::ExplicitUrl},
        {environment.value(QStringLiteral("AWS_ENDPOINT_URL_KINESIS_VIDEO")),
         EndpointSource::ServiceEnvironment},
        {environment.value(QStringLiteral("AWS_ENDPOINT_URL")), EndpointSource::GlobalEnvironment},
    };
    for (const auto &[value, source] : overrides) {
        const QString url = value.trimmed();
        if (url.isEmpty())
            continue;
        // As botocore's endpoint rules: an endpoint override cannot also be FIPS or dual-stack.
        if (options.fips)
            return Error{QStringLiteral("InvalidConfiguration"),
                         Text::tr("%1 and FIPS exclude each other: a custom endpoint is not a FIPS endpoint.")
                             .arg(endpointSourceName(source, options.surface))};
        if (options.dualStack)
            return Error{QStringLiteral("InvalidConfiguration"),
                         Text::tr("%1 and dual-stack exclude each other: a custom endpoint is used as given.")
                             .arg(endpointSourceName(source, options.surface))};
        if (const auto check = validateEndpointUrl(url, EndpointKind::Https); !check.ok())
            return Error{QStringLiteral("InvalidEndpoint"),
                         endpointSourceName(source, options.surface) % u": " % check.message};
        QString trimmed = url;
        while (trimmed.endsWith(u'/'))
            trimmed.chop(1);
        return ControlPlaneEndpoint{trimmed, source};
    }

    if (const auto check = validateRegion(region); !check.ok())
        return Error{QStringLiteral("InvalidRegion"), check.message};
    // FIPS exists in China too (botocore: kinesisvideo-fips.cn-….amazonaws.com.cn).
    const bool china = region.startsWith(u"cn-");
    const QString service =
        options.fips ? QStringLiteral("kinesisvideo-fips") : QStringLiteral("kinesisvideo");
    QString suffix;
    if (options.dualStack)
        suffix = china ? QStringLiteral("api.amazonwebservices.com.cn") : QStringLiteral("api.aws");
    else
        suffix = china ? QStringLiteral("amazonaws.com.cn") : QStringLiteral("amazonaws.com");
    return ControlPlaneEndpoint{u"https://" % service % u'.' % region % u'.' % suffix,
                                EndpointSource::Default};
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
