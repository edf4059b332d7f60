#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kvs::emulator {

/// A fault to apply to the next calls of one action: fail with an AWS error, delay, or drop.
struct Fault
{
    QString action;
    QString errorType; ///< empty: no typed error (a pure delay or drop, or an untyped status)
    int status = 0;    ///< 0: derived from errorType; without errorType: an error with no x-amzn-ErrorType
    QString message;
    int remaining = 1;
    int delayMs = 0;
    bool drop = false;

    QJsonObject toJson() const;
    /// True when the call is answered with an error (typed, or a bare status without an error type).
    bool fails() const { return !errorType.isEmpty() || status != 0; }
};

/// The queue of armed faults, by action. Admin requests arm them; each matching call consumes one.
class FaultInjector final
{
public:
    /// The actions a fault can target.
    static QStringList actions();
    /// Arms a fault from the admin API's JSON body; an Error names the bad field.
    Result<Fault> arm(const QJsonObject &body);
    /// Consumes one use of the first fault armed for action, if any.
    std::optional<Fault> take(const QString &action);
    QJsonArray pending() const;
    void clear() { m_faults.clear(); }

private:
    QList<Fault> m_faults;
};

} // namespace kvs::emulator
