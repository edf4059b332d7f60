#include "ui/dialogs.h"
#include "ui/errordialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace kvs;
using namespace kvs::ui;

/// The error dialog shows cause, facts and next steps; Copy details is redacted; the wrapper answers in
/// tests.
class TestErrorDialog : public QObject
{
    Q_OBJECT

private:
    static Failure accessDenied()
    {
        Failure f;
        f.step = QStringLiteral("ConnectAsViewer");
        f.httpStatus = 403;
        f.errorType = QStringLiteral("AccessDeniedException");
        f.message = QStringLiteral(
            "User AKIA4F7WJQR7FMMWMNXI is not authorized; X-Amz-Signature=0123456789abcdef0123");
        f.requestId = QStringLiteral("7d3f-41aa");
        f.channelArn = QStringLiteral("arn:aws:kinesisvideo:us-west-2:123456789012:channel/demo/1");
        return f;
    }

private slots:
    // Only an HTTP answer carries the service's message; a network failure's text is ours and says so.
    void messageIsTheServicesOnlyWithAnHttpAnswer()
    {
        Failure network;
        network.step = QStringLiteral("ConnectAsViewer");
        network.errorType = QStringLiteral("NetworkError");
        network.message =
            QStringLiteral("Could not open the WebSocket: The remote host closed the connection");
        for (const auto &[failure, label] : {std::pair{network, QStringLiteral("Details:")},
                                             std::pair{accessDenied(), QStringLiteral("Service message:")}}) {
            ErrorDialog dialog(failure, explainFailure(failure));
            auto *value = dialog.findChild<QLabel *>(QStringLiteral("serviceMessageLabel"));
            QVERIFY(value);
            QCOMPARE(value->accessibleDescription(), label.chopped(1));
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyDetailsButton")),
                              Qt::LeftButton);
            const QString copied = QApplication::clipboard()->text();
            QVERIFY2(copied.contains(u'\n' + label + u' '), qPrintable(copied));
            QCOMPARE(copied.contains(QStringLiteral("Service message:")), failure.httpStatus != 0);
        }
    }

    void showsEverythingAndCopiesRedacted()
    {
        const Failure failure = accessDenied();
        ErrorDialog dialog(failure, explainFailure(failure));
        dialog.show();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Access denied"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("httpStatusLabel"))->text(),
                 QStringLiteral("403"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("requestIdLabel"))->text(),
                 QStringLiteral("7d3f-41aa"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("iamActionLabel"))->text(),
                 QStringLiteral("kinesisvideo:ConnectAsViewer"));
        const QString shownMessage =
            dialog.findChild<QLabel *>(QStringLiteral("serviceMessageLabel"))->text();
        QVERIFY(!shownMessage.contains(u"0123456789abcdef0123"));
        QVERIFY(!shownMessage.contains(u"AKIA4F7WJQR7FMMWMNXI"));
        QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("policyPlainTextEdit"))
                    ->toPlainText()
                    .contains(failure.channelArn));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyDetailsButton")),
                          Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(u"7d3f-41aa"));
        QVERIFY(copied.contains(u"kinesisvideo:ConnectAsViewer"));
        QVERIFY(!copied.contains(u"0123456789abcdef0123"));
        QVERIFY(!copied.contains(u"AKIA4F7WJQR7FMMWMNXI"));
    }

    void wrapperIsAnsweredInTests()
    {
        Dialogs::clearShownDialogs();
        Dialogs::answerAutomatically(Dialogs::Answer::Ok);
        Failure notFound;
        notFound.step = QStringLiteral("DescribeSignalingChannel");
        notFound.httpStatus = 404;
        notFound.errorType = QStringLiteral("ResourceNotFoundException");
        QCOMPARE(Dialogs::showFailure(nullptr, notFound), Dialogs::Answer::Ok);
        QCOMPARE(Dialogs::shownDialogs().size(), 1);
        QVERIFY(Dialogs::shownDialogs().constFirst().startsWith(u"Channel not found"));
        Dialogs::stopAnsweringAutomatically();
    }
};

QTEST_MAIN(TestErrorDialog)
#include "tst_errordialog.moc"
