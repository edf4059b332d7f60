// Over 400 lines on purpose: one job, probing each network path with the real ICE stack (one webrtcbin per
// path, its GStreamer callbacks, the time limit, the proxy, and telling a fast failure's cause: refused,
// DNS, TLS). The results' values, JSON, text and verdict are in networktestreport.cpp.
#include "media/networktest.h"

#include "core/aws/environmentproxy.h"
#include "core/signaling/icecandidate.h"
#include "media/gstsignals.h"
#include "media/gstsupport.h"
#include "media/iceconfiguration.h"

#define GST_USE_UNSTABLE_API
#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <gst/gst.h>
#include <gst/webrtc/webrtc.h>

namespace kvs::media {

namespace {

/// "https://HOST:PORT" of a path, the URL chooseProxy() decides on for TURN over TCP and TLS.
QUrl tcpUrlOf(const NetworkPath &path)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(path.host);
    url.setPort(path.port);
    return url;
}

} // namespace

/// libnice gives up on a silent STUN or TURN server after its own retransmissions (about 2.5 s over UDP
/// with its defaults, then gathering simply ends), which would look like an answer. Stretched past the
/// path's time limit, the agent's gathering ends early only when a server did answer — with an error (TURN:
/// 401 for our credentials) or, for STUN, with an address the agent prunes as equal to a host candidate —
/// or when a TCP connection is refused. False when the libnice agent is not reachable (webrtcbin without
/// its "agent" property): then an early end cannot be told from silence.
namespace {

bool makeAgentPatient(GObject *webrtcIce, int pathTimeoutMs)
{
    if (!g_object_class_find_property(G_OBJECT_GET_CLASS(webrtcIce), "agent"))
        return false;
    GObject *nice = nullptr;
    g_object_get(webrtcIce, "agent", &nice, nullptr);
    if (!nice)
        return false;
    GObjectClass *klass = G_OBJECT_GET_CLASS(nice);
    const bool ok = g_object_class_find_property(klass, "stun-initial-timeout") &&
                    g_object_class_find_property(klass, "stun-max-retransmissions") &&
                    g_object_class_find_property(klass, "stun-reliable-timeout");
    if (ok) {
        // 500 ms doubling 7 times outlasts any path limit (≤ 60 s); TCP waits the limit plus a margin.
        g_object_set(nice, "stun-initial-timeout", 500u, "stun-max-retransmissions", 7u,
                     "stun-reliable-timeout", static_cast<guint>(pathTimeoutMs + 5000), nullptr);
    }
    g_object_unref(nice);
    return ok;
}

} // namespace

/// What GStreamer's threads and the Qt thread share for one path's probe.
struct NetworkProbe
{
    CallbackBridgePtr bridge;
    NetworkTest *owner = nullptr;
    int index = 0;
    GstElement *pipeline = nullptr; ///< owned
    GstElement *webrtc = nullptr;   ///< borrowed from pipeline
    bool settled = false;           ///< the row has its ICE result (Qt thread only)
    bool patientAgent = false;      ///< makeAgentPatient() worked: an early end of gathering is an answer
    QStringList hostAddresses;      ///< host candidates seen (Qt thread only)

    void post(std::function<void(NetworkTest &)> work)
    {
        NetworkTest *target = owner;
        bridge->post([target, work = std::move(work)] { work(*target); });
    }

    static void onIceCandidate(GstElement *, guint, gchar *candidate, gpointer data)
    {
        NetworkProbe &self = sharedFrom<NetworkProbe>(data);
        const QString text = QString::fromUtf8(candidate);
        const int index = self.index;
        self.post([index, text](NetworkTest &test) { test.onCandidate(index, text); });
    }

    static void onGatheringState(GObject *object, GParamSpec *, gpointer data)
    {
        GstWebRTCICEGatheringState state = GST_WEBRTC_ICE_GATHERING_STATE_NEW;
        g_object_get(object, "ice-gathering-state", &state, nullptr);
        if (state != GST_WEBRTC_ICE_GATHERING_STATE_COMPLETE)
            return;
        NetworkProbe &self = sharedFrom<NetworkProbe>(data);
        const int index = self.index;
        self.post([index](NetworkTest &test) { test.onGatheringDone(index); });
    }

