// The app's language: which one a command line, a setting and the system locale select.

#include "desktop/apptranslations.h"

#include <QCoreApplication>
#include <QTest>

class TestAppTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void languageArgument_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        const QString app = QStringLiteral("kvs-viewer");
        QTest::newRow("absent") << QStringList{app, QStringLiteral("--demo")} << QString();
        QTest::newRow("separate") << QStringList{app, QStringLiteral("--lang"), QStringLiteral("de")}
                                  << QStringLiteral("de");
        QTest::newRow("joined") << QStringList{app, QStringLiteral("--demo"), QStringLiteral("--lang=ja")}
                                << QStringLiteral("ja");
        QTest::newRow("single dash") << QStringList{app, QStringLiteral("-lang"), QStringLiteral("en")}
                                     << QStringLiteral("en");
        QTest::newRow("unknown kept for the error")
            << QStringList{app, QStringLiteral("--lang"), QStringLiteral("fr")} << QStringLiteral("fr");
        QTest::newRow("missing value") << QStringList{app, QStringLiteral("--lang")} << QString();
        QTest::newRow("after --") << QStringList{app, QStringLiteral("--"), QStringLiteral("--lang=de")}
                                  << QString();
        QTest::newRow("program name ignored") << QStringList{QStringLiteral("--lang=de")} << QString();
    }

    void languageArgument()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QCOMPARE(kvs::AppTranslations::languageArgument(arguments), language);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("system German") << QString() << QStringLiteral("de_DE") << QStringLiteral("de");
        QTest::newRow("system Austrian German")
            << QString() << QStringLiteral("de_AT") << QStringLiteral("de");
        QTest::newRow("system Japanese") << QString() << QStringLiteral("ja_JP") << QStringLiteral("ja");
        QTest::newRow("system French falls back")
            << QString() << QStringLiteral("fr_FR") << QStringLiteral("en");
        QTest::newRow("choice beats system")
            << QStringLiteral("en") << QStringLiteral("de_DE") << QStringLiteral("en");
        QTest::newRow("choice Japanese")
            << QStringLiteral("ja") << QStringLiteral("de_DE") << QStringLiteral("ja");
        QTest::newRow("unknown choice is ignored")
            << QStringLiteral("xx") << QStringLiteral("ja_JP") << QStringLiteral("ja");
    }

    void resolve()
    {
        QFETCH(QString, choice);
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QCOMPARE(kvs::AppTranslations::resolve(choice, QLocale(locale)), language);
    }

    void everyLanguageHasAName()
    {
        const QStringList languages = kvs::AppTranslations::languages();
        QCOMPARE(languages, (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")}));
        QCOMPARE(kvs::AppTranslations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(kvs::AppTranslations::nativeName(QStringLiteral("ja")), QStringLiteral("日本語"));
    }

    void installWithoutTheTranslationFails()
    {
        // The .qm files are embedded in kvs-viewer only; here they are missing, and install() says so.
        kvs::AppTranslations translations;
        QVERIFY(!translations.install(QStringLiteral("de")));
        QCOMPARE(translations.language(), QStringLiteral("en"));
        QVERIFY(translations.install(QStringLiteral("en")));
        QVERIFY(!translations.install(QStringLiteral("xx")));
    }
};

QTEST_GUILESS_MAIN(TestAppTranslations)
#include "tst_apptranslations.moc"
