#include "media/webrtcstats.h"

#include "media/gstsignals.h"

#define GST_USE_UNSTABLE_API
#include <QHash>
#include <QHostAddress>

#include <gst/gst.h>
#include <gst/webrtc/webrtc.h>

namespace kvs::media {
namespace {

QString stringField(const GstStructure *s, const char *name)
{
    const gchar *value = gst_structure_get_string(s, name);
    return value ? QString::fromUtf8(value) : QString();
}

qint64 integerField(const GstStructure *s, const char *name)
{
    const GValue *value = gst_structure_get_value(s, name);
    if (!value)
        return 0;
    GValue converted = G_VALUE_INIT;
    g_value_init(&converted, G_TYPE_INT64);
    qint64 out = 0;
    if (g_value_transform(value, &converted))
        out = g_value_get_int64(&converted);
    g_value_unset(&converted);
    return out;
}

double doubleField(const GstStructure *s, const char *name)
{
    double out = 0;
    gst_structure_get_double(s, name, &out);
    return out;
}

/// A candidate-type field may be an enum (GstWebRTCICECandidateType) or a string depending on the version.
QString candidateTypeField(const GstStructure *s)
{
    const GValue *value = gst_structure_get_value(s, "candidate-type");
    if (!value)
        return {};
    if (valueHolds(value, G_TYPE_STRING))
        return QString::fromUtf8(g_value_get_string(value));
    GValue asString = G_VALUE_INIT;
    g_value_init(&asString, G_TYPE_STRING);
    QString out;
    if (g_value_transform(value, &asString) && g_value_get_string(&asString))
        out = QString::fromUtf8(g_value_get_string(&asString));
    g_value_unset(&asString);
    if (out.isEmpty()) {
        gint number = 0;
        if (valueHolds(value, G_TYPE_ENUM))
            number = g_value_get_enum(value);
        static const char *const names[] = {"host", "srflx", "prflx", "relay"};
        if (number >= 0 && number < 4)
            out = QString::fromLatin1(names[number]);
    }
    // Some versions print enum nicks like "server-reflexive".
    if (out.contains(u"server"))
        return QStringLiteral("srflx");
    if (out.contains(u"peer"))
        return QStringLiteral("prflx");
    return out;
}

struct Collector
{
    QHash<QString, const GstStructure *> byId;
    QList<const GstStructure *> all;
};

gboolean collect(GQuark, const GValue *value, gpointer data)
{
    auto *collector = static_cast<Collector *>(data);
    if (!valueHolds(value, GST_TYPE_STRUCTURE))
        return TRUE;
    const GstStructure *s = gst_value_get_structure(value);
    collector->all.append(s);
    const QString id = stringField(s, "id");
    if (!id.isEmpty())
        collector->byId.insert(id, s);
    return TRUE;
}

GstWebRTCStatsType statsType(const GstStructure *s)
{
    GstWebRTCStatsType type = GST_WEBRTC_STATS_CODEC;
    if (!gst_structure_get_enum(s, "type", GST_TYPE_WEBRTC_STATS_TYPE, reinterpret_cast<gint *>(&type)))
        return static_cast<GstWebRTCStatsType>(-1);
    return type;
}

CandidateEndpoint endpointFrom(const GstStructure *s)
{
    CandidateEndpoint out;
    if (!s)
        return out;
    out.type = candidateTypeField(s);
    out.protocol = stringField(s, "protocol").toLower();
    out.relayProtocol = stringField(s, "relay-protocol").toLower();
    out.address = stringField(s, "address");
    if (out.address.isEmpty())
        out.address = stringField(s, "ip");
    out.port = static_cast<int>(integerField(s, "port"));
    return out;
}

} // namespace

QString CandidateEndpoint::text() const
{
    QString out = type + u'/' + protocol + u' ' + address + u':' + QString::number(port);
    if (type == u"relay" && !relayProtocol.isEmpty())
        out += QStringLiteral(" (TURN over %1)").arg(relayProtocol);
    return out;
}

QString SelectedPair::text() const
{
    QString detail = local.protocol;
    if (local.type == u"relay" && !local.relayProtocol.isEmpty())
        detail += QStringLiteral(", TURN over %1").arg(local.relayProtocol);
    return QStringLiteral("%1 ↔ %2 (%3)").arg(local.type, remote.type, detail);
}

QJsonObject SelectedPair::toJson(bool maskAddresses) const
{
    auto side = [maskAddresses](const CandidateEndpoint &e) {
        QJsonObject o{{QStringLiteral("type"), e.type},
                      {QStringLiteral("protocol"), e.protocol},
                      {QStringLiteral("address"), maskAddresses ? maskAddress(e.address) : e.address},
                      {QStringLiteral("port"), e.port}};
        if (!e.relayProtocol.isEmpty())
            o.insert(QStringLiteral("relayProtocol"), e.relayProtocol);
        return o;
    };
    return QJsonObject{{QStringLiteral("local"), side(local)}, {QStringLiteral("remote"), side(remote)}};
}

WebrtcStatsSnapshot parseWebrtcStats(const GstStructure *reply)
{
    WebrtcStatsSnapshot out;
    if (!reply)
        return out;
    if (qEnvironmentVariableIsSet("KVS_MEDIA_DUMP_STATS")) { // developer aid: webrtcbin's raw stats
        gchar *text = gst_structure_to_string(reply);
        qInfo("%s", text);
        g_free(text);
    }
    Collector collector;
    gst_structure_foreach(reply, collect, &collector);
    QString selectedPairId;
    for (const GstStructure *s : std::as_const(collector.all)) {
        switch (statsType(s)) {
        case GST_WEBRTC_STATS_INBOUND_RTP: {
            // webrtcbin 1.22 labels every stream of a BUNDLE with the first transceiver's kind and codec;
            // the RTP source's clock rate tells video (90 kHz) from audio.
            bool audio = stringField(s, "kind") == u"audio";
            const GstStructure *source = nullptr;
            if (gst_structure_get(s, "gst-rtpsource-stats", GST_TYPE_STRUCTURE, &source, nullptr) && source) {
                int clockRate = 0;
                if (gst_structure_get_int(source, "clock-rate", &clockRate) && clockRate > 0)
                    audio = clockRate != 90000;
                gst_structure_free(const_cast<GstStructure *>(source));
            }
            if (audio) {
                out.audioBytesReceived += integerField(s, "bytes-received");
                out.audioPacketsLost += integerField(s, "packets-lost");
            } else {
                out.videoBytesReceived += integerField(s, "bytes-received");
                out.videoPacketsReceived += integerField(s, "packets-received");
                out.videoPacketsLost += integerField(s, "packets-lost");
                out.videoJitterSeconds = std::max(out.videoJitterSeconds, doubleField(s, "jitter"));
            }
            break;
        }
        case GST_WEBRTC_STATS_TRANSPORT:
            if (selectedPairId.isEmpty())
                selectedPairId = stringField(s, "selected-candidate-pair-id");
            break;
        case GST_WEBRTC_STATS_CANDIDATE_PAIR:
            ++out.candidatePairsTried;
            break;
        default:
            break;
        }
    }
    const GstStructure *pair = collector.byId.value(selectedPairId);
    if (!pair) {
        // Older webrtcbin lists only the selected pair.
        for (const GstStructure *s : std::as_const(collector.all))
            if (statsType(s) == GST_WEBRTC_STATS_CANDIDATE_PAIR) {
                pair = s;
                break;
            }
    }
    if (pair) {
        const GstStructure *local = collector.byId.value(stringField(pair, "local-candidate-id"));
        const GstStructure *remote = collector.byId.value(stringField(pair, "remote-candidate-id"));
        if (local && remote)
            out.selectedPair = SelectedPair{endpointFrom(local), endpointFrom(remote)};
    }
    return out;
}

QString maskAddress(const QString &address)
{
    const QHostAddress parsed(address);
    if (parsed.protocol() == QAbstractSocket::IPv4Protocol) {
        const QStringList parts = address.split(u'.');
        return parts.value(0) + u'.' + parts.value(1) + QStringLiteral(".x.x");
    }
    if (parsed.protocol() == QAbstractSocket::IPv6Protocol) {
        const QStringList parts = address.split(u':');
        return parts.value(0) + u':' + parts.value(1) + QStringLiteral(":x:x:x:x:x:x");
    }
    return address.isEmpty() ? address : QStringLiteral("x.local");
}

} // namespace kvs::media
