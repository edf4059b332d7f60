#include "core/aws/environmentproxy.h"
#include "core/buildinfo.h"
#include "core/common/redaction.h"
#include "core/settings/viewersettings.h"
#include "desktop/apptranslations.h"
#include "desktop/viewerapp.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>

#include <optional>

namespace {

/// The command line as parsed, or the exit status when the run ends here.
struct CommandLine
{
    std::optional<int> exitStatus;
    bool demo = false;
    int quitAfterMs = -1;
    QString setupFile; ///< a setup to open (kvs-viewer FILE, a file opened from the desktop)
};

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("kvs-viewer"));
    QCoreApplication::setOrganizationName(QStringLiteral("kvs-signaling-viewer"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kvs::buildinfo::kVersion));
}

/// Installs the language (--lang, else Help › Language, else the system's) and parses the command line.
/// Needs only a QCoreApplication: --help, --version and a bad option never need a display.
CommandLine parseCommandLine(const QCoreApplication &app, kvs::AppTranslations &translations)
{
    CommandLine result;
    QSettings settings;
    const QString requested = kvs::AppTranslations::languageArgument(QCoreApplication::arguments());
    if (!requested.isEmpty() && !kvs::AppTranslations::languages().contains(requested)) {
        qCritical("kvs-viewer: --lang: unknown language \"%s\"; use de, ja or en.",
                  qPrintable(kvs::redact(requested.left(20))));
        result.exitStatus = 2;
        return result;
    }
    translations.install(kvs::AppTranslations::resolve(
        requested.isEmpty() ? kvs::ViewerSettings(settings).language() : requested));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Connects to a Kinesis Video Streams signaling channel as a viewer."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QCoreApplication::translate("main", "Quit after MS milliseconds (for smoke tests)."),
        QStringLiteral("MS"));
    parser.addOption(quitAfter);
    QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start a local signaling emulator with a built-in master "
                                            "and connect to its demo channel (no AWS account needed)."));
    parser.addOption(demo);
    QCommandLineOption lang(QStringLiteral("lang"),
                            QCoreApplication::translate("main",
                                                        "Use this language: de, ja or en (default: the one "
                                                        "chosen in Help › Language, else the system's)."),
                            QStringLiteral("LANG"));
    parser.addOption(lang);
    parser.addPositionalArgument(
        QStringLiteral("SETUP"),
        QCoreApplication::translate("main", "A setup file (.kvssetup.json) to fill the form from."),
        QStringLiteral("[SETUP]"));
    if (!parser.parse(app.arguments())) {
        // Like every other bad input of our programs: one line naming it, exit status 2.
        qCritical("kvs-viewer: %s", qPrintable(kvs::redact(parser.errorText())));
        result.exitStatus = 2;
        return result;
    }
    if (parser.isSet(help))
        parser.showHelp(0); // exits
    if (parser.isSet(version))
        parser.showVersion(); // exits
    if (parser.positionalArguments().size() > 1) {
        qCritical("kvs-viewer: unexpected argument \"%s\"; one setup file at most, see kvs-viewer --help.",
                  qPrintable(kvs::redact(parser.positionalArguments().at(1).left(40))));
        result.exitStatus = 2;
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        result.setupFile = parser.positionalArguments().constFirst();
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        result.quitAfterMs = parser.value(quitAfter).toInt(&ok);
        if (!ok || result.quitAfterMs < 0) {
            qCritical("kvs-viewer: --quit-after: not a number of milliseconds.");
            result.exitStatus = 2;
            return result;
        }
    }
    result.demo = parser.isSet(demo);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    setIdentity();
    {
        // First without a GUI: --help, --version and bad options end here, also with no display at all
        // (over ssh); QApplication would abort without a platform.
        QCoreApplication core(argc, argv);
        kvs::AppTranslations translations;
        const CommandLine line = parseCommandLine(core, translations);
        if (line.exitStatus)
            return *line.exitStatus;
    }

    QApplication app(argc, argv);
    setIdentity();
    // HTTPS_PROXY / NO_PROXY as the AWS CLI reads them, for every request and WebSocket.
    kvs::installEnvironmentProxy(QProcessEnvironment::systemEnvironment());
    QApplication::setApplicationDisplayName(QStringLiteral("KVS Signaling Viewer"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/kvs-viewer-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("kvs-viewer"), icon));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.kvssignalingviewer.KvsViewer"));

    kvs::AppTranslations translations;
    const CommandLine line = parseCommandLine(app, translations);
    if (line.exitStatus)
        return *line.exitStatus;

    QSettings settings;
    kvs::ViewerAppOptions options;
    options.demo = line.demo;
    options.playAudio = true;
    options.setupFile = line.setupFile;
    auto viewer = kvs::ViewerApp::create(settings, options);
    if (!viewer) {
        qCritical("kvs-viewer: %s", qPrintable(kvs::redact(viewer.error().message)));
        return 1;
    }
    viewer.value()->show();
    if (line.quitAfterMs >= 0)
        QTimer::singleShot(line.quitAfterMs, viewer.value()->window(), &QWidget::close);
    const int status = QApplication::exec();
    viewer.value()->saveState();
    return status;
}
