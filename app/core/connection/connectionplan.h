#pragma once

#include "core/common/result.h"
#include "core/connection/connectioncontroller.h"
#include "core/settings/connectionform.h"

#include <QProcessEnvironment>

namespace kvs {

/// What the form asks to connect to, ready for a ConnectionController (or an AccessCheck): the one place
/// the form becomes a target and settings, so Connect, Check access and the ICE servers view use the same
/// channel, region, ClientId, endpoint and trust store.
struct ConnectionPlan
{
    ConnectionTarget target;
    ConnectionSettings settings;
};

/// The endpoint settings (FIPS, dual-stack, endpoint URLs, ca_bundle) of the profile the form's credentials
/// read: the chosen profile, else AWS_PROFILE or "default"; none for typed keys or unreadable files.
ProfileEndpointSettings profileEndpointSettings(const ConnectionForm &form,
                                                const QProcessEnvironment &environment);

/// Builds the plan from a form (the endpoint and CA settings of its profile included). Errors: InvalidInput
/// (the form does not validate; the message is the first invalid field's), and TlsOptions::resolve's (the CA
/// file).
Result<ConnectionPlan> planConnection(const ConnectionForm &form, const QProcessEnvironment &environment);

/// Decodes a presigned URL a viewer is to connect with as is (the CLI's connect --url, the presigned URL
/// dialog's Connect). Errors: InvalidPresignedUrl (PresignedUrl::parse()'s, or a master's URL: it has no
/// ClientId) and ExpiredPresignedUrl (expired at now; the message says when and what to do).
Result<PresignedUrl> presignedViewerUrl(QStringView text, const QDateTime &now);

/// A plan that connects with a presigned viewer URL as is: the target is the URL's own
/// (ConnectionTarget::fromPresignedUrl); the form gives only the trust store (its CA file and its profile's
/// ca_bundle) and the retries. Errors: presignedViewerUrl()'s and TlsOptions::resolve's (the CA file).
Result<ConnectionPlan> planPresignedConnection(const ConnectionForm &form, QStringView url,
                                               const QDateTime &now, const QProcessEnvironment &environment);

} // namespace kvs

namespace kvs {

/// Where the STS endpoint of the account's calls comes from: a typed value, put into words (and the user's
/// language) by the surface that shows it.
enum class StsEndpointSource
{
    ServiceEnvironment, ///< AWS_ENDPOINT_URL_STS
    GlobalEnvironment,  ///< AWS_ENDPOINT_URL
    FormEndpoint,       ///< the form's endpoint URL (on loopback: the emulator serves STS there)
    Default,            ///< https://sts.REGION.amazonaws.com
};

/// What calls about the account rather than one channel need (Who am I, the channel list): the region,
/// the control-plane and STS endpoints and the trust store, read from the same form fields, profile and
/// environment as a connection. The channel field may be empty or unfinished.
struct AccountPlan
{
    QString region;
    ControlPlaneEndpoint::Options endpoint; ///< the form's endpoint, FIPS, dual-stack and the profile's
    QString stsEndpoint;                    ///< empty: https://sts.REGION.amazonaws.com
    StsEndpointSource stsEndpointSource = StsEndpointSource::Default;
    TlsOptions tls;
    QProcessEnvironment environment;
    Surface surface = Surface::App; ///< whose words the explanations of failures use
};

/// Builds the account plan. The region is the region field, else the channel ARN's. STS is asked at
/// AWS_ENDPOINT_URL_STS > AWS_ENDPOINT_URL > the form's endpoint when it is on loopback (the emulator
/// serves STS at its control endpoint) > the regional default. Errors: InvalidInput (no valid region, a
/// field that does not validate; the message says which), and TlsOptions::resolve's (the CA file).
Result<AccountPlan> planAccountCalls(const ConnectionForm &form, const QProcessEnvironment &environment);

} // namespace kvs
