#pragma once

#include <QList>
#include <QtGlobal>

namespace kvs {

/// Judges from behaviour alone (the service's close wording is unknown) whether another client keeps
/// taking over our ClientId: this many connections closed by the service, each within shortLivedMs of
/// opening, inside windowMs. Pure: the caller gives the times.
class TakeoverDetector final
{
public:
    struct Settings
    {
        int threshold = 3;
        int shortLivedMs = 10000;
        int windowMs = 60000;
    };

    explicit TakeoverDetector(Settings settings)
        : m_settings(settings)
    {}

    /// Forgets earlier closes (a new run).
    void reset() { m_shortLivedCloses.clear(); }
    /// Notes a connection the service closed at nowMs (run time) after it had been open livedMs. True when
    /// this close completes the pattern of a takeover.
    bool noteServiceClose(qint64 nowMs, qint64 livedMs);
    /// The short-lived closes inside the window so far.
    int shortLivedCloses() const { return int(m_shortLivedCloses.size()); }
    const Settings &settings() const { return m_settings; }

private:
    Settings m_settings;
    QList<qint64> m_shortLivedCloses; ///< run times of the short-lived closes inside the window
};

} // namespace kvs
