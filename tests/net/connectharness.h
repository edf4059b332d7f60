#pragma once

// Shared by the network tests: an in-process emulator over real TLS on 127.0.0.1:0 (system clock, optional
// clock offset), controllers wired to it with shortened timers, and the admin API. Certificates are trusted
// explicitly through TlsOptions; nothing is ever ignored.
#include "core/common/clock.h"
#include "core/common/retrypolicy.h"
#include "core/connection/connectioncontroller.h"
#include "core/credentials/credentialsprovider.h"
#include "emulator/certificateauthority.h"
#include "emulator/emulatorlog.h"
#include "emulator/emulatorserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace kvs::test {

inline const QString kDemoArn =
    QStringLiteral("arn:aws:kinesisvideo:us-west-2:111122223333:channel/demo-channel/1700000000000");

/// Collects what a controller emits.
struct Recorder
{
    QList<EngineEvent> events;
    QList<ConnectionState> states;

    explicit Recorder(ConnectionController *controller)
    {
        QObject::connect(controller, &ConnectionController::eventOccurred, controller,
                         [this](const EngineEvent &event) { events.append(event); });
        QObject::connect(controller, &ConnectionController::stateChanged, controller,
                         [this](ConnectionState state) { states.append(state); });
    }
    QList<EngineEvent> of(EventKind kind) const
    {
        QList<EngineEvent> found;
        for (const EngineEvent &event : events) {
            if (event.kind == kind)
                found.append(event);
        }
        return found;
    }
    /// "name:status" of every step event, in order.
    QStringList steps() const
    {
        QStringList found;
        for (const EngineEvent &event : of(EventKind::Step))
            found.append(event.field("name") + u':' + event.field("status"));
        return found;
    }
    bool hasWarningContaining(const QString &text) const
    {
        for (const EngineEvent &event : of(EventKind::Warning)) {
            if (event.field("message").contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

class ConnectHarness
{
public:
    explicit ConnectHarness(emulator::EmulatorConfig config = relaxed(), bool builtInMaster = false)
    {
        emulator::setLoggingEnabled(qEnvironmentVariableIsSet("KVS_EMULATOR_TEST_LOGS"));
        authority = emulator::CertificateAuthority::generate().value();
        server = std::make_unique<emulator::EmulatorServer>(std::move(config), clock);
        server->setCertificateAuthority(authority);
        server->setBuiltInMaster(builtInMaster);
        if (server->listen())
            qFatal("listen failed");
        tls.caFile = QStringLiteral("test-ca");
        tls.extraCaCertificates = {authority.caCertificate()};
        const emulator::Identity &identity = server->config().identities.constFirst();
        credentials = std::make_unique<StaticCredentialsProvider>(
            ResolvedCredentials{{identity.accessKeyId, identity.secretAccessKey, identity.sessionToken},
                                QStringLiteral("test"),
                                {}});
        runTimer.start();
    }
    ~ConnectHarness()
    {
        server.reset();
        // Sockets closed during the test were scheduled with deleteLater(): free them now.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    ConnectHarness(const ConnectHarness &) = delete;
    ConnectHarness &operator=(const ConnectHarness &) = delete;

    /// The default config with the connect-rate limit relaxed (the rate limit test sets its own).
    static emulator::EmulatorConfig relaxed()
    {
        emulator::EmulatorConfig config = emulator::EmulatorConfig::defaults();
        config.limits.connectsPerSecondPerChannel = 1000;
        return config;
    }

    ConnectionSettings settings() const
    {
        ConnectionSettings s;
        s.retry.baseDelayMs = 20;
        s.retry.maxDelayMs = 200;
        s.retry.maxAttempts = 4;
        s.retry.maxElapsedMs = 30000;
        s.requestTimeoutMs = 5000;
        s.handshakeTimeoutMs = 5000;
        s.pingIntervalMs = 0;
        s.pongTimeoutMs = 300;
        s.closeTimeoutMs = 1000;
        s.tls = tls;
        s.environment = QProcessEnvironment();
        return s;
    }

    ConnectionTarget target(const QString &clientId = QStringLiteral("viewer-test")) const
    {
        ConnectionTarget t;
        t.channelArn = kDemoArn;
        t.region = QStringLiteral("us-west-2");
        t.clientId = clientId;
        t.endpoint.explicitUrl = server->controlEndpoint();
        return t;
    }

    std::unique_ptr<ConnectionController> controller(ConnectionTarget t, ConnectionSettings s)
    {
        ConnectionDependencies deps;
        deps.clock = &clock;
        deps.credentials = credentials.get();
        deps.rateLimiter = &limiter;
        deps.random = [] {
            return 0.5;
        };
        deps.runTimer = &runTimer;
        return std::make_unique<ConnectionController>(std::move(t), std::move(s), deps);
    }
    std::unique_ptr<ConnectionController> controller() { return controller(target(), settings()); }

    /// An admin call (POST /emulator/...); returns the JSON answer.
    QJsonObject admin(const QByteArray &path, const QJsonObject &body) const
    {
        QNetworkRequest request(QUrl(server->controlEndpoint() + QString::fromLatin1(path)));
        request.setSslConfiguration(tls.apply());
        request.setRawHeader("Content-Type", "application/json");
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.post(request, QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }
    QJsonObject fault(const QString &action, const QString &errorType, int count = 1) const
    {
        return admin("/emulator/faults", {{QStringLiteral("action"), action},
                                          {QStringLiteral("errorType"), errorType},
                                          {QStringLiteral("count"), count}});
    }

    SystemClock clock;
    emulator::CertificateAuthority authority;
    std::unique_ptr<emulator::EmulatorServer> server;
    TlsOptions tls;
    ConnectRateLimiter limiter{clock, 3, 1250};
    std::unique_ptr<StaticCredentialsProvider> credentials;
    QElapsedTimer runTimer;
};

} // namespace kvs::test
