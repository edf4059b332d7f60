#include "media/sdpcodecs.h"

#include <QHash>

namespace kvs::media {

QList<SdpMediaLine> parseSdpMediaLines(const QString &sdp)
{
    QList<SdpMediaLine> lines;
    // Per m-line: payload → codec name, payload → fmtp, to choose the best H.264 afterwards.
    QList<QHash<int, QString>> codecs;
    QList<QHash<int, QString>> fmtps;
    QList<QList<int>> order;
    const QStringList rows = sdp.split(u'\n');
    for (QString row : rows) {
        row = row.trimmed();
        if (row.startsWith(u"m=")) {
            const QStringList parts = row.mid(2).split(u' ', Qt::SkipEmptyParts);
            SdpMediaLine line;
            line.kind = parts.value(0);
            line.port = parts.value(1).toInt();
            line.direction = QStringLiteral("sendrecv");
            lines.append(line);
            QList<int> payloads;
            for (qsizetype i = 3; i < parts.size(); ++i)
                payloads.append(parts.at(i).toInt());
            order.append(payloads);
            codecs.append(QHash<int, QString>());
            fmtps.append(QHash<int, QString>());
            continue;
        }
        if (lines.isEmpty())
            continue;
        SdpMediaLine &line = lines.last();
        if (row.startsWith(u"a=mid:")) {
            line.mid = row.mid(6);
        } else if (row == u"a=sendonly" || row == u"a=recvonly" || row == u"a=inactive" ||
                   row == u"a=sendrecv") {
            line.direction = row.mid(2);
        } else if (row.startsWith(u"a=rtpmap:")) {
            const QString body = row.mid(9);
            const int payload = body.section(u' ', 0, 0).toInt();
            codecs.last().insert(payload, body.section(u' ', 1).section(u'/', 0, 0).toUpper());
        } else if (row.startsWith(u"a=fmtp:")) {
            const QString body = row.mid(7);
            fmtps.last().insert(body.section(u' ', 0, 0).toInt(), body.section(u' ', 1).toLower());
        }
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        SdpMediaLine &line = lines[i];
        int h264Score = -1;
        for (int payload : order.at(i)) {
            const QString name = codecs.at(i).value(payload);
            const QString fmtp = fmtps.at(i).value(payload);
            if (name == u"H264" && fmtp.contains(u"packetization-mode=1")) {
                const int score = fmtp.contains(u"profile-level-id=42e01f") ? 2 : 1;
                if (score > h264Score) {
                    h264Score = score;
                    line.h264Payload = payload;
                }
            } else if (name == u"VP8" && line.vp8Payload < 0) {
                line.vp8Payload = payload;
            } else if (name == u"OPUS" && line.opusPayload < 0) {
                line.opusPayload = payload;
            }
        }
    }
    return lines;
}

QString midAt(const QList<SdpMediaLine> &lines, int mlineIndex)
{
    return mlineIndex >= 0 && mlineIndex < lines.size() ? lines.at(mlineIndex).mid : QString();
}

int mlineIndexOf(const QList<SdpMediaLine> &lines, const QString &mid)
{
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (!mid.isEmpty() && lines.at(i).mid == mid)
            return static_cast<int>(i);
    return -1;
}

bool answerFitsOffer(const QString &offerSdp, const QString &answerSdp)
{
    const QList<SdpMediaLine> offer = parseSdpMediaLines(offerSdp);
    const QList<SdpMediaLine> answer = parseSdpMediaLines(answerSdp);
    if (offer.isEmpty() || offer.size() != answer.size())
        return false;
    for (qsizetype i = 0; i < offer.size(); ++i) {
        if (offer[i].kind != answer[i].kind || offer[i].mid != answer[i].mid)
            return false;
    }
    return true;
}

AnswerVerdict judgeAnswer(const QString &answerSdp)
{
    AnswerVerdict verdict;
    for (const SdpMediaLine &line : parseSdpMediaLines(answerSdp)) {
        if (line.kind == u"video" && !verdict.hasVideoLine) {
            verdict.hasVideoLine = true;
            verdict.sendDirection = line.direction;
            if (line.port == 0)
                verdict.videoRejected = true;
            else if (line.h264Payload >= 0)
                verdict.videoCodec = QStringLiteral("H264");
            else if (line.vp8Payload >= 0)
                verdict.videoCodec = QStringLiteral("VP8");
            else
                verdict.videoRejected = true;
        } else if (line.kind == u"audio" && verdict.audioCodec.isEmpty() && line.port != 0 &&
                   line.opusPayload >= 0) {
            verdict.audioCodec = QStringLiteral("OPUS");
        }
    }
    return verdict;
}

} // namespace kvs::media
