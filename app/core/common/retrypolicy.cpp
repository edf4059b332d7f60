#include "core/common/retrypolicy.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kvs {

QString errorClassName(ErrorClass errorClass)
{
    switch (errorClass) {
    case ErrorClass::InvalidArgument:
        return QStringLiteral("InvalidArgument");
    case ErrorClass::AccessDenied:
        return QStringLiteral("AccessDenied");
    case ErrorClass::ResourceNotFound:
        return QStringLiteral("ResourceNotFound");
    case ErrorClass::ClientLimitExceeded:
        return QStringLiteral("ClientLimitExceeded");
    case ErrorClass::ServerError:
        return QStringLiteral("ServerError");
    case ErrorClass::Network:
        return QStringLiteral("Network");
    case ErrorClass::Timeout:
        return QStringLiteral("Timeout");
    case ErrorClass::GoAway:
        return QStringLiteral("GoAway");
    case ErrorClass::ServiceClose:
        return QStringLiteral("ServiceClose");
    case ErrorClass::Replaced:
        return QStringLiteral("Replaced");
    case ErrorClass::UnknownCause:
        return QStringLiteral("UnknownCause");
    case ErrorClass::TransientRefusal:
        return QStringLiteral("TransientRefusal");
    case ErrorClass::Other:
        break;
    }
    return QStringLiteral("Other");
}

ErrorClass classifyHttpError(int httpStatus, QStringView errorType)
{
    const auto is = [errorType](QStringView name) {
        return errorType.compare(name, Qt::CaseInsensitive) == 0;
    };
    if (is(u"ClientLimitExceededException") || is(u"ThrottlingException") ||
        is(u"TooManyRequestsException") || is(u"LimitExceededException"))
        return ErrorClass::ClientLimitExceeded;
    if (is(u"InvalidArgumentException") || is(u"ValidationException") || is(u"SerializationException"))
        return ErrorClass::InvalidArgument;
    if (is(u"AccessDeniedException") || is(u"UnrecognizedClientException") || is(u"ExpiredTokenException") ||
        is(u"NotAuthorizedException") || is(u"InvalidSignatureException") || is(u"SignatureDoesNotMatch") ||
        is(u"IncompleteSignatureException") || is(u"MissingAuthenticationTokenException"))
        return ErrorClass::AccessDenied;
    if (is(u"ResourceNotFoundException"))
        return ErrorClass::ResourceNotFound;
    if (httpStatus == 429)
        return ErrorClass::ClientLimitExceeded;
    if (httpStatus >= 500 && httpStatus <= 599)
        return ErrorClass::ServerError;
    if (httpStatus == 403 || httpStatus == 401)
        return ErrorClass::AccessDenied;
    if (httpStatus == 404)
        return ErrorClass::ResourceNotFound;
    if (httpStatus == 408)
        return ErrorClass::Timeout;
    if (httpStatus == 400)
        return errorType.isEmpty() ? ErrorClass::UnknownCause : ErrorClass::InvalidArgument;
    return ErrorClass::Other;
}

RetryPolicy::RetryPolicy(std::function<double()> random)
    : RetryPolicy(Settings{}, std::move(random))
{}

RetryPolicy::RetryPolicy(Settings settings, std::function<double()> random)
    : m_settings(settings)
    , m_random(std::move(random))
{
    m_settings.baseDelayMs = std::max<qint64>(0, m_settings.baseDelayMs);
    m_settings.maxDelayMs = std::max<qint64>(0, m_settings.maxDelayMs);
    m_settings.maxAttempts = std::max(1, m_settings.maxAttempts);
    m_settings.maxElapsedMs = std::max<qint64>(0, m_settings.maxElapsedMs);
}

bool RetryPolicy::shouldRetry(ErrorClass errorClass)
{
    switch (errorClass) {
    case ErrorClass::ClientLimitExceeded:
    case ErrorClass::ServerError:
    case ErrorClass::Network:
    case ErrorClass::Timeout:
    case ErrorClass::GoAway:
    case ErrorClass::ServiceClose:
    case ErrorClass::UnknownCause:
    case ErrorClass::TransientRefusal:
        return true;
    case ErrorClass::InvalidArgument:
    case ErrorClass::AccessDenied:
    case ErrorClass::ResourceNotFound:
    case ErrorClass::Replaced:
    case ErrorClass::Other:
        break;
    }
    return false;
}

