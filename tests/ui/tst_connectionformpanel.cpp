#include "ui/connectionformpanel.h"
#include "widgetlookup.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using kvs::test::requireChild;
using kvs::ui::ConnectionFormPanel;

/// The connection form driven through real widgets: typing, live messages, Connect enabling, Enter.
class TestConnectionFormPanel : public QObject
{
    Q_OBJECT

private:
private slots:
    void freshFormIsQuietButCannotConnect()
    {
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        panel.show();
        QVERIFY(!requireChild<QPushButton>(panel, "connectButton")->isEnabled());
        QVERIFY(!requireChild<QLabel>(panel, "channelMessageLabel")->isVisible());
        // ... but it says what is missing.
        auto *hint = requireChild<QLabel>(panel, "connectHintLabel");
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(u"channel is empty"), qPrintable(hint->text()));
    }

    void typingShowsTheBrokenRuleAndEnablesConnect()
    {
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        panel.show();
        auto *channel = requireChild<QLineEdit>(panel, "channelLineEdit");
        auto *message = requireChild<QLabel>(panel, "channelMessageLabel");
        auto *connectButton = requireChild<QPushButton>(panel, "connectButton");
        requireChild<QLineEdit>(panel, "clientIdLineEdit")->setText(QStringLiteral("viewer-1"));

        QTest::keyClicks(channel, QStringLiteral("arn:aws:kinesisvideo:us-west-2:123456789012:channel/demo"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"CREATION-TIME"), qPrintable(message->text()));
        QCOMPARE(channel->toolTip(), message->text());
        QVERIFY(!connectButton->isEnabled());

        QTest::keyClicks(channel, QStringLiteral("/1700000000000"));
        QVERIFY(!message->isVisible());
        QVERIFY(connectButton->isEnabled());
        auto *info = requireChild<QLabel>(panel, "channelInfoLabel");
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
        requireChild<QLineEdit>(panel, "clientIdLineEdit")->setText(QStringLiteral("viewer-1"));
        requireChild<QLineEdit>(panel, "channelLineEdit")
            ->setText(QStringLiteral("arn:aws:kinesisvideo:us-west-2:123456789012:channel/demo/1"));
        auto *region = requireChild<QComboBox>(panel, "regionComboBox");
        region->setCurrentText(QString());
        QTest::keyClicks(region->lineEdit(), QStringLiteral("eu-west-1"));
        auto *warning = requireChild<QLabel>(panel, "regionWarningLabel");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"us-west-2"));
        QVERIFY(requireChild<QPushButton>(panel, "connectButton")->isEnabled());
    }

    void manualKeysAppearAndAreValidated()
    {
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        panel.show();
        auto *source = requireChild<QComboBox>(panel, "credentialSourceComboBox");
        auto *keyId = requireChild<QLineEdit>(panel, "accessKeyIdLineEdit");
        QVERIFY(!keyId->isVisible());
        source->setCurrentIndex(2);
        QVERIFY(keyId->isVisible());
        QCOMPARE(requireChild<QLineEdit>(panel, "secretAccessKeyLineEdit")->echoMode(), QLineEdit::Password);
        QTest::keyClicks(keyId, QStringLiteral("AKIA12"));
        QVERIFY(requireChild<QLabel>(panel, "accessKeyIdMessageLabel")->text().contains(u"at least 16"));
    }

    void newIdButtonReplacesClientId()
    {
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-fresh"); });
        panel.show();
        QTest::mouseClick(requireChild<QPushButton>(panel, "newClientIdButton"), Qt::LeftButton);
        QCOMPARE(requireChild<QLineEdit>(panel, "clientIdLineEdit")->text(), QStringLiteral("viewer-fresh"));
    }

    void recentChannelsAreOfferedByKeyboard()
    {
        const QString lobby =
            QStringLiteral("arn:aws:kinesisvideo:eu-west-1:123456789012:channel/lobby/1700000000000");
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        panel.setRecentChannels({QStringLiteral("front-door"), lobby, QStringLiteral("garage-cam")});
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        auto *channel = requireChild<QLineEdit>(panel, "channelLineEdit");
        channel->setFocus();
        QCompleter *completer = channel->completer();
        QVERIFY(completer);

        // Typing part of a recent channel offers it; Down and Enter take it.
        QTest::keyClicks(channel, QStringLiteral("gar"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionCount(), 1);
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(channel->text(), QStringLiteral("garage-cam"));

        // Down on an empty field lists them all, matching anywhere ("lobby" is inside an ARN).
        channel->clear();
        QTest::keyClick(channel, Qt::Key_Down);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionCount(), 3);
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
        QTest::keyClicks(channel, QStringLiteral("lobby"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), lobby);

        // The Recent button holds the same list.
        auto *button = requireChild<QToolButton>(panel, "recentChannelsButton");
        QVERIFY(button->isEnabled());
        QCOMPARE(button->menu()->actions().size(), 3);
        button->menu()->actions().at(1)->trigger();
        QCOMPARE(channel->text(), lobby);

        panel.setRecentChannels({});
        QVERIFY(!button->isEnabled());
    }

    void everyControlIsNamedAndTabOrderRunsTopToBottom()
    {
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        panel.setRecentChannels({QStringLiteral("front-door")});
        kvs::ConnectionForm form;
        form.credentialMode = kvs::CredentialMode::Profile;
        form.profile = QStringLiteral("dev");
        form.channel = QStringLiteral("front-door");
        form.region = QStringLiteral("us-west-2");
        form.clientId = QStringLiteral("viewer-1");
        panel.setForm(form);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        requireChild<QToolButton>(panel, "advancedToggleButton")->setChecked(true);

        for (QWidget *widget : panel.findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(&panel) || !(widget->focusPolicy() & Qt::TabFocus) ||
                widget->focusProxy())
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), qPrintable(widget->objectName()));
        }

        const QStringList expected = {QStringLiteral("credentialSourceComboBox"),
                                      QStringLiteral("profileComboBox"),
                                      QStringLiteral("reloadProfilesButton"),
                                      QStringLiteral("channelLineEdit"),
                                      QStringLiteral("recentChannelsButton"),
                                      QStringLiteral("listChannelsButton"),
                                      QStringLiteral("regionComboBox"),
                                      QStringLiteral("clientIdLineEdit"),
                                      QStringLiteral("newClientIdButton"),
                                      QStringLiteral("advancedToggleButton"),
                                      QStringLiteral("endpointLineEdit"),
                                      QStringLiteral("caFileLineEdit"),
                                      QStringLiteral("browseCaFileButton"),
                                      QStringLiteral("fipsCheckBox"),
                                      QStringLiteral("dualStackCheckBox"),
                                      QStringLiteral("maxRetriesSpinBox"),
                                      QStringLiteral("codecComboBox"),
                                      QStringLiteral("stunCheckBox"),
                                      QStringLiteral("turnCheckBox"),
                                      QStringLiteral("relayOnlyCheckBox"),
                                      QStringLiteral("receiveAudioCheckBox"),
                                      QStringLiteral("connectButton")};
        requireChild<QComboBox>(panel, "credentialSourceComboBox")->setFocus();
        QStringList order;
        for (int i = 0; i < expected.size(); ++i) {
            QWidget *focused = QApplication::focusWidget();
            while (focused && focused->parentWidget() != &panel && focused->objectName().isEmpty())
                focused = focused->parentWidget(); // a combo box's line edit stands for the combo box
            if (focused && focused->parentWidget() && qobject_cast<QComboBox *>(focused->parentWidget()))
                focused = focused->parentWidget();
            order.append(focused ? focused->objectName() : QString());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(order, expected);
    }
};

QTEST_MAIN(TestConnectionFormPanel)
#include "tst_connectionformpanel.moc"
