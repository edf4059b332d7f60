#pragma once

#include <QString>

namespace kvs {

/// One set of AWS credentials. The secret and the token are secrets: they go to the signer and
/// nowhere else (never a log, a file or an error text).
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; ///< empty when the credentials are long-term keys

    bool hasSessionToken() const { return !sessionToken.isEmpty(); }
};

/// Registers the secret access key and the session token for redaction (redact()), for the process's
/// life. The one place a credential set's secrets are registered: every source that reads, parses or is
/// given a set calls it before the set can reach a log line.
void registerCredentialSecrets(const AwsCredentials &credentials);

} // namespace kvs
