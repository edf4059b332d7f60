#include "cli/whoamicommand.h"

#include "cli/commandline.h"
#include "cli/credentialsupport.h"
#include "cli/exitcodes.h"
#include "core/aws/controlplaneendpoint.h"
#include "core/aws/tlsoptions.h"
#include "core/common/clock.h"
#include "core/common/redaction.h"
#include "core/common/validation.h"
#include "core/credentials/credentialchain.h"
#include "core/credentials/stsclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace kvs::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kvs::cli::Whoami", text);
}

const QString kCommand = QStringLiteral("whoami");

int fail(QTextStream &err, const QString &option, const QString &message, int exitCode)
{
    err << UsageError{option, message}.toLine(kCommand) << Qt::endl;
    return exitCode;
}

} // namespace

int runWhoami(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
              QTextStream &out, QTextStream &err)
{
    CommandLine line(kCommand, tr("Shows who the credentials belong to (STS GetCallerIdentity), where they "
                                  "came from and when they expire."));
    addCredentialOptions(line);
    line.addOption({QStringLiteral("region"),
                    tr("The STS region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile's region, "
                       "else us-east-1)."),
                    QStringLiteral("R")});
    line.addOption({QStringLiteral("endpoint-url"),
                    tr("Call STS here instead (default: AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL)."),
                    QStringLiteral("URL")});
    addCaFileOption(line);
    line.addOption(
        {QStringLiteral("json"), tr("Print one JSON object on stdout (--output json is the same).")});
    if (auto error = line.parse(arguments))
        return fail(err, error->option, error->message, ExitInvalidInput);
    if (line.helpRequested()) {
        out << line.helpText(tr("Exit status: 0 printed; 2 invalid input or configuration; 3 access denied "
                                "or expired credentials; 6 network failure.\n"));
        return ExitSuccess;
    }
    const bool verbose = line.isSet(QStringLiteral("verbose"));
    const LogFunction log = verbose ? LogFunction([&err](const QString &text) {
        err << QStringLiteral("kvs-viewer-cli whoami: ") << redact(text) << Qt::endl;
    })
                                    : LogFunction();

    if (line.isSet(QStringLiteral("profile")) && line.value(QStringLiteral("profile")).isEmpty())
        return fail(err, QStringLiteral("--profile"), tr("empty; give a profile name."), ExitInvalidInput);

    const CommandCredentials source(line, environment, clock, QStringLiteral("whoami"), err);
    CredentialChain &chain = source.chain();
    QNetworkAccessManager &network = source.network();

    QString region = line.value(QStringLiteral("region"));
    QString regionSource = QStringLiteral("--region");
    if (region.isEmpty()) {
        const auto choice = chain.region();
        if (choice) {
            region = choice->region;
            regionSource = choice->source;
        } else if (choice.error().code == u"NoRegion") {
            region = QStringLiteral("us-east-1");
            regionSource = tr("default");
        } else {
            return fail(err, QString(), choice.error().message, ExitInvalidInput);
        }
    }
    if (const auto valid = validateRegion(region); !valid.ok())
        return fail(err, regionSource, valid.message, ExitInvalidInput);

    QString endpoint = line.value(QStringLiteral("endpoint-url"));
    QString endpointSource = QStringLiteral("--endpoint-url");
    if (endpoint.isEmpty()) {
        endpoint = endpointOverride(environment, QStringLiteral("STS"));
        endpointSource = environment.contains(QStringLiteral("AWS_ENDPOINT_URL_STS"))
                             ? QStringLiteral("AWS_ENDPOINT_URL_STS")
                             : QStringLiteral("AWS_ENDPOINT_URL");
    }
    if (!endpoint.isEmpty()) {
        if (const auto valid = validateEndpointUrl(endpoint, EndpointKind::Https); !valid.ok())
            return fail(err, endpointSource, valid.message, ExitInvalidInput);
    }
    auto http = chain.httpOptions();
    if (!http)
        return fail(err, QString(), http.error().message, ExitInvalidInput);
    // The CA as the AWS CLI picks it: --ca-file > AWS_CA_BUNDLE > the profile's ca_bundle.
    const ProfileEndpointSettings profileSettings = chain.profileSettings();
    const auto tls = TlsOptions::resolve(line.value(QStringLiteral("ca-file")), environment,
                                         profileSettings.caBundle, profileSettings.profile);
    if (!tls)
        return fail(err, line.isSet(QStringLiteral("ca-file")) ? QStringLiteral("--ca-file") : QString(),
                    tls.error().message, ExitInvalidInput);
    const QString caFile = tls->caFile;
    const QString caSource = tls->source;
    if (line.isSet(QStringLiteral("ca-file"))) {
        HttpOptions withCa = std::move(http).value();
        withCa.caCertificates = tls->extraCaCertificates;
        http = withCa;
    }
    // The Kinesis Video endpoint this profile and environment give (no --fips here: only the settings).
    ControlPlaneEndpoint::Options kinesisVideoOptions;
    kinesisVideoOptions.surface = Surface::CommandLine;
    kinesisVideoOptions.profile = profileSettings;
    const auto kinesisVideo = ControlPlaneEndpoint::resolve(region, kinesisVideoOptions, environment);

    const auto credentials = fetchCredentialsBlocking(chain);
    if (!credentials)
        return fail(err, QString(), credentials.error().message, exitCodeFor(credentials.error()));

    const StsClient sts(&network, clock, region, endpoint, std::move(http).value());
    if (log)
        log(tr("GetCallerIdentity at %1 (region %2 from %3)").arg(sts.endpoint(), region, regionSource));
    std::optional<Result<CallerIdentity>> identity;
    QEventLoop loop;
    sts.getCallerIdentity(credentials->credentials, &network, [&](const Result<CallerIdentity> &answer) {
        identity = answer;
        loop.quit();
    });
    if (!identity)
        loop.exec();
    if (!*identity)
        return fail(err, QString(), identity->error().message, exitCodeFor(identity->error()));

    if (line.isSet(QStringLiteral("json"))) {
        QJsonObject object{
            {QStringLiteral("account"), (*identity)->account},
            {QStringLiteral("arn"), (*identity)->arn},
            {QStringLiteral("userId"), (*identity)->userId},
            {QStringLiteral("credentialSource"), credentials->source},
            {QStringLiteral("accessKeyId"), maskAccessKeyId(credentials->credentials.accessKeyId)},
            {QStringLiteral("temporary"), credentials->credentials.hasSessionToken()},
            {QStringLiteral("expiration"),
             credentials->expires() ? QJsonValue(credentials->expiration.toUTC().toString(Qt::ISODate))
                                    : QJsonValue()},
            {QStringLiteral("region"), region},
            {QStringLiteral("regionSource"), regionSource},
            {QStringLiteral("stsEndpoint"), sts.endpoint()},
            {QStringLiteral("caFile"), caFile.isEmpty() ? QJsonValue() : QJsonValue(caFile)},
            {QStringLiteral("caSource"), caSource.isEmpty() ? QJsonValue() : QJsonValue(caSource)},
            {QStringLiteral("kinesisVideo"),
             kinesisVideo ? QJsonObject{{QStringLiteral("endpoint"), kinesisVideo->url},
                                        {QStringLiteral("endpointSource"), kinesisVideo->sourceName},
                                        {QStringLiteral("fips"), kinesisVideo->fips.on},
                                        {QStringLiteral("fipsSource"), kinesisVideo->fips.source},
                                        {QStringLiteral("dualStack"), kinesisVideo->dualStack.on},
                                        {QStringLiteral("dualStackSource"), kinesisVideo->dualStack.source}}
                          : QJsonObject{{QStringLiteral("error"), kinesisVideo.error().message}}}};
        out << redact(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))) << Qt::endl;
        return ExitSuccess;
    }
    const QString text = tr("Account:     %1\n"
                            "ARN:         %2\n"
                            "Credentials: %3\n"
                            "Access key:  %4\n"
                            "Expires:     %5\n"
                            "Region:      %6 (from %7)\n")
                             .arg((*identity)->account, (*identity)->arn, credentials->source,
                                  maskAccessKeyId(credentials->credentials.accessKeyId),
                                  describeExpiry(*credentials, clock.now()), region, regionSource);
    out << redact(text);
    if (kinesisVideo)
        out << redact(tr("Kinesis Video: %1 (from %2)\n").arg(kinesisVideo->url, kinesisVideo->sourceName));
    else
        out << redact(tr("Kinesis Video: %1\n").arg(kinesisVideo.error().message));
    out.flush();
    return ExitSuccess;
}

} // namespace kvs::cli
