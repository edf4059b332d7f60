#include "core/aws/httpresponsehead.h"

namespace kvs {
namespace {

/// Decodes a Transfer-Encoding: chunked body (RFC 9112 §7.1): sizes in hex, extensions after ';' ignored,
/// trailers skipped. *complete says whether the last (zero-size) chunk arrived. Malformed input ends the
/// decoding with what was decoded so far.
QByteArray decodeChunked(QByteArrayView raw, bool *complete)
{
    *complete = false;
    QByteArray body;
    qsizetype pos = 0;
    while (true) {
        const qsizetype lineEnd = raw.indexOf(QByteArrayView("\r\n"), pos);
        if (lineEnd < 0)
            return body;
        QByteArray sizeText = raw.sliced(pos, lineEnd - pos).toByteArray();
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText.truncate(semicolon);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || size > raw.size())
            return body;
        pos = lineEnd + 2;
        if (size == 0) {
            *complete = raw.indexOf(QByteArrayView("\r\n"), pos) >= 0; // after trailers, an empty line
            return body;
        }
        if (raw.size() < pos + size + 2)
            return body;
        body += raw.sliced(pos, size);
        pos += size + 2;
    }
}

} // namespace

QByteArray HttpResponseHead::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

Result<HttpResponseHead> HttpResponseHead::parse(QByteArrayView raw, bool connectionClosed, bool *complete)
{
    if (complete)
        *complete = false;
    const qsizetype headEnd = raw.indexOf(QByteArrayView("\r\n\r\n"));
    if (headEnd < 0) {
        if (!raw.isEmpty() &&
            !raw.startsWith(QByteArrayView("HTTP/").first(std::min<qsizetype>(5, raw.size()))))
            return Error{QStringLiteral("InvalidResponse"), QStringLiteral("The answer is not HTTP.")};
        return Error{QStringLiteral("Incomplete"), QStringLiteral("The HTTP answer is incomplete.")};
    }
    const QList<QByteArray> lines = raw.first(headEnd).toByteArray().split('\n');
    const QByteArray statusLine = lines.first().trimmed();
    const QList<QByteArray> statusParts = statusLine.split(' ');
    bool ok = false;
    HttpResponseHead head;
    head.status = statusParts.value(1).toInt(&ok);
    if (!statusLine.startsWith("HTTP/1.") || !ok || head.status < 100 || head.status > 599)
        return Error{QStringLiteral("InvalidResponse"),
                     QStringLiteral("The answer has no HTTP status line.")};
    head.reason = statusLine.mid(statusLine.indexOf(' ', 9) + 1).left(128);
    qsizetype contentLength = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        head.headers.append({name, value});
        if (name == "content-length")
            contentLength = value.toLongLong(&ok) >= 0 && ok ? value.toLongLong() : -1;
    }
    head.body = raw.sliced(headEnd + 4).toByteArray();
    const bool bodyless = head.status == 101 || head.status == 204 || head.status == 304;
    const bool chunked = head.header("transfer-encoding").toLower().contains("chunked");
    if (bodyless) {
        head.body.clear();
        if (complete)
            *complete = true;
    } else if (chunked) {
        // Chunked wins over Content-Length (RFC 9112 §6.3).
        bool done = false;
        head.body = decodeChunked(raw.sliced(headEnd + 4), &done);
        if (complete)
            *complete = done || connectionClosed;
    } else if (contentLength >= 0) {
        if (complete)
            *complete = head.body.size() >= contentLength;
        head.body.truncate(contentLength);
    } else if (complete) {
        *complete = connectionClosed;
    }
    return head;
}

} // namespace kvs
