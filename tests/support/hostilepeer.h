#pragma once

// Shared by the hostile-input tests: the process's peak memory, and raw WebSocket frames a well-behaved
// library would never send (unfinished messages, huge frames).
#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>

namespace kvs::test {

/// The process's peak resident set (VmHWM) in KiB; 0 when /proc is not there.
inline qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

/// The current resident set (VmRSS) in KiB.
inline qint64 currentRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

/// Resets VmHWM to the current resident set (Linux: "5" to /proc/self/clear_refs); false when it cannot.
inline bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

/// The head of one WebSocket frame (RFC 6455 5.2) with a payload of `length` bytes; masked when `mask` is
/// non-empty (a client's frames must be). The payload is not included: a hostile peer streams it.
inline QByteArray webSocketFrameHead(int opcode, bool fin, quint64 length, const QByteArray &mask = {})
{
    QByteArray head;
    head.append(static_cast<char>((fin ? 0x80 : 0x00) | (opcode & 0x0f)));
    const char maskBit = mask.isEmpty() ? 0 : static_cast<char>(0x80);
    if (length < 126) {
        head.append(static_cast<char>(maskBit | static_cast<char>(length)));
    } else if (length <= 0xffff) {
        head.append(static_cast<char>(maskBit | 126));
        head.append(static_cast<char>((length >> 8) & 0xff));
        head.append(static_cast<char>(length & 0xff));
    } else {
        head.append(static_cast<char>(maskBit | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            head.append(static_cast<char>((length >> shift) & 0xff));
    }
    head.append(mask);
    return head;
}

/// A whole frame with payload (masked with `mask` when given).
inline QByteArray webSocketFrame(int opcode, bool fin, const QByteArray &payload, const QByteArray &mask = {})
{
    QByteArray frame = webSocketFrameHead(opcode, fin, static_cast<quint64>(payload.size()), mask);
    QByteArray body = payload;
    if (!mask.isEmpty()) {
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = static_cast<char>(body[i] ^ mask[i % 4]);
    }
    return frame + body;
}

} // namespace kvs::test
