// kvs-signaling-emulator: a local stand-in for Kinesis Video Streams WebRTC signaling, for tests, demos and
// QA.
#include "core/buildinfo.h"
#include "core/common/clock.h"
#include "emulator/certificateauthority.h"
#include "emulator/emulatorconfig.h"
#include "emulator/emulatorlog.h"
#include "emulator/emulatorserver.h"
#include "emulator/media/testmastermedia.h"
#include "emulator/signalinghub.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

void printErr(const QString &text)
{
    const QByteArray bytes = (QStringLiteral("kvs-signaling-emulator: ") + text + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

QString helpText()
{
    return QStringLiteral(
        "Usage: kvs-signaling-emulator [OPTIONS]\n"
        "\n"
        "A local Kinesis Video Streams WebRTC signaling service on loopback: HTTPS control plane\n"
        "(DescribeSignalingChannel, GetSignalingChannelEndpoint, GetIceServerConfig), WSS data plane\n"
        "(ConnectAsViewer, ConnectAsMaster) and an admin API under /emulator/ on the same port.\n"
        "\n"
        "Options:\n"
        "  --config FILE          JSON config: channels, identities, limits, clockOffsetSeconds.\n"
        "  --port N               Port to listen on (default 0: a free port).\n"
        "  --plain                Serve http:// and ws:// instead of TLS.\n"
        "  --master               Built-in master: answer every SDP offer and send real media (colour bars\n"
        "                         with a time code, a 440 Hz tone) over WebRTC, one peer per viewer.\n"
        "  --master-media MODE    What the built-in master sends: auto (H.264 when offered, else VP8),\n"
        "                         h264, vp8, or none (SDP answers only, no media). Overrides master.media.\n"
        "  --state-dir DIR        Write the CA certificate (ca.pem) here instead of a temporary directory.\n"
        "  --clock-offset SECONDS Shift the emulator's clock (overrides clockOffsetSeconds).\n"
        "  --quiet                No logs on stderr.\n"
        "  -h, --help             Show this help.\n"
        "  -v, --version          Show the version.\n"
        "\n"
        "On start one JSON line goes to stdout: controlEndpoint, wssEndpoint, region, caFile, channels,\n"
        "identities. Logs go to stderr. Exit status: 0 stopped, 1 could not start, 2 bad option or "
        "config.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kvs-signaling-emulator"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kvs::buildinfo::kVersion));

    QCommandLineParser parser;
    const QCommandLineOption configOption(QStringLiteral("config"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption portOption(QStringLiteral("port"), QString(), QStringLiteral("N"),
                                        QStringLiteral("0"));
    const QCommandLineOption plainOption(QStringLiteral("plain"));
    const QCommandLineOption masterOption(QStringLiteral("master"));
    const QCommandLineOption masterMediaOption(QStringLiteral("master-media"), QString(),
                                               QStringLiteral("MODE"));
    const QCommandLineOption stateOption(QStringLiteral("state-dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption offsetOption(QStringLiteral("clock-offset"), QString(),
                                          QStringLiteral("SECONDS"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({configOption, portOption, plainOption, masterOption, masterMediaOption, stateOption,
                       offsetOption, quietOption, helpOption, versionOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        printErr(parser.errorText() + QStringLiteral(" (see --help)"));
        return kExitUsage;
    }
    if (parser.isSet(helpOption)) {
        printOut(helpText());
        return kExitOk;
    }
    if (parser.isSet(versionOption)) {
        printOut(QStringLiteral("kvs-signaling-emulator %1\n").arg(QCoreApplication::applicationVersion()));
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("unexpected argument \"%1\" (see --help)")
                     .arg(parser.positionalArguments().first()));
        return kExitUsage;
    }
    kvs::emulator::setLoggingEnabled(!parser.isSet(quietOption));

    kvs::emulator::EmulatorConfig config = kvs::emulator::EmulatorConfig::defaults();
    if (parser.isSet(configOption)) {
        QFile file(parser.value(configOption));
        if (!file.open(QIODevice::ReadOnly)) {
            printErr(QStringLiteral("cannot read the config file %1: %2")
                         .arg(file.fileName(), file.errorString()));
            return kExitUsage;
        }
        kvs::Result<kvs::emulator::EmulatorConfig> parsed =
            kvs::emulator::EmulatorConfig::fromJson(file.readAll());
        if (!parsed) {
            printErr(QStringLiteral("invalid config %1: %2").arg(file.fileName(), parsed.error().message));
            return kExitUsage;
        }
        config = std::move(parsed).value();
    }
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        printErr(QStringLiteral("--port must be from 0 to 65535"));
        return kExitUsage;
    }
    if (parser.isSet(offsetOption)) {
        config.clockOffsetSeconds = parser.value(offsetOption).toDouble(&ok);
        if (!ok) {
            printErr(QStringLiteral("--clock-offset must be a number of seconds"));
            return kExitUsage;
        }
    }

    if (parser.isSet(masterMediaOption)) {
        const QString mode = parser.value(masterMediaOption);
        if (!QStringList{QStringLiteral("auto"), QStringLiteral("h264"), QStringLiteral("vp8"),
                         QStringLiteral("none")}
                 .contains(mode)) {
            printErr(QStringLiteral("--master-media must be auto, h264, vp8 or none"));
            return kExitUsage;
        }
        config.master.media = mode;
    }

    kvs::SystemClock clock;
    kvs::emulator::EmulatorServer server(config, clock);
    server.setBuiltInMaster(parser.isSet(masterOption));
    if (parser.isSet(masterOption))
        server.hub()->setMasterMediaFactory(kvs::emulator::testMasterMediaFactory(config));

    std::unique_ptr<QTemporaryDir> tempDir;
    QString caFile;
    if (!parser.isSet(plainOption)) {
        const kvs::Result<kvs::emulator::CertificateAuthority> authority =
            kvs::emulator::CertificateAuthority::generate();
        if (!authority) {
            printErr(authority.error().message);
            return kExitFailure;
        }
        QString dir;
        if (parser.isSet(stateOption)) {
            dir = parser.value(stateOption);
            if (!QDir().mkpath(dir)) {
                printErr(QStringLiteral("cannot create the state directory %1").arg(dir));
                return kExitFailure;
            }
        } else {
            tempDir =
                std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/kvs-emulator-XXXXXX"));
            if (!tempDir->isValid()) {
                printErr(
                    QStringLiteral("cannot create a temporary directory: %1").arg(tempDir->errorString()));
                return kExitFailure;
            }
            dir = tempDir->path();
        }
        QFile file(QDir(dir).absoluteFilePath(QStringLiteral("ca.pem")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(authority->caPem()) < 0) {
            printErr(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return kExitFailure;
        }
        file.close();
        caFile = file.fileName();
        server.setCertificateAuthority(*authority);
    }
    if (const std::optional<kvs::Error> error =
            server.listen(QHostAddress::LocalHost, static_cast<quint16>(port))) {
        printErr(error->message);
        return kExitFailure;
    }

    if (::pipe(g_signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    }

    // Keys in the documented order (QJsonObject would sort them).
    const QJsonObject info = server.startInfo(caFile);
    QStringList fields;
    for (const char *key : {"controlEndpoint", "wssEndpoint", "region", "caFile", "channels", "identities",
                            "stsEndpoint", "ssoEndpoint"}) {
        const QString name = QString::fromLatin1(key);
        const QByteArray value = QJsonDocument(QJsonArray{info.value(name)}).toJson(QJsonDocument::Compact);
        fields << u'"' + name + QStringLiteral("\": ") + QString::fromUtf8(value.mid(1, value.size() - 2));
    }
    printOut(u'{' + fields.join(QStringLiteral(", ")) + QStringLiteral("}\n"));
    kvs::emulator::logLine(
        QStringLiteral("kvs-signaling-emulator %1 listening: control %2, data plane %3%4")
            .arg(QCoreApplication::applicationVersion(), server.controlEndpoint(), server.wssEndpoint(),
                 parser.isSet(masterOption) ? QStringLiteral(", built-in master on") : QString()));
    return app.exec();
}
