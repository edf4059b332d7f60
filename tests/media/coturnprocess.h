#pragma once

// Debian's coturn on loopback with REST-style (use-auth-secret) credentials, as KVS hands them out: plain
// listeners on UDP and TCP, and optionally a TLS listener with a test certificate made by openssl.
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

namespace kvs::test {

/// A port free for both UDP and TCP on 127.0.0.1 right now.
inline quint16 freeUdpTcpPort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0))
            continue;
        QUdpSocket udp;
        if (udp.bind(QHostAddress::LocalHost, tcp.serverPort()))
            return tcp.serverPort();
    }
    return 0;
}

/// A self-signed certificate for 127.0.0.1 (cert.pem, key.pem in dir), made by the openssl command.
inline bool makeTestCertificate(const QTemporaryDir &dir)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    return openssl.waitForFinished(30000) && openssl.exitCode() == 0;
}

class CoturnProcess
{
public:
    struct Options
    {
        QString secret;
        quint16 port = 0;
        quint16 tlsPort = 0; ///< 0: no TLS listener
        QString certFile;
        QString keyFile;
        bool noUdp = false; ///< --no-udp: no UDP listener (TCP and TLS only)
    };
    /// UDP and TCP listeners on port, no TLS.
    static Options plain(const QString &secret, quint16 port)
    {
        Options options;
        options.secret = secret;
        options.port = port;
        return options;
    }

    explicit CoturnProcess(const Options &options)
    {
        QStringList arguments{QStringLiteral("-n"),
                              QStringLiteral("--listening-ip=127.0.0.1"),
                              QStringLiteral("--relay-ip=127.0.0.1"),
                              QStringLiteral("--listening-port=%1").arg(options.port),
                              QStringLiteral("--min-port=%1").arg(40000 + options.port % 10000),
                              QStringLiteral("--max-port=%1").arg(40000 + options.port % 10000 + 200),
                              QStringLiteral("--use-auth-secret"),
                              QStringLiteral("--static-auth-secret=") + options.secret,
                              QStringLiteral("--realm=kvs.test"),
                              QStringLiteral("--allow-loopback-peers"),
                              QStringLiteral("--no-dtls"),
                              QStringLiteral("--no-cli"),
                              QStringLiteral("--log-file=stdout"),
                              QStringLiteral("--simple-log")};
        if (options.tlsPort != 0)
            arguments << QStringLiteral("--tls-listening-port=%1").arg(options.tlsPort)
                      << QStringLiteral("--cert=") + options.certFile
                      << QStringLiteral("--pkey=") + options.keyFile;
        else
            arguments << QStringLiteral("--no-tls");
        if (options.noUdp)
            arguments << QStringLiteral("--no-udp");
        m_process.setProgram(QStringLiteral(KVS_TURNSERVER_PATH));
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        m_process.waitForStarted(5000);
        const quint16 port = options.port;
        // Ready once its TCP listener accepts.
        [[maybe_unused]] const bool ready = QTest::qWaitFor(
            [port] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, port);
                return probe.waitForConnected(200);
            },
            10000);
    }
    ~CoturnProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    QString log() { return QString::fromUtf8(m_process.readAll()); }

private:
    QProcess m_process;
};

} // namespace kvs::test
