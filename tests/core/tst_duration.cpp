// Durations for people: one formatter for steps, retries, closes, probes and timeouts, translated with the
// app (German and Japanese from lrelease's .qm files).

#include "core/common/duration.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

class TestDuration final : public QObject
{
    Q_OBJECT

private slots:
    void english_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("0 ms");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 ms");
        QTest::newRow("under a second") << qint64(999) << QStringLiteral("999 ms");
        QTest::newRow("a second") << qint64(1000) << QStringLiteral("1.0 s");
        QTest::newRow("tenths, truncated") << qint64(3290) << QStringLiteral("3.2 s");
        QTest::newRow("under ten seconds") << qint64(9999) << QStringLiteral("9.9 s");
        QTest::newRow("ten seconds") << qint64(10000) << QStringLiteral("10 s");
        QTest::newRow("rounded seconds") << qint64(59499) << QStringLiteral("59 s");
        QTest::newRow("a minute") << qint64(59500) << QStringLiteral("1 min 0 s");
        QTest::newRow("the issue's close") << qint64(95698) << QStringLiteral("1 min 36 s");
        QTest::newRow("an hour") << qint64(3600000) << QStringLiteral("1 h 0 min");
        QTest::newRow("two hours") << qint64(7530000) << QStringLiteral("2 h 5 min");
    }

    void english()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(kvs::formatDuration(ms), text);
    }

    void translated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("de tenths") << QStringLiteral("de") << qint64(3200) << QStringLiteral("3,2 s");
        QTest::newRow("de minutes") << QStringLiteral("de") << qint64(95698) << QStringLiteral("1 min 36 s");
        QTest::newRow("ja ms") << QStringLiteral("ja") << qint64(84) << QStringLiteral("84 ミリ秒");
        QTest::newRow("ja minutes") << QStringLiteral("ja") << qint64(95698) << QStringLiteral("1 分 36 秒");
        QTest::newRow("ja hours") << QStringLiteral("ja") << qint64(7530000) << QStringLiteral("2 時間 5 分");
    }

    void translated()
    {
        QFETCH(QString, language);
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(KVS_QM_DIR "/kvs-viewer_") + language));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language)); // as AppTranslations does: decimals in the language's way
        const QString shown = kvs::formatDuration(ms);
        QLocale::setDefault(QLocale::c());
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(shown, text);
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
