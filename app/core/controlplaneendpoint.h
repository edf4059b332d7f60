#pragma once

#include "result.h"
#include "surface.h"

#include <QProcessEnvironment>
#include <QString>

namespace kvs {

/// Where the control-plane endpoint came from (shown to the user: silent defaults confuse).
enum class EndpointSource
{
    Default,            ///< kinesisvideo[-fips].REGION.amazonaws.com[.cn] or .api.aws
    ExplicitUrl,        ///< --endpoint-url / the settings field
    ServiceEnvironment, ///< AWS_ENDPOINT_URL_KINESIS_VIDEO
    GlobalEnvironment,  ///< AWS_ENDPOINT_URL
};

/// The KVS control-plane endpoint for a region, with the AWS CLI's override order:
/// explicit URL > AWS_ENDPOINT_URL_KINESIS_VIDEO > AWS_ENDPOINT_URL > the regional default.
struct ControlPlaneEndpoint
{
    /// Variants of the default endpoint.
    struct Options
    {
        bool fips = false; ///< kinesisvideo-fips.REGION…
        bool dualStack =
            false; ///< IPv4+IPv6: kinesisvideo.REGION.api.aws (…api.amazonwebservices.com.cn in China)
        QString explicitUrl;            ///< wins over everything when not empty
        Surface surface = Surface::App; ///< names explicitUrl's source as the app's field or the CLI's option
    };

    QString url; ///< https://HOST[:PORT][/PATH] without a trailing '/'; http:// only to loopback
    EndpointSource source = EndpointSource::Default;

    /// Resolves the endpoint. Errors: InvalidRegion, InvalidEndpoint (an override that
    /// validateEndpointUrl refuses; the message names where it came from), FipsNotAvailable (China).
    static Result<ControlPlaneEndpoint> resolve(const QString &region, const Options &options,
                                                const QProcessEnvironment &environment);
};

/// "default", "--endpoint-url", "AWS_ENDPOINT_URL_KINESIS_VIDEO", "AWS_ENDPOINT_URL"
QString endpointSourceName(EndpointSource source, Surface surface);

} // namespace kvs
