#include "core/aws/inifile.h"

#include <QTest>

using namespace kvs;

using Expected = QMap<QString, QString>; // "section/key" or "section/sub/key" → value

Q_DECLARE_METATYPE(Expected)

namespace {

/// Flattens a parsed file to "section/key" → value and "section/sub/key" → value.
Expected flatten(const IniFile &file)
{
    Expected out;
    for (const QString &name : file.sectionNames()) {
        const IniSection *section = file.section(name);
        for (auto it = section->values.cbegin(); it != section->values.cend(); ++it)
            out.insert(name % u'/' % it.key(), it.value());
        for (auto sub = section->subSections.cbegin(); sub != section->subSections.cend(); ++sub) {
            for (auto it = sub->cbegin(); it != sub->cend(); ++it)
                out.insert(name % u'/' % sub.key() % u'/' % it.key(), it.value());
        }
    }
    return out;
}

} // namespace

/// The AWS shared-file INI dialect: what parses to what, and which lines are errors.
class TestIniFile : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Expected>("expected");
        QTest::addColumn<QStringList>("sections");

        QTest::newRow("empty") << QString() << Expected{} << QStringList{};
        QTest::newRow("only comments")
            << QStringLiteral("# a\n; b\n   # indented\n\n") << Expected{} << QStringList{};
        QTest::newRow("simple") << QStringLiteral("[default]\nregion = us-west-2\noutput=json\n")
                                << Expected{{QStringLiteral("default/region"), QStringLiteral("us-west-2")},
                                            {QStringLiteral("default/output"), QStringLiteral("json")}}
                                << QStringList{QStringLiteral("default")};
        QTest::newRow("whitespace everywhere")
            << QStringLiteral("  [  profile   qa  ]  \n\t region \t=\t eu-west-1 \t\n")
            << Expected{{QStringLiteral("profile qa/region"), QStringLiteral("eu-west-1")}}
            << QStringList{QStringLiteral("profile qa")};
        QTest::newRow("crlf") << QStringLiteral("[a]\r\nk = v\r\nk2 = w\r\n")
                              << Expected{{QStringLiteral("a/k"), QStringLiteral("v")},
                                          {QStringLiteral("a/k2"), QStringLiteral("w")}}
                              << QStringList{QStringLiteral("a")};
        QTest::newRow("bom") << QString(QChar(0xfeff)) + QStringLiteral("[a]\nk=v")
                             << Expected{{QStringLiteral("a/k"), QStringLiteral("v")}}
                             << QStringList{QStringLiteral("a")};
        QTest::newRow("full-line comments")
            << QStringLiteral("# top\n[a]\n; semi\n# hash\nk = v\n  ; indented comment\n")
            << Expected{{QStringLiteral("a/k"), QStringLiteral("v")}} << QStringList{QStringLiteral("a")};
        QTest::newRow("no inline comments in values (botocore keeps them)")
            << QStringLiteral("[a] # header comment\nk = v # note\nl = w\t; note\nm = x#y\nn = p;q\n")
            << Expected{{QStringLiteral("a/k"), QStringLiteral("v # note")},
                        {QStringLiteral("a/l"), QStringLiteral("w\t; note")},
                        {QStringLiteral("a/m"), QStringLiteral("x#y")},
                        {QStringLiteral("a/n"), QStringLiteral("p;q")}}
            << QStringList{QStringLiteral("a")};
        QTest::newRow("value with equals and slashes")
            << QStringLiteral("[a]\nsecret = ab/cd+ef==\nurl = https://x/?a=b\n")
            << Expected{{QStringLiteral("a/secret"), QStringLiteral("ab/cd+ef==")},
                        {QStringLiteral("a/url"), QStringLiteral("https://x/?a=b")}}
            << QStringList{QStringLiteral("a")};
        QTest::newRow("empty value") << QStringLiteral("[a]\nk =\nl = v\n")
                                     << Expected{{QStringLiteral("a/k"), QString()},
                                                 {QStringLiteral("a/l"), QStringLiteral("v")}}
                                     << QStringList{QStringLiteral("a")};
        QTest::newRow("keys are case-insensitive")
            << QStringLiteral("[Prod]\nAWS_Access_Key_ID = X\n")
            << Expected{{QStringLiteral("Prod/aws_access_key_id"), QStringLiteral("X")}}
            << QStringList{QStringLiteral("Prod")};
        QTest::newRow("unicode") << QStringLiteral("[profile équipe-東京]\nnote = café ☕\n")
                                 << Expected{{QStringLiteral("profile équipe-東京/note"),
                                              QStringLiteral("café ☕")}}
                                 << QStringList{QStringLiteral("profile équipe-東京")};
        QTest::newRow("nested sub-section")
            << QStringLiteral("[profile a]\nregion = us-east-1\ns3 =\n  max_concurrent_requests = 20\n"
                              "  addressing_style = path # why\noutput = text\n")
            << Expected{{QStringLiteral("profile a/region"), QStringLiteral("us-east-1")},
                        {QStringLiteral("profile a/s3"), QString()},
                        {QStringLiteral("profile a/s3/max_concurrent_requests"), QStringLiteral("20")},
                        {QStringLiteral("profile a/s3/addressing_style"), QStringLiteral("path # why")},
                        {QStringLiteral("profile a/output"), QStringLiteral("text")}}
            << QStringList{QStringLiteral("profile a")};
        QTest::newRow("nested with blank line and comment")
            << QStringLiteral("[a]\ns3 =\n\n  # c\n\tk = v\n")
            << Expected{{QStringLiteral("a/s3"), QString()}, {QStringLiteral("a/s3/k"), QStringLiteral("v")}}
            << QStringList{QStringLiteral("a")};
        QTest::newRow("indented keys under a section")
            << QStringLiteral("[a]\n  k = 1\n  l = 2\n")
            << Expected{{QStringLiteral("a/k"), QStringLiteral("1")},
                        {QStringLiteral("a/l"), QStringLiteral("2")}}
            << QStringList{QStringLiteral("a")};
        QTest::newRow("continuation line") << QStringLiteral("[a]\nk = one\n  two\nl = x\n")
                                           << Expected{{QStringLiteral("a/k"), QStringLiteral("one\ntwo")},
                                                       {QStringLiteral("a/l"), QStringLiteral("x")}}
                                           << QStringList{QStringLiteral("a")};
        QTest::newRow("empty section")
            << QStringLiteral("[a]\n[b]\nk=v\n") << Expected{{QStringLiteral("b/k"), QStringLiteral("v")}}
            << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("no trailing newline")
            << QStringLiteral("[a]\nk=v") << Expected{{QStringLiteral("a/k"), QStringLiteral("v")}}
            << QStringList{QStringLiteral("a")};
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(Expected, expected);
        QFETCH(QStringList, sections);
        const auto file = IniFile::parse(text);
        QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().message));
        QCOMPARE(file->sectionNames(), sections);
        QCOMPARE(flatten(*file), expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message"); // a part the error must contain: the line and the rule

        QTest::newRow("key before section") << QStringLiteral("# c\nk = v\n") << QStringLiteral("line 2:");
        QTest::newRow("no equals") << QStringLiteral("[a]\nk = v\njunk\n")
                                   << QStringLiteral("line 3: expected key = value");
        QTest::newRow("unclosed header")
            << QStringLiteral("[a\nk=v\n") << QStringLiteral("line 1: a section header is missing");
        QTest::newRow("empty header")
            << QStringLiteral("[a]\n[ ]\n") << QStringLiteral("line 2: the section name is empty");
        QTest::newRow("text after header")
            << QStringLiteral("[a] b\n") << QStringLiteral("line 1: unexpected text");
        QTest::newRow("empty key") << QStringLiteral("[a]\n = v\n")
                                   << QStringLiteral("line 2: a key is missing");
        QTest::newRow("nested without equals")
            << QStringLiteral("[a]\ns3 =\n  oops\n")
            << QStringLiteral("line 3: expected key = value inside the nested section \"s3\"");
        QTest::newRow("duplicate key")
            << QStringLiteral("[a]\nk = 1\nK = 2\n") << QStringLiteral("line 3: the key k appears again");
        QTest::newRow("duplicate section")
            << QStringLiteral("[a]\nk = 1\n[b]\nx = y\n[a]\nm = 3\n")
            << QStringLiteral("line 5: the section [a] appears again (first at line 1)");
        QTest::newRow("crlf line numbers")
            << QStringLiteral("[a]\r\nk=v\r\n\r\nbad\r\n") << QStringLiteral("line 4:");
    }
    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto file = IniFile::parse(text);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, QStringLiteral("IniSyntax"));
        QVERIFY2(file.error().message.contains(message), qPrintable(file.error().message));
    }

    void missingSection()
    {
        const auto file = IniFile::parse(u"[a]\nk = v\n");
        QVERIFY(file.ok());
        QVERIFY(!file->hasSection(QStringLiteral("b")));
        QCOMPARE(file->section(QStringLiteral("b")), nullptr);
        QVERIFY(file->section(QStringLiteral("a")));
        QCOMPARE(file->section(QStringLiteral("a"))->value(QStringLiteral("K")), QStringLiteral("v"));
        QCOMPARE(file->section(QStringLiteral("a"))->value(QStringLiteral("missing")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestIniFile)
#include "tst_inifile.moc"
