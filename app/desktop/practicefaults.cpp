#include "desktop/practicefaults.h"

#include "core/aws/sigv4.h"
#include "emulator/emulatorserver.h"
#include "emulator/faultinjector.h"
#include "emulator/signalinghub.h"

#include <QJsonObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

namespace kvs {

PracticeFaults::PracticeFaults(emulator::EmulatorServer *server, QString channelArn,
                               std::function<QString()> clientId, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_channelArn(std::move(channelArn))
    , m_clientId(std::move(clientId))
    , m_armedTimer(new QTimer(this))
{
    // Faults fire inside the emulator, which says nothing when one is used up: the indicator looks.
    m_armedTimer->setInterval(250);
    connect(m_armedTimer, &QTimer::timeout, this, &PracticeFaults::checkArmed);
}

QStringList PracticeFaults::armed() const
{
    QStringList out;
    for (const QJsonValue &value : m_server->faults().pending()) {
        const QJsonObject fault = value.toObject();
        const QString what = fault.value(u"errorType").toString().isEmpty()
                                 ? (fault.value(u"drop").toBool() ? tr("dropped") : tr("delayed"))
                                 : fault.value(u"errorType").toString();
        out.append(tr("%1: %2 ×%3")
                       .arg(fault.value(u"action").toString(), what)
                       .arg(fault.value(u"count").toInt(1)));
    }
    if (clockMoved())
        out.append(
            tr("service clock %1 min ahead").arg(qRound(m_server->config().clockOffsetSeconds / 60.0)));
    if (m_rivalConnectsLeft > 0)
        out.append(tr("a second viewer takes the ClientId over"));
    return out;
}

bool PracticeFaults::clockMoved() const
{
    return m_server->config().clockOffsetSeconds != 0;
}

void PracticeFaults::checkArmed()
{
    const QStringList now = armed();
    if (now.isEmpty())
        m_armedTimer->stop();
    else if (!m_armedTimer->isActive())
        m_armedTimer->start();
    if (now == m_lastArmed)
        return;
    m_lastArmed = now;
    emit armedChanged(now);
}

void PracticeFaults::resetClock()
{
    if (!clockMoved())
        return;
    m_server->setClockOffsetSeconds(0);
    endCurrentConnection(QStringLiteral("Practice: the service restarts this connection"));
    checkArmed();
}

void PracticeFaults::clearAll()
{
    m_server->faults().clear(); // what the admin API armed too (DELETE /emulator/faults)
    m_mediaFaultsArmed = false;
    m_rivalConnectsLeft = 0;
    for (const QPointer<QWebSocket> &rival : std::as_const(m_rivals))
        if (rival)
            rival->abort();
    m_rivals.clear();
    resetClock();
    checkArmed();
}

void PracticeFaults::arm(const QString &action, const QString &errorType, int count, const QString &message)
{
    QJsonObject fault{{QStringLiteral("action"), action},
                      {QStringLiteral("errorType"), errorType},
                      {QStringLiteral("count"), count}};
    if (!message.isEmpty())
        fault.insert(QStringLiteral("message"), message);
    m_server->faults().arm(fault);
    checkArmed();
}

void PracticeFaults::endCurrentConnection(const QString &reason)
{
    m_server->hub()->closeConnections(m_channelArn, m_clientId(), 1011, reason);
}

void PracticeFaults::throttle()
{
    // Each refused connect is followed by the engine's diagnostic replay of the same request (to read the
    // error the WebSocket API hides), and the service counts both: 3 connects are 6 requests.
    arm(QStringLiteral("ConnectAsViewer"), QStringLiteral("ClientLimitExceededException"), 6);
    endCurrentConnection(QStringLiteral("Practice: the service restarts this connection"));
}

void PracticeFaults::skewClock()
{
    m_server->setClockOffsetSeconds(7 * 60);
    endCurrentConnection(QStringLiteral("Practice: the service restarts this connection"));
    checkArmed();
}

void PracticeFaults::accessDenied()
{
    // A missing permission persists: the connect and the engine's diagnostic replay of it both see 403.
    arm(QStringLiteral("ConnectAsViewer"), QStringLiteral("AccessDeniedException"), 2,
        QStringLiteral("User: arn:aws:iam::111122223333:user/qa is not authorized to perform: "
                       "kinesisvideo:ConnectAsViewer on resource: %1")
            .arg(m_channelArn));
    endCurrentConnection(QStringLiteral("Practice: the service restarts this connection"));
}

void PracticeFaults::notFound()
{
    arm(QStringLiteral("GetSignalingChannelEndpoint"), QStringLiteral("ResourceNotFoundException"), 1,
        QStringLiteral("The requested channel is not found or not active."));
    endCurrentConnection(QStringLiteral("Practice: the service restarts this connection"));
}

void PracticeFaults::goAway()
{
    m_server->hub()->goAway(m_channelArn, m_clientId(), 3.0);
}

void PracticeFaults::dropLink()
{
    m_server->hub()->dropConnections(m_channelArn, m_clientId());
}

void PracticeFaults::takeover()
{
    m_rivalConnectsLeft = 4;
    connectRival();
    checkArmed();
}

void PracticeFaults::connectRival()
{
    if (m_rivalConnectsLeft <= 0)
        return;
    --m_rivalConnectsLeft;
    const auto &identity = m_server->config().identities.constFirst();
    sigv4::PresignRequest request;
    request.endpoint = m_server->wssEndpoint();
    request.region = m_server->config().channels.constFirst().region;
    request.credentials = {identity.accessKeyId, identity.secretAccessKey, identity.sessionToken};
    request.signingTime = m_server->now();
    request.queryParameters = {{QStringLiteral("X-Amz-ChannelARN"), m_channelArn},
                               {QStringLiteral("X-Amz-ClientId"), m_clientId()}};
    const auto url = sigv4::presignUrl(request);
    if (!url)
        return;
    // The rival trusts the emulator's CA like any client; it reconnects whenever it is replaced.
    auto *rival = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_rivals.append(rival);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificate(m_server->certificateAuthority().caCertificate());
    rival->setSslConfiguration(tls);
    connect(rival, &QWebSocket::disconnected, this, [this, rival] {
        rival->deleteLater();
        QTimer::singleShot(1500, this, &PracticeFaults::connectRival);
    });
    rival->open(QUrl::fromEncoded(url.value(), QUrl::StrictMode));
}

void PracticeFaults::noMedia()
{
    clearMediaFaults();
    m_server->faults().arm(QJsonObject{{QStringLiteral("action"), QStringLiteral("MasterMedia")},
                                       {QStringLiteral("drop"), true},
                                       {QStringLiteral("count"), 1}});
    m_mediaFaultsArmed = true;
    checkArmed();
    emit mediaRestartRequested(false);
}

void PracticeFaults::blockIce()
{
    clearMediaFaults();
    // Enough for every candidate of a run, both ways; the user's next Connect clears what is left.
    m_server->faults().arm(QJsonObject{{QStringLiteral("action"), QStringLiteral("IceCandidate")},
                                       {QStringLiteral("drop"), true},
                                       {QStringLiteral("count"), 1000}});
    m_mediaFaultsArmed = true;
    checkArmed();
    emit mediaRestartRequested(false);
}

void PracticeFaults::turnOnly()
{
    clearMediaFaults();
    emit mediaRestartRequested(true);
}

void PracticeFaults::clearMediaFaults()
{
    if (!m_mediaFaultsArmed)
        return;
    m_mediaFaultsArmed = false;
    m_server->faults().clear();
    checkArmed();
}

} // namespace kvs
