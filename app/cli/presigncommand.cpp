// Over ~400 lines: presign's options and rules (each --option is checked as the SDKs would sign it: the
// default-port rule, the ARN's region) and --batch, which reads one JSON object per line on stdin and signs
// each with the same rules. The credentials come from the one factory (CommandCredentials).
#include "cli/presigncommand.h"

#include "cli/commandline.h"
#include "cli/credentialsupport.h"
#include "cli/exitcodes.h"
#include "core/aws/awstime.h"
#include "core/aws/sigv4.h"
#include "core/common/channelarn.h"
#include "core/common/clock.h"
#include "core/common/redaction.h"
#include "core/common/validation.h"
#include "core/credentials/credentialchain.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUrl>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <variant>

namespace kvs::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kvs::cli::Presign", text);
}

const QString kCommand = QStringLiteral("presign");

/// The longest --batch line (README, "Limits"); longer lines are skipped with an error line.
constexpr qint64 kMaxBatchLineBytes = 64 * 1024;

/// What one URL is signed from: the command line's options, or a --batch line (whose fields fall back to the
/// command line's). Unset fields are null strings.
struct PresignInput
{
    QString channelArn;
    QString clientId;
    QString endpoint;
    QString region;
    QString role;
    QString date;
    QString expires;
    bool stripDefaultPort = false;
    QString profile; ///< only from the command line
    bool profileGiven = false;
};

/// How a field is named in an error: "--client-id" on the command line, "clientId" in a batch line.
using FieldName = QString (*)(const char *option, const char *jsonKey);
QString optionName(const char *option, const char *)
{
    return QLatin1String(option);
}
QString jsonKeyName(const char *, const char *jsonKey)
{
    return QLatin1String(jsonKey);
}

/// The region when none is given: AWS_REGION > AWS_DEFAULT_REGION > the profile's > the channel ARN's.
using RegionResolver = std::function<Result<RegionChoice>(const QString &arnRegion)>;

/// Turns the input into a presign request, or the first usage error.
std::optional<UsageError> buildRequest(const PresignInput &input, FieldName name,
                                       const RegionResolver &regionFor, const Clock &clock,
                                       sigv4::PresignRequest *request, QString *regionSource)
{
    if (input.channelArn.isNull())
        return UsageError{name("--channel-arn", "channelArn"),
                          tr("required; give the signaling channel's ARN.")};
    const auto arn = ChannelArn::parse(input.channelArn);
    if (!arn)
        return UsageError{name("--channel-arn", "channelArn"), arn.error().message};

    const QString role = !input.role.isNull() ? input.role.toLower() : QStringLiteral("viewer");
    if (role != u"viewer" && role != u"master")
        return UsageError{name("--role", "role"),
                          tr("\"%1\" is not a role; use viewer or master.").arg(input.role.left(40))};
    const bool viewer = role == u"viewer";

    request->queryParameters.append({QStringLiteral("X-Amz-ChannelARN"), arn->toString()});
    if (viewer) {
        if (input.clientId.isNull())
            return UsageError{name("--client-id", "clientId"),
                              tr("required for a viewer; give the viewer's ClientId.")};
        if (const auto result = validateClientId(input.clientId); !result.ok())
            return UsageError{name("--client-id", "clientId"), result.message};
        request->queryParameters.append({QStringLiteral("X-Amz-ClientId"), input.clientId});
    } else if (!input.clientId.isNull()) {
        return UsageError{name("--client-id", "clientId"),
                          tr("not allowed with --role master: a master connects without a ClientId.")};
    }

    if (input.endpoint.isNull())
        return UsageError{
            name("--endpoint", "endpoint"),
            tr("required; give the channel's WSS endpoint (from GetSignalingChannelEndpoint).")};
    request->endpoint = input.endpoint;
    if (const auto result = validateEndpointUrl(request->endpoint, EndpointKind::WebSocket); !result.ok())
        return UsageError{name("--endpoint", "endpoint"), result.message};

    if (!input.region.isNull()) {
        request->region = input.region;
        *regionSource = name("--region", "region");
        if (const auto result = validateRegion(request->region); !result.ok())
            return UsageError{name("--region", "region"), result.message};
    } else {
        // AWS_REGION > AWS_DEFAULT_REGION > the profile's region > the channel ARN's region.
        const auto choice = regionFor(arn->region);
        if (!choice)
            return UsageError{QString(), choice.error().message};
        request->region = choice->region;
        *regionSource = choice->source;
    }

    if (!input.date.isNull()) {
        const auto date = parseIso8601(input.date);
        if (!date)
            return UsageError{name("--date", "date"),
                              tr("\"%1\" is not an ISO-8601 date and time with a zone, such as "
                                 "2019-12-01T00:00:00Z.")
                                  .arg(input.date.left(40))};
        request->signingTime = *date;
    } else {
        request->signingTime = clock.now();
    }

    request->expiresSeconds = sigv4::kDefaultExpiresSeconds;
    if (!input.expires.isNull()) {
        if (auto error = parseIntOption(name("--expires", "expires"), input.expires, 1,
                                        sigv4::kMaxExpiresSeconds, &request->expiresSeconds))
            return error;
    }
    if (input.profileGiven && input.profile.isEmpty())
        return UsageError{QStringLiteral("--profile"), tr("empty; give a profile name.")};
    return std::nullopt;
}

