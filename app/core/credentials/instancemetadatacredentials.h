#pragma once

#include "core/aws/awsconfigfiles.h"
#include "core/aws/awshttp.h"
#include "core/aws/resolvedcredentials.h"
#include "core/common/result.h"

#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QObject;

namespace kvs {

/// The EC2 instance role's credentials from the instance metadata service, as botocore fetches them:
/// IMDSv2 (PUT /latest/api/token, then GETs with X-aws-ec2-metadata-token) for the role name under
/// /latest/meta-data/iam/security-credentials/ and then the role's credentials. When the token call is
/// refused with 403, 404 or 405 it falls back to IMDSv1 unless ec2_metadata_v1_disabled is set. Each call
/// gets a short timeout (metadata_service_timeout, default one second) so a laptop off EC2 does not hang.
class InstanceMetadataCredentials final
{
public:
    struct Settings
    {
        QString endpoint = QStringLiteral("http://169.254.169.254"); ///< without a trailing '/'
        QString endpointOrigin = QStringLiteral("default");
        int timeoutMs = 1000;
        int attempts = 1;
        bool v1Disabled = false;
    };

    /// The settings from the environment and the profile (may be null): AWS_EC2_METADATA_SERVICE_ENDPOINT /
    /// ec2_metadata_service_endpoint, AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE / …_mode (IPv4, IPv6),
    /// AWS_METADATA_SERVICE_TIMEOUT / metadata_service_timeout (seconds),
    /// AWS_METADATA_SERVICE_NUM_ATTEMPTS / metadata_service_num_attempts, AWS_EC2_METADATA_V1_DISABLED /
    /// ec2_metadata_v1_disabled. Errors: NotConfigured (AWS_EC2_METADATA_DISABLED=true),
    /// InvalidConfiguration.
    static Result<Settings> settings(const QProcessEnvironment &environment, const AwsProfile *profile);

    InstanceMetadataCredentials(Settings settings, QNetworkAccessManager *network, HttpOptions options);

    /// Fetches the role's credentials; done is called once. The result's source names the role. Errors:
    /// InstanceMetadataUnavailable (no answer, no role attached, refused), InvalidResponse.
    void fetch(QObject *context, std::function<void(const Result<ResolvedCredentials> &)> done) const;

private:
    struct Run;
    void requestToken(const std::shared_ptr<Run> &run, int attempt) const;
    void requestRole(const std::shared_ptr<Run> &run) const;
    void requestCredentials(const std::shared_ptr<Run> &run, const QString &role) const;
    void get(const std::shared_ptr<Run> &run, const QString &path, int attempt,
             std::function<void(const HttpResponse &)> next) const;
    void fail(const std::shared_ptr<Run> &run, const QString &why) const;

    Settings m_settings;
    QNetworkAccessManager *m_network;
    HttpOptions m_options;
};

} // namespace kvs
