#include "core/aws/awscredentials.h"

#include "core/common/redaction.h"

namespace kvs {

void registerCredentialSecrets(const AwsCredentials &credentials)
{
    registerSecret(credentials.secretAccessKey);
    registerSecret(credentials.sessionToken);
}

} // namespace kvs
