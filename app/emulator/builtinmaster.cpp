#include "emulator/builtinmaster.h"

#include "emulator/emulatorlog.h"
#include "emulator/sdpanswerer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace kvs::emulator {
namespace {

const QString kSdpAnswer = QStringLiteral("SDP_ANSWER");
const QString kIceCandidate = QStringLiteral("ICE_CANDIDATE");

QString base64Json(const QJsonObject &object)
{
    return QString::fromLatin1(QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64());
}

} // namespace

BuiltInMaster::BuiltInMaster(FaultInjector &faults, Send send, QObject *parent)
    : QObject(parent)
    , m_faults(faults)
    , m_send(std::move(send))
{}

BuiltInMaster::~BuiltInMaster() = default;

void BuiltInMaster::addRemoteCandidate(const QString &channelArn, const QString &viewerId,
                                       const QString &payload)
{
    const auto peer = m_peers.find(channelArn + u'|' + viewerId);
    if (peer == m_peers.end())
        return;
    const QJsonObject candidate =
        QJsonDocument::fromJson(QByteArray::fromBase64(payload.toLatin1())).object();
    peer->second->addRemoteCandidate(candidate.value(u"sdpMLineIndex").toInt(0),
                                     candidate.value(u"candidate").toString());
}

void BuiltInMaster::forget(const QString &channelArn, const QString &viewerId)
{
    m_peers.erase(channelArn + u'|' + viewerId);
}

void BuiltInMaster::answer(const QString &channelArn, const QString &viewerId, const QString &offerPayload,
                           bool withMedia)
{
    const QJsonObject offer =
        QJsonDocument::fromJson(QByteArray::fromBase64(offerPayload.toLatin1())).object();
    if (m_media && withMedia) {
        answerWithMedia(channelArn, viewerId, offerPayload);
        return;
    }
    const QString answerSdp = SdpAnswerer::answerFor(offer.value(u"sdp").toString());
    if (answerSdp.isEmpty()) {
        logLine(
            QStringLiteral("built-in master: the offer from %1 has no m-line; not answered").arg(viewerId));
        return;
    }
    const QJsonObject answer{{QStringLiteral("type"), QStringLiteral("answer")},
                             {QStringLiteral("sdp"), answerSdp}};
    m_send(channelArn, viewerId, kSdpAnswer, base64Json(answer));
    for (const QJsonObject &candidate : SdpAnswerer::candidatesFor(answerSdp))
        m_send(channelArn, viewerId, kIceCandidate, base64Json(candidate));
    ++m_answers;
    logLine(QStringLiteral("built-in master answered %1 on %2").arg(viewerId, channelArn));
}

void BuiltInMaster::answerWithMedia(const QString &channelArn, const QString &viewerId,
                                    const QString &offerPayload)
{
    const QString offerSdp = QJsonDocument::fromJson(QByteArray::fromBase64(offerPayload.toLatin1()))
                                 .object()
                                 .value(u"sdp")
                                 .toString();
    const QString key = channelArn + u'|' + viewerId;
    m_peers.erase(key); // a new offer from the same viewer replaces its session
    const bool sendMedia = !m_faults.take(QStringLiteral("MasterMedia")).has_value();
    QPointer<BuiltInMaster> self(this);
    MasterMediaCallbacks callbacks;
    callbacks.answer = [this, self, channelArn, viewerId](const QString &sdp) {
        if (!self)
            return;
        sendFromPeer(
            channelArn, viewerId, kSdpAnswer,
            QJsonObject{{QStringLiteral("type"), QStringLiteral("answer")}, {QStringLiteral("sdp"), sdp}});
        ++m_answers;
        logLine(QStringLiteral("built-in master answered %1 on %2 (media)").arg(viewerId, channelArn));
    };
    callbacks.candidate = [this, self, channelArn, viewerId](int index, const QString &mid,
                                                             const QString &line) {
        if (!self)
            return;
        sendFromPeer(channelArn, viewerId, kIceCandidate,
                     QJsonObject{{QStringLiteral("candidate"), line},
                                 {QStringLiteral("sdpMid"), mid},
                                 {QStringLiteral("sdpMLineIndex"), index}});
    };
    callbacks.failed = [this, self, channelArn, viewerId, offerPayload](const QString &message) {
        logLine(QStringLiteral("built-in master: no media for %1 on %2 (%3); answering with SDP only")
                    .arg(viewerId, channelArn, message));
        // Signaling-only clients (test fixtures, probes with codecs it cannot send) still get an answer.
        QTimer::singleShot(0, this, [this, self, channelArn, viewerId, offerPayload] {
            if (self)
                answer(channelArn, viewerId, offerPayload, false);
        });
    };
    std::unique_ptr<MasterMediaPeer> peer = m_media(offerSdp, sendMedia, std::move(callbacks));
    if (peer)
        m_peers[key] = std::move(peer);
}

void BuiltInMaster::sendFromPeer(const QString &channelArn, const QString &viewerId, const QString &type,
                                 const QJsonObject &payload)
{
    if (type == kIceCandidate) {
        if (std::optional<Fault> fault = m_faults.take(QStringLiteral("IceCandidate"));
            fault && fault->drop) {
            logLine(
                QStringLiteral("fault: dropped the built-in master's ICE_CANDIDATE for %1").arg(viewerId));
            return;
        }
    }
    m_send(channelArn, viewerId, type, base64Json(payload));
}

} // namespace kvs::emulator
