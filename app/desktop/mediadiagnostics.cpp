#include "desktop/mediadiagnostics.h"

#include "core/events/eventjson.h"
#include "core/events/eventlog.h"
#include "core/settings/mediaoptions.h"
#include "core/signaling/icecandidate.h"
#include "media/mediaevents.h"
#include "media/mediasession.h"

#include <QJsonArray>

namespace kvs {

QJsonObject mediaDiagnostics(const EventLog &log, const media::MediaSession &session,
                             const MediaOptions &options)
{
    // What support asks first about video: where the media path got to and how long each step took, the
    // candidates each side had, the pair ICE chose and how the stream went. Redacted with the whole report.
    QJsonArray steps;
    double fpsSum = 0;
    double fpsMin = -1;
    double fpsMax = 0;
    qint64 bitrateMax = 0;
    qint64 lost = 0;
    int statsReports = 0;
    for (qsizetype i = log.currentRunStart(); i < log.size(); ++i) {
        const EngineEvent &event = log.at(i);
        if (event.kind == EventKind::Media) {
            steps.append(eventFieldsWithTime(event));
        } else if (const auto *stats = event.as<StatsEvent>()) {
            const double value = stats->fps;
            ++statsReports;
            fpsSum += value;
            fpsMin = fpsMin < 0 ? value : qMin(fpsMin, value);
            fpsMax = qMax(fpsMax, value);
            bitrateMax = qMax(bitrateMax, stats->bitrateKbps);
            lost = stats->packetsLost;
        }
    }
    const media::CandidateEvidence &evidence = session.evidence();
    auto byType = [](const CandidateTally &tally) {
        QJsonObject types;
        for (auto type :
             {CandidateType::Host, CandidateType::Srflx, CandidateType::Prflx, CandidateType::Relay})
            types.insert(candidateTypeName(type), tally.count(type));
        types.insert(QStringLiteral("text"), tally.toString());
        return types;
    };
    const media::MediaSummary summary = session.summary();
    QJsonObject section{
        {QStringLiteral("options"),
         QJsonObject{{QStringLiteral("codec"), videoCodecPreferenceName(options.codec)},
                     {QStringLiteral("iceTransport"), iceTransportPolicyName(options.iceTransport)},
                     {QStringLiteral("stun"), options.useStun},
                     {QStringLiteral("turn"), options.useTurn},
                     {QStringLiteral("receiveAudio"), options.receiveAudio}}},
        {QStringLiteral("summary"), summary.toJson()},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("candidates"),
         QJsonObject{{QStringLiteral("local"), byType(evidence.local)},
                     {QStringLiteral("remote"), byType(evidence.remote)},
                     {QStringLiteral("pairsTried"), evidence.pairsTried},
                     {QStringLiteral("stunConfigured"), evidence.stunConfigured},
                     {QStringLiteral("turnConfigured"), evidence.turnConfigured}}},
        {QStringLiteral("statsSummary"),
         QJsonObject{{QStringLiteral("reports"), statsReports},
                     {QStringLiteral("fpsMin"), qMax(0.0, fpsMin)},
                     {QStringLiteral("fpsAverage"), statsReports ? fpsSum / statsReports : 0.0},
                     {QStringLiteral("fpsMax"), fpsMax},
                     {QStringLiteral("bitrateKbpsMax"), bitrateMax},
                     {QStringLiteral("packetsLost"), lost},
                     {QStringLiteral("latest"), session.stats().toJson()}}},
    };
    if (summary.selectedPair)
        section.insert(QStringLiteral("selectedPair"), summary.selectedPair->toJson());
    return section;
}

} // namespace kvs
