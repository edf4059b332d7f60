#include "core/signaling/sdpsummary.h"

#include <QCoreApplication>
#include <QHash>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::SdpSummary)
};

bool isAuxiliaryCodec(QStringView name)
{
    return name.compare(u"rtx", Qt::CaseInsensitive) == 0 || name.compare(u"red", Qt::CaseInsensitive) == 0 ||
           name.compare(u"ulpfec", Qt::CaseInsensitive) == 0 ||
           name.compare(u"flexfec-03", Qt::CaseInsensitive) == 0;
}

} // namespace

Result<SdpSummary> SdpSummary::parse(QStringView sdp)
{
    if (sdp.size() > 64 * 1024)
        return Error{QStringLiteral("InvalidSdp"), Text::tr("The SDP is larger than 64 KiB.")};
    if (!sdp.startsWith(u"v=0"))
        return Error{QStringLiteral("InvalidSdp"), Text::tr("The SDP does not start with v=0.")};

    SdpSummary summary;
    QStringList payloadOrder; // of the current m-line
    QHash<QString, QString> codecByPayload;
    const auto finishMedia = [&]() {
        if (summary.media.isEmpty())
            return;
        SdpMediaSummary &media = summary.media.last();
        for (const QString &pt : std::as_const(payloadOrder)) {
            const QString codec = codecByPayload.value(pt);
            if (!codec.isEmpty() && !isAuxiliaryCodec(codec.section(u'/', 0, 0)))
                media.codecs.append(codec);
        }
        if (media.direction.isEmpty())
            media.direction = QStringLiteral("sendrecv");
        payloadOrder.clear();
        codecByPayload.clear();
    };

    for (QStringView line : sdp.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.startsWith(u"m=")) {
            finishMedia();
            const QList<QStringView> fields = line.mid(2).split(u' ', Qt::SkipEmptyParts);
            SdpMediaSummary media;
            media.kind = fields.value(0).left(32).toString();
            media.port = fields.size() > 1 ? fields[1].toString().section(u'/', 0, 0).toInt() : 0;
            for (qsizetype i = 3; i < fields.size() && i < 64; ++i)
                payloadOrder.append(fields[i].toString());
            summary.media.append(media);
        } else if (line.startsWith(u"a=")) {
            const QStringView attribute = line.mid(2);
            if (attribute.startsWith(u"candidate:")) {
                const auto candidate = IceCandidate::parse(attribute);
                if (candidate)
                    summary.candidates.add(*candidate);
                else
                    ++summary.invalidCandidates;
            } else if (attribute == u"end-of-candidates") {
                summary.endOfCandidates = true;
            } else if (attribute.startsWith(u"group:BUNDLE")) {
                summary.bundleMids.clear();
                for (QStringView mid : attribute.mid(12).split(u' ', Qt::SkipEmptyParts))
                    summary.bundleMids.append(mid.toString());
            } else if (attribute.startsWith(u"fingerprint:")) {
                if (summary.fingerprintAlgorithm.isEmpty())
                    summary.fingerprintAlgorithm = attribute.mid(12).toString().section(u' ', 0, 0).left(16);
            } else if (attribute.startsWith(u"setup:")) {
                if (summary.setup.isEmpty())
                    summary.setup = attribute.mid(6).left(16).toString();
            } else if (!summary.media.isEmpty()) {
                SdpMediaSummary &media = summary.media.last();
                if (attribute.startsWith(u"mid:")) {
                    media.mid = attribute.mid(4).left(32).toString();
                } else if (attribute == u"sendrecv" || attribute == u"sendonly" || attribute == u"recvonly" ||
                           attribute == u"inactive") {
                    media.direction = attribute.toString();
                } else if (attribute.startsWith(u"rtpmap:")) {
                    const QStringView rest = attribute.mid(7);
                    const qsizetype space = rest.indexOf(u' ');
                    if (space > 0)
                        codecByPayload.insert(rest.left(space).toString(),
                                              rest.mid(space + 1).trimmed().left(64).toString());
                }
            }
        }
    }
    finishMedia();
    if (summary.media.isEmpty())
        return Error{QStringLiteral("InvalidSdp"), Text::tr("The SDP has no media line (m=).")};
    return summary;
}

QString SdpSummary::mediaText() const
{
    QStringList parts;
    for (const SdpMediaSummary &line : media) {
        QString part = line.kind;
        if (!line.mid.isEmpty())
            part += u'(' % line.mid % u')';
        part += u' ' % (line.port == 0 ? Text::tr("rejected") : line.direction);
        if (!line.codecs.isEmpty())
            part += u' ' % line.codecs.join(u',');
        parts.append(part);
    }
    return parts.join(QStringLiteral("; "));
}

QString SdpSummary::toString() const
{
    return Text::tr("%1; ICE candidates in the SDP: %2").arg(mediaText(), candidates.toString());
}

} // namespace kvs
