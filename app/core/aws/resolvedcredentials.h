#pragma once

#include "core/aws/awscredentials.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace kvs {

/// A credential set plus where it came from ("environment", "profile qa (credential_process)") and when
/// it stops working. The source and the expiry are for people; the credentials go only to the signer.
struct ResolvedCredentials
{
    AwsCredentials credentials;
    QString source;
    QDateTime expiration; ///< invalid: the credentials do not expire (long-term keys)

    bool expires() const { return expiration.isValid(); }
};

/// Receives every diagnostic line a credential step writes (already redacted). Empty: no logging.
using LogFunction = std::function<void(const QString &)>;

} // namespace kvs