    static void onOfferCreated(GstPromise *promise, gpointer data)
    {
        NetworkProbe &self = sharedFrom<NetworkProbe>(data);
        const GstStructure *reply = gst_promise_get_reply(promise);
        GstWebRTCSessionDescription *offer = nullptr;
        if (reply)
            gst_structure_get(reply, "offer", GST_TYPE_WEBRTC_SESSION_DESCRIPTION, &offer, nullptr);
        if (!offer) {
            const int index = self.index;
            self.post([index](NetworkTest &test) {
                test.fail(index, NetworkPathFailure::Pipeline, QStringLiteral("webrtcbin created no offer."));
            });
            return;
        }
        // Setting the local description starts gathering.
        setLocalDescription(self.webrtc, offer);
        gst_webrtc_session_description_free(offer);
    }

    static GstBusSyncReply onBusMessage(GstBus *, GstMessage *, gpointer) { return GST_BUS_DROP; }
};

NetworkTest::NetworkTest(QList<NetworkPath> paths, Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_bridge(std::make_shared<CallbackBridge>(this))
{
    for (const NetworkPath &path : paths) {
        NetworkPathResult row;
        row.path = path;
        m_report.rows.append(row);
    }
    m_probes.resize(static_cast<size_t>(m_report.rows.size()));
    m_pendingChecks.assign(static_cast<size_t>(m_report.rows.size()), 0);
    m_startedAt.assign(static_cast<size_t>(m_report.rows.size()), 0);
}

NetworkTest::~NetworkTest()
{
    m_bridge->detach();
    for (int i = 0; i < static_cast<int>(m_probes.size()); ++i)
        stopProbe(i);
}

void NetworkTest::start()
{
    m_running = true;
    m_report.local = LocalNetwork::current();
    m_clock.start();
    for (int i = 0; i < m_report.rows.size(); ++i)
        startPath(i);
    if (m_report.rows.isEmpty())
        QTimer::singleShot(0, this, &NetworkTest::finishIfDone);
}

void NetworkTest::startPath(int index)
{
    NetworkPathResult &row = m_report.rows[index];
    row.status = NetworkPathStatus::Running;
    m_startedAt[static_cast<size_t>(index)] = m_clock.elapsed();
    emit rowChanged(index, row);
    if (row.path.webrtcUri.isEmpty()) {
        fail(index, NetworkPathFailure::Unsupported,
             QStringLiteral("libnice has no STUN over TLS (stuns:); browsers do not use it either."));
        return;
    }
    QTimer::singleShot(m_options.pathTimeoutMs, Qt::PreciseTimer, this, [this, index] { onTimeout(index); });
    if (row.path.kind == NetworkPathKind::TurnTls)
        checkTls(index);

    // The name is resolved here first so that a DNS failure is told apart from a silent server.
    const QString host = row.path.host;
    auto launch = [this, index](const QString &httpProxy) {
        NetworkPathResult &current = m_report.rows[index];
        if (current.status != NetworkPathStatus::Running)
            return;
        QString error;
        if (!initGStreamer(&error)) {
            fail(index, NetworkPathFailure::Pipeline, error);
            return;
        }
        const QStringList missing = missingElements({QStringLiteral("webrtcbin"), QStringLiteral("nicesrc")});
        if (!missing.isEmpty()) {
            fail(index, NetworkPathFailure::Pipeline,
                 QStringLiteral("GStreamer elements missing: %1 (install %2).")
                     .arg(missing.join(QStringLiteral(", ")), packageForElement(missing.first())));
            return;
        }
        auto probe = std::make_shared<NetworkProbe>();
        probe->bridge = m_bridge;
        probe->owner = this;
        probe->index = index;
        probe->pipeline = gst_pipeline_new(nullptr);
        probe->webrtc = gst_element_factory_make("webrtcbin", nullptr);
        GstElement *webrtc = probe->webrtc;
        g_object_set(webrtc, "bundle-policy", GST_WEBRTC_BUNDLE_POLICY_MAX_BUNDLE, nullptr);
        if (!httpProxy.isEmpty())
            g_object_set(webrtc, "http-proxy", httpProxy.toUtf8().constData(), nullptr);
        gst_bin_add(reinterpret_cast<GstBin *>(probe->pipeline), webrtc);
        if (current.path.kind == NetworkPathKind::Stun) {
            g_object_set(webrtc, "stun-server", current.path.webrtcUri.toUtf8().constData(), nullptr);
        } else {
            g_object_set(webrtc, "ice-transport-policy", GST_WEBRTC_ICE_TRANSPORT_POLICY_RELAY, nullptr);
            gboolean added = FALSE;
            g_signal_emit_by_name(webrtc, "add-turn-server", current.path.webrtcUri.toUtf8().constData(),
                                  &added);
            if (!added) {
                gst_object_unref(probe->pipeline);
                fail(index, NetworkPathFailure::Pipeline,
                     QStringLiteral("webrtcbin did not accept the TURN URI."));
                return;
            }
        }
        GstWebRTCICE *agent = nullptr;
        g_object_get(webrtc, "ice-agent", &agent, nullptr);
        if (agent) {
            if (m_options.loopbackCandidates) {
                gboolean added = FALSE;
                g_signal_emit_by_name(agent, "add-local-ip-address", "127.0.0.1", &added);
            }
            probe->patientAgent = makeAgentPatient(G_OBJECT(agent), m_options.pathTimeoutMs);
            gst_object_unref(agent);
        }
        GstCaps *caps = gst_caps_from_string("application/x-rtp,media=audio,encoding-name=OPUS,payload=111,"
                                             "clock-rate=48000");
        GstWebRTCRTPTransceiver *transceiver = nullptr;
        g_signal_emit_by_name(webrtc, "add-transceiver", GST_WEBRTC_RTP_TRANSCEIVER_DIRECTION_RECVONLY, caps,
                              &transceiver);
        gst_caps_unref(caps);
        if (transceiver)
            gst_object_unref(transceiver);
        connectShared(webrtc, "on-ice-candidate", &NetworkProbe::onIceCandidate, probe);
        connectShared(webrtc, "notify::ice-gathering-state", &NetworkProbe::onGatheringState, probe);
        GstBus *bus = gst_element_get_bus(probe->pipeline);
        gst_bus_set_sync_handler(bus, &NetworkProbe::onBusMessage, nullptr, nullptr);
        gst_object_unref(bus);
        m_probes[static_cast<size_t>(index)] = probe;
        if (gst_element_set_state(probe->pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
            fail(index, NetworkPathFailure::Pipeline,
                 QStringLiteral("The probe's pipeline could not start."));
            return;
        }
        emitWithReply(webrtc, "create-offer", nullptr, &NetworkProbe::onOfferCreated, sharedData(probe),
                      &deleteSharedData<NetworkProbe>);
    };
    if (!QHostAddress(host).isNull()) {
        withProxy(index, launch);
        return;
    }
    QHostInfo::lookupHost(host, this, [this, index, launch](const QHostInfo &info) {
        if (m_report.rows[index].status != NetworkPathStatus::Running)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            fail(index, NetworkPathFailure::Dns,
                 QStringLiteral("%1 does not resolve: %2")
                     .arg(m_report.rows[index].path.host, info.errorString()));
            return;
        }
        withProxy(index, launch);
    });
}

void NetworkTest::withProxy(int index, const std::function<void(const QString &)> &launch)
{
    const NetworkPath &path = m_report.rows[index].path;
    const ProxyChoice proxy = path.kind == NetworkPathKind::TurnTcp || path.kind == NetworkPathKind::TurnTls
                                  ? chooseProxy(tcpUrlOf(path), m_options.environment)
                                  : ProxyChoice{};
    if (!proxy.used()) {
        launch({});
        return;
    }
    m_report.rows[index].proxy = proxy.hostPort() + QStringLiteral(" (from ") + proxy.source + u')';
    QHostInfo::lookupHost(proxy.proxy.hostName(), this, [this, index, proxy, launch](const QHostInfo &info) {
        if (m_report.rows[index].status != NetworkPathStatus::Running)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            fail(index, NetworkPathFailure::Dns,
                 QStringLiteral("the HTTP proxy %1 does not resolve: %2")
                     .arg(proxy.hostPort(), info.errorString()));
            return;
        }
        launch(webrtcHttpProxy(proxy.proxy, info.addresses()));
    });
}