PresignInput inputFrom(const CommandLine &line)
{
    PresignInput input;
    auto value = [&line](const char *option) {
        const QString name = QLatin1String(option);
        return line.isSet(name) ? line.value(name) : QString();
    };
    input.channelArn = value("channel-arn");
    input.clientId = value("client-id");
    input.endpoint = value("endpoint");
    input.region = value("region");
    input.role = value("role");
    input.date = value("date");
    input.expires = value("expires");
    input.stripDefaultPort = line.isSet(QStringLiteral("strip-default-port"));
    input.profileGiven = line.isSet(QStringLiteral("profile"));
    input.profile = value("profile");
    return input;
}

/// The default port in the endpoint: signed as written (as the SDKs sign it, with a warning), or stripped.
/// Returns the warning to print, if any.
QString applyDefaultPortRule(sigv4::PresignRequest &request, bool strip)
{
    // The SDKs sign the host exactly as written, port included, and QWebSocket sends it that way: the
    // default keeps that parity (the conformance test compares byte for byte). A client that drops the
    // default port from Host then gets a 403, so say so, and offer the bare host.
    if (!request.endpoint.contains(u":443") && !request.endpoint.contains(u":80"))
        return QString(); // no default port written at all (the usual case: no URL to parse per line)
    const QUrl endpoint = QUrl::fromEncoded(request.endpoint.toUtf8(), QUrl::StrictMode);
    const int defaultPort = endpoint.scheme() == u"wss" ? 443 : 80;
    const QString explicitPort = u':' % QString::number(defaultPort);
    const QString authority = endpoint.authority(QUrl::FullyEncoded);
    if (endpoint.port() != defaultPort || !authority.endsWith(explicitPort))
        return QString();
    if (strip) {
        const QString bare = authority.chopped(explicitPort.size());
        request.endpoint.replace(request.endpoint.indexOf(authority), authority.size(), bare);
        return QString();
    }
    return tr("kvs-viewer-cli presign: warning: the endpoint names the default port %1 and is signed "
              "for Host %2, as the SDKs sign it. Browsers and most WebSocket tools (Node ws, wscat, "
              "curl) drop %1 from the Host header and will get a 403 with this URL; "
              "--strip-default-port signs for the bare host instead.")
        .arg(explicitPort, authority);
}

/// A --batch line's error: {"line": N, "error": {"field": …, "message": …}} — never the line itself.
QString batchErrorLine(qint64 lineNumber, const QString &field, const QString &message)
{
    QJsonObject error{{QStringLiteral("message"), redact(message)}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("line"), lineNumber}, {QStringLiteral("error"), error}})
            .toJson(QJsonDocument::Compact));
}

