#include "core/controlplane/iceserverexpiry.h"

#include "core/common/redaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace kvs {

namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::IceServerExpiry)
};

} // namespace

IceServerExpiry::IceServerExpiry(const IceServerConfig &config, const QDateTime &fetchedAt)
{
    if (config.servers.isEmpty())
        return;
    int ttl = config.servers.constFirst().ttlSeconds;
    for (const IceServer &server : config.servers)
        ttl = std::min(ttl, server.ttlSeconds);
    m_expiresAt = fetchedAt.addSecs(std::max(0, ttl));
}

qint64 IceServerExpiry::remainingSeconds(const QDateTime &now) const
{
    if (!isValid())
        return 0;
    const qint64 ms = now.msecsTo(m_expiresAt);
    return ms <= 0 ? 0 : (ms + 999) / 1000; // 0.2 s left still reads "0:01", not "expired"
}

QString IceServerExpiry::text(const QDateTime &now) const
{
    if (!isValid())
        return Text::tr("no TURN servers");
    const qint64 left = remainingSeconds(now);
    if (left == 0)
        return Text::tr("expired — refresh");
    return Text::tr("expires in %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
}

QList<IceServerRow> iceServerRows(const IceServerConfig &config)
{
    QList<IceServerRow> rows;
    for (const IceServer &server : config.servers) {
        // Both are credentials for the TURN server: shown as the placeholder, never in clear.
        const QString hidden = QString::fromUtf16(kRedacted);
        rows.append({server.uris, server.username.isEmpty() ? QString() : hidden,
                     server.password.isEmpty() ? QString() : hidden, server.ttlSeconds});
    }
    if (!config.stunUri.isEmpty())
        rows.append({{config.stunUri}, QString(), QString(), 0});
    return rows;
}

} // namespace kvs