qint64 RetryPolicy::ceilingFor(int attempt) const
{
    const int exponent = std::clamp(attempt - 1, 0, 62);
    qint64 ceiling = m_settings.baseDelayMs;
    for (int i = 0; i < exponent && ceiling < m_settings.maxDelayMs; ++i) {
        if (ceiling > std::numeric_limits<qint64>::max() / 2)
            return m_settings.maxDelayMs;
        ceiling *= 2;
    }
    return std::min(ceiling, m_settings.maxDelayMs);
}

qint64 RetryPolicy::delayFor(int attempt) const
{
    double r = m_random ? m_random() : 0.0;
    if (!(r >= 0.0)) // also catches NaN
        r = 0.0;
    if (r >= 1.0)
        r = std::nextafter(1.0, 0.0);
    return static_cast<qint64>(std::floor(r * static_cast<double>(ceilingFor(attempt))));
}

RetryDecision RetryPolicy::decide(const RetryContext &context) const
{
    RetryDecision decision;
    if (!shouldRetry(context.errorClass)) {
        const bool skewFixable = context.errorClass == ErrorClass::AccessDenied ||
                                 context.errorClass == ErrorClass::InvalidArgument;
        if (skewFixable && context.clockCorrected && !context.skewRetryUsed) {
            decision.retry = true;
            decision.skewRetry = true;
            return decision;
        }
        decision.giveUpReason = GiveUpReason::NotRetryable;
        return decision;
    }
    // An untyped 400 is retried once (it may have been transient), never up to maxAttempts.
    const int maxAttempts = context.errorClass == ErrorClass::UnknownCause
                                ? std::min(2, m_settings.maxAttempts)
                                : m_settings.maxAttempts;
    if (context.failedAttempts >= maxAttempts) {
        decision.giveUpReason = GiveUpReason::MaxAttempts;
        return decision;
    }
    const qint64 delay = delayFor(context.failedAttempts);
    if (context.elapsedMs + delay > m_settings.maxElapsedMs) {
        decision.giveUpReason = GiveUpReason::MaxElapsed;
        return decision;
    }
    decision.retry = true;
    decision.delayMs = delay;
    return decision;
}

ConnectRateLimiter::ConnectRateLimiter(const Clock &clock, int maxPerWindow, qint64 windowMs)
    : m_clock(clock)
    , m_maxPerWindow(std::max(1, maxPerWindow))
    , m_windowMs(std::max<qint64>(1, windowMs))
{}

void ConnectRateLimiter::prune(QList<qint64> &reserved, qint64 now) const
{
    // A slot older than one window can no longer share a window with any future slot.
    while (!reserved.isEmpty() && reserved.first() <= now - m_windowMs)
        reserved.removeFirst();
}

qint64 ConnectRateLimiter::earliestSlot(const QList<qint64> &reserved, qint64 now) const
{
    qint64 slot = now;
    if (!reserved.isEmpty())
        slot = std::max(slot, reserved.last());
    if (reserved.size() >= m_maxPerWindow) {
        // Slot s shares a window with t while s > t − window: the (max)th-latest must have left it.
        slot = std::max(slot, reserved[reserved.size() - m_maxPerWindow] + m_windowMs);
    }
    return slot;
}

qint64 ConnectRateLimiter::reserve(const QString &channel)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QList<qint64> &reserved = m_slots[channel];
    prune(reserved, now);
    const qint64 slot = earliestSlot(reserved, now);
    reserved.append(slot);
    return slot - now;
}

quint64 ConnectRateLimiter::noteOpened(const QString &channel, const QString &clientId)
{
    const quint64 ticket = m_nextTicket++;
    m_lastOpened.insert(channel + u'\n' + clientId, ticket);
    return ticket;
}

bool ConnectRateLimiter::openedSince(const QString &channel, const QString &clientId, quint64 ticket) const
{
    return m_lastOpened.value(channel + u'\n' + clientId, 0) > ticket;
}

qint64 ConnectRateLimiter::peekDelay(const QString &channel) const
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QList<qint64> reserved = m_slots.value(channel);
    prune(reserved, now);
    return earliestSlot(reserved, now) - now;
}

} // namespace kvs
