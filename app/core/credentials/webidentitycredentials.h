#pragma once

#include "core/aws/awsconfigfiles.h"
#include "core/aws/resolvedcredentials.h"
#include "core/common/result.h"
#include "core/credentials/stsclient.h"

#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace kvs {

/// Credentials for a role assumed with a web identity token (EKS IRSA, GitHub OIDC, …), as botocore does it:
/// the token file and the role come from AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_ARN and
/// AWS_ROLE_SESSION_NAME, each variable winning over the profile's web_identity_token_file, role_arn and
/// role_session_name. The token file is read again on every fetch (it is rotated) and sent to STS
/// AssumeRoleWithWebIdentity, which needs no signature.
class WebIdentityCredentials final
{
public:
    struct Settings
    {
        QString tokenFile;
        QString roleArn;
        QString roleSessionName; ///< empty: kvs-viewer-SECONDS
        QString origin;          ///< "AWS_WEB_IDENTITY_TOKEN_FILE" or "profile NAME"
    };

    /// The settings; profile may be null, useEnvironment false for a source_profile. Errors: NotConfigured
    /// (no token file anywhere), InvalidProfile (a token file but no role ARN).
    static Result<Settings> settings(const QProcessEnvironment &environment, const AwsProfile *profile,
                                     bool useEnvironment);

    /// sts must outlive the fetch.
    WebIdentityCredentials(Settings settings, std::shared_ptr<const StsClient> sts);

    /// Reads the token and assumes the role; done is called once. The result's source names the role and
    /// the token file. Errors: WebIdentityTokenUnreadable, the STS error codes (InvalidIdentityToken,
    /// ExpiredTokenException, AccessDenied, …), NetworkError.
    void fetch(const QDateTime &now, QObject *context,
               std::function<void(const Result<ResolvedCredentials> &)> done) const;

private:
    Settings m_settings;
    std::shared_ptr<const StsClient> m_sts;
};

} // namespace kvs
