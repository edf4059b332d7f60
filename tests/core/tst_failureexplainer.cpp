#include "core/events/failureexplainer.h"

#include <QJsonDocument>
#include <QTest>

using namespace kvs;

/// Every failure mode gets a title, a cause and a next step; the right ones.
class TestFailureExplainer : public QObject
{
    Q_OBJECT

private slots:
    void explains_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("titleHas");
        QTest::addColumn<QString>("hintHas");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("permission") << "ConnectAsViewer" << 403 << "AccessDeniedException"
                                    << "User is not authorized"
                                    << "Access denied"
                                    << "kinesisvideo:ConnectAsViewer" << false;
        QTest::newRow("clock expired")
            << "ConnectAsViewer" << 403 << "AccessDeniedException"
            << "Signature expired: 20231107T044734Z is now earlier than 20231107T045305Z "
               "(20231107T045805Z - 5 min.)"
            << "clock"
            << "timedatectl" << true;
        QTest::newRow("clock not yet") << "GetSignalingChannelEndpoint" << 403 << "AccessDeniedException"
                                       << "Signature not yet current: 20231107T050000Z is still later than x"
                                       << "clock"
                                       << "clock" << true;
        QTest::newRow("token expired") << "DescribeSignalingChannel" << 403 << "AccessDeniedException"
                                       << "The security token included in the request is expired"
                                       << "expired"
                                       << "aws sso login" << false;
        QTest::newRow("not found") << "DescribeSignalingChannel" << 404 << "ResourceNotFoundException"
                                   << "The requested channel is not found"
                                   << "not found"
                                   << "region" << false;
        QTest::newRow("throttled") << "ConnectAsViewer" << 400 << "ClientLimitExceededException"
                                   << ""
                                   << "Throttled"
                                   << "retries" << true;
        QTest::newRow("bad argument") << "ConnectAsViewer" << 400 << "InvalidArgumentException"
                                      << "1 validation error detected"
                                      << "parameter"
                                      << "ClientId" << false;
        QTest::newRow("400 without type: cause unknown") << "ConnectAsViewer" << 400 << ""
                                                         << ""
                                                         << "unknown reason"
                                                         << "AWS Support" << false;
        QTest::newRow("unknown key") << "DescribeSignalingChannel" << 403 << "UnrecognizedClientException"
                                     << ""
                                     << "Unknown access key"
                                     << "access key id" << false;
        QTest::newRow("bad signature") << "DescribeSignalingChannel" << 403 << "InvalidSignatureException"
                                       << ""
                                       << "Signature"
                                       << "secret access key" << false;
        QTest::newRow("5xx") << "GetIceServerConfig" << 503 << "ServiceUnavailableException"
                             << ""
                             << "service"
                             << "retries" << true;
        QTest::newRow("network") << "Network" << 0 << "NetworkError"
                                 << "Connection refused"
                                 << "Network"
                                 << "network" << true;
        QTest::newRow("tls") << "Network" << 0 << "TlsError"
                             << ""
                             << "Secure"
                             << "CA file" << false;
        QTest::newRow("replaced") << "ConnectAsViewer" << 0 << "Replaced"
                                  << ""
                                  << "Replaced"
                                  << "New id" << false;
        QTest::newRow("other") << "ConnectAsViewer" << 418 << "Teapot"
                               << ""
                               << "failed"
                               << "diagnostics" << false;
    }
    void explains()
    {
        QFETCH(QString, step);
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, message);
        QFETCH(QString, titleHas);
        QFETCH(QString, hintHas);
        QFETCH(bool, retryable);
        Failure failure;
        failure.step = step;
        failure.httpStatus = status;
        failure.errorType = type;
        failure.message = message;
        failure.region = QStringLiteral("us-west-2");
        const Explanation e = explainFailure(failure);
        QVERIFY2(e.title.contains(titleHas, Qt::CaseInsensitive), qPrintable(e.title));
        QVERIFY(!e.whatHappened.isEmpty());
        QVERIFY2(e.nextSteps.join(u' ').contains(hintHas, Qt::CaseInsensitive),
                 qPrintable(e.nextSteps.join(u'|')));
        QCOMPARE(e.retryable, retryable);
        QVERIFY(!e.hint().isEmpty());
    }

    void skewIsMeasuredInWords()
    {
        Failure failure{QStringLiteral("ConnectAsViewer"), ErrorClass::AccessDenied,
                        QStringLiteral("AccessDeniedException"),
                        QStringLiteral("Signature expired: a is now earlier than b (c - 5 min.)"), 403};
        failure.clockSkewMs = -7 * 60 * 1000;
        QVERIFY(explainFailure(failure).whatHappened.contains(u"7 minutes behind"));
    }

    // A permission refusal stays a permission refusal once the clock has been measured off: the service's
    // words decide, not the history of the run.
    void permissionIsNotBlamedOnAMeasuredSkew_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::newRow("not authorized")
            << QStringLiteral("AccessDeniedException")
            << QStringLiteral("User: arn:aws:iam::111122223333:user/qa is not "
                              "authorized to perform: kinesisvideo:ConnectAsViewer");
        QTest::newRow("no message") << QStringLiteral("AccessDeniedException") << QString();
        QTest::newRow("403 without a type") << QString() << QStringLiteral("Forbidden");
    }
    void permissionIsNotBlamedOnAMeasuredSkew()
    {
        QFETCH(QString, type);
        QFETCH(QString, message);
        Failure failure;
        failure.step = QStringLiteral("ConnectAsViewer");
        failure.httpStatus = 403;
        failure.errorType = type;
        failure.message = message;
        failure.clockSkewMs = -10 * 60 * 1000; // corrected earlier in the run
        const Explanation e = explainFailure(failure);
        QVERIFY2(!e.title.contains(u"clock"), qPrintable(e.title));
        QCOMPARE(e.iamAction, QStringLiteral("kinesisvideo:ConnectAsViewer"));
        QVERIFY(!e.minimalPolicy.isEmpty());
    }

    // Each program gets advice it can follow: the app names its controls, the CLI its options.
    void eachSurfaceGetsItsOwnWords_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("appSays");
        QTest::addColumn<QString>("cliSays");
        QTest::addColumn<QString>("cliNeverSays");
        QTest::newRow("tls") << "TlsError" << 0 << "Advanced"
                             << "--ca-file"
                             << "Advanced";
        QTest::newRow("replaced") << "Replaced" << 0 << "New id"
                                  << "--client-id"
                                  << "New id";
        QTest::newRow("permission") << "AccessDeniedException" << 403 << "policy is below"
                                    << "check-access"
                                    << "below";
    }
    void eachSurfaceGetsItsOwnWords()
    {
        QFETCH(QString, type);
        QFETCH(int, status);
        QFETCH(QString, appSays);
        QFETCH(QString, cliSays);
        QFETCH(QString, cliNeverSays);
        Failure failure;
        failure.step = QStringLiteral("ConnectAsViewer");
        failure.httpStatus = status;
        failure.errorType = type;
        const QString app = explainFailure(failure).nextSteps.join(u'|');
        QVERIFY2(app.contains(appSays), qPrintable(app));
        QVERIFY2(!app.contains(u"--"), qPrintable(app));
        failure.surface = Surface::CommandLine;
        const QString cli = explainFailure(failure).nextSteps.join(u'|');
        QVERIFY2(cli.contains(cliSays), qPrintable(cli));
        QVERIFY2(!cli.contains(cliNeverSays), qPrintable(cli));
    }

    // A signature-time message is the clock, whatever the error type says (the control plane calls it
    // InvalidSignatureException).
    void signatureTimeMessageIsTheClockForAnyType()
    {
        Failure failure;
        failure.step = QStringLiteral("DescribeSignalingChannel");
        failure.httpStatus = 403;
        failure.errorType = QStringLiteral("InvalidSignatureException");
        failure.message = QStringLiteral("Signature expired: 20231107T044734Z is now earlier than "
                                         "20231107T045305Z (20231107T045805Z - 5 min.)");
        QVERIFY(explainFailure(failure).title.contains(u"clock"));
    }

    // While the engine retries, the advice says it does; once it has given up (the dialog), it says how
    // many attempts it made and that Connect tries again — never "retries by itself".
    void adviceFollowsWhetherTheRunGaveUp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::newRow("network") << 0 << QStringLiteral("NetworkError");
        QTest::newRow("timeout") << 0 << QStringLiteral("Timeout");
        QTest::newRow("5xx") << 503 << QStringLiteral("ServiceUnavailable");
        QTest::newRow("throttled") << 400 << QStringLiteral("ClientLimitExceededException");
    }

    void adviceFollowsWhetherTheRunGaveUp()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        Failure failure;
        failure.step = QStringLiteral("ConnectAsViewer");
        failure.httpStatus = status;
        failure.errorType = type;
        const QString retrying = explainFailure(failure).nextSteps.join(u'|');
        QVERIFY2(retrying.contains(u"retries"), qPrintable(retrying));
        failure.attemptsMade = 8;
        const QString gaveUp = explainFailure(failure).nextSteps.join(u'|');
        QVERIFY2(!gaveUp.contains(u"retries"), qPrintable(gaveUp));
        QVERIFY2(gaveUp.contains(u"8 time") && gaveUp.contains(u"gave up"), qPrintable(gaveUp));
    }

    void permissionComesWithAValidMinimalPolicy()
    {
        Failure failure;
        failure.step = QStringLiteral("GetIceServerConfig");
        failure.httpStatus = 403;
        failure.errorType = QStringLiteral("AccessDeniedException");
        failure.channelArn = QStringLiteral("arn:aws:kinesisvideo:us-west-2:123456789012:channel/demo/1");
        const Explanation e = explainFailure(failure);
        QCOMPARE(e.iamAction, QStringLiteral("kinesisvideo:GetIceServerConfig"));
        QJsonParseError error;
        const QJsonDocument policy = QJsonDocument::fromJson(e.minimalPolicy.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(policy[u"Statement"][0][u"Resource"].toString(), failure.channelArn);
        QVERIFY(e.minimalPolicy.contains(u"kinesisvideo:ConnectAsViewer"));
    }
};

QTEST_GUILESS_MAIN(TestFailureExplainer)
#include "tst_failureexplainer.moc"
