#include "core/connection/masterprobe.h"

#include "core/common/duration.h"
#include "core/connection/connectioncontroller.h"
#include "core/signaling/sdpofferbuilder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace kvs {

namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::MasterProbe)
};

QJsonObject tallyJson(const CandidateTally &tally)
{
    QJsonObject object;
    for (int t = 0; t < kCandidateTypeCount; ++t) {
        for (int p = 0; p < kCandidateTransportCount; ++p) {
            const int count = tally.count(CandidateType(t), CandidateTransport(p));
            if (count > 0)
                object.insert(candidateTypeName(CandidateType(t)) + u'/' +
                                  candidateTransportName(CandidateTransport(p)),
                              count);
        }
    }
    return object;
}

} // namespace

QJsonObject ProbeResult::toJson() const
{
    QJsonObject object{{QStringLiteral("answered"), answered},
                       {QStringLiteral("sent"), sent},
                       {QStringLiteral("timeoutMs"), timeoutMs},
                       {QStringLiteral("correlationId"), correlationId}};
    if (answered)
        object.insert(QStringLiteral("roundTripMs"), roundTripMs);
    if (answer) {
        QJsonArray media;
        for (const SdpMediaSummary &m : answer->media)
            media.append(QJsonObject{{QStringLiteral("kind"), m.kind},
                                     {QStringLiteral("mid"), m.mid},
                                     {QStringLiteral("direction"), m.direction},
                                     {QStringLiteral("port"), m.port},
                                     {QStringLiteral("codecs"), QJsonArray::fromStringList(m.codecs)}});
        object.insert(QStringLiteral("media"), media);
        object.insert(QStringLiteral("answerCandidates"), tallyJson(answer->candidates));
        object.insert(QStringLiteral("answerSummary"), answer->toString());
    }
    object.insert(QStringLiteral("candidates"), tallyJson(candidates));
    object.insert(QStringLiteral("candidateCount"), candidates.total());
    if (invalidCandidates > 0)
        object.insert(QStringLiteral("invalidCandidates"), invalidCandidates);
    object.insert(QStringLiteral("endOfCandidates"), endOfCandidates);
    // Always present (README): null when the service sent no STATUS_RESPONSE for the offer.
    object.insert(QStringLiteral("status"),
                  status ? QJsonValue(QJsonObject{{QStringLiteral("statusCode"), status->statusCode},
                                                  {QStringLiteral("errorType"), status->errorType},
                                                  {QStringLiteral("description"), status->description},
                                                  {QStringLiteral("success"), status->success}})
                         : QJsonValue(QJsonValue::Null));
    if (!failure.isEmpty())
        object.insert(QStringLiteral("failure"), failure);
    return object;
}

QString ProbeResult::text() const
{
    if (!answered)
        return Text::tr("Probe: %1").arg(failure);
    // Candidates come two ways: in the answer's SDP and trickled in ICE_CANDIDATE messages; each is named.
    return Text::tr("Probe: the master answered in %1: %2; ICE candidates in the answer: %3; trickled: %4")
        .arg(formatDuration(roundTripMs),
             answer ? answer->mediaText() : Text::tr("(the answer's SDP did not parse)"),
             answer ? answer->candidates.toString() : Text::tr("none"), candidates.toString());
}

MasterProbe::MasterProbe(ConnectionController &controller, std::function<double()> random, int timeoutMs,
                         int candidateWaitMs, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_random(std::move(random))
    , m_timeoutMs(timeoutMs)
    , m_candidateWaitMs(candidateWaitMs)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_result.answered)
            finish();
        else
            finish(Text::tr("No master answered within %1.").arg(formatDuration(m_timeoutMs)));
    });
    connect(&m_controller, &ConnectionController::messageReceived, this, &MasterProbe::onMessage);
    connect(&m_controller, &ConnectionController::stateChanged, this, [this](ConnectionState state) {
        if (m_running && !m_result.answered && state != ConnectionState::Connected)
            finish(Text::tr("The connection closed before a master answered."));
    });
}

