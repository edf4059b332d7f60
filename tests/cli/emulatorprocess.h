#pragma once

// The emulator binary as the CLI tests run it: a real process on a free port; its JSON start line gives the
// endpoint, the CA file, the channel and the identity.
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QTimer>

namespace kvs::test {

/// The emulator binary on a free port; stopped with the object.
class Emulator
{
public:
    explicit Emulator(const QStringList &extra = {})
    {
        m_process.setProgram(QStringLiteral(KVS_EMULATOR_PATH));
        m_process.setArguments(
            QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet")} + extra);
        m_process.start();
        if (!QTest::qWaitFor([&] { return m_process.canReadLine(); }, 20000))
            qFatal("the emulator printed no start line");
        info = QJsonDocument::fromJson(m_process.readLine()).object();
    }
    ~Emulator()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    QString arn() const
    {
        return info.value(u"channels").toArray().first().toObject().value(u"arn").toString();
    }
    QString control() const { return info.value(u"controlEndpoint").toString(); }
    QString caFile() const { return info.value(u"caFile").toString(); }

    /// connect's arguments for the emulator's channel, with --json.
    QStringList args(const QStringList &more = {}) const
    {
        return commandArgs(QStringLiteral("connect"), more);
    }
    /// command's arguments for the emulator's channel, endpoint and CA, with --json.
    QStringList commandArgs(const QString &command, const QStringList &more = {}) const
    {
        return QStringList{
                   command,   QStringLiteral("--channel-arn"), arn(),    QStringLiteral("--endpoint-url"),
                   control(), QStringLiteral("--ca-file"),     caFile(), QStringLiteral("--json")} +
               more;
    }

    QProcessEnvironment environment(const QString &home) const
    {
        QProcessEnvironment env;
        const QJsonObject identity = info.value(u"identities").toArray().first().toObject();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"),
                   QStringLiteral("true")); // never the real IMDS
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), identity.value(u"accessKeyId").toString());
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), identity.value(u"secretAccessKey").toString());
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        // The sanitizer build's settings (suppressions, exit behaviour) apply to the CLI process too.
        for (const char *name : {"ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"}) {
            if (qEnvironmentVariableIsSet(name))
                env.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
        }
        return env;
    }
    QString secret() const
    {
        return info.value(u"identities").toArray().first().toObject().value(u"secretAccessKey").toString();
    }

    /// POST /emulator/...; the emulator's CA is trusted explicitly. The call must answer 200.
    void admin(const QByteArray &path, const QJsonObject &body) const
    {
        QCOMPARE(post(path, body).first, 200);
    }

    /// POST /emulator/...; the JSON answer (empty when the call did not answer 200).
    QJsonObject adminReply(const QByteArray &path, const QJsonObject &body) const
    {
        const auto [status, answer] = post(path, body);
        return status == 200 ? answer : QJsonObject();
    }

    /// POST /emulator/... with the emulator's CA trusted: the HTTP status and the JSON answer.
    std::pair<int, QJsonObject> post(const QByteArray &path, const QJsonObject &body) const
    {
        QNetworkRequest request(QUrl(control() + QString::fromLatin1(path)));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        for (const QSslCertificate &ca : QSslCertificate::fromPath(caFile()))
            tls.addCaCertificate(ca);
        request.setSslConfiguration(tls);
        request.setRawHeader("Content-Type", "application/json");
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.post(request, QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return {status, answer};
    }

    /// GET /emulator/... (stats, faults); the JSON answer.
    QJsonObject get(const QByteArray &path) const
    {
        QNetworkRequest request(QUrl(control() + QString::fromLatin1(path)));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        for (const QSslCertificate &ca : QSslCertificate::fromPath(caFile()))
            tls.addCaCertificate(ca);
        request.setSslConfiguration(tls);
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    QJsonObject info;

private:
    QProcess m_process;
};

} // namespace kvs::test
