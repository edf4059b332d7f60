#include "core/common/clock.h"
#include "core/common/redaction.h"
#include "core/connection/connectioncontroller.h"
#include "desktop/appcontroller.h"
#include "desktop/manualkeysvault.h"
#include "desktop/viewerapp.h"
#include "emulator/certificateauthority.h"
#include "emulator/emulatorconfig.h"
#include "emulator/emulatorserver.h"
#include "media/mediaevents.h"
#include "media/mediasession.h"
#include "ui/dialogs.h"
#include "ui/eventlogmodel.h"
#include "ui/mainwindow.h"
#include "ui/messagelogpanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QToolButton>
#include <QUrl>

using namespace kvs;

namespace {

/// The canary credentials: distinctive values that must never show up in any output.
struct Canaries
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;
    QString turnUsername; ///< handed out by the emulator's GetIceServerConfig
    QString turnPassword;
};

Canaries makeCanaries()
{
    return {QStringLiteral("AKIACANARY7Q2W9Z4X1V"),
            QStringLiteral("CanarySecret/x9Q7mZ2+pL4vR8tN1kW3yB6hJ0c"),
            QStringLiteral("CanaryToken//FwoGZXIvYXdzEJr+Q7mZ2pL4vR8tN1kW3yB6hJ0cF5dG=="),
            // KVS-shaped: "<expiry>:<base64>" and a base64 password with '/', '+' and '=' (percent-encoded
            // in the turn:// URIs the media stack is given).
            QStringLiteral("1900000000:Q2FuYXJ5VHVyblVzZXI3UTJXOVo0WDFW"),
            QStringLiteral("CanaryTurnPass/q8Z3+wX5vN7mK2pL9rT4=")};
}

/// The encodings a value could take on its way to some output.
QList<QByteArray> encodings(const QString &value)
{
    QList<QByteArray> out{value.toUtf8(), QUrl::toPercentEncoding(value)};
    QByteArray utf16(reinterpret_cast<const char *>(value.utf16()), value.size() * 2);
    out.append(utf16);
    return out;
}

/// Names each place in `where` (label → bytes) that holds one of the canaries in any encoding.
QStringList findCanaries(const Canaries &canaries, const QList<std::pair<QString, QByteArray>> &where)
{
    const std::pair<const char *, QString> secrets[] = {{"secret access key", canaries.secretAccessKey},
                                                        {"session token", canaries.sessionToken},
                                                        {"full access key id", canaries.accessKeyId},
                                                        {"TURN username", canaries.turnUsername},
                                                        {"TURN password", canaries.turnPassword}};
    QStringList found;
    for (const auto &[label, bytes] : where)
        for (const auto &[what, value] : secrets)
            for (const QByteArray &encoded : encodings(value))
                if (bytes.contains(encoded))
                    found.append(QStringLiteral("%1 in %2").arg(QLatin1String(what), label));
    found.removeDuplicates();
    return found;
}

/// Every file under dir, as (path, content).
QList<std::pair<QString, QByteArray>> filesUnder(const QString &dir)
{
    QList<std::pair<QString, QByteArray>> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.append({path, file.readAll()});
        else
            files.append({path + QStringLiteral(" (unreadable)"), QByteArray()});
    }
    return files;
}

void writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
}

QString observedDir()
{
    return qEnvironmentVariable("KVS_LEAK_OBSERVED");
}

} // namespace

