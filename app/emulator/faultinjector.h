#pragma once

#include "result.h"

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
    QString errorType; ///< empty: no error (a pure delay or drop)
    int status = 0;    ///< 0: derived from errorType
    QString message;
    int remaining = 1;
    int delayMs = 0;
    bool drop = false;

    QJsonObject toJson() const;
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
