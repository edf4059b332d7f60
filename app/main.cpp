#include "buildinfo.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kvs-viewer"));
    QApplication::setOrganizationName(QStringLiteral("kvs-signaling-viewer"));
    QApplication::setApplicationVersion(QString::fromLatin1(kvs::buildinfo::kVersion));
    QApplication::setApplicationDisplayName(QStringLiteral("KVS Signaling Viewer"));

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
    parser.process(app);

    kvs::ui::MainWindow window;
    window.show();
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        const int ms = parser.value(quitAfter).toInt(&ok);
        if (!ok || ms < 0) {
            qCritical("kvs-viewer: --quit-after: not a number of milliseconds.");
            return 2;
        }
        QTimer::singleShot(ms, &window, &QWidget::close);
    }
    return QApplication::exec();
}