/// The child: the GUI flow with the canary credentials, run in its own process so the parent captures its
/// stdout and stderr whole. It reads the canaries from stdin (not the environment, which it could echo) and
/// writes what the user could see or take away — clipboard, log rows, detail pane, labels, dialogs — to
/// files under KVS_LEAK_OBSERVED for the parent to search. It never prints a canary itself (no QCOMPARE of
/// secrets, whose failure message would print them).
class GuiFlowChild : public QObject
{
    Q_OBJECT

private slots:
    void flow()
    {
        QTextStream in(stdin);
        Canaries canaries;
        canaries.accessKeyId = in.readLine();
        canaries.secretAccessKey = in.readLine();
        canaries.sessionToken = in.readLine();
        canaries.turnUsername = in.readLine();
        canaries.turnPassword = in.readLine();
        QVERIFY(!canaries.turnPassword.isEmpty());
        QVERIFY(!observedDir().isEmpty());
        ui::Dialogs::answerAutomatically(ui::Dialogs::Answer::Ok);

        // An emulator of our own that knows only the canary identity.
        QTemporaryDir stateDir; // under TMPDIR, which the parent searches
        QVERIFY(stateDir.isValid());
        const auto authority = emulator::CertificateAuthority::generate();
        QVERIFY(authority.ok());
        const QString caFile = stateDir.filePath(QStringLiteral("ca.pem"));
        {
            QFile ca(caFile);
            QVERIFY(ca.open(QIODevice::WriteOnly));
            ca.write(authority->caPem());
        }
        emulator::EmulatorConfig config = emulator::EmulatorConfig::defaults();
        emulator::Identity identity = config.identities.constFirst();
        identity.accessKeyId = canaries.accessKeyId;
        identity.secretAccessKey = canaries.secretAccessKey;
        identity.sessionToken = canaries.sessionToken;
        identity.actions.clear();
        config.identities = {identity};
        // TURN servers with the canary credentials (on a port nothing listens on: the media path tries them,
        // fails, and explains the failure with the candidates and servers it had).
        config.turn.uris = {QStringLiteral("turn:127.0.0.1:9?transport=udp"),
                            QStringLiteral("turns:127.0.0.1:9?transport=tcp")};
        config.turn.secret = QStringLiteral("unused");
        config.turn.staticUsername = canaries.turnUsername;
        config.turn.staticPassword = canaries.turnPassword;
        SystemClock clock;
        emulator::EmulatorServer server(config, clock);
        server.setCertificateAuthority(*authority);
        server.setBuiltInMaster(true);
        QVERIFY(!server.listen());

        const QString ini = QDir(qEnvironmentVariable("XDG_CONFIG_HOME")).filePath(QStringLiteral("kvs.ini"));
        QSettings settings(ini, QSettings::IniFormat);
        ViewerAppOptions options;
        options.keychainService = QStringLiteral("kvs-signaling-viewer-leak-test");
        auto created = ViewerApp::create(settings, options);
        QVERIFY(created.ok());
        std::unique_ptr<ViewerApp> owned = std::move(created).value();
        ViewerApp &app = *owned;
        QWidget *window = app.window();
        auto child = [window](const char *name) {
            return window->findChild<QWidget *>(QLatin1String(name));
        };
        app.show();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // Type everything into the form, as a user would.
        auto *source = qobject_cast<QComboBox *>(child("credentialSourceComboBox"));
        source->setCurrentIndex(source->findData(int(CredentialMode::Manual)));
        QTest::keyClicks(child("accessKeyIdLineEdit"), canaries.accessKeyId);
        QTest::keyClicks(child("secretAccessKeyLineEdit"), canaries.secretAccessKey);
        QTest::keyClicks(child("sessionTokenLineEdit"), canaries.sessionToken);
        auto *remember = qobject_cast<QCheckBox *>(child("rememberCheckBox"));
        QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(5, remember->height() / 2));
        QVERIFY(remember->isChecked());
        QTest::keyClicks(child("channelLineEdit"), config.channels.constFirst().arn);
        auto *advanced = qobject_cast<QToolButton *>(child("advancedToggleButton"));
        if (!advanced->isChecked())
            QTest::mouseClick(advanced, Qt::LeftButton);
        QTest::keyClicks(child("endpointLineEdit"), server.controlEndpoint());
        QTest::keyClicks(child("caFileLineEdit"), caFile);
        auto *connectButton = qobject_cast<QPushButton *>(child("connectButton"));
        QTRY_VERIFY_WITH_TIMEOUT(connectButton->isEnabled(), 10000);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        auto connected = [&app] {
            return app.controller()->controller() &&
                   app.controller()->controller()->state() == ConnectionState::Connected;
        };
        QTRY_VERIFY_WITH_TIMEOUT(connected(), 30000);
        // The keychain answered (stored, or told the user there is none).
        QTRY_VERIFY_WITH_TIMEOUT(!app.keysVault()->note().isEmpty(), 30000);
        const QByteArray keychainMode = qgetenv("KVS_KEYCHAIN_MODE");
        if (keychainMode == "roundtrip")
            QVERIFY2(!app.keysVault()->keychainMissing(), qPrintable(app.keysVault()->note()));
        else
            QVERIFY2(app.keysVault()->keychainMissing(), qPrintable(app.keysVault()->note()));

