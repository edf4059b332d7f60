// STS answers (XML: AssumeRole, GetCallerIdentity, errors) and the SSO portal's role credentials (JSON).
#include "core/credentials/ssoclient.h"
#include "core/credentials/stsclient.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = kvs::fuzz::bytes(data, size);
    (void)kvs::StsClient::parseAssumeRoleResponse(input);
    (void)kvs::StsClient::parseGetCallerIdentityResponse(input);
    (void)kvs::StsClient::parseError(QStringLiteral("AssumeRole"), 403, input);
    const auto sso = kvs::SsoClient::parseRoleCredentials(input);
    if (sso)
        kvs::fuzz::require(sso->expiration.isValid(), "an accepted SSO answer has a valid expiration");
    return 0;
}
