#include "appcontroller.h"
#include "buildinfo.h"
#include "clientid.h"
#include "connectionformpanel.h"
#include "connectionpanel.h"
#include "demosession.h"
#include "eventlog.h"
#include "mainwindow.h"
#include "messagelogpanel.h"
#include "practicefaults.h"
#include "redaction.h"
#include "viewersettings.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QRandomGenerator>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kvs-viewer"));
    QApplication::setOrganizationName(QStringLiteral("kvs-signaling-viewer"));
    QApplication::setApplicationVersion(QString::fromLatin1(kvs::buildinfo::kVersion));
    QApplication::setApplicationDisplayName(QStringLiteral("KVS Signaling Viewer"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/kvs-viewer-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("kvs-viewer"), icon));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.kvssignalingviewer.KvsViewer"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Connects to a Kinesis Video Streams signaling channel as a viewer."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after MS milliseconds (for smoke tests)."),
        QStringLiteral("MS"));
    parser.addOption(quitAfter);
    QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start a local signaling emulator with a built-in master "
                                        "and connect to its demo channel (no AWS account needed)."));
    parser.addOption(demo);
    parser.process(app);

    // One stable ClientId per install: random ids on every start would exhaust the channel's viewer limit.
    const auto newClientId = [] {
        return kvs::makeClientId([] { return QRandomGenerator::system()->generate(); });
    };
    QSettings settings;
    kvs::ViewerSettings viewerSettings(settings);
    if (viewerSettings.clientId().isEmpty())
        viewerSettings.setClientId(newClientId());

    auto *formPanel = new kvs::ui::ConnectionFormPanel(newClientId);
    kvs::ConnectionForm initial = viewerSettings.lastForm();
    std::shared_ptr<kvs::DemoSession> demoSession;
    if (parser.isSet(demo)) {
        auto started = kvs::DemoSession::start();
        if (!started) {
            qCritical("kvs-viewer: --demo: %s", qPrintable(kvs::redact(started.error().message)));
            return 1;
        }
        demoSession = started.value();
        initial = demoSession->form();
        initial.clientId = viewerSettings.clientId();
    }
    formPanel->setForm(initial);
    kvs::EventLog eventLog;
    const kvs::AppController *engine = nullptr; // set below; the panel's countdowns read its run time
    auto *connectionPanel =
        new kvs::ui::ConnectionPanel([&engine] { return engine ? engine->runElapsedMs() : qint64(0); });
    auto *logPanel = new kvs::ui::MessageLogPanel(&eventLog);
    kvs::ui::MainWindow window(formPanel, connectionPanel, logPanel);
    kvs::AppController appController(&window, formPanel, connectionPanel, &eventLog);
    engine = &appController;
    if (demoSession) {
        auto *practice = new kvs::PracticeFaults(
            demoSession->server(), demoSession->form().channel,
            [formPanel] { return formPanel->form().clientId; }, &window);
        const std::pair<const char *, void (kvs::PracticeFaults::*)()> faults[] = {
            {QT_TRANSLATE_NOOP("main", "&Throttle the next 3 connects"), &kvs::PracticeFaults::throttle},
            {QT_TRANSLATE_NOOP("main", "Move the service's &clock 7 minutes ahead"),
             &kvs::PracticeFaults::skewClock},
            {QT_TRANSLATE_NOOP("main", "&Deny access (403)"), &kvs::PracticeFaults::accessDenied},
            {QT_TRANSLATE_NOOP("main", "Channel &not found (404)"), &kvs::PracticeFaults::notFound},
            {QT_TRANSLATE_NOOP("main", "Send &GO_AWAY"), &kvs::PracticeFaults::goAway},
            {QT_TRANSLATE_NOOP("main", "D&rop the link"), &kvs::PracticeFaults::dropLink},
            {QT_TRANSLATE_NOOP("main", "Take &over with a second viewer (same ClientId)"),
             &kvs::PracticeFaults::takeover},
        };
        QList<QAction *> actions;
        for (const auto &[text, fault] : faults) {
            auto *action = new QAction(QApplication::translate("main", text), &window);
            QObject::connect(action, &QAction::triggered, practice, fault);
            actions.append(action);
        }
        window.setPracticeActions(actions);
    }
    window.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // The demo's endpoint and CA are temporary: only real connections are remembered.
    if (!demoSession)
        QObject::connect(
            formPanel, &kvs::ui::ConnectionFormPanel::connectRequested, &window,
            [&viewerSettings](const kvs::ConnectionForm &form) { viewerSettings.saveForm(form); });
    window.show();
    if (demoSession) // the demo connects at once: a newcomer sees a working connection
        QTimer::singleShot(0, &appController, [&] { appController.connectWith(formPanel->form()); });
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        const int ms = parser.value(quitAfter).toInt(&ok);
        if (!ok || ms < 0) {
            qCritical("kvs-viewer: --quit-after: not a number of milliseconds.");
            return 2;
        }
        QTimer::singleShot(ms, &window, &QWidget::close);
    }
    const int status = QApplication::exec();
    settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    return status;
}