        // The media path received the TURN servers and gave them to the media stack; with nothing behind
        // them (and a master that sends no media) it fails and is explained in a dialog.
        QTRY_VERIFY_WITH_TIMEOUT(app.controller()->mediaSession() &&
                                     app.controller()->mediaSession()->summary().outcome == u"failed",
                                 90000);
        QTRY_VERIFY_WITH_TIMEOUT(!ui::Dialogs::shownDialogs().isEmpty(), 10000);
        const QString mediaDialogs = ui::Dialogs::shownDialogs().join(u'\n');
        QVERIFY(mediaDialogs.contains(QStringLiteral("Candidate")));

        // Probe the master, so signaling messages are in the log too.
        auto *probe = window->findChild<QAction *>(QStringLiteral("probeMasterAction"));
        QTRY_VERIFY_WITH_TIMEOUT(probe->isEnabled(), 10000);
        probe->trigger();
        auto *probeLabel = qobject_cast<QLabel *>(child("probeResultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(probeLabel->text().contains(QStringLiteral("answered")), 30000);

        // Copy the log through the panel's Copy button.
        ui::MessageLogPanel *log = app.logPanel();
        log->model()->flush();
        QVERIFY(log->model()->rowCount() > 5);
        QApplication::clipboard()->clear();
        QTest::mouseClick(qobject_cast<QPushButton *>(child("copyLogButton")), Qt::LeftButton);
        const QString clipboard = QApplication::clipboard()->text();
        QVERIFY(!clipboard.isEmpty());
        writeFile(observedDir() + QStringLiteral("/clipboard.txt"), clipboard);

        // Every row of the model, in every role people see, and the detail pane for each row.
        QString rows;
        auto *list = qobject_cast<QListView *>(child("logListView"));
        auto *detail = qobject_cast<QPlainTextEdit *>(child("detailPlainTextEdit"));
        for (int row = 0; row < log->model()->rowCount(); ++row) {
            const QModelIndex index = log->model()->index(row);
            rows += index.data(Qt::DisplayRole).toString() + u'\n' + index.data(Qt::ToolTipRole).toString() +
                    u'\n';
            rows += QString::fromUtf8(QJsonDocument(log->model()->eventAt(row).toJson()).toJson()) + u'\n';
        }
        for (int row = 0; row < log->proxy()->rowCount(); ++row) {
            list->setCurrentIndex(log->proxy()->index(row, 0));
            rows += detail->toPlainText() + u'\n';
        }
        writeFile(observedDir() + QStringLiteral("/model.txt"), rows);

        // Export diagnostics through the window's action and the dialogs wrapper.
        const QString exported = observedDir() + QStringLiteral("/diagnostics.json");
        ui::Dialogs::answerSaveFileName(exported);
        window->findChild<QAction *>(QStringLiteral("exportDiagnosticsAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(exported), 10000);

        // Disconnect.
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.controller()->controller()->state() == ConnectionState::Closed, 30000);

        // A failure too: a wrong secret (the canary with one more character, itself a secret) is refused and
        // explained in a dialog. Unchecking "Remember" first forgets the stored keys.
        QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(5, remember->height() / 2));
        QVERIFY(!remember->isChecked());
        auto *secretEdit = qobject_cast<QLineEdit *>(child("secretAccessKeyLineEdit"));
        QTest::keyClick(secretEdit, Qt::Key_End);
        QTest::keyClicks(secretEdit, QStringLiteral("Z"));
        ui::Dialogs::clearShownDialogs();
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.controller()->controller()->state() == ConnectionState::Failed, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!ui::Dialogs::shownDialogs().isEmpty(), 10000);
        QVERIFY(ui::Dialogs::shownDialogs().constFirst().contains(QStringLiteral("403")));

        // Everything the window shows in labels, buttons, the status bar and the title.
        QString shown = window->windowTitle() + u'\n' + app.window()->statusBar()->currentMessage() + u'\n';
        for (const QLabel *label : window->findChildren<QLabel *>())
            shown += label->text() + u'\n' + label->toolTip() + u'\n' + label->accessibleName() + u'\n';
        for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
            shown += button->text() + u'\n' + button->toolTip() + u'\n';
        shown += ui::Dialogs::shownDialogs().join(u'\n') + u'\n' + mediaDialogs;
        writeFile(observedDir() + QStringLiteral("/shown.txt"), shown);

        // Close the app the way main() does: save what is remembered between runs.
        app.saveState();
        owned.reset();
        settings.sync();
        fputs("KVS-LEAK-CHILD-FLOW-DONE\n", stdout);
        fflush(stdout);
    }
};

