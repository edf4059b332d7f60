#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace kvs {

/// yyyyMMddTHHmmssZ in UTC, as in X-Amz-Date.
QString formatAmzDate(const QDateTime &time);
/// yyyyMMdd in UTC, as in a SigV4 credential scope.
QString formatDateStamp(const QDateTime &time);
/// Parses X-Amz-Date (yyyyMMddTHHmmssZ); nullopt for anything else.
std::optional<QDateTime> parseAmzDate(QStringView text);
/// Parses an ISO-8601 date-time with a zone (2019-12-01T00:00:00Z, …00.000Z, …+02:00) or an X-Amz-Date;
/// nullopt when the text is not one or has no zone (a zone-less time would depend on the machine).
std::optional<QDateTime> parseIso8601(QStringView text);
/// Parses an HTTP Date header (RFC 7231 IMF-fixdate, e.g. "Sun, 01 Dec 2019 00:00:00 GMT").
std::optional<QDateTime> parseHttpDate(QStringView text);
/// Formats an HTTP Date header value (IMF-fixdate, always in English).
QString formatHttpDate(const QDateTime &time);

} // namespace kvs