void NetworkTest::onCandidate(int index, const QString &candidate)
{
    NetworkPathResult &row = m_report.rows[index];
    if (row.status != NetworkPathStatus::Running)
        return;
    const Result<IceCandidate> parsed = IceCandidate::parse(candidate);
    if (!parsed)
        return;
    const bool wanted = row.path.kind == NetworkPathKind::Stun ? parsed->type == CandidateType::Srflx
                                                               : parsed->type == CandidateType::Relay;
    if (parsed->type == CandidateType::Host) {
        if (const auto &probe = m_probes[static_cast<size_t>(index)])
            probe->hostAddresses.append(parsed->address);
    }
    if (!wanted)
        return;
    const QString host =
        parsed->address.contains(u':') ? QString(u'[' + parsed->address + u']') : parsed->address;
    const QString address = host + u':' + QString::number(parsed->port);
    pass(index, address);
}

void NetworkTest::onGatheringDone(int index)
{
    NetworkPathResult &row = m_report.rows[index];
    if (row.status != NetworkPathStatus::Running)
        return;
    // Gathering ended before the time limit without the candidate we wanted: the server answered (or the
    // connection was refused), it did not stay silent.
    classifyFastFailure(index);
}

void NetworkTest::classifyFastFailure(int index)
{
    NetworkPathResult &row = m_report.rows[index];
    bool patient = false;
    QStringList hosts;
    if (auto &probe = m_probes[static_cast<size_t>(index)]) {
        probe->settled = true;
        patient = probe->patientAgent;
        hosts = probe->hostAddresses;
    }
    stopProbe(index);
    if (!patient) {
        fail(index, NetworkPathFailure::Timeout,
             QStringLiteral("the ICE agent gave up without a candidate (its own retransmission limit)"));
        return;
    }
    if (row.path.kind == NetworkPathKind::Stun) {
        // libnice prunes a server-reflexive candidate equal to a host candidate: the server answered with
        // this machine's own address.
        row.status = NetworkPathStatus::Running;
        m_probes[static_cast<size_t>(index)] = nullptr;
        hosts.removeDuplicates();
        const QString address = hosts.isEmpty() ? QString() : hosts.first();
        pass(index, address,
             QStringLiteral("the server answered with this machine's own address: no NAT in between"));
        return;
    }
    if (row.path.kind == NetworkPathKind::TurnUdp) {
        fail(index, NetworkPathFailure::Refused,
             QStringLiteral("TURN refused our credentials (the server answered, no relay was allocated)"));
        return;
    }
    // TCP: did anything accept the connection? That tells a refused credential from a refused connection.
    auto *socket = new QTcpSocket(this);
    ++m_pendingChecks[static_cast<size_t>(index)];
    auto done = std::make_shared<bool>(false);
    auto conclude = [this, index, socket, done](NetworkPathFailure failure, const QString &detail) {
        if (*done)
            return;
        *done = true;
        socket->abort();
        socket->deleteLater();
        --m_pendingChecks[static_cast<size_t>(index)];
        if (m_report.rows[index].status == NetworkPathStatus::Running)
            fail(index, failure, detail);
        else
            settle(index);
    };
    connect(socket, &QTcpSocket::connected, this, [conclude] {
        conclude(
            NetworkPathFailure::Refused,
            QStringLiteral("TURN refused our credentials (the server accepted the connection, no relay was "
                           "allocated)"));
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [conclude, socket](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::ConnectionRefusedError)
            conclude(NetworkPathFailure::ConnectionRefused,
                     QStringLiteral("nothing accepts TCP connections on that port"));
        else
            conclude(NetworkPathFailure::Timeout, socket->errorString());
    });
    QTimer::singleShot(3000, socket, [conclude] {
        conclude(NetworkPathFailure::Timeout, QStringLiteral("no answer to a TCP connection"));
    });
    socket->setProxy(chooseProxy(tcpUrlOf(row.path), m_options.environment).proxy);
    socket->connectToHost(row.path.host, row.path.port);
}