/// The GUI leak test: runs GuiFlowChild in a child process with verbose logging and private XDG/HOME/TMP
/// directories, then searches its stdout and stderr, every file it could have written (the settings ini
/// included), and what it saw (clipboard, log rows, export, labels) for the canaries. The full access key id
/// may appear only masked.
class TestGuiLeaks : public QObject
{
    Q_OBJECT

private slots:
    void searchFindsAPlantedCanary()
    {
        // The search must be able to fail: plant each canary where the real test looks.
        const Canaries canaries = makeCanaries();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a/b")));
        writeFile(dir.filePath(QStringLiteral("a/b/settings.ini")),
                  QStringLiteral("secret=") +
                      QString::fromLatin1(QUrl::toPercentEncoding(canaries.secretAccessKey)));
        QCOMPARE(findCanaries(canaries, filesUnder(dir.path())).size(), 1);
        QVERIFY(findCanaries(canaries, {{QStringLiteral("stdout"), "x " + canaries.sessionToken.toUtf8()}})
                    .contains(QStringLiteral("session token in stdout")));
        const QString masked = maskAccessKeyId(canaries.accessKeyId);
        QVERIFY(findCanaries(canaries, {{QStringLiteral("clipboard"), masked.toUtf8()}}).isEmpty());
        QVERIFY(!findCanaries(canaries, {{QStringLiteral("clipboard"), canaries.accessKeyId.toUtf8()}})
                     .isEmpty());
        QByteArray utf16(reinterpret_cast<const char *>(canaries.secretAccessKey.utf16()),
                         canaries.secretAccessKey.size() * 2);
        QVERIFY(!findCanaries(canaries, {{QStringLiteral("binary"), "\0\1" + utf16}}).isEmpty());
        QVERIFY(findCanaries(canaries, {{QStringLiteral("clean"), "nothing to see"}}).isEmpty());
        // The TURN credentials too, also percent-encoded as in a turn:// URI given to the media stack.
        QVERIFY(findCanaries(canaries,
                             {{QStringLiteral("log"),
                               "turn://" + QUrl::toPercentEncoding(canaries.turnPassword) + "@127.0.0.1"}})
                    .contains(QStringLiteral("TURN password in log")));
        QVERIFY(findCanaries(canaries, {{QStringLiteral("export"), canaries.turnUsername.toUtf8()}})
                    .contains(QStringLiteral("TURN username in export")));
    }

