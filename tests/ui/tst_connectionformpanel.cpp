#include "connectionformpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using kvs::ui::ConnectionFormPanel;

/// The connection form driven through real widgets: typing, live messages, Connect enabling, Enter.
class TestConnectionFormPanel : public QObject
{
    Q_OBJECT

private:
    template <typename T>
    static T *child(QWidget &panel, const char *name)
    {
        auto *widget = panel.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("missing widget %s", name);
        return widget;
    }

private slots:
    void freshFormIsQuietButCannotConnect()
    {
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        panel.show();
        QVERIFY(!child<QPushButton>(panel, "connectButton")->isEnabled());
        QVERIFY(!child<QLabel>(panel, "channelMessageLabel")->isVisible());
        // ... but it says what is missing.
        auto *hint = child<QLabel>(panel, "connectHintLabel");
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(u"channel is empty"), qPrintable(hint->text()));
    }

    void typingShowsTheBrokenRuleAndEnablesConnect()
    {
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        panel.show();
        auto *channel = child<QLineEdit>(panel, "channelLineEdit");
        auto *message = child<QLabel>(panel, "channelMessageLabel");
        auto *connectButton = child<QPushButton>(panel, "connectButton");
        child<QLineEdit>(panel, "clientIdLineEdit")->setText(QStringLiteral("viewer-1"));

        QTest::keyClicks(channel, QStringLiteral("arn:aws:kinesisvideo:us-west-2:123456789012:channel/demo"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"CREATION-TIME"), qPrintable(message->text()));
        QCOMPARE(channel->toolTip(), message->text());
        QVERIFY(!connectButton->isEnabled());

        QTest::keyClicks(channel, QStringLiteral("/1700000000000"));
        QVERIFY(!message->isVisible());
        QVERIFY(connectButton->isEnabled());
        auto *info = child<QLabel>(panel, "channelInfoLabel");
        QVERIFY(info->text().contains(u"123456789012"));

        QSignalSpy connectSpy(&panel, &ConnectionFormPanel::connectRequested);
        QTest::keyClick(channel, Qt::Key_Return);
        QCOMPARE(connectSpy.count(), 1);
        QCOMPARE(connectSpy.at(0).at(0).value<kvs::ConnectionForm>().clientId, QStringLiteral("viewer-1"));
    }

    void regionMismatchIsWarned()
    {
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        panel.show();
        child<QLineEdit>(panel, "clientIdLineEdit")->setText(QStringLiteral("viewer-1"));
        child<QLineEdit>(panel, "channelLineEdit")
            ->setText(QStringLiteral("arn:aws:kinesisvideo:us-west-2:123456789012:channel/demo/1"));
        auto *region = child<QComboBox>(panel, "regionComboBox");
        region->setCurrentText(QString());
        QTest::keyClicks(region->lineEdit(), QStringLiteral("eu-west-1"));
        auto *warning = child<QLabel>(panel, "regionWarningLabel");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"us-west-2"));
        QVERIFY(child<QPushButton>(panel, "connectButton")->isEnabled());
    }

    void manualKeysAppearAndAreValidated()
    {
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        panel.show();
        auto *source = child<QComboBox>(panel, "credentialSourceComboBox");
        auto *keyId = child<QLineEdit>(panel, "accessKeyIdLineEdit");
        QVERIFY(!keyId->isVisible());
        source->setCurrentIndex(2);
        QVERIFY(keyId->isVisible());
        QCOMPARE(child<QLineEdit>(panel, "secretAccessKeyLineEdit")->echoMode(), QLineEdit::Password);
        QTest::keyClicks(keyId, QStringLiteral("AKIA12"));
        QVERIFY(child<QLabel>(panel, "accessKeyIdMessageLabel")->text().contains(u"at least 16"));
    }

    void newIdButtonReplacesClientId()
    {
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-fresh"); });
        panel.show();
        QTest::mouseClick(child<QPushButton>(panel, "newClientIdButton"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(panel, "clientIdLineEdit")->text(), QStringLiteral("viewer-fresh"));
    }
};

QTEST_MAIN(TestConnectionFormPanel)
#include "tst_connectionformpanel.moc"
