#include "cli/accesscommands.h"
#include "cli/connectcommand.h"
#include "cli/exitcodes.h"
#include "cli/listchannelscommand.h"
#include "cli/networktestcommand.h"
#include "cli/presigncommand.h"
#include "cli/whoamicommand.h"
#include "core/aws/environmentproxy.h"
#include "core/buildinfo.h"
#include "core/common/clock.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kvs::cli::Main", text);
}

QString usage()
{
    return tr(
        "Usage: kvs-viewer-cli COMMAND [OPTIONS]\n"
        "\n"
        "Kinesis Video Streams WebRTC signaling, as a viewer, from the command line.\n"
        "\n"
        "Commands:\n"
        "  connect       Connect to a signaling channel as a viewer; report, probe and recover.\n"
        "  check-access  Run each step a viewer needs once; show what the service allows.\n"
        "  ice-servers   Show the channel's STUN/TURN servers and their TTL (credentials redacted).\n"
        "  network-test  Try STUN, TURN/UDP, TURN/TCP and TURN/TLS from here; say which way video can take.\n"
        "  presign       Print a SigV4-presigned ConnectAsViewer/ConnectAsMaster URL.\n"
        "  whoami        Show whose credentials are in use, where they came from and when they expire.\n"
        "  list-channels List the signaling channels the credentials may see in a region.\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help (COMMAND --help for a command's options).\n"
        "  -v, --version  Show the version.\n"
        "\n"
        "Exit status:\n"
        "  0 success                      5 still throttled when retries ran out\n"
        "  1 internal error               6 network or TLS failure\n"
        "  2 invalid input                7 replaced by another client with the same ClientId\n"
        "  3 access denied                8 --probe got no answer\n"
        "  4 not found                    9 media failed (connect --media) / no media path (network-test)\n"
        "                                10 refused with HTTP 400 and no error type (cause unknown)\n"
        "                                11 service error (HTTP 5xx, e.g. InternalFailure)\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kvs-viewer-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kvs::buildinfo::kVersion));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        err << usage();
        return kvs::cli::ExitInvalidInput;
    }
    const QString command = arguments.takeFirst();
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out << usage();
        return kvs::cli::ExitSuccess;
    }
    if (command == u"--version" || command == u"-v") {
        out << "kvs-viewer-cli " << kvs::buildinfo::kVersion << " (Qt " << qVersion() << ")" << Qt::endl;
        return kvs::cli::ExitSuccess;
    }
    const kvs::SystemClock clock;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // HTTPS_PROXY / NO_PROXY as the AWS CLI reads them, for every request and WebSocket of the command.
    kvs::installEnvironmentProxy(environment);
    using Command = int (*)(const QStringList &, const QProcessEnvironment &, const kvs::Clock &,
                            QTextStream &, QTextStream &);
    const std::pair<const char16_t *, Command> commands[] = {
        {u"connect", &kvs::cli::runConnect},           {u"check-access", &kvs::cli::runCheckAccess},
        {u"ice-servers", &kvs::cli::runIceServers},    {u"network-test", &kvs::cli::runNetworkTest},
        {u"presign", &kvs::cli::runPresign},           {u"whoami", &kvs::cli::runWhoami},
        {u"list-channels", &kvs::cli::runListChannels}};
    for (const auto &[name, run] : commands) {
        if (command == QStringView(name)) {
            const int status = run(arguments, environment, clock, out, err);
            // Objects the command queued with deleteLater() after its event loop ended are freed here,
            // not left to the operating system.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            return status;
        }
    }

    err << tr("kvs-viewer-cli: unknown command \"%1\"; run kvs-viewer-cli --help for the list.")
               .arg(command.left(40))
        << Qt::endl;
    return kvs::cli::ExitInvalidInput;
}
