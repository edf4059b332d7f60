#include "whoamicommand.h"

#include "clock.h"
#include "commandline.h"
#include "credentialchain.h"
#include "credentialprocess.h"
#include "credentialsupport.h"
#include "exitcodes.h"
#include "redaction.h"
#include "stsclient.h"
#include "validation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
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

    CredentialChainOptions options;

    options.surface = Surface::CommandLine;
    options.environment = environment;
    options.explicitProfile = line.value(QStringLiteral("profile"));
    options.log = log;
    if (line.isSet(QStringLiteral("profile")) && options.explicitProfile.isEmpty())
        return fail(err, QStringLiteral("--profile"), tr("empty; give a profile name."), ExitInvalidInput);

    QNetworkAccessManager network;
    QProcessRunner runner;
    CredentialChain chain(options, clock, &network, &runner);

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
        return fail(err, QStringLiteral("AWS_CA_BUNDLE"), http.error().message, ExitInvalidInput);

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
    out.flush();
    return ExitSuccess;
}

} // namespace kvs::cli
