#pragma once

#include "core/aws/sigv4.h"
#include "emulator/emulatorconfig.h"
#include "emulator/httpfrontend.h"
#include "emulator/requestverifier.h"

#include <functional>

namespace kvs::emulator {

class CallRecorder;
class CredentialIssuer;

/// The STS Query API (GetCallerIdentity, AssumeRole, and AssumeRoleWithWebIdentity, unsigned: the token is
/// the proof) and the SSO portal's GetRoleCredentials, served at the control endpoint. Errors come in STS's
/// XML shape (SSO's in JSON); the temporary credentials they hand out come from the issuer.
class StsApi final
{
public:
    /// config is read on every call (identities, roles, SSO and web identity tokens).
    StsApi(const EmulatorConfig &config, CallRecorder &recorder, CredentialIssuer &issuer,
           std::function<QDateTime()> now);

    /// True for an STS call: a form-encoded POST to "/".
    static bool servesSts(const HttpRequest &request);
    /// True for the SSO portal's GET /federation/credentials.
    static bool servesSso(const HttpRequest &request);
    /// The route for an STS or SSO request, counted as an attempt ("sts:<Action>", "sso:GetRoleCredentials").
    /// Faults armed for "AssumeRoleWithWebIdentity" apply to that action, answered as STS errors.
    Route route(const HttpRequest &request, const QByteArray &requestId);

private:
    HttpResponse sts(const QString &action, const HttpRequest &request, const QByteArray &id);
    /// Counts, announces and logs a refusal, and answers it as an STS ErrorResponse document.
    HttpResponse stsError(const QString &action, int status, const QString &code, const QString &message,
                          const QByteArray &id);
    HttpResponse assumeRole(const sigv4::ByteParams &params, const VerifiedCaller &caller,
                            const QByteArray &id);
    HttpResponse assumeRoleWithWebIdentity(const sigv4::ByteParams &params, const QByteArray &id);
    HttpResponse ssoGetRoleCredentials(const HttpRequest &request, const QByteArray &id);

    const EmulatorConfig &m_config;
    CallRecorder &m_recorder;
    CredentialIssuer &m_issuer;
    std::function<QDateTime()> m_now;
};

} // namespace kvs::emulator
