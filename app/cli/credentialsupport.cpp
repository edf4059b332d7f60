#include "cli/credentialsupport.h"

#include "cli/commandline.h"
#include "cli/exitcodes.h"
#include "core/connection/connectioncontroller.h"
#include "core/credentials/credentialchain.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <optional>

namespace kvs::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kvs::cli::Credentials", text);
}

} // namespace

void addCredentialOptions(CommandLine &line)
{
    line.addOption({QStringLiteral("profile"),
                    tr("Use this profile from ~/.aws/config and ~/.aws/credentials (beats AWS_PROFILE and "
                       "the AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY variables)."),
                    QStringLiteral("NAME")});
    line.addOption({QStringList{QStringLiteral("verbose"), QStringLiteral("debug")},
                    tr("Explain on stderr where credentials come from and which requests are made (secrets "
                       "are redacted).")});
}

void addCaFileOption(CommandLine &line)
{
    line.addOption({QStringList{QStringLiteral("ca-file"), QStringLiteral("ca-bundle")},
                    tr("Also trust the CA certificates in this PEM file (default: AWS_CA_BUNDLE, else the "
                       "profile's ca_bundle). --ca-bundle is the same option. Certificate checks are never "
                       "turned off."),
                    QStringLiteral("PEM")});
}

Result<ResolvedCredentials> fetchCredentialsBlocking(CredentialChain &chain)
{
    std::optional<Result<ResolvedCredentials>> result;
    QEventLoop loop;
    chain.fetch([&](const Result<ResolvedCredentials> &answer) {
        result = answer;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

int exitCodeFor(const Error &error)
{
    static const QStringList accessDenied{
        QStringLiteral("AccessDenied"),          QStringLiteral("AccessDeniedException"),
        QStringLiteral("ExpiredToken"),          QStringLiteral("ExpiredTokenException"),
        QStringLiteral("InvalidClientTokenId"),  QStringLiteral("SignatureDoesNotMatch"),
        QStringLiteral("SsoLoginRequired"),      QStringLiteral("ExpiredCredentials"),
        QStringLiteral("UnauthorizedException"), QStringLiteral("UnrecognizedClientException")};
    if (accessDenied.contains(error.code))
        return ExitAccessDenied;
    if (error.code == u"NetworkError")
        return ExitNetworkError;
    if (error.code == u"Throttling" || error.code == u"TooManyRequestsException")
        return ExitThrottled;
    if (error.code == u"InvalidResponse" || error.code == u"HttpError")
        return ExitInternalError;
    return ExitInvalidInput;
}

QString describeExpiry(const ResolvedCredentials &credentials, const QDateTime &now)
{
    if (!credentials.expires()) {
        // A session token (or an ASIA… key id) means temporary credentials, even when nothing said when
        // they end (AWS_CREDENTIAL_EXPIRATION unset).
        if (credentials.credentials.hasSessionToken() ||
            credentials.credentials.accessKeyId.startsWith(u"ASIA"))
            return tr("unknown (temporary credentials; no expiration given)");
        return tr("never (long-term keys)");
    }
    const qint64 minutes = now.secsTo(credentials.expiration) / 60;
    const QString when = credentials.expiration.toUTC().toString(Qt::ISODate);
    if (minutes < 0)
        return tr("%1 (expired)").arg(when);
    return tr("%1 (in %2 minutes)").arg(when).arg(minutes);
}

int exitCodeForFailure(const Failure &failure)
{
    if (failure.step == u"Credentials")
        return exitCodeFor(Error{failure.errorType, failure.message});
    if (failure.step == u"Configuration")
        return ExitInvalidInput;
    switch (failure.errorClass) {
    case ErrorClass::InvalidArgument:
        return ExitInvalidInput;
    case ErrorClass::AccessDenied:
        return ExitAccessDenied;
    case ErrorClass::ResourceNotFound:
        return ExitNotFound;
    case ErrorClass::ClientLimitExceeded:
        return ExitThrottled;
    case ErrorClass::ServerError:
        return ExitServiceError;
    case ErrorClass::Network:
    case ErrorClass::Timeout:
    case ErrorClass::GoAway:
    case ErrorClass::ServiceClose:
        return ExitNetworkError;
    case ErrorClass::Replaced:
        return ExitReplaced;
    case ErrorClass::UnknownCause:
    case ErrorClass::TransientRefusal:
        return ExitUnknownRefusal;
    case ErrorClass::Other:
        break;
    }
    // A broken endpoint (WebSocket protocol error, an oversized answer) is a network-side failure too.
    if (failure.errorType == u"TlsError" || failure.errorType == u"NetworkError" ||
        failure.errorType == u"ProtocolError" || failure.errorType == u"ResponseTooLarge")
        return ExitNetworkError;
    return ExitInternalError;
}

} // namespace kvs::cli
