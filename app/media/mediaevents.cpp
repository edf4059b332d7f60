#include "media/mediaevents.h"

#include <QCoreApplication>

namespace kvs::media {

QString mediaStepName(MediaStep step)
{
    switch (step) {
    case MediaStep::OfferSent:
        return QStringLiteral("offer");
    case MediaStep::AnswerReceived:
        return QStringLiteral("answer");
    case MediaStep::IceGathering:
        return QStringLiteral("iceGathering");
    case MediaStep::IceChecking:
        return QStringLiteral("iceChecking");
    case MediaStep::IceConnected:
        return QStringLiteral("iceConnected");
    case MediaStep::Dtls:
        return QStringLiteral("dtls");
    case MediaStep::FirstFrame:
        return QStringLiteral("firstFrame");
    }
    return {};
}

QString mediaStepText(MediaStep step)
{
    const char *text = "";
    switch (step) {
    case MediaStep::OfferSent:
        text = QT_TRANSLATE_NOOP("kvs::media::MediaStep", "SDP offer sent");
        break;
    case MediaStep::AnswerReceived:
        text = QT_TRANSLATE_NOOP("kvs::media::MediaStep", "SDP answer received");
        break;
    case MediaStep::IceGathering:
        text = QT_TRANSLATE_NOOP("kvs::media::MediaStep", "ICE candidates gathered");
        break;
    case MediaStep::IceChecking:
        text = QT_TRANSLATE_NOOP("kvs::media::MediaStep", "ICE connectivity checks");
        break;
    case MediaStep::IceConnected:
        text = QT_TRANSLATE_NOOP("kvs::media::MediaStep", "ICE connected");
        break;
    case MediaStep::Dtls:
        text = QT_TRANSLATE_NOOP("kvs::media::MediaStep", "DTLS handshake");
        break;
    case MediaStep::FirstFrame:
        text = QT_TRANSLATE_NOOP("kvs::media::MediaStep", "First video frame");
        break;
    }
    return QCoreApplication::translate("kvs::media::MediaStep", text);
}

QJsonObject MediaStats::toJson() const
{
    QJsonObject out{{QStringLiteral("framesDecoded"), framesDecoded},
                    {QStringLiteral("framesDropped"), framesDropped},
                    {QStringLiteral("fps"), qRound(fps * 10) / 10.0},
                    {QStringLiteral("width"), width},
                    {QStringLiteral("height"), height},
                    {QStringLiteral("codec"), videoCodec},
                    {QStringLiteral("bitrateKbps"), bitrateBps / 1000},
                    {QStringLiteral("packetsLost"), packetsLost},
                    {QStringLiteral("jitterMs"), qRound(jitterMs * 10) / 10.0},
                    {QStringLiteral("audioCodec"), audioCodec},
                    {QStringLiteral("audioLevelDb"), qRound(audioLevelDb * 10) / 10.0}};
    if (selectedPair)
        out.insert(QStringLiteral("selectedPair"), selectedPair->toJson());
    return out;
}

StatsEvent MediaStats::toEvent() const
{
    StatsEvent event;
    event.framesDecoded = framesDecoded;
    event.framesDropped = framesDropped;
    event.fps = qRound(fps * 10) / 10.0;
    event.width = width;
    event.height = height;
    event.codec = videoCodec;
    event.bitrateKbps = bitrateBps / 1000;
    event.packetsLost = packetsLost;
    event.jitterMs = qRound(jitterMs * 10) / 10.0;
    event.audioCodec = audioCodec;
    event.audioLevelDb = qRound(audioLevelDb * 10) / 10.0;
    if (selectedPair) {
        auto side = [](const CandidateEndpoint &e) {
            return PairEndpoint{e.type, e.protocol, e.address, e.port, e.relayProtocol};
        };
        event.selectedPair = std::pair{side(selectedPair->local), side(selectedPair->remote)};
    }
    event.text = text();
    return event;
}

QString MediaStats::text() const
{
    QString out =
        QCoreApplication::translate("kvs::media::MediaStats",
                                    "%1 %2×%3 %4 fps, %5 kbit/s, %6 frames decoded, %7 lost")
            .arg(videoCodec.isEmpty() ? QCoreApplication::translate("kvs::media::MediaStats", "video")
                                      : videoCodec)
            .arg(width)
            .arg(height)
            .arg(fps, 0, 'f', 1)
            .arg(bitrateBps / 1000)
            .arg(framesDecoded)
            .arg(packetsLost);
    if (!audioCodec.isEmpty())
        out += QCoreApplication::translate("kvs::media::MediaStats", ", audio %1 dB")
                   .arg(audioLevelDb, 0, 'f', 1);
    if (selectedPair)
        out += u", " + selectedPair->text();
    return out;
}

QJsonObject MediaSummary::toJson() const
{
    QJsonObject out{{QStringLiteral("outcome"), outcome},
                    {QStringLiteral("codec"), videoCodec},
                    {QStringLiteral("audioCodec"), audioCodec},
                    {QStringLiteral("resolution"),
                     width > 0 ? QStringLiteral("%1x%2").arg(width).arg(height) : QString()},
                    {QStringLiteral("framesDecoded"), framesDecoded},
                    {QStringLiteral("firstFrameMs"), firstFrameMs},
                    {QStringLiteral("audioLevelDb"), qRound(audioLevelDb * 10) / 10.0}};
    if (selectedPair)
        out.insert(QStringLiteral("selectedPair"), selectedPair->toJson());
    if (!failureCode.isEmpty())
        out.insert(QStringLiteral("failure"), failureCode);
    return out;
}

} // namespace kvs::media
