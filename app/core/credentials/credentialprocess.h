#pragma once

#include "core/aws/resolvedcredentials.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

class QObject;

namespace kvs {

/// Splits a command line into words the way a POSIX shell does (single quotes literal; double quotes
/// where a backslash escapes only " and \; a backslash outside quotes escapes the next character), without
/// running a shell: no variables, globs, pipes or redirections. Errors: InvalidCommandLine.
Result<QStringList> splitCommandLine(QStringView commandLine);

/// Parses what a credential_process helper printed: JSON with "Version": 1, AccessKeyId, SecretAccessKey,
/// optional SessionToken and optional ISO-8601 Expiration. The secret values are registered for redaction.
/// Errors: InvalidProcessOutput (the message never repeats the output).
Result<ResolvedCredentials> parseCredentialProcessOutput(const QByteArray &output);

/// Runs a program to completion. Injected into the credential chain so tests can stand in for QProcess.
class ProcessRunner
{
public:
    /// What happened to one run.
    struct Outcome
    {
        bool started = false;
        bool timedOut = false;
        bool crashed = false;
        int exitCode = -1;
        QByteArray standardOutput;
        QByteArray standardError;
        QString errorText; ///< why it did not start (or was killed)
    };
    using Callback = std::function<void(const Outcome &)>;

    virtual ~ProcessRunner() = default;
    /// Runs argv[0] with the rest of argv as arguments, in environment, and calls done once — also when
    /// the program does not start or outlives timeoutMs (it is then killed). context owns the work.
    virtual void run(const QStringList &argv, const QProcessEnvironment &environment, int timeoutMs,
                     QObject *context, Callback done) = 0;
};

/// The real runner, on QProcess. A program name without a slash is looked up in the PATH of the
/// environment given.
class QProcessRunner final : public ProcessRunner
{
public:
    void run(const QStringList &argv, const QProcessEnvironment &environment, int timeoutMs, QObject *context,
             Callback done) override;
};

} // namespace kvs
