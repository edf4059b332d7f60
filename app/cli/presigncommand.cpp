#include "presigncommand.h"

#include "awstime.h"
#include "channelarn.h"
#include "clock.h"
#include "commandline.h"
#include "credentialchain.h"
#include "credentialprocess.h"
#include "credentialsupport.h"
#include "environmentproxy.h"
#include "exitcodes.h"
#include "redaction.h"
#include "sigv4.h"
#include "validation.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QUrl>

namespace kvs::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kvs::cli::Presign", text);
}

const QString kCommand = QStringLiteral("presign");

/// Turns the parsed command line into a presign request, or the first usage error.
std::optional<UsageError> buildRequest(const CommandLine &line, const CredentialChain &chain,
                                       const Clock &clock, sigv4::PresignRequest *request,
                                       QString *regionSource)
{
    if (!line.isSet(QStringLiteral("channel-arn")))
        return UsageError{QStringLiteral("--channel-arn"), tr("required; give the signaling channel's ARN.")};
    const auto arn = ChannelArn::parse(line.value(QStringLiteral("channel-arn")));
    if (!arn)
        return UsageError{QStringLiteral("--channel-arn"), arn.error().message};

    const QString role = line.isSet(QStringLiteral("role")) ? line.value(QStringLiteral("role")).toLower()
                                                            : QStringLiteral("viewer");
    if (role != u"viewer" && role != u"master")
        return UsageError{QStringLiteral("--role"), tr("\"%1\" is not a role; use viewer or master.")
                                                        .arg(line.value(QStringLiteral("role")).left(40))};
    const bool viewer = role == u"viewer";

    request->queryParameters.append({QStringLiteral("X-Amz-ChannelARN"), arn->toString()});
    if (viewer) {
        if (!line.isSet(QStringLiteral("client-id")))
            return UsageError{QStringLiteral("--client-id"),
                              tr("required for a viewer; give the viewer's ClientId.")};
        const QString clientId = line.value(QStringLiteral("client-id"));
        if (const auto result = validateClientId(clientId); !result.ok())
            return UsageError{QStringLiteral("--client-id"), result.message};
        request->queryParameters.append({QStringLiteral("X-Amz-ClientId"), clientId});
    } else if (line.isSet(QStringLiteral("client-id"))) {
        return UsageError{QStringLiteral("--client-id"),
                          tr("not allowed with --role master: a master connects without a ClientId.")};
    }

    if (!line.isSet(QStringLiteral("endpoint")))
        return UsageError{
            QStringLiteral("--endpoint"),
            tr("required; give the channel's WSS endpoint (from GetSignalingChannelEndpoint).")};
    request->endpoint = line.value(QStringLiteral("endpoint"));
    if (const auto result = validateEndpointUrl(request->endpoint, EndpointKind::WebSocket); !result.ok())
        return UsageError{QStringLiteral("--endpoint"), result.message};

    if (line.isSet(QStringLiteral("region"))) {
        request->region = line.value(QStringLiteral("region"));
        *regionSource = QStringLiteral("--region");
        if (const auto result = validateRegion(request->region); !result.ok())
            return UsageError{QStringLiteral("--region"), result.message};
    } else {
        // AWS_REGION > AWS_DEFAULT_REGION > the profile's region > the channel ARN's region.
        const auto choice = chain.region(arn->region);
        if (!choice)
            return UsageError{QString(), choice.error().message};
        request->region = choice->region;
        *regionSource = choice->source;
    }

    if (line.isSet(QStringLiteral("date"))) {
        const auto date = parseIso8601(line.value(QStringLiteral("date")));
        if (!date)
            return UsageError{QStringLiteral("--date"),
                              tr("\"%1\" is not an ISO-8601 date and time with a zone, such as "
                                 "2019-12-01T00:00:00Z.")
                                  .arg(line.value(QStringLiteral("date")).left(40))};
        request->signingTime = *date;
    } else {
        request->signingTime = clock.now();
    }

    request->expiresSeconds = sigv4::kDefaultExpiresSeconds;
    if (line.isSet(QStringLiteral("expires"))) {
        if (auto error = parseIntOption(QStringLiteral("--expires"), line.value(QStringLiteral("expires")), 1,
                                        sigv4::kMaxExpiresSeconds, &request->expiresSeconds))
            return error;
    }
    if (line.isSet(QStringLiteral("profile")) && line.value(QStringLiteral("profile")).isEmpty())
        return UsageError{QStringLiteral("--profile"), tr("empty; give a profile name.")};
    return std::nullopt;
}

} // namespace

