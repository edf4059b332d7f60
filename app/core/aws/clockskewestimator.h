#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace kvs {

/// The times in a SigV4 "Signature expired" / "Signature not yet current" message, e.g.
/// "Signature expired: 20231107T044734Z is now earlier than 20231107T045305Z (20231107T045805Z - 5 min.)"
/// — the last time is the service's clock.
struct SignatureTimeError
{
    enum class Kind
    {
        Expired,       ///< the request was signed too long ago (local clock behind, or a stale URL)
        NotYetCurrent, ///< the request was signed in the future (local clock ahead)
    };
    Kind kind = Kind::Expired;
    QDateTime signedAt;   ///< the X-Amz-Date the service saw
    QDateTime limit;      ///< the earliest (expired) or latest (not yet current) time it accepts
    QDateTime serverTime; ///< the service's clock when it checked

    /// Finds such a message anywhere in text (a JSON body, a header, a status description); nullopt when
    /// there is none or its times do not parse.
    static std::optional<SignatureTimeError> find(QStringView text);
};

/// Estimates how far the local clock is from the service's, from the Date header of every HTTPS response
/// and the server time in signature-time errors, and decides the correction to sign with.
/// Samples must be taken against the *uncorrected* local clock. Both sources have one-second resolution,
/// so offsets under kApplyThresholdMs are treated as no skew, and the correction only moves when a new
/// sample differs from it by more than a second (no re-signing churn).
class ClockSkewEstimator final
{
public:
    static constexpr qint64 kApplyThresholdMs = 2000;
    /// Above this the skew is reported to the user as a warning.
    static constexpr qint64 kWarnThresholdMs = 60000;

    /// Records an HTTP Date header (truncated to the second: the middle of that second is assumed).
    /// Returns true when the correction changed.
    bool addHttpDate(const QDateTime &serverDate, const QDateTime &localTime);
    /// Records a server time from a signature-time error (also whole seconds). Returns true when the
    /// correction changed.
    bool addServerTime(const QDateTime &serverTime, const QDateTime &localTime);

    bool hasSample() const { return m_hasSample; }
    /// service − local, in ms, from the latest sample; 0 before any.
    qint64 measuredOffsetMs() const { return m_measuredMs; }
    /// What to add to the local clock when signing; 0 when the skew is negligible.
    qint64 correctionMs() const { return m_correctionMs; }
    /// True when the correction exceeds kWarnThresholdMs in either direction.
    bool isWarning() const;
    /// "The local clock is 5 min 3 s behind the service's." (English; empty when there is no skew).
    QString describe() const;

private:
    bool addSample(qint64 offsetMs);

    bool m_hasSample = false;
    qint64 m_measuredMs = 0;
    qint64 m_correctionMs = 0;
};

} // namespace kvs
