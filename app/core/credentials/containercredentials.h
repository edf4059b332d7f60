#pragma once

#include "core/aws/awshttp.h"
#include "core/aws/resolvedcredentials.h"
#include "core/common/result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace kvs {

/// Credentials from the ECS task / EKS Pod Identity agent, configured as botocore reads it:
/// AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (on http://169.254.170.2) wins over
/// AWS_CONTAINER_CREDENTIALS_FULL_URI; the Authorization header comes from the file
/// AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE names, else from AWS_CONTAINER_AUTHORIZATION_TOKEN. A full URI
/// must be https://, or http:// to a loopback address or one of the agents' own hosts (169.254.170.2,
/// 169.254.170.23, fd00:ec2::23, localhost). A failed attempt is tried again (three attempts, a second
/// apart, two seconds each), as botocore does.
class ContainerCredentials final
{
public:
    struct Settings
    {
        QUrl url;
        QString authorizationTokenFile; ///< read on every fetch (agents rotate it)
        QString authorizationToken;     ///< used when no file is named
        QString origin;                 ///< which variable named the URL
    };

    /// The settings in environment. Errors: NotConfigured (neither URI variable), InvalidContainerUri (a host
    /// botocore refuses, or not a URL).
    static Result<Settings> settings(const QProcessEnvironment &environment);

    ContainerCredentials(Settings settings, QNetworkAccessManager *network, HttpOptions options);

    /// Fetches a credential set; done is called once. Errors: ContainerCredentialsFailed (no answer, an
    /// HTTP error, the token file unreadable), InvalidResponse.
    void fetch(QObject *context, std::function<void(const Result<ResolvedCredentials> &)> done) const;

    static constexpr int kAttempts = 3;
    static constexpr int kTimeoutMs = 2000;
    static constexpr int kRetryDelayMs = 1000;

private:
    void attempt(int number, QObject *context,
                 std::function<void(const Result<ResolvedCredentials> &)> done) const;

    Settings m_settings;
    QNetworkAccessManager *m_network;
    HttpOptions m_options;
};

} // namespace kvs
