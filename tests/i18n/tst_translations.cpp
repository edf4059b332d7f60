// The German and Japanese translations are complete and current.
//
// lint: every message of each .ts file is translated (no unfinished, obsolete or vanished entry), keeps the
// source's placeholders (%1…%99 and %n) and has at most one mnemonic, and one where the source has one.
// upToDate: lupdate run over the app's sources into a copy of each .ts file adds and removes nothing.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

/// One message of a .ts file, as far as the checks need it.
struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // empty, "unfinished", "obsolete" or "vanished"
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = TsMessage{context, {}, {}, {}};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QLatin1StringView("type")).toString();
            QString text;
            QStringList forms;
            // A translation holds text, or numerusform children for %n messages.
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    forms.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == u"translation")
                    break;
            }
            current.translations = forms.isEmpty() ? QStringList{text} : forms;
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: XML error at line %2: %3")
                     .arg(path)
                     .arg(xml.lineNumber())
                     .arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    for (const auto &match : re.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

/// Counts '&' mnemonics: "&&" is a literal ampersand and "&name;" an entity in rich text.
int mnemonics(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&(&|[A-Za-z#][A-Za-z0-9]*;|.)"));
    int count = 0;
    for (const auto &match : re.globalMatch(text)) {
        const QString what = match.captured(1);
        if (what != u"&" && !what.endsWith(u';') && !what.at(0).isSpace())
            ++count;
    }
    return count;
}

/// Everything wrong with one .ts file, one line per problem.
QStringList problems(const QString &path)
{
    QString error;
    const QList<TsMessage> messages = readTs(path, &error);
    if (!error.isEmpty())
        return {error};
    QStringList found;
    if (messages.isEmpty())
        found.append(QStringLiteral("no messages at all"));
    for (const TsMessage &m : messages) {
        const QString where = m.context % u": \"" % m.source.left(60) % u'"';
        if (!m.type.isEmpty()) {
            found.append(m.type % u": " % where);
            continue;
        }
        for (const QString &translation : m.translations) {
            if (translation.trimmed().isEmpty()) {
                found.append(QStringLiteral("empty translation: ") % where);
                continue;
            }
            if (placeholders(translation) != placeholders(m.source))
                found.append(QStringLiteral("placeholders differ: ") % where % u" → \"" % translation % u'"');
            const int sourceMnemonics = mnemonics(m.source);
            const int translatedMnemonics = mnemonics(translation);
            if (translatedMnemonics > 1 || (sourceMnemonics > 0) != (translatedMnemonics > 0))
                found.append(QStringLiteral("mnemonics differ: ") % where % u" → \"" % translation % u'"');
        }
    }
    return found;
}

QStringList tsFiles()
{
    return QStringLiteral(KVS_TS_FILES).split(u'|', Qt::SkipEmptyParts);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void lintCatchesBrokenEntries()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("broken_de.ts"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de_DE"><context><name>X</name>
<message><source>Connect to %1</source><translation type="unfinished"></translation></message>
<message><source>Retry in %1 s: %2</source><translation>In %1 s erneut</translation></message>
<message><source>&amp;File</source><translation>&amp;Da&amp;tei</translation></message>
<message><source>Old</source><translation type="vanished">Alt</translation></message>
<message><source>Tom &amp;&amp; Jerry &amp;Go</source><translation>Tom &amp;&amp; Jerry &amp;Los</translation></message>
</context></TS>)");
        file.close();
        const QStringList found = problems(path);
        QCOMPARE(found.size(), 4);
        QVERIFY(found[0].startsWith(u"unfinished"));
        QVERIFY(found[1].startsWith(u"placeholders differ"));
        QVERIFY(found[2].startsWith(u"mnemonics differ"));
        QVERIFY(found[3].startsWith(u"vanished"));
    }

    void lint_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        QVERIFY(tsFiles().size() >= 2);
    }

    void lint()
    {
        QFETCH(QString, path);
        const QStringList found = problems(path);
        for (const QString &problem : found)
            qWarning("%s", qPrintable(problem));
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s) in %2; run scripts/update-translations.sh "
                                           "and translate")
                                .arg(found.size())
                                .arg(path)));
    }

    void upToDate_data() { lint_data(); }

    void upToDate()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        QStringList arguments{QStringLiteral("@" KVS_LUPDATE_SOURCES)};
        for (const QString &include : QStringLiteral(KVS_LUPDATE_INCLUDES).split(u'|'))
            arguments << QStringLiteral("-I") << include;
        arguments << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-ts") << copy;
        lupdate.start(QStringLiteral(KVS_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());
        const QStringList found = problems(copy);
        for (const QString &problem : found)
            qWarning("%s", qPrintable(problem));
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 is not up to date with the sources (%2 problem(s)); "
                                           "run scripts/update-translations.sh and translate")
                                .arg(path)
                                .arg(found.size())));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
