#include "core/common/clock.h"
#include "desktop/credentialinspector.h"
#include "ui/connectionformpanel.h"
#include "widgetlookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using kvs::CredentialInspector;
using kvs::CredentialMode;
using kvs::test::requireChild;
using kvs::ui::ConnectionFormPanel;

/// The form's credential picker wired to a real CredentialInspector over AWS files in a temporary
/// directory (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE): the profile list, the background check of the
/// chosen credentials (static keys, a real credential_process script, broken profiles) and the region
/// source line.
class TestCredentialPicker : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &text, bool executable = false)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        if (executable)
            QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
    }

    /// The process environment without any AWS_ variable, pointed at the temporary files.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env;
        const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
        for (const QString &key : system.keys())
            if (!key.startsWith(u"AWS_"))
                env.insert(key, system.value(key));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"),
                   QStringLiteral("true")); // never the real IMDS
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                   m_dir.filePath(QStringLiteral("credentials")));
        return env;
    }

    void choose(ConnectionFormPanel &panel, CredentialMode mode, const QString &profile)
    {
        auto *source = requireChild<QComboBox>(panel, "credentialSourceComboBox");
        source->setCurrentIndex(source->findData(static_cast<int>(mode)));
        if (mode == CredentialMode::Profile)
            requireChild<QComboBox>(panel, "profileComboBox")->setCurrentText(profile);
    }

    QTemporaryDir m_dir;
    kvs::SystemClock m_clock;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The script writes credentials that expire in 54 minutes, like a real credential helper.
        write(m_dir.filePath(QStringLiteral("creds.sh")),
              "#!/bin/sh\n"
              "exp=$(date -u -d '+54 minutes' +%Y-%m-%dT%H:%M:%SZ)\n"
              "echo \"{\\\"Version\\\":1,\\\"AccessKeyId\\\":\\\"ASIAQWERTYUIOPASDFGH\\\","
              "\\\"SecretAccessKey\\\":\\\"proc/secret/KEYKEYKEYKEYKEYKEYKEYKEY1\\\","
              "\\\"SessionToken\\\":\\\"PROCESSTOKEN\\\",\\\"Expiration\\\":\\\"$exp\\\"}\"\n",
              true);
        write(m_dir.filePath(QStringLiteral("config")),
              "[default]\nregion = us-west-2\n\n"
              "[profile dev]\nregion = eu-west-1\nuse_dualstack_endpoint = true\n\n"
              "[profile proc]\ncredential_process = " +
                  m_dir.filePath(QStringLiteral("creds.sh")).toUtf8() +
                  "\n\n"
                  "[profile broken]\nrole_arn = arn:aws:iam::123456789012:role/Viewer\n\n"
                  "[profile sso]\nsso_session = my-sso\nsso_account_id = 123456789012\n"
                  "sso_role_name = Viewer\nregion = ap-south-1\n\n"
                  "[sso-session my-sso]\nsso_start_url = https://example.awsapps.com/start\n"
                  "sso_region = us-east-1\n");
        write(m_dir.filePath(QStringLiteral("credentials")),
              "[dev]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
              "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
    }

    void listsTheProfilesOfTheFiles()
    {
        CredentialInspector inspector(environment(), m_clock);
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        kvs::connectCredentialPicker(&panel, &inspector);
        panel.show();
        choose(panel, CredentialMode::Profile, {});
        auto *profiles = requireChild<QComboBox>(panel, "profileComboBox");
        QStringList names;
        for (int i = 0; i < profiles->count(); ++i)
            names.append(profiles->itemText(i));
        QCOMPARE(names, (QStringList{QStringLiteral("default"), QStringLiteral("dev"), QStringLiteral("proc"),
                                     QStringLiteral("broken"), QStringLiteral("sso")}));
        auto *status = requireChild<QLabel>(panel, "profilesStatusLabel");
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(m_dir.filePath(QStringLiteral("config"))),
                 qPrintable(status->text()));
        QVERIFY(requireChild<QPushButton>(panel, "reloadProfilesButton")->isVisible());

        // Reload reads the files again.
        write(m_dir.filePath(QStringLiteral("credentials")),
              "[dev]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
              "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n[extra]\n"
              "aws_access_key_id = AKIAEXTRAEXTRAEXTRA1\naws_secret_access_key = "
              "extra/secret/extra/secret/1\n");
        QTest::mouseClick(requireChild<QPushButton>(panel, "reloadProfilesButton"), Qt::LeftButton);
        QCOMPARE(profiles->count(), 6);
        QCOMPARE(profiles->itemText(5), QStringLiteral("extra"));
    }

    void unreadableFilesAreNamed()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad-config"));
        write(bad, "[profile dev\nregion = eu-west-1\n");
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), bad);
        CredentialInspector inspector(env, m_clock);
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        kvs::connectCredentialPicker(&panel, &inspector);
        panel.show();
        choose(panel, CredentialMode::Profile, {});
        const QString text = requireChild<QLabel>(panel, "profilesStatusLabel")->text();
        QVERIFY2(text.contains(u"Cannot read") && text.contains(bad), qPrintable(text));
    }

    void staticProfileShowsSourceKeyAndNoExpiry()
    {
        CredentialInspector inspector(environment(), m_clock);
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        kvs::connectCredentialPicker(&panel, &inspector);
        panel.show();
        choose(panel, CredentialMode::Profile, QStringLiteral("dev"));
        auto *line = requireChild<QLabel>(panel, "credentialCheckLabel");
        QTRY_VERIFY2(line->text().contains(u"static keys"), qPrintable(line->text()));
        QVERIFY(line->isVisible());
        QVERIFY2(line->text().contains(u"profile dev"), qPrintable(line->text()));
        QVERIFY2(line->text().contains(QStringLiteral("AKIA…MPLE")), qPrintable(line->text()));
        QVERIFY2(line->text().contains(u"does not expire"), qPrintable(line->text()));
        QVERIFY(!line->text().contains(u"wJalrXUtnFEMI"));
        QVERIFY(!line->text().contains(u"AKIAIOSFODNN7EXAMPLE"));

        // Manual keys hide the line: it speaks only of the chain's credentials.
        choose(panel, CredentialMode::Manual, {});
        QVERIFY(!line->isVisible());
    }

    void credentialProcessShowsItsExpiry()
    {
        CredentialInspector inspector(environment(), m_clock);
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        kvs::connectCredentialPicker(&panel, &inspector);
        panel.show();
        choose(panel, CredentialMode::Profile, QStringLiteral("proc"));
        auto *line = requireChild<QLabel>(panel, "credentialCheckLabel");
        QTRY_VERIFY2(line->text().contains(u"credential_process"), qPrintable(line->text()));
        QVERIFY2(line->text().contains(u"expires in 5"),
                 qPrintable(line->text())); // 54 min, or 53 on a slow run
        QVERIFY2(line->text().contains(QStringLiteral("ASIA…DFGH")), qPrintable(line->text()));
        QVERIFY(!line->text().contains(u"PROCESSTOKEN"));
    }

    void brokenProfilesSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("expected");
        QTest::newRow("role without source")
            << QStringLiteral("broken") << QStringLiteral("neither source_profile nor credential_source");
        QTest::newRow("sso not signed in")
            << QStringLiteral("sso") << QStringLiteral("aws sso login --profile sso");
        QTest::newRow("missing profile") << QStringLiteral("nosuch") << QStringLiteral("nosuch");
    }

    void brokenProfilesSayWhatIsWrong()
    {
        QFETCH(QString, profile);
        QFETCH(QString, expected);
        CredentialInspector inspector(environment(), m_clock);
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        kvs::connectCredentialPicker(&panel, &inspector);
        panel.show();
        choose(panel, CredentialMode::Profile, profile);
        auto *line = requireChild<QLabel>(panel, "credentialCheckLabel");
        QTRY_VERIFY2(line->text().startsWith(u"No credentials:"), qPrintable(line->text()));
        QVERIFY2(line->text().contains(expected), qPrintable(line->text()));
    }

    void environmentModeChecksTheEnvironment()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENVIRONMENTKEY01"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                   QStringLiteral("env/secret/env/secret/env/secret/1"));
        CredentialInspector inspector(env, m_clock);
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        kvs::connectCredentialPicker(&panel, &inspector);
        panel.show();
        choose(panel, CredentialMode::Environment, {});
        auto *line = requireChild<QLabel>(panel, "credentialCheckLabel");
        QTRY_VERIFY2(line->text().contains(u"environment"), qPrintable(line->text()));
        QVERIFY2(line->text().contains(QStringLiteral("AKIA…EY01")), qPrintable(line->text()));
    }

    void regionSourceLineNamesTheWinner()
    {
        CredentialInspector inspector(environment(), m_clock);
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        kvs::connectCredentialPicker(&panel, &inspector);
        panel.show();
        choose(panel, CredentialMode::Profile, QStringLiteral("dev"));
        requireChild<QLineEdit>(panel, "clientIdLineEdit")->setText(QStringLiteral("viewer-1"));
        auto *source = requireChild<QLabel>(panel, "regionSourceLabel");
        auto *channel = requireChild<QLineEdit>(panel, "channelLineEdit");

        // A channel name and an empty region field: the profile's region fills it, and Connect may go.
        QTest::keyClicks(channel, QStringLiteral("demo-channel"));
        QVERIFY2(source->text().contains(u"eu-west-1") && source->text().contains(u"profile dev"),
                 qPrintable(source->text()));
        QVERIFY(requireChild<QPushButton>(panel, "connectButton")->isEnabled());
        QCOMPARE(panel.connectionForm().region, QStringLiteral("eu-west-1"));
        QCOMPARE(panel.form().region, QString());

        // A typed region wins over everything.
        requireChild<QComboBox>(panel, "regionComboBox")->setCurrentText(QStringLiteral("us-east-2"));
        QVERIFY2(source->text().contains(u"this field"), qPrintable(source->text()));
        QCOMPARE(panel.connectionForm().region, QStringLiteral("us-east-2"));
        requireChild<QComboBox>(panel, "regionComboBox")->setCurrentText(QString());

        // A profile without a region and an ARN: the ARN's region.
        choose(panel, CredentialMode::Profile, QStringLiteral("proc"));
        channel->setText(
            QStringLiteral("arn:aws:kinesisvideo:ap-northeast-1:123456789012:channel/demo/1700000000000"));
        QVERIFY2(source->text().contains(u"ap-northeast-1") && source->text().contains(u"channel ARN"),
                 qPrintable(source->text()));
        QVERIFY(!requireChild<QLabel>(panel, "regionWarningLabel")->isVisible());
    }

    // Issue 17 point 1: FIPS and dual-stack turned on by the environment or the profile are named next to
    // their boxes; a checked box wins and needs no hint.
    void endpointSwitchSourcesAreNamed()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_USE_FIPS_ENDPOINT"), QStringLiteral("true"));
        CredentialInspector inspector(env, m_clock);
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        kvs::connectCredentialPicker(&panel, &inspector);
        panel.show();
        auto *hint = requireChild<QLabel>(panel, "endpointSwitchSourceLabel");
        choose(panel, CredentialMode::Profile, QStringLiteral("dev"));
        QVERIFY(!hint->isHidden());
        QVERIFY2(hint->text().contains(u"AWS_USE_FIPS_ENDPOINT") && hint->text().contains(u"profile dev"),
                 qPrintable(hint->text()));

        requireChild<QCheckBox>(panel, "fipsCheckBox")->setChecked(true);
        QVERIFY2(!hint->text().contains(u"AWS_USE_FIPS_ENDPOINT") && hint->text().contains(u"profile dev"),
                 qPrintable(hint->text()));
        requireChild<QCheckBox>(panel, "dualStackCheckBox")->setChecked(true);
        QVERIFY(hint->isHidden());

        // Another profile without the setting: only the environment's FIPS is left.
        requireChild<QCheckBox>(panel, "fipsCheckBox")->setChecked(false);
        requireChild<QCheckBox>(panel, "dualStackCheckBox")->setChecked(false);
        choose(panel, CredentialMode::Profile, QStringLiteral("proc"));
        QVERIFY2(hint->text().contains(u"AWS_USE_FIPS_ENDPOINT") && !hint->text().contains(u"profile"),
                 qPrintable(hint->text()));
    }

    void environmentRegionWinsAndDisagreementIsWarned()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("ca-central-1"));
        env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-2"));
        CredentialInspector inspector(env, m_clock);
        QProcessEnvironment withoutRegion = env;
        withoutRegion.remove(QStringLiteral("AWS_REGION"));
        CredentialInspector second(withoutRegion, m_clock);
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        kvs::connectCredentialPicker(&panel, &inspector);
        panel.show();
        choose(panel, CredentialMode::Profile, QStringLiteral("dev"));
        requireChild<QLineEdit>(panel, "channelLineEdit")
            ->setText(QStringLiteral(
                "arn:aws:kinesisvideo:ap-northeast-1:123456789012:channel/demo/1700000000000"));
        auto *source = requireChild<QLabel>(panel, "regionSourceLabel");
        QVERIFY2(source->text().contains(u"us-east-2") && source->text().contains(u"AWS_REGION"),
                 qPrintable(source->text()));
        auto *warning = requireChild<QLabel>(panel, "regionWarningLabel");
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"ap-northeast-1") && warning->text().contains(u"AWS_REGION"),
                 qPrintable(warning->text()));

        inspector.disconnect(&panel);
        kvs::connectCredentialPicker(&panel, &second);
        QVERIFY2(source->text().contains(u"ca-central-1") && source->text().contains(u"AWS_DEFAULT_REGION"),
                 qPrintable(source->text()));
    }

    void anUnusableEnvironmentRegionIsNamed()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("Oregon"));
        CredentialInspector inspector(env, m_clock);
        ConnectionFormPanel panel([] { return QStringLiteral("viewer-new"); });
        kvs::connectCredentialPicker(&panel, &inspector);
        panel.show();
        choose(panel, CredentialMode::Profile, QStringLiteral("dev"));
        requireChild<QLineEdit>(panel, "channelLineEdit")->setText(QStringLiteral("demo-channel"));
        const QString text = requireChild<QLabel>(panel, "regionSourceLabel")->text();
        QVERIFY2(text.contains(u"unusable") && text.contains(u"AWS_REGION"), qPrintable(text));
        QVERIFY(!requireChild<QPushButton>(panel, "connectButton")->isEnabled());
    }
};

QTEST_MAIN(TestCredentialPicker)
#include "tst_credentialpicker.moc"
