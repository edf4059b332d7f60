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

} // namespace kvs
