#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace kvs {

/// The head and body of an HTTP/1.1 response read from a raw socket.
struct HttpResponseHead
{
    int status = 0;
    QByteArray reason;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< names lower-cased, wire order
    QByteArray body;

    /// The first value of a header (name case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;

    /// Parses raw bytes. complete (may be null) receives true when the whole response is there: the
    /// head, and Content-Length bytes of body (without Content-Length: when connectionClosed).
    /// Errors: Incomplete (no full head yet), InvalidResponse (not an HTTP/1.x status line).
    static Result<HttpResponseHead> parse(QByteArrayView raw, bool connectionClosed,
                                          bool *complete = nullptr);
};

} // namespace kvs
