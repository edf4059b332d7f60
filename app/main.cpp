#include "apptranslations.h"
#include "buildinfo.h"
#include "mainwindow.h"
#include "redaction.h"
#include "viewerapp.h"
#include "viewersettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
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

    // The language: --lang, else the one chosen in Help › Language, else the system's. Installed before the
    // command line is parsed, so that --help and its errors speak it too.
    QSettings settings;
    const QString requested = kvs::AppTranslations::languageArgument(QApplication::arguments());
    if (!requested.isEmpty() && !kvs::AppTranslations::languages().contains(requested)) {
        qCritical("kvs-viewer: --lang: unknown language \"%s\"; use de, ja or en.",
                  qPrintable(kvs::redact(requested.left(20))));
        return 2;
    }
    kvs::AppTranslations translations;
    translations.install(kvs::AppTranslations::resolve(
        requested.isEmpty() ? kvs::ViewerSettings(settings).language() : requested));

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
    QCommandLineOption lang(QStringLiteral("lang"),
                            QApplication::translate("main",
                                                    "Use this language: de, ja or en (default: the one "
                                                    "chosen in Help › Language, else the system's)."),
                            QStringLiteral("LANG"));
    parser.addOption(lang);
    parser.process(app);

    int quitAfterMs = -1;
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        quitAfterMs = parser.value(quitAfter).toInt(&ok);
        if (!ok || quitAfterMs < 0) {
            qCritical("kvs-viewer: --quit-after: not a number of milliseconds.");
            return 2;
        }
    }

    kvs::ViewerAppOptions options;
    options.demo = parser.isSet(demo);
    auto viewer = kvs::ViewerApp::create(settings, options);
    if (!viewer) {
        qCritical("kvs-viewer: %s", qPrintable(kvs::redact(viewer.error().message)));
        return 1;
    }
    viewer.value()->show();
    if (quitAfterMs >= 0)
        QTimer::singleShot(quitAfterMs, viewer.value()->window(), &QWidget::close);
    const int status = QApplication::exec();
    viewer.value()->saveState();
    return status;
}
