#include "core/aws/clockskewestimator.h"

#include "core/aws/awstime.h"
#include "core/common/duration.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdlib>

namespace kvs {

std::optional<SignatureTimeError> SignatureTimeError::find(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        "Signature (expired|not yet current): (\\d{8}T\\d{6}Z) is (?:now earlier|still later) than "
        "(\\d{8}T\\d{6}Z) \\((\\d{8}T\\d{6}Z) [-+] \\d+ min\\.\\)"));
    const auto match = re.match(text.left(16384).toString());
    if (!match.hasMatch())
        return std::nullopt;
    const auto signedAt = parseAmzDate(match.capturedView(2));
    const auto limit = parseAmzDate(match.capturedView(3));
    const auto server = parseAmzDate(match.capturedView(4));
    if (!signedAt || !limit || !server)
        return std::nullopt;
    SignatureTimeError error;
    error.kind = match.capturedView(1) == u"expired" ? Kind::Expired : Kind::NotYetCurrent;
    error.signedAt = *signedAt;
    error.limit = *limit;
    error.serverTime = *server;
    return error;
}

bool ClockSkewEstimator::addHttpDate(const QDateTime &serverDate, const QDateTime &localTime)
{
    if (!serverDate.isValid() || !localTime.isValid())
        return false;
    return addSample(localTime.msecsTo(serverDate) + 500);
}

bool ClockSkewEstimator::addServerTime(const QDateTime &serverTime, const QDateTime &localTime)
{
    if (!serverTime.isValid() || !localTime.isValid())
        return false;
    return addSample(localTime.msecsTo(serverTime) + 500);
}

bool ClockSkewEstimator::addSample(qint64 offsetMs)
{
    m_hasSample = true;
    m_measuredMs = offsetMs;
    const qint64 wanted = std::llabs(offsetMs) >= kApplyThresholdMs ? offsetMs : 0;
    if (wanted == m_correctionMs || (wanted != 0 && std::llabs(wanted - m_correctionMs) <= 1000))
        return false;
    m_correctionMs = wanted;
    return true;
}

bool ClockSkewEstimator::isWarning() const
{
    return std::llabs(m_correctionMs) > kWarnThresholdMs;
}

QString ClockSkewEstimator::describe() const
{
    if (m_correctionMs == 0)
        return QString();
    const qint64 seconds = (std::llabs(m_correctionMs) + 500) / 1000;
    const QString amount = formatDuration(seconds * 1000);
    // Positive correction: the service is ahead, so the local clock is behind.
    return m_correctionMs > 0 ? QCoreApplication::translate("kvs::ClockSkewEstimator",
                                                            "The local clock is %1 behind the service's.")
                                    .arg(amount)
                              : QCoreApplication::translate("kvs::ClockSkewEstimator",
                                                            "The local clock is %1 ahead of the service's.")
                                    .arg(amount);
}

} // namespace kvs
