#pragma once

#include "core/common/clock.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace kvs {

/// What kind of failure ended an attempt; the retry policy decides on this alone, never on words.
enum class ErrorClass
{
    InvalidArgument,     ///< 400 InvalidArgumentException (and other 4xx the user must fix)
    AccessDenied,        ///< 403 AccessDeniedException, expired credentials or signature (clock skew)
    ResourceNotFound,    ///< 404 ResourceNotFoundException
    ClientLimitExceeded, ///< 400 ClientLimitExceededException: throttled, or too many viewers
    ServerError,         ///< HTTP 5xx
    Network,             ///< DNS, TCP, TLS handshake or a dropped socket
    Timeout,             ///< no answer in time (request, handshake or pong)
    GoAway,              ///< the service sent GO_AWAY (deployment): reconnect with a fresh endpoint
    ServiceClose,        ///< the service closed the socket (1001, idle timeout, 1-hour cap, …)
    Replaced,            ///< another client with the same ClientId took the connection over
    /// HTTP 400 without an error type: no public source says what it means (not throttling, as far as
    /// anyone knows). Retried once, in case it was transient, never more.
    UnknownCause,
    /// A refused WebSocket upgrade whose replay was accepted at once, so its answer could not be read:
    /// transient whatever it was; retried with backoff, never called throttling.
    TransientRefusal,
    Other, ///< anything else (unexpected 4xx, malformed answers): not retried
};

/// A stable English name for an ErrorClass ("ClientLimitExceeded"), for events and logs.
QString errorClassName(ErrorClass errorClass);

/// Maps an HTTP status and an x-amzn-ErrorType (already stripped of ":url") to an ErrorClass.
/// The error type wins over the status: 400 is both InvalidArgument and ClientLimitExceeded.
ErrorClass classifyHttpError(int httpStatus, QStringView errorType);

/// Why a retry was refused.
enum class GiveUpReason
{
    None, ///< not given up: a retry is scheduled
    NotRetryable,
    MaxAttempts,
    MaxElapsed,
};

/// The policy's answer for one failure.
struct RetryDecision
{
    bool retry = false;
    qint64 delayMs = 0; ///< how long to wait before the next attempt (0: immediately)
    GiveUpReason giveUpReason = GiveUpReason::None;
    bool skewRetry = false; ///< true when this is the one immediate retry after a clock-skew correction
};

/// What the controller knows when an attempt fails.
struct RetryContext
{
    ErrorClass errorClass = ErrorClass::Other;
    int failedAttempts = 1;      ///< attempts that failed so far, this one included (1 after the first)
    qint64 elapsedMs = 0;        ///< since the first attempt of this series started
    bool clockCorrected = false; ///< this failure moved the signing clock (skew measured from it)
    bool skewRetryUsed = false;  ///< the one skew retry of this series was already spent
};

/// Exponential backoff with full jitter, as a value: delay(n) = random() × min(cap, base × 2^(n−1)).
/// Retries throttling, 5xx, network errors, timeouts, GO_AWAY and service-side closes, and an untyped 400
/// (UnknownCause) exactly once; never
/// InvalidArgument, AccessDenied, ResourceNotFound, Replaced or Other — except exactly one immediate
/// retry after a clock-skew correction (AccessDenied or InvalidArgument caused by a skewed clock).
/// The randomness is injected: a function returning a value in [0, 1).
/// Retries after a failed attempt unless the user chooses otherwise: the GUI's "Max retries" and the CLI's
/// --max-retries (both count retries, not attempts).
inline constexpr int kDefaultMaxRetries = 7;

class RetryPolicy final
{
public:
    /// The tunables; defaults suit the KVS signaling service (3 connects/s, 1-minute GO_AWAY grace).
    struct Settings
    {
        qint64 baseDelayMs = 500;
        qint64 maxDelayMs = 20000;
        int maxAttempts = kDefaultMaxRetries + 1; ///< failed attempts after which the series gives up (≥ 1)
        qint64 maxElapsedMs = 300000; ///< no attempt is scheduled to start later than this after the first
    };

    explicit RetryPolicy(std::function<double()> random);
    RetryPolicy(Settings settings, std::function<double()> random);

    const Settings &settings() const { return m_settings; }

    /// True when this class of failure is worth another attempt (ignores the skew exception).
    static bool shouldRetry(ErrorClass errorClass);

    /// The ceiling of the jitter window for retry number `attempt` (1 = first retry):
    /// min(cap, base × 2^(attempt−1)); never negative, never overflows.
    qint64 ceilingFor(int attempt) const;
    /// A delay for retry number `attempt` (1 = first retry), drawn in [0, ceilingFor(attempt)).
    qint64 delayFor(int attempt) const;

    /// The whole decision for one failure: retry now, retry after a delay, or give up and why.
    /// A delay that would start the next attempt after maxElapsedMs gives up with MaxElapsed.
    RetryDecision decide(const RetryContext &context) const;

private:
    Settings m_settings;
    std::function<double()> m_random;
};

/// Keeps this process under the service's hard limit of 3 connect attempts per second per channel:
/// every connect (and handshake replay) reserves a slot and waits the returned time before it goes.
/// Pure bookkeeping over an injected clock; it never sleeps and starts no timer. One instance per
/// process (the composition root owns it and passes it to every controller).
class ConnectRateLimiter final
{
public:
    explicit ConnectRateLimiter(const Clock &clock, int maxPerWindow = 3, qint64 windowMs = 1000);

    /// Reserves the earliest slot for `channel` at which at most maxPerWindow slots fall in any window
    /// of windowMs, not before slots already reserved; returns how long to wait (ms, ≥ 0) until it.
    qint64 reserve(const QString &channel);
    /// How long a reserve() now would have to wait, without reserving.
    qint64 peekDelay(const QString &channel) const;

    /// Notes that a connection of this process starts opening on channel with clientId; returns a ticket
    /// that identifies it (tickets grow).
    quint64 noteOpened(const QString &channel, const QString &clientId);
    /// True when another connection of this process opened on channel with the same clientId after the
    /// one holding ticket: the newer connection takes precedence, so a close of the older one is a takeover.
    bool openedSince(const QString &channel, const QString &clientId, quint64 ticket) const;

private:
    qint64 earliestSlot(const QList<qint64> &reserved, qint64 now) const;
    void prune(QList<qint64> &reserved, qint64 now) const;

    const Clock &m_clock;
    int m_maxPerWindow;
    qint64 m_windowMs;
    QHash<QString, QList<qint64>> m_slots; // ms since epoch, ascending
    QHash<QString, quint64> m_lastOpened;  // channel + '\n' + clientId → ticket of the newest open
    quint64 m_nextTicket = 1;
};

} // namespace kvs
