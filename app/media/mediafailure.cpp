#include "media/mediafailure.h"

#include "core/common/duration.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace kvs::media {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kvs::media::MediaFailure", text);
}

} // namespace

QString mediaFailureCodeName(MediaFailureCode code)
{
    switch (code) {
    case MediaFailureCode::NoAnswer:
        return QStringLiteral("NoAnswer");
    case MediaFailureCode::OfferRefused:
        return QStringLiteral("OfferRefused");
    case MediaFailureCode::CodecRejected:
        return QStringLiteral("CodecRejected");
    case MediaFailureCode::NoCandidatePair:
        return QStringLiteral("NoCandidatePair");
    case MediaFailureCode::TurnRefused:
        return QStringLiteral("TurnRefused");
    case MediaFailureCode::DtlsFailed:
        return QStringLiteral("DtlsFailed");
    case MediaFailureCode::NoFrames:
        return QStringLiteral("NoFrames");
    case MediaFailureCode::MediaLost:
        return QStringLiteral("MediaLost");
    case MediaFailureCode::PipelineError:
        return QStringLiteral("PipelineError");
    }
    return {};
}

bool isPrivateAddress(const QString &address)
{
    const QHostAddress parsed(address);
    if (parsed.isNull())
        return address.endsWith(u".local"); // mDNS: a browser's hidden host address, private by design
    if (parsed.isLinkLocal() || parsed.isLoopback() || parsed.isUniqueLocalUnicast())
        return true;
    for (const auto &[network, prefix] : {std::pair{"10.0.0.0", 8}, std::pair{"172.16.0.0", 12},
                                          std::pair{"192.168.0.0", 16}, std::pair{"100.64.0.0", 10}})
        if (parsed.isInSubnet(QHostAddress(QString::fromLatin1(network)), prefix))
            return true;
    return false;
}

MediaFailureExplanation explainMediaFailure(MediaFailureCode code, const CandidateEvidence &evidence,
                                            int timeoutMs, const QString &detail)
{
    MediaFailureExplanation out;
    switch (code) {
    case MediaFailureCode::NoAnswer:
        out.message = tr("The master did not answer our SDP offer within %1.").arg(formatDuration(timeoutMs));
        out.hint = tr("Check that the master (camera) is connected to this channel and running; a master "
                      "that is offline, or connected to another region or channel, never answers.");
        break;
    case MediaFailureCode::OfferRefused:
        out.message = tr("The signaling service refused our SDP offer: %1").arg(detail);
        out.hint = tr("The offer was not delivered to the master; see the service's reason.");
        break;
    case MediaFailureCode::CodecRejected:
        out.message = tr("The master's answer rejects every video codec we offered (H.264, VP8).");
        out.hint = tr("The master sends a codec this viewer cannot decode, or was configured for another "
                      "codec; try --codec any, or configure the master for H.264 or VP8.");
        break;
    case MediaFailureCode::NoCandidatePair: {
        out.message = tr("No network path between this viewer and the master was found (ICE failed). "
                         "This side offered candidates %1; the master offered %2.")
                          .arg(evidence.local.toString(), evidence.remote.toString());
        bool allPrivate = !evidence.remoteAddresses.isEmpty();
        for (const QString &address : evidence.remoteAddresses)
            allPrivate = allPrivate && isPrivateAddress(address);
        const bool localRelay = evidence.local.count(CandidateType::Relay) > 0;
        const bool remoteRelay = evidence.remote.count(CandidateType::Relay) > 0;
        if (evidence.remote.total() == 0) {
            out.hint =
                tr("The master sent no ICE candidates at all: its network may block everything, or its "
                   "candidates were lost on the way.");
        } else if (!localRelay && evidence.turnRefusedFast) {
            out.hint =
                tr("The TURN servers answered but gave no relay: they refused our credentials (expired or "
                   "wrong). Reconnect to fetch fresh ones from GetIceServerConfig.");
        } else if (!localRelay && evidence.turnConfigured) {
            out.hint = (allPrivate ? tr("The master offered only addresses from a private network, and no "
                                        "TURN relay was reached from here. ")
                                   : tr("No TURN relay was reached from here. ")) +
                       tr("Allow UDP and TCP port 443 to the TURN servers (a firewall or VPN blocks them), "
                          "or run the network test.");
        } else if (!localRelay) {
            out.hint = tr("TURN is off, so only direct paths were tried; turn TURN on so the media can flow "
                          "through a relay.");
        } else if (!remoteRelay && allPrivate) {
            out.hint = tr("This side reached a TURN relay, but the master offered only private addresses and "
                          "no relay of its own: the master's network blocks outgoing traffic to TURN.");
        } else {
            out.hint = tr("Both sides offered candidates but no pair answered: a firewall drops the traffic "
                          "between them. Try relay only, or run the network test.");
        }
        break;
    }
    case MediaFailureCode::TurnRefused:
        out.message =
            tr("The TURN servers refused our credentials: no relay candidate was obtained (%1).").arg(detail);
        out.hint = tr("The TURN credentials from GetIceServerConfig expired or were rejected; reconnect to "
                      "fetch fresh ones.");
        break;
    case MediaFailureCode::DtlsFailed:
        out.message = tr("ICE connected, but the DTLS handshake with the master failed: %1").arg(detail);
        out.hint = tr("The master's certificate fingerprint did not match its answer, or something between "
                      "the peers alters packets.");
        break;
    case MediaFailureCode::NoFrames:
        out.message = tr("Connected to the master, but no video frame was decoded within %1.")
                          .arg(formatDuration(timeoutMs));
        out.hint =
            tr("The master accepted the connection but sends no video (camera off, encoder stopped, or "
               "it sends only audio).");
        break;
    case MediaFailureCode::MediaLost:
        out.message = tr("The media stopped and could not be restored: %1").arg(detail);
        out.hint = tr("The network path to the master broke (a network change, VPN, or the master went "
                      "away).");
        break;
    case MediaFailureCode::PipelineError:
        out.message = tr("The media pipeline failed: %1").arg(detail);
        out.hint = tr("Install the GStreamer packages named above, or report this with the diagnostics.");
        break;
    }
    return out;
}

} // namespace kvs::media
