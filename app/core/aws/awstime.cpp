#include "core/aws/awstime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace kvs {
namespace {

const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char *const kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

} // namespace

namespace {

QString formatUtcUncached(const QDateTime &time, bool withTime);

/// yyyyMMdd of a UTC date, and with withTime also 'T'HHmmss'Z' — without QDateTime::toString's locale and
/// calendar machinery (signing many URLs formats two dates per URL).
QString formatUtc(const QDateTime &time, bool withTime)
{
    // The last second formatted on this thread, kept: signing many URLs formats the same second over and
    // over (presign --batch, four dates per URL).
    struct Last
    {
        qint64 seconds = 0;
        QString text;
    };
    thread_local Last last[2];
    Last &cached = last[withTime ? 1 : 0];
    const qint64 seconds = time.toSecsSinceEpoch();
    if (!cached.text.isEmpty() && cached.seconds == seconds)
        return cached.text;
    cached.text = formatUtcUncached(time, withTime);
    cached.seconds = seconds;
    return cached.text;
}

QString formatUtcUncached(const QDateTime &time, bool withTime)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    char text[17];
    const int year = date.year();
    if (year < 0 || year > 9999)
        return withTime ? utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
                        : utc.toString(QStringLiteral("yyyyMMdd"));
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    put(4, date.month(), 2);
    put(6, date.day(), 2);
    if (!withTime)
        return QString::fromLatin1(text, 8);
    text[8] = 'T';
    put(9, clock.hour(), 2);
    put(11, clock.minute(), 2);
    put(13, clock.second(), 2);
    text[15] = 'Z';
    return QString::fromLatin1(text, 16);
}

} // namespace

QString formatAmzDate(const QDateTime &time)
{
    return formatUtc(time, true);
}

QString formatDateStamp(const QDateTime &time)
{
    return formatUtc(time, false);
}

std::optional<QDateTime> parseAmzDate(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z\\z"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

std::optional<QDateTime> parseIso8601(QStringView text)
{
    if (auto amz = parseAmzDate(text))
        return amz;
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})\\z"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    int ms = 0;
    if (match.hasCaptured(7))
        ms = QString(match.captured(7).mid(1) + QStringLiteral("00")).left(3).toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString zone = match.captured(8);
    int offsetSeconds = 0;
    if (zone != u"Z") {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(4, 2).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 60 + minutes) * 60 * (zone.startsWith(u'-') ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

std::optional<QDateTime> parseHttpDate(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z]{3}, (\\d{2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT\\z"));
    const auto match = re.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    int month = 0;
    for (int i = 0; i < 12; ++i) {
        if (match.captured(2) == QLatin1StringView(kMonths[i]))
            month = i + 1;
    }
    const QDate date(match.captured(3).toInt(), month, match.captured(1).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (month == 0 || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

QString formatHttpDate(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return QLatin1StringView(kWeekdays[utc.date().dayOfWeek() - 1]) % u", " %
           utc.toString(QStringLiteral("dd ")) % QLatin1StringView(kMonths[utc.date().month() - 1]) %
           utc.toString(QStringLiteral(" yyyy HH:mm:ss")) % u" GMT";
}

} // namespace kvs
