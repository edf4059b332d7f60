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
    const bool china = region.startsWith(u"cn-");
    if (china && options.fips)
        return Error{QStringLiteral("FipsNotAvailable"),
                     Text::tr("Kinesis Video Streams has no FIPS endpoint in %1.").arg(region)};
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

} // namespace kvs