int runPresign(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
               QTextStream &out, QTextStream &err)
{
    CommandLine line(kCommand,
                     tr("Prints a SigV4-presigned ConnectAsViewer (or ConnectAsMaster) WebSocket URL.\n"
                        "Credentials come from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and "
                        "AWS_SESSION_TOKEN, or from a profile (--profile, AWS_PROFILE): static keys, "
                        "credential_process, role_arn or SSO."));
    line.addOption(
        {QStringLiteral("channel-arn"), tr("The signaling channel's ARN."), QStringLiteral("ARN")});
    line.addOption({QStringLiteral("client-id"),
                    tr("The viewer's ClientId (required for a viewer, refused for a master)."),
                    QStringLiteral("ID")});
    line.addOption({QStringLiteral("endpoint"), tr("The channel's WSS endpoint: wss://HOST[:PORT][/PATH]."),
                    QStringLiteral("URL")});
    line.addOption(
        {QStringLiteral("region"),
         tr("The signing region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile's region, else the "
            "ARN's region)."),
         QStringLiteral("R")});
    line.addOption({QStringLiteral("role"), tr("viewer (default) or master."), QStringLiteral("ROLE")});
    line.addOption({QStringLiteral("date"), tr("Sign as of this ISO-8601 time (default: now)."),
                    QStringLiteral("ISO-8601")});
    line.addOption({QStringLiteral("expires"), tr("X-Amz-Expires in seconds, 1–604800 (default: 299)."),
                    QStringLiteral("SECONDS")});
    line.addOption({QStringLiteral("strip-default-port"),
                    tr("Sign for the bare host when the endpoint names its scheme's default port (:443 for "
                       "wss, :80 for ws), as browsers, Node ws, wscat and curl send Host without it.")});
    addCredentialOptions(line);

    if (auto error = line.parse(arguments)) {
        err << error->toLine(kCommand) << Qt::endl;
        return ExitInvalidInput;
    }
    if (line.helpRequested()) {
        out << line.helpText(
            tr("Exit status: 0 the URL was printed; 2 invalid input (one line on stderr names "
               "the option and the rule); 3 credentials refused or expired (e.g. SSO sign-in); 6 network "
               "failure while fetching credentials.\n"));
        return ExitSuccess;
    }
    const bool verbose = line.isSet(QStringLiteral("verbose"));
    CredentialChainOptions options;
    options.surface = Surface::CommandLine;
    options.environment = environment;
    options.explicitProfile = line.value(QStringLiteral("profile"));
    if (verbose)
        options.log = [&err](const QString &text) {
            err << QStringLiteral("kvs-viewer-cli presign: ") << redact(text) << Qt::endl;
        };
    QNetworkAccessManager network;
    useEnvironmentProxy(&network, environment);
    QProcessRunner runner;
    CredentialChain chain(options, clock, &network, &runner);

    sigv4::PresignRequest request;
    QString regionSource;
    if (auto error = buildRequest(line, chain, clock, &request, &regionSource)) {
        err << error->toLine(kCommand) << Qt::endl;
        return ExitInvalidInput;
    }
    // The SDKs sign the host exactly as written, port included, and QWebSocket sends it that way: the
    // default keeps that parity (the conformance test compares byte for byte). A client that drops the
    // default port from Host then gets a 403, so say so, and offer the bare host.
    const QUrl endpoint = QUrl::fromEncoded(request.endpoint.toUtf8(), QUrl::StrictMode);
    const int defaultPort = endpoint.scheme() == u"wss" ? 443 : 80;
    const QString explicitPort = u':' % QString::number(defaultPort);
    const QString authority = endpoint.authority(QUrl::FullyEncoded);
    if (endpoint.port() == defaultPort && authority.endsWith(explicitPort)) {
        if (line.isSet(QStringLiteral("strip-default-port"))) {
            const QString bare = authority.chopped(explicitPort.size());
            request.endpoint.replace(request.endpoint.indexOf(authority), authority.size(), bare);
        } else {
            err << tr("kvs-viewer-cli presign: warning: the endpoint names the default port %1 and is signed "
                      "for Host %2, as the SDKs sign it. Browsers and most WebSocket tools (Node ws, wscat, "
                      "curl) drop %1 from the Host header and will get a 403 with this URL; "
                      "--strip-default-port signs for the bare host instead.")
                       .arg(explicitPort, authority)
                << Qt::endl;
        }
    }
    const auto credentials = fetchCredentialsBlocking(chain);
    if (!credentials) {
        err << UsageError{QString(), credentials.error().message}.toLine(kCommand) << Qt::endl;
        return exitCodeFor(credentials.error());
    }
    request.credentials = credentials->credentials;
    if (verbose)
        err << redact(tr("kvs-viewer-cli presign: signing for region %1 (from %2) with credentials from %3; "
                         "they expire: %4")
                          .arg(request.region, regionSource, credentials->source,
                               describeExpiry(*credentials, clock.now())))
            << Qt::endl;
    const Result<QByteArray> url = sigv4::presignUrl(request);
    if (!url) {
        err << UsageError{QString(), url.error().message}.toLine(kCommand) << Qt::endl;
        return ExitInvalidInput;
    }
    out << QString::fromUtf8(url.value()) << Qt::endl;
    return ExitSuccess;
}

} // namespace kvs::cli
