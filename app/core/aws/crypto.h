#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace kvs::crypto {

/// SHA-256 of data, 32 raw bytes.
QByteArray sha256(QByteArrayView data);
/// SHA-256 of data as 64 lower-case hex characters.
QByteArray sha256Hex(QByteArrayView data);
/// HMAC-SHA-256 of data under key, 32 raw bytes.
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);
/// Compares two byte strings in time independent of where they differ (for signatures).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace kvs::crypto