void NetworkTest::checkTls(int index)
{
    const NetworkPath &path = m_report.rows[index].path;
    auto *socket = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_options.tlsCaFile.isEmpty()) {
        QList<QSslCertificate> cas = tls.caCertificates();
        cas += QSslCertificate::fromPath(m_options.tlsCaFile);
        tls.setCaCertificates(cas);
    }
    socket->setSslConfiguration(tls);
    socket->setProxy(chooseProxy(tcpUrlOf(path), m_options.environment).proxy);
    ++m_pendingChecks[static_cast<size_t>(index)];
    auto done = std::make_shared<bool>(false);
    auto conclude = [this, index, socket, done](const QString &text) {
        if (*done)
            return;
        *done = true;
        socket->abort();
        socket->deleteLater();
        m_report.rows[index].tls = text;
        --m_pendingChecks[static_cast<size_t>(index)];
        settle(index);
    };
    connect(socket, &QSslSocket::encrypted, this,
            [conclude] { conclude(QStringLiteral("TLS handshake ok, certificate verified")); });
    connect(socket, &QSslSocket::sslErrors, this, [conclude](const QList<QSslError> &errors) {
        QStringList words;
        for (const QSslError &error : errors)
            words.append(error.errorString());
        conclude(QStringLiteral("TLS failure: ") + words.join(QStringLiteral("; ")));
    });
    connect(socket, &QSslSocket::errorOccurred, this, [conclude, socket](QAbstractSocket::SocketError) {
        conclude(QStringLiteral("TLS failure: ") + socket->errorString());
    });
    QTimer::singleShot(std::max(1000, m_options.pathTimeoutMs - 500), socket,
                       [conclude] { conclude(QStringLiteral("TLS failure: no TLS answer in time")); });
    socket->connectToHostEncrypted(path.host, path.port);
}

