#include "core/common/duration.h"

#include <QCoreApplication>
#include <QLocale>

namespace kvs {
namespace {

/// The translation context of durations.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::Duration)
};

} // namespace

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    if (ms < 1000)
        return Text::tr("%1 ms").arg(ms);
    if (ms < 10000) // tenths while they still matter (a retry countdown, a slow step)
        return Text::tr("%1 s").arg(QLocale().toString(double(ms / 100) / 10.0, 'f', 1));
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return Text::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return Text::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return Text::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

} // namespace kvs
