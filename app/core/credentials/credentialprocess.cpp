#include "core/credentials/credentialprocess.h"

#include "core/aws/awstime.h"
#include "core/common/redaction.h"
#include "core/common/validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::CredentialProcess)
};

Error outputError(const QString &what)
{
    return Error{
        QStringLiteral("InvalidProcessOutput"),
        Text::tr("the credential_process output %1; it must print JSON with \"Version\": 1, AccessKeyId "
                 "and SecretAccessKey.")
            .arg(what)};
}

} // namespace

Result<QStringList> splitCommandLine(QStringView commandLine)
{
    QStringList words;
    QString word;
    bool inWord = false;
    enum class Quote
    {
        None,
        Single,
        Double
    } quote = Quote::None;
    for (qsizetype i = 0; i < commandLine.size(); ++i) {
        const QChar c = commandLine[i];
        switch (quote) {
        case Quote::Single:
            if (c == u'\'')
                quote = Quote::None;
            else
                word += c;
            break;
        case Quote::Double:
            if (c == u'"') {
                quote = Quote::None;
            } else if (c == u'\\' && i + 1 < commandLine.size() &&
                       (commandLine[i + 1] == u'"' || commandLine[i + 1] == u'\\')) {
                word += commandLine[++i];
            } else {
                word += c;
            }
            break;
        case Quote::None:
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
                if (inWord)
                    words.append(word);
                word.clear();
                inWord = false;
            } else if (c == u'\'') {
                quote = Quote::Single;
                inWord = true;
            } else if (c == u'"') {
                quote = Quote::Double;
                inWord = true;
            } else if (c == u'\\') {
                if (i + 1 >= commandLine.size())
                    return Error{QStringLiteral("InvalidCommandLine"),
                                 Text::tr("credential_process ends with a lone backslash.")};
                word += commandLine[++i];
                inWord = true;
            } else {
                word += c;
                inWord = true;
            }
            break;
        }
    }
    if (quote != Quote::None)
        return Error{QStringLiteral("InvalidCommandLine"),
                     Text::tr("credential_process has a quote that is never closed.")};
    if (inWord)
        words.append(word);
    if (words.isEmpty())
        return Error{QStringLiteral("InvalidCommandLine"), Text::tr("credential_process is empty.")};
    return words;
}

Result<ResolvedCredentials> parseCredentialProcessOutput(const QByteArray &output)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return outputError(Text::tr("is not a JSON object"));
    const QJsonObject object = document.object();
    if (object.value(u"Version").toInt(-1) != 1)
        return outputError(Text::tr("has no \"Version\": 1"));
    ResolvedCredentials result;
    result.credentials.accessKeyId = object.value(u"AccessKeyId").toString();
    result.credentials.secretAccessKey = object.value(u"SecretAccessKey").toString();
    result.credentials.sessionToken = object.value(u"SessionToken").toString();
    registerCredentialSecrets(result.credentials);
    if (result.credentials.accessKeyId.isEmpty() || result.credentials.secretAccessKey.isEmpty())
        return outputError(Text::tr("lacks AccessKeyId or SecretAccessKey"));
    for (const auto &[name, check] :
         {std::pair{u"AccessKeyId", validateAccessKeyId(result.credentials.accessKeyId)},
          std::pair{u"SecretAccessKey", validateSecretAccessKey(result.credentials.secretAccessKey)},
          std::pair{u"SessionToken", validateSessionToken(result.credentials.sessionToken)}}) {
        if (!check.ok())
            return outputError(
                Text::tr("has an invalid %1 (%2)").arg(QString::fromUtf16(name), check.message));
    }
    const QJsonValue expiration = object.value(u"Expiration");
    if (!expiration.isUndefined() && !expiration.isNull()) {
        const auto time = parseIso8601(expiration.toString());
        if (!time)
            return outputError(Text::tr("has an Expiration that is not an ISO-8601 time with a zone"));
        result.expiration = *time;
    }
    return result;
}

void QProcessRunner::run(const QStringList &argv, const QProcessEnvironment &environment, int timeoutMs,
                         QObject *context, Callback done)
{
    struct State
    {
        bool finished = false;
        Outcome outcome;
        Callback done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);

    QString program = argv.value(0);
    if (!program.contains(u'/')) {
        const QStringList path = environment.value(QStringLiteral("PATH")).split(u':', Qt::SkipEmptyParts);
        const QString found = QStandardPaths::findExecutable(program, path);
        if (found.isEmpty()) {
            state->outcome.errorText = Text::tr("\"%1\" is not found in PATH").arg(program);
            state->done(state->outcome);
            return;
        }
        program = found;
    }

    auto *process = new QProcess(context);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    process->setProcessEnvironment(environment);
    process->setProgram(program);
    process->setArguments(argv.mid(1));

    auto finish = [state, process]() {
        if (state->finished)
            return;
        state->finished = true;
        state->outcome.standardOutput += process->readAllStandardOutput();
        state->outcome.standardError += process->readAllStandardError();
        process->deleteLater();
        state->done(state->outcome);
    };
    QObject::connect(process, &QProcess::finished, process,
                     [state, process, finish](int exitCode, QProcess::ExitStatus status) {
                         state->outcome.started = true;
                         state->outcome.exitCode = exitCode;
                         state->outcome.crashed = status == QProcess::CrashExit;
                         Q_UNUSED(process);
                         finish();
                     });
    QObject::connect(process, &QProcess::errorOccurred, process,
                     [state, process, finish](QProcess::ProcessError error) {
                         if (error == QProcess::FailedToStart) {
                             state->outcome.errorText = process->errorString();
                             finish();
                         }
                     });
    QObject::connect(timer, &QTimer::timeout, process, [state, process]() {
        state->outcome.timedOut = true;
        state->outcome.errorText = Text::tr("it did not finish in time and was stopped");
        process->kill();
    });
    process->start(QIODevice::ReadOnly);
    timer->start(timeoutMs);
}

} // namespace kvs
