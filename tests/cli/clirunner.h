#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>

#include <algorithm>

namespace kvs::test {

/// One run of kvs-viewer-cli: its exit status, stdout and stderr.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs kvs-viewer-cli while this process's event loop keeps running (so in-process stubs can answer).
inline CliRun runCliAsync(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KVS_CLI_PATH), arguments);
    const int scale = std::max(1, qEnvironmentVariableIntValue("KVS_TEST_TIME_SCALE"));
    const bool finished =
        QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000 * scale);
    if (!finished)
        qFatal("kvs-viewer-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace kvs::test
