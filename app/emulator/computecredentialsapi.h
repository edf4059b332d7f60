#pragma once

#include "emulator/emulatorconfig.h"
#include "emulator/httpfrontend.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace kvs::emulator {

class CallRecorder;
class CredentialIssuer;

/// Credentials as AWS compute hands them out, served on the emulator's port so the credential chain's tests
/// are real: the ECS/EKS container credentials endpoint (/v2/credentials/…, /v1/credentials) and the EC2
/// instance metadata service (IMDSv2: PUT /latest/api/token, GET
/// /latest/meta-data/iam/security-credentials/[ROLE]). Each answers errors in its real shape (IMDS an HTML
/// page, the container agent a JSON document), and each can be faulted through the admin API.
class ComputeCredentialsApi final
{
public:
    /// config says which role each endpoint hands out; the credentials come from issuer.
    ComputeCredentialsApi(const EmulatorConfig &config, CallRecorder &recorder, CredentialIssuer &issuer,
                          std::function<QDateTime()> now);

    /// True for a request to the container credentials or instance metadata paths.
    static bool serves(const HttpRequest &request);
    /// The route for such a request, counted as an attempt of its action (InstanceMetadataToken,
    /// InstanceMetadataCredentials or ContainerCredentials); faults armed for that action apply.
    Route route(const HttpRequest &request, const QByteArray &requestId);

private:
    /// The fault action a request counts as, or empty when it is not a compute-credentials request.
    static QString actionFor(const HttpRequest &request);
    static HttpResponse imdsError(int status);
    static HttpResponse containerError(int status, const QString &code, const QString &message);
    HttpResponse faultResponse(const QString &action, const Fault &fault);
    HttpResponse instanceMetadata(const HttpRequest &request);
    HttpResponse containerCredentials(const HttpRequest &request, const QByteArray &id);

    const EmulatorConfig &m_config;
    CallRecorder &m_recorder;
    CredentialIssuer &m_issuer;
    std::function<QDateTime()> m_now;
    QList<std::pair<QString, QDateTime>> m_imdsTokens; ///< IMDSv2 tokens handed out, with their expiry
};

} // namespace kvs::emulator