    void noCanaryInAnyOutput()
    {
        const Canaries canaries = makeCanaries();
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QStringList subdirs{QStringLiteral("home"),    QStringLiteral("config"),
                                  QStringLiteral("data"),    QStringLiteral("cache"),
                                  QStringLiteral("state"),   QStringLiteral("tmp"),
                                  QStringLiteral("runtime"), QStringLiteral("observed")};
        for (const QString &sub : subdirs)
            QVERIFY(QDir(root.path()).mkpath(sub));
        QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KVS_LEAK_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("KVS_LEAK_OBSERVED"), root.filePath(QStringLiteral("observed")));
        env.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), root.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("runtime")));
        env.insert(QStringLiteral("TMPDIR"), root.filePath(QStringLiteral("tmp")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const char *aws :
             {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"})
            env.remove(QString::fromLatin1(aws));

        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(30000));
        child.write((canaries.accessKeyId + u'\n' + canaries.secretAccessKey + u'\n' + canaries.sessionToken +
                     u'\n' + canaries.turnUsername + u'\n' + canaries.turnPassword + u'\n')
                        .toUtf8());
        child.closeWriteChannel();
        QVERIFY2(child.waitForFinished(240000), "the GUI flow did not finish");
        const QByteArray out = child.readAllStandardOutput();
        const QByteArray err = child.readAllStandardError();

        // Search first: a failed flow may have printed a canary on its way out.
        QList<std::pair<QString, QByteArray>> outputs{{QStringLiteral("stdout"), out},
                                                      {QStringLiteral("stderr"), err}};
        outputs += filesUnder(root.path());
        const QString keyringData = qEnvironmentVariable("KVS_KEYRING_DATA");
        if (!keyringData.isEmpty())
            outputs += filesUnder(keyringData);
        const QStringList found = findCanaries(canaries, outputs);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("canary found: ") + found.join(u"; ")));

        // The flow ran to its end, verbosely, and produced every output searched above.
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 qPrintable(QString::fromUtf8(out.right(4000) + err.right(4000))));
        QVERIFY(out.contains("KVS-LEAK-CHILD-FLOW-DONE"));
        QVERIFY2(err.contains("qt.") || out.contains("qt."), "QT_LOGGING_RULES did not make the run verbose");
        QByteArray exported;
        for (const char *name : {"clipboard.txt", "model.txt", "diagnostics.json", "shown.txt"}) {
            QFile file(root.filePath(QStringLiteral("observed/") + QLatin1String(name)));
            QVERIFY2(file.open(QIODevice::ReadOnly), name);
            const QByteArray content = file.readAll();
            QVERIFY2(!content.isEmpty(), name);
            if (qstrcmp(name, "diagnostics.json") == 0)
                exported = content;
        }
        QVERIFY(QFile::exists(root.filePath(QStringLiteral("config/kvs.ini"))));
        // The export is this run's (its channel), and the log rows hold the signaling that was searched.
        QVERIFY2(exported.contains("arn:aws:kinesisvideo:"), exported.left(2000).constData());
        QFile model(root.filePath(QStringLiteral("observed/model.txt")));
        QVERIFY(model.open(QIODevice::ReadOnly));
        const QByteArray rows = model.readAll();
        QVERIFY(rows.contains("ConnectAsViewer"));
        QVERIFY(rows.contains("SDP_ANSWER") || rows.contains("answer"));
        // The TURN servers were in play: the log names them (without their credentials).
        QVERIFY2(rows.contains("127.0.0.1:9"), "the TURN servers never reached the media path");
    }
};

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    if (qEnvironmentVariableIsSet("KVS_LEAK_CHILD")) {
        GuiFlowChild child;
        return QTest::qExec(&child, argc, argv);
    }
    TestGuiLeaks test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guileaks.moc"
