#include "core/common/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace kvs;

Q_DECLARE_METATYPE(kvs::ErrorClass)
Q_DECLARE_METATYPE(kvs::GiveUpReason)

namespace {

/// Randomness that replays a fixed list, then repeats its last value.
std::function<double()> sequence(QList<double> values)
{
    auto index = std::make_shared<qsizetype>(0);
    return [values, index]() {
        const double v = values.at(std::min(*index, values.size() - 1));
        ++*index;
        return v;
    };
}

QDateTime t0()
{
    return QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
}

} // namespace

/// Backoff with full jitter, the retry decision, and the 3-per-second connect limiter.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void ceilingsDoubleUpToTheCap_data()
    {
        QTest::addColumn<qint64>("base");
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<QList<qint64>>("ceilings"); // for attempts 1, 2, 3, …
        QTest::newRow("defaults") << qint64(500) << qint64(20000)
                                  << QList<qint64>{500, 1000, 2000, 4000, 8000, 16000, 20000, 20000};
        QTest::newRow("C SDK shape") << qint64(100) << qint64(10000)
                                     << QList<qint64>{100, 200, 400, 800, 1600, 3200, 6400, 10000, 10000};
        QTest::newRow("cap below base") << qint64(1000) << qint64(300) << QList<qint64>{300, 300, 300};
        QTest::newRow("zero base") << qint64(0) << qint64(1000) << QList<qint64>{0, 0, 0};
    }
    void ceilingsDoubleUpToTheCap()
    {
        QFETCH(qint64, base);
        QFETCH(qint64, cap);
        QFETCH(QList<qint64>, ceilings);
        const RetryPolicy policy({base, cap, 10, 600000}, sequence({0.0}));
        QList<qint64> actual;
        for (int attempt = 1; attempt <= ceilings.size(); ++attempt)
            actual.append(policy.ceilingFor(attempt));
        QCOMPARE(actual, ceilings);
    }

    void ceilingNeverOverflows()
    {
        const RetryPolicy policy({1000, std::numeric_limits<qint64>::max(), 10, 600000}, sequence({0.5}));
        QVERIFY(policy.ceilingFor(1000) > 0);
        QCOMPARE(policy.ceilingFor(0), qint64(1000));
        QCOMPARE(policy.ceilingFor(-5), qint64(1000));
    }

    void delaysAreFullJitter_data()
    {
        QTest::addColumn<QList<double>>("random");
        QTest::addColumn<QList<qint64>>("delays");
        QTest::newRow("zeros") << QList<double>{0.0} << QList<qint64>{0, 0, 0, 0, 0};
        QTest::newRow("halves") << QList<double>{0.5} << QList<qint64>{250, 500, 1000, 2000, 4000};
        QTest::newRow("mixed") << QList<double>{0.9, 0.1, 0.5, 0.999, 0.25}
                               << QList<qint64>{450, 100, 1000, 3996, 2000};
        QTest::newRow("near one stays below ceiling")
            << QList<double>{0.9999999999} << QList<qint64>{499, 999, 1999, 3999, 7999};
        QTest::newRow("out of range is clamped")
            << QList<double>{-1.0, 7.0, qQNaN()} << QList<qint64>{0, 999, 0, 0, 0};
    }
    void delaysAreFullJitter()
    {
        QFETCH(QList<double>, random);
        QFETCH(QList<qint64>, delays);
        const RetryPolicy policy({500, 20000, 10, 600000}, sequence(random));
        QList<qint64> actual;
        for (int attempt = 1; attempt <= delays.size(); ++attempt)
            actual.append(policy.delayFor(attempt));
        QCOMPARE(actual, delays);
    }

    void whatIsRetried_data()
    {
        QTest::addColumn<ErrorClass>("errorClass");
        QTest::addColumn<bool>("retried");
        QTest::newRow("throttled") << ErrorClass::ClientLimitExceeded << true;
        QTest::newRow("5xx") << ErrorClass::ServerError << true;
        QTest::newRow("network") << ErrorClass::Network << true;
        QTest::newRow("timeout") << ErrorClass::Timeout << true;
        QTest::newRow("GO_AWAY") << ErrorClass::GoAway << true;
        QTest::newRow("service close") << ErrorClass::ServiceClose << true;
        QTest::newRow("invalid argument") << ErrorClass::InvalidArgument << false;
        QTest::newRow("access denied") << ErrorClass::AccessDenied << false;
        QTest::newRow("not found") << ErrorClass::ResourceNotFound << false;
        QTest::newRow("replaced") << ErrorClass::Replaced << false;
        QTest::newRow("other") << ErrorClass::Other << false;
        QTest::newRow("400 without an error type") << ErrorClass::UnknownCause << true;
        QTest::newRow("refusal whose replay was accepted") << ErrorClass::TransientRefusal << true;
    }

    void anUntypedRefusalIsRetriedOnceOnly()
    {
        RetryPolicy::Settings settings;
        settings.maxAttempts = 8;
        const RetryPolicy policy(settings, sequence({0.5}));
        QVERIFY(policy.decide({ErrorClass::UnknownCause, 1, 0, false, false}).retry);
        const RetryDecision second = policy.decide({ErrorClass::UnknownCause, 2, 0, false, false});
        QVERIFY(!second.retry);
        QCOMPARE(second.giveUpReason, GiveUpReason::MaxAttempts);
        // Throttling keeps its full budget.
        QVERIFY(policy.decide({ErrorClass::ClientLimitExceeded, 2, 0, false, false}).retry);
    }
    void whatIsRetried()
    {
        QFETCH(ErrorClass, errorClass);
        QFETCH(bool, retried);
        QCOMPARE(RetryPolicy::shouldRetry(errorClass), retried);
        const RetryPolicy policy(sequence({0.5}));
        const RetryDecision decision = policy.decide({errorClass, 1, 0, false, false});
        QCOMPARE(decision.retry, retried);
        QCOMPARE(decision.giveUpReason, retried ? GiveUpReason::None : GiveUpReason::NotRetryable);
    }

    void httpErrorsAreClassifiedByTypeFirst_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<ErrorClass>("expected");
        QTest::newRow("400 throttle")
            << 400 << "ClientLimitExceededException" << ErrorClass::ClientLimitExceeded;
        QTest::newRow("400 invalid") << 400 << "InvalidArgumentException" << ErrorClass::InvalidArgument;
        QTest::newRow("400 bare: cause unknown") << 400 << "" << ErrorClass::UnknownCause;
        QTest::newRow("403") << 403 << "AccessDeniedException" << ErrorClass::AccessDenied;
        QTest::newRow("403 bare") << 403 << "" << ErrorClass::AccessDenied;
        QTest::newRow("403 expired token") << 403 << "ExpiredTokenException" << ErrorClass::AccessDenied;
        QTest::newRow("404") << 404 << "ResourceNotFoundException" << ErrorClass::ResourceNotFound;
        QTest::newRow("404 bare") << 404 << "" << ErrorClass::ResourceNotFound;
        QTest::newRow("case") << 400 << "clientlimitexceededexception" << ErrorClass::ClientLimitExceeded;
        QTest::newRow("429") << 429 << "" << ErrorClass::ClientLimitExceeded;
        QTest::newRow("500") << 500 << "InternalFailure" << ErrorClass::ServerError;
        QTest::newRow("503") << 503 << "" << ErrorClass::ServerError;
        QTest::newRow("408") << 408 << "" << ErrorClass::Timeout;
        QTest::newRow("409") << 409 << "ResourceInUseException" << ErrorClass::Other;
        QTest::newRow("302") << 302 << "" << ErrorClass::Other;
    }
    void httpErrorsAreClassifiedByTypeFirst()
    {
        QFETCH(int, status);
        QFETCH(QString, errorType);
        QFETCH(ErrorClass, expected);
        QCOMPARE(classifyHttpError(status, errorType), expected);
    }

    void wholeSeriesUntilMaxAttempts()
    {
        const RetryPolicy policy({100, 1000, 5, 600000}, sequence({0.5}));
        QList<qint64> delays;
        RetryDecision decision;
        int failed = 0;
        qint64 elapsed = 0;
        do {
            ++failed;
            decision = policy.decide({ErrorClass::ClientLimitExceeded, failed, elapsed, false, false});
            if (decision.retry)
                delays.append(decision.delayMs);
            elapsed += decision.delayMs;
        } while (decision.retry);
        QCOMPARE(delays, (QList<qint64>{50, 100, 200, 400}));
        QCOMPARE(failed, 5);
        QCOMPARE(decision.giveUpReason, GiveUpReason::MaxAttempts);
    }

    void wholeSeriesUntilMaxElapsed()
    {
        const RetryPolicy policy({1000, 8000, 100, 10000}, sequence({0.99}));
        QList<qint64> delays;
        RetryDecision decision;
        int failed = 0;
        qint64 elapsed = 0;
        do {
            ++failed;
            decision = policy.decide({ErrorClass::Network, failed, elapsed, false, false});
            if (decision.retry)
                delays.append(decision.delayMs);
            elapsed += decision.delayMs + 100; // each attempt itself takes 100 ms
        } while (decision.retry);
        // 990 + 1980 + 3960 (+ 3 × 100) = 7230; the next (7920) would start after 10 s.
        QCOMPARE(delays, (QList<qint64>{990, 1980, 3960}));
        QCOMPARE(decision.giveUpReason, GiveUpReason::MaxElapsed);
    }

    void oneImmediateRetryAfterSkewCorrection_data()
    {
        QTest::addColumn<ErrorClass>("errorClass");
        QTest::addColumn<bool>("clockCorrected");
        QTest::addColumn<bool>("skewRetryUsed");
        QTest::addColumn<bool>("retried");
        QTest::newRow("403 corrected") << ErrorClass::AccessDenied << true << false << true;
        QTest::newRow("403 corrected again") << ErrorClass::AccessDenied << true << true << false;
        QTest::newRow("403 not corrected") << ErrorClass::AccessDenied << false << false << false;
        QTest::newRow("400 corrected") << ErrorClass::InvalidArgument << true << false << true;
        QTest::newRow("404 corrected") << ErrorClass::ResourceNotFound << true << false << false;
        QTest::newRow("replaced corrected") << ErrorClass::Replaced << true << false << false;
    }
    void oneImmediateRetryAfterSkewCorrection()
    {
        QFETCH(ErrorClass, errorClass);
        QFETCH(bool, clockCorrected);
        QFETCH(bool, skewRetryUsed);
        QFETCH(bool, retried);
        // Even with attempts and time spent, the skew retry is immediate and allowed once.
        const RetryPolicy policy({100, 1000, 1, 0}, sequence({0.5}));
        const RetryDecision decision = policy.decide({errorClass, 1, 0, clockCorrected, skewRetryUsed});
        QCOMPARE(decision.retry, retried);
        QCOMPARE(decision.skewRetry, retried);
        QCOMPARE(decision.delayMs, qint64(0));
        QCOMPARE(decision.giveUpReason, retried ? GiveUpReason::None : GiveUpReason::NotRetryable);
    }

    void settingsAreSanitised()
    {
        const RetryPolicy policy({-5, -5, 0, -1}, sequence({0.5}));
        QCOMPARE(policy.settings().maxAttempts, 1);
        QCOMPARE(policy.delayFor(3), qint64(0));
        QCOMPARE(policy.decide({ErrorClass::Network, 1, 0, false, false}).giveUpReason,
                 GiveUpReason::MaxAttempts);
    }

    void rateLimiterSpacesBursts_data()
    {
        QTest::addColumn<QList<qint64>>("requestTimes"); // ms after t0 at which reserve() is called
        QTest::addColumn<QList<qint64>>("waits");
        QTest::newRow("three at once go, the fourth waits a second")
            << QList<qint64>{0, 0, 0, 0, 0, 0, 0} << QList<qint64>{0, 0, 0, 1000, 1000, 1000, 2000};
        QTest::newRow("spread out never waits")
            << QList<qint64>{0, 400, 800, 1200, 1600, 2000} << QList<qint64>{0, 0, 0, 0, 0, 0};
        QTest::newRow("sliding window")
            << QList<qint64>{0, 300, 600, 900, 1299, 1301} << QList<qint64>{0, 0, 0, 100, 1, 299};
        QTest::newRow("after a pause the budget is back")
            << QList<qint64>{0, 0, 0, 5000, 5000, 5000, 5000} << QList<qint64>{0, 0, 0, 0, 0, 0, 1000};
    }
    void rateLimiterSpacesBursts()
    {
        QFETCH(QList<qint64>, requestTimes);
        QFETCH(QList<qint64>, waits);
        FixedClock clock(t0());
        ConnectRateLimiter limiter(clock);
        QList<qint64> actual;
        for (qint64 at : requestTimes) {
            clock.set(t0().addMSecs(at));
            actual.append(limiter.reserve(QStringLiteral("arn:aws:kinesisvideo:us-west-2:1:channel/a/1")));
        }
        QCOMPARE(actual, waits);
    }

    void rateLimiterNeverAllowsFourInOneSecond()
    {
        FixedClock clock(t0());
        ConnectRateLimiter limiter(clock);
        QList<qint64> starts;
        for (int i = 0; i < 30; ++i) {
            clock.set(t0().addMSecs(i * 37));
            starts.append(i * 37 + limiter.reserve(QStringLiteral("c")));
        }
        for (qsizetype i = 3; i < starts.size(); ++i)
            QVERIFY2(starts[i] - starts[i - 3] >= 1000, qPrintable(QString::number(i)));
    }

    void rateLimiterIsPerChannel()
    {
        FixedClock clock(t0());
        ConnectRateLimiter limiter(clock);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(limiter.reserve(QStringLiteral("a")), qint64(0));
        QCOMPARE(limiter.peekDelay(QStringLiteral("a")), qint64(1000));
        QCOMPARE(limiter.peekDelay(QStringLiteral("a")), qint64(1000)); // peeking reserves nothing
        QCOMPARE(limiter.reserve(QStringLiteral("b")), qint64(0));
        clock.advanceMs(250);
        QCOMPARE(limiter.reserve(QStringLiteral("a")), qint64(750));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
