#pragma once

#include "core/controlplane/controlplaneclient.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kvs {

/// When fetched ICE servers stop working: the shortest TTL of the servers, counted from when the answer
/// arrived, read against an injected clock. A value; the view polls it once a second.
class IceServerExpiry final
{
public:
    IceServerExpiry() = default;
    /// fetchedAt: the clock's time when GetIceServerConfig answered.
    IceServerExpiry(const IceServerConfig &config, const QDateTime &fetchedAt);

    bool isValid() const { return m_expiresAt.isValid(); }
    const QDateTime &expiresAt() const { return m_expiresAt; }
    /// Whole seconds left (never negative); 0 once expired.
    qint64 remainingSeconds(const QDateTime &now) const;
    bool isExpired(const QDateTime &now) const { return isValid() && remainingSeconds(now) == 0; }
    /// "expires in 4:32", "expired — refresh", or "no TURN servers" without servers.
    QString text(const QDateTime &now) const;

private:
    QDateTime m_expiresAt;
};

/// One ICE server as a view may show it: the URIs in full, the username and password never in clear.
struct IceServerRow
{
    QStringList uris;
    QString username; ///< the redaction placeholder (empty when the server has none)
    QString password; ///< the redaction placeholder (empty when the server has none)
    int ttlSeconds = 0;
};

/// The rows of a view of config: the TURN servers (credentials redacted), then the STUN server.
QList<IceServerRow> iceServerRows(const IceServerConfig &config);

} // namespace kvs
