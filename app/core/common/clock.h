#pragma once

#include <QDateTime>

namespace kvs {

/// Source of wall-clock time. Everything that signs or schedules takes one, so tests inject time.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current time in UTC.
    virtual QDateTime now() const = 0;
};

/// The machine's clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that reads whatever it was last set to; for tests and for signing at a given date.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime time)
        : m_time(std::move(time))
    {}
    QDateTime now() const override { return m_time; }
    void set(QDateTime time) { m_time = std::move(time); }
    void advanceMs(qint64 ms) { m_time = m_time.addMSecs(ms); }

private:
    QDateTime m_time;
};

} // namespace kvs
