#pragma once

#include "core/aws/awsconfigfiles.h"
#include "core/common/result.h"
#include "core/common/surface.h"

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
    ServiceConfig,      ///< the profile's "services = NAME": [services NAME] kinesis_video = endpoint_url
    GlobalConfig,       ///< the profile's endpoint_url
};

/// The endpoint settings one profile of the AWS config files gives (botocore's scoped config), read after
/// the flags and the environment. Empty strings are "not set".
struct ProfileEndpointSettings
{
    QString profile;                      ///< the profile's name; empty: no profile, nothing else is set
    QString useFipsEndpoint;              ///< use_fips_endpoint as written
    QString useDualStackEndpoint;         ///< use_dualstack_endpoint
    QString ignoreConfiguredEndpointUrls; ///< ignore_configured_endpoint_urls
    QString endpointUrl;                  ///< endpoint_url (every service)
    QString services;                     ///< services = NAME
    bool servicesFound = false;           ///< the config file has [services NAME]
    QString serviceEndpointUrl;           ///< [services NAME] kinesis_video = / endpoint_url = …
    QString caBundle;                     ///< ca_bundle

    /// The settings of profile. The services key is botocore's: Kinesis Video's service id, lower-case with
    /// '_' for ' ' ("kinesis_video"); "kinesisvideo" is not read (botocore ignores it too).
    static ProfileEndpointSettings from(const AwsConfigFiles &files, const AwsProfile &profile);
};

/// A yes/no endpoint setting and where it came from.
struct EndpointSwitch
{
    bool on = false;
    QString source; ///< "--fips", the form's box, "AWS_USE_FIPS_ENDPOINT", "profile NAME" or "default"
};

/// The KVS control-plane endpoint for a region, with the AWS CLI v2's override order: explicit URL >
/// AWS_ENDPOINT_URL_KINESIS_VIDEO > AWS_ENDPOINT_URL > the profile's [services] kinesis_video endpoint_url >
/// the profile's endpoint_url > the regional default. AWS_IGNORE_CONFIGURED_ENDPOINT_URLS (else the
/// profile's ignore_configured_endpoint_urls) set to true skips all but the explicit URL.
struct ControlPlaneEndpoint
{
    /// Variants of the default endpoint.
    struct Options
    {
        bool fips = false; ///< --fips / the form's box: kinesisvideo-fips.REGION… (on beats the settings)
        bool dualStack =
            false; ///< IPv4+IPv6: kinesisvideo.REGION.api.aws (…api.amazonwebservices.com.cn in China)
        QString explicitUrl;            ///< wins over everything when not empty
        Surface surface = Surface::App; ///< names explicitUrl's source as the app's field or the CLI's option
        ProfileEndpointSettings profile{}; ///< the profile's settings (read after the environment's)
    };

    QString url; ///< https://HOST[:PORT][/PATH] without a trailing '/'; http:// only to loopback
    EndpointSource source = EndpointSource::Default;
    QString sourceName; ///< endpointSourceName() of source
    EndpointSwitch fips;
    EndpointSwitch dualStack;

    /// Resolves the endpoint. Errors: InvalidRegion, InvalidEndpoint (an override that
    /// validateEndpointUrl refuses; the message names where it came from), InvalidConfiguration (an override
    /// together with FIPS or dual-stack, from wherever each came: botocore would silently drop FIPS; a
    /// profile naming a missing [services NAME] section, as botocore).
    static Result<ControlPlaneEndpoint> resolve(const QString &region, const Options &options,
                                                const QProcessEnvironment &environment);
};

/// FIPS as configured: options.fips (the flag or box) > AWS_USE_FIPS_ENDPOINT > the profile's
/// use_fips_endpoint > off. Values are read as botocore reads them: "true" in any case is on, anything
/// else (even "1") off; a variable set to an empty value is off and hides the profile's.
EndpointSwitch resolveFips(const ControlPlaneEndpoint::Options &options,
                           const QProcessEnvironment &environment);
/// Dual-stack as configured: the flag > AWS_USE_DUALSTACK_ENDPOINT > use_dualstack_endpoint > off.
EndpointSwitch resolveDualStack(const ControlPlaneEndpoint::Options &options,
                                const QProcessEnvironment &environment);

/// "default", "--endpoint-url", "AWS_ENDPOINT_URL_KINESIS_VIDEO", "AWS_ENDPOINT_URL",
/// "[services NAME] kinesis_video endpoint_url", "profile NAME endpoint_url".
QString endpointSourceName(EndpointSource source, Surface surface,
                           const ProfileEndpointSettings &profile = {});

/// The STUN server a viewer uses (the service returns none): stun:stun.kinesisvideo.REGION.amazonaws.com:443
/// (.com.cn in China); with FIPS stuns:stun.kinesisvideo-fips.REGION.amazonaws.com:443 and with dual-stack
/// stun:stun.kinesisvideo.REGION.api.aws:443, as the KVS WebRTC JS SDK builds them.
QString stunUriFor(const QString &region, bool fips, bool dualStack);

} // namespace kvs