void MasterProbe::start()
{
    if (m_running)
        return;
    send(SdpOfferBuilder(m_random).build().sdp,
         tr("recvonly probe offer (audio opus; video H264, VP8), correlationId %1"));
}

void MasterProbe::startWithOffer(const QString &sdp)
{
    if (m_running)
        return;
    const Result<SdpSummary> summary = SdpSummary::parse(sdp);
    send(sdp, tr("custom offer (%1), correlationId %2")
                  .arg(summary ? summary->toString() : summary.error().message, QStringLiteral("%1")));
}

void MasterProbe::cancel()
{
    finish(tr("Cancelled."));
}

void MasterProbe::send(const QString &sdp, const QString &summary)
{
    m_result = ProbeResult();
    m_result.timeoutMs = m_timeoutMs;
    m_running = true;
    QString id = QStringLiteral("probe-");
    for (int i = 0; i < 12; ++i)
        id += QChar(u'0' + int(m_random() * 10) % 10);
    m_result.correlationId = id;
    const Result<QByteArray> frame = buildSdpOfferMessage(sdp, id);
    if (!frame) {
        finish(frame.error().message);
        return;
    }
    const qsizetype payloadChars =
        QJsonDocument::fromJson(*frame).object().value(u"messagePayload").toString().size();
    if (payloadChars > kDocumentedPayloadChars) {
        WarningEvent large = warningEvent(
            Text::tr("The offer's payload is %1 characters, above the documented limit of about %2; the "
                     "service has relayed larger offers, so it is sent anyway.")
                .arg(payloadChars)
                .arg(kDocumentedPayloadChars));
        large.payloadChars = payloadChars;
        m_controller.report(large);
    }
    if (!m_controller.sendMessage(frame.value(), QStringLiteral("SDP_OFFER"), summary.arg(id))) {
        finish(Text::tr("Not connected: the probe offer could not be sent."));
        return;
    }
    m_result.sent = true;
    m_elapsed.start();
    m_timer->start(m_timeoutMs);
}

void MasterProbe::onMessage(const SignalingMessage &message)
{
    if (!m_running)
        return;
    switch (message.type) {
    case SignalingMessageType::SdpAnswer: {
        if (m_result.answered)
            return;
        m_result.answered = true;
        m_result.roundTripMs = m_elapsed.elapsed();
        const Result<SdpSummary> summary = SdpSummary::parse(message.sdp);
        if (summary) {
            m_result.answer = summary.value();
            m_result.invalidCandidates += summary->invalidCandidates;
        }
        InfoEvent answered =
            infoEvent(Text::tr("Probe: SDP answer after %1: %2; waiting for trickled ICE candidates")
                          .arg(formatDuration(m_result.roundTripMs),
                               summary ? summary->toString() : summary.error().message));
        answered.roundTripMs = m_result.roundTripMs;
        m_controller.report(answered);
        m_timer->start(m_candidateWaitMs);
        break;
    }
    case SignalingMessageType::IceCandidate:
        if (message.candidate)
            m_result.candidates.add(*message.candidate);
        if (message.endOfCandidates) {
            m_result.endOfCandidates = true;
            if (m_result.answered)
                finish();
        }
        break;
    case SignalingMessageType::StatusResponse:
        if (message.statusResponse && message.statusResponse->correlationId == m_result.correlationId) {
            m_result.status = message.statusResponse;
            if (!message.statusResponse->success && !m_result.answered)
                finish(Text::tr("The service refused the probe offer: %1 %2")
                           .arg(message.statusResponse->errorType, message.statusResponse->description));
        }
        break;
    default:
        break;
    }
}

void MasterProbe::finish(const QString &failure)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    if (!m_result.answered)
        m_result.failure = failure;
    if (m_result.answered)
        m_controller.report(infoEvent(m_result.text()));
    else
        m_controller.report(warningEvent(m_result.text()));
    emit finished(m_result);
}

} // namespace kvs