void NetworkTest::onTimeout(int index)
{
    NetworkPathResult &row = m_report.rows[index];
    if (row.status != NetworkPathStatus::Running)
        return;
    const auto &probe = m_probes[static_cast<size_t>(index)];
    if (probe && probe->settled)
        return; // a quick check after a fast failure is deciding
    fail(index, NetworkPathFailure::Timeout,
         QStringLiteral("no answer within %1 s (packets dropped: firewall, VPN, or nothing at that address)")
             .arg(m_options.pathTimeoutMs / 1000.0));
}

void NetworkTest::pass(int index, const QString &address, const QString &detail)
{
    NetworkPathResult &row = m_report.rows[index];
    if (row.status != NetworkPathStatus::Running)
        return;
    if (auto &probe = m_probes[static_cast<size_t>(index)]) {
        if (probe->settled)
            return;
        probe->settled = true;
    }
    row.elapsedMs = m_clock.elapsed() - m_startedAt[static_cast<size_t>(index)];
    row.address = address;
    row.detail = detail;
    row.failure = NetworkPathFailure::None;
    row.status = NetworkPathStatus::Passed; // final unless a check is pending; settle() reports it
    stopProbe(index);
    settle(index);
}

void NetworkTest::fail(int index, NetworkPathFailure failure, const QString &detail)
{
    NetworkPathResult &row = m_report.rows[index];
    if (row.status != NetworkPathStatus::Running)
        return;
    if (auto &probe = m_probes[static_cast<size_t>(index)])
        probe->settled = true;
    row.elapsedMs = m_clock.elapsed() - m_startedAt[static_cast<size_t>(index)];
    row.failure = failure;
    row.detail = detail;
    row.status = NetworkPathStatus::Failed;
    stopProbe(index);
    settle(index);
}

void NetworkTest::settle(int index)
{
    NetworkPathResult &row = m_report.rows[index];
    if (row.status == NetworkPathStatus::Running || m_pendingChecks[static_cast<size_t>(index)] > 0)
        return;
    // turns: the ICE agent answered "refused" after a TCP connection; the TLS handshake tells more.
    if (row.status == NetworkPathStatus::Failed && row.path.kind == NetworkPathKind::TurnTls &&
        row.failure == NetworkPathFailure::Refused) {
        if (row.tls.startsWith(u"TLS failure")) {
            row.failure = NetworkPathFailure::TlsFailed;
            row.detail = QStringLiteral("no relay, and TLS with that port fails");
        } else if (!row.tls.isEmpty()) {
            row.failure = NetworkPathFailure::Unsupported;
            row.detail =
                QStringLiteral("the server speaks TLS, but libnice (this viewer's ICE agent) sends TURN "
                               "over plain TCP to turns: URIs, so only a browser can use this path");
        }
    }
    emit rowChanged(index, row);
    finishIfDone();
}

void NetworkTest::finishIfDone()
{
    if (!m_running)
        return;
    for (int i = 0; i < m_report.rows.size(); ++i) {
        const NetworkPathResult &row = m_report.rows.at(i);
        if (row.status == NetworkPathStatus::Running || row.status == NetworkPathStatus::Pending ||
            m_pendingChecks[static_cast<size_t>(i)] > 0)
            return;
    }
    m_running = false;
    m_report.finished = true;
    m_report.elapsedMs = m_clock.elapsed();
    emit finished(m_report);
}

void NetworkTest::stopProbe(int index)
{
    std::shared_ptr<NetworkProbe> probe = std::move(m_probes[static_cast<size_t>(index)]);
    m_probes[static_cast<size_t>(index)] = nullptr;
    if (!probe || !probe->pipeline)
        return;
    gst_element_set_state(probe->pipeline, GST_STATE_NULL);
    gst_object_unref(probe->pipeline);
    probe->pipeline = nullptr;
    probe->webrtc = nullptr;
}

} // namespace kvs::media