/// One --batch line as input over the command line's defaults, or the error naming the field.
std::variant<PresignInput, UsageError> parseBatchLine(const QByteArray &line, const PresignInput &defaults)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return UsageError{QString(), tr("not a JSON object (%1 at offset %2).")
                                         .arg(parseError.error != QJsonParseError::NoError
                                                  ? parseError.errorString()
                                                  : tr("a JSON value that is not an object"))
                                         .arg(parseError.offset)};
    PresignInput input = defaults;
    const QJsonObject object = document.object();
    static const char *const kStringKeys[] = {"channelArn", "clientId", "endpoint", "region", "role", "date"};
    QString PresignInput::*const targets[] = {&PresignInput::channelArn, &PresignInput::clientId,
                                              &PresignInput::endpoint,   &PresignInput::region,
                                              &PresignInput::role,       &PresignInput::date};
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        bool known = false;
        for (size_t i = 0; i < std::size(kStringKeys); ++i) {
            if (key != QLatin1String(kStringKeys[i]))
                continue;
            known = true;
            if (!it.value().isString())
                return UsageError{key, tr("must be a string.")};
            input.*targets[i] = it.value().toString();
        }
        if (key == u"expires") {
            known = true;
            if (!it.value().isDouble())
                return UsageError{key, tr("must be a number of seconds.")};
            const double seconds = it.value().toDouble();
            input.expires = seconds == std::floor(seconds) && std::abs(seconds) < 1e12
                                ? QString::number(static_cast<qint64>(seconds))
                                : QStringLiteral("not-an-integer");
        } else if (key == u"stripDefaultPort") {
            known = true;
            if (!it.value().isBool())
                return UsageError{key, tr("must be true or false.")};
            input.stripDefaultPort = it.value().toBool();
        }
        if (!known)
            return UsageError{key.left(40),
                              tr("unknown field; the fields are channelArn, clientId, endpoint, "
                                 "region, role, date, expires and stripDefaultPort.")};
    }
    // A master line on a command line that gave a viewer's --client-id: the line decides the role.
    if (object.value(u"role").toString().toLower() == u"master" && !object.contains(u"clientId"))
        input.clientId = QString();
    return input;
}

/// Lines of at most maxBytes from a FILE, read in large blocks (QFile's readLine on standard input seeks and
/// copies per line). A longer line is skipped whole and reported as TooLong, with bounded memory whatever
/// comes in; NUL bytes stay in the line (the JSON parser then names them).
class BatchLineReader
{
public:
    enum class Status
    {
        Line,    ///< *line holds the line, with its '\n' unless it is the input's last
        TooLong, ///< a line over maxBytes was skipped
        End,
        Failed, ///< a read error
    };
    BatchLineReader(FILE *file, qsizetype maxBytes)
        : m_file(file)
        , m_maxBytes(maxBytes)
        , m_buffer(maxBytes + kBlock, Qt::Uninitialized)
    {}

    /// The next line; the view is valid until the next call.
    Status next(QByteArrayView *line)
    {
        bool skipping = false;
        while (true) {
            const char *begin = m_buffer.constData() + m_begin;
            const auto *newline =
                static_cast<const char *>(std::memchr(begin, '\n', size_t(m_end - m_begin)));
            if (newline) {
                const qsizetype length = newline + 1 - begin;
                m_begin += length;
                if (skipping || length > m_maxBytes + 1)
                    return Status::TooLong;
                *line = QByteArrayView(begin, length);
                return Status::Line;
            }
            if (m_end - m_begin > m_maxBytes) { // no newline within the limit: drop what is held
                skipping = true;
                m_begin = m_end = 0;
            }
            if (m_eof) {
                if (m_begin == m_end)
                    return skipping ? Status::TooLong : Status::End;
                *line = QByteArrayView(begin, m_end - m_begin);
                m_begin = m_end;
                return skipping ? Status::TooLong : Status::Line;
            }
            if (m_begin > 0) { // keep the partial line at the front, then read behind it
                std::memmove(m_buffer.data(), m_buffer.constData() + m_begin, size_t(m_end - m_begin));
                m_end -= m_begin;
                m_begin = 0;
            }
            const size_t read =
                std::fread(m_buffer.data() + m_end, 1, size_t(m_buffer.size() - m_end), m_file);
            m_end += qsizetype(read);
            if (read == 0) {
                if (std::ferror(m_file))
                    return Status::Failed;
                m_eof = true;
            }
        }
    }

private:
    static constexpr qsizetype kBlock = 64 * 1024;
    FILE *m_file;
    qsizetype m_maxBytes;
    QByteArray m_buffer;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    bool m_eof = false;
};

