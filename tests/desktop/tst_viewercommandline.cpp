// kvs-viewer's command line as a real process with no display at all (no DISPLAY, WAYLAND_DISPLAY or
// QT_QPA_PLATFORM, as over ssh): --help and --version work, a bad option exits 2 like our other programs.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;
};

Run runViewer(const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const char *name : {"ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"}) {
        if (qEnvironmentVariableIsSet(name))
            environment.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KVS_VIEWER_PATH), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestViewerCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void helpWithoutADisplay()
    {
        const Run run = runViewer({QStringLiteral("--help")}, m_home.path());
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("--demo")), qPrintable(run.out));
    }

    void helpInGermanWithoutADisplay()
    {
        const Run run = runViewer({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")},
                                  m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("--demo")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("Connects to a Kinesis")), qPrintable(run.out));
    }

    void versionWithoutADisplay()
    {
        const Run run = runViewer({QStringLiteral("--version")}, m_home.path());
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("kvs-viewer")), qPrintable(run.out));
    }

    void badOptionExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")};
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")};
        QTest::newRow("bad quit-after")
            << QStringList{QStringLiteral("--quit-after"), QStringLiteral("soon")};
    }
    void badOptionExitsTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = runViewer(arguments, m_home.path());
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(arguments.constFirst().mid(2)), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestViewerCommandLine)
#include "tst_viewercommandline.moc"