/// --batch: one URL per input line, credentials resolved once. Returns the exit status.
int runBatch(const PresignInput &defaults, const CredentialChain &chain, const Clock &clock,
             const ResolvedCredentials &credentials, QTextStream &out, QTextStream &err)
{
    // The configuration does not change during the batch: each ARN region's answer is looked up once.
    QHash<QString, Result<RegionChoice>> regions;
    const RegionResolver regionFor = [&chain, &regions](const QString &arnRegion) {
        auto known = regions.constFind(arnRegion);
        if (known == regions.constEnd())
            known = regions.insert(arnRegion, chain.region(arnRegion));
        return known.value();
    };
    qint64 lineNumber = 0;
    int failed = 0;
    bool warned = false;
    BatchLineReader input(stdin, kMaxBatchLineBytes);
    // URLs are bytes already: written as they are (through QTextStream each would be decoded and encoded
    // again), after anything out still holds.
    out.flush();
    const auto writeLine = [](QByteArrayView bytes) {
        std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
        std::fputc('\n', stdout);
    };
    while (true) {
        QByteArrayView line;
        const BatchLineReader::Status status = input.next(&line);
        if (status == BatchLineReader::Status::End)
            break;
        ++lineNumber;
        if (status == BatchLineReader::Status::Failed) {
            err << UsageError{QStringLiteral("--batch"), tr("cannot read standard input.")}.toLine(kCommand)
                << Qt::endl;
            return ExitInternalError;
        }
        if (status == BatchLineReader::Status::TooLong) { // skipped, with bounded memory
            writeLine(batchErrorLine(lineNumber, QString(),
                                     tr("longer than %1 bytes; skipped.").arg(kMaxBatchLineBytes))
                          .toUtf8());
            ++failed;
            continue;
        }
        if (line.trimmed().isEmpty())
            continue; // blank lines (a trailing one in a file) are not requests; they keep their number
        auto parsed = parseBatchLine(line.trimmed().toByteArray(), defaults);
        if (const UsageError *error = std::get_if<UsageError>(&parsed)) {
            writeLine(batchErrorLine(lineNumber, error->option, error->message).toUtf8());
            ++failed;
            continue;
        }
        const PresignInput &lineInput = std::get<PresignInput>(parsed);
        sigv4::PresignRequest request;
        QString regionSource;
        if (auto error = buildRequest(lineInput, jsonKeyName, regionFor, clock, &request, &regionSource)) {
            writeLine(batchErrorLine(lineNumber, error->option, error->message).toUtf8());
            ++failed;
            continue;
        }
        const QString warning = applyDefaultPortRule(request, lineInput.stripDefaultPort);
        if (!warning.isEmpty() && !warned) {
            err << warning << Qt::endl; // once per batch, not once per line
            warned = true;
        }
        request.credentials = credentials.credentials;
        const Result<QByteArray> url = sigv4::presignUrl(request);
        if (!url) {
            writeLine(batchErrorLine(lineNumber, QString(), url.error().message).toUtf8());
            ++failed;
            continue;
        }
        writeLine(url.value());
    }
    std::fflush(stdout);
    if (failed > 0) {
        err << tr("kvs-viewer-cli presign: %1 of %2 lines could not be signed (see the JSON error lines).")
                   .arg(failed)
                   .arg(lineNumber)
            << Qt::endl;
        return ExitInvalidInput;
    }
    return ExitSuccess;
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
    line.addOption({QStringLiteral("batch"),
                    tr("Read one JSON object per line on standard input (channelArn, clientId, endpoint, "
                       "region, role, date, expires, stripDefaultPort; the options above are the defaults) "
                       "and print one URL per line, or a JSON error line naming the field.")});
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
    const CommandCredentials credentials(line, environment, clock, QStringLiteral("presign"), err);
    CredentialChain &chain = credentials.chain();

    const PresignInput input = inputFrom(line);
    const bool batch = line.isSet(QStringLiteral("batch"));
    sigv4::PresignRequest request;
    QString regionSource;
    if (!batch) {
        const RegionResolver regionFor = [&chain](const QString &arnRegion) {
            return chain.region(arnRegion);
        };
        if (auto error = buildRequest(input, optionName, regionFor, clock, &request, &regionSource)) {
            err << error->toLine(kCommand) << Qt::endl;
            return ExitInvalidInput;
        }
        if (const QString warning = applyDefaultPortRule(request, input.stripDefaultPort); !warning.isEmpty())
            err << warning << Qt::endl;
    } else if (input.profileGiven && input.profile.isEmpty()) {
        err << UsageError{QStringLiteral("--profile"), tr("empty; give a profile name.")}.toLine(kCommand)
            << Qt::endl;
        return ExitInvalidInput;
    }
    const auto resolved = fetchCredentialsBlocking(chain);
    if (!resolved) {
        err << UsageError{QString(), resolved.error().message}.toLine(kCommand) << Qt::endl;
        return exitCodeFor(resolved.error());
    }
    if (batch)
        return runBatch(input, chain, clock, *resolved, out, err);
    request.credentials = resolved->credentials;
    if (verbose)
        err << redact(tr("kvs-viewer-cli presign: signing for region %1 (from %2) with credentials from %3; "
                         "they expire: %4")
                          .arg(request.region, regionSource, resolved->source,
                               describeExpiry(*resolved, clock.now())))
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
