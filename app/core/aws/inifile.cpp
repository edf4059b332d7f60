#include "core/aws/inifile.h"

#include <QCoreApplication>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::IniFile)
};

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

qsizetype indentOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    return i;
}

QString foldWhitespace(QStringView name)
{
    return name.toString().simplified();
}

Error syntaxError(qsizetype lineNumber, const QString &what)
{
    return Error{QStringLiteral("IniSyntax"), Text::tr("line %1: %2").arg(lineNumber).arg(what)};
}

} // namespace

std::optional<QString> IniSection::value(const QString &key) const
{
    const auto it = values.constFind(key.toLower());
    if (it == values.constEnd())
        return std::nullopt;
    return *it;
}

const IniSection *IniFile::section(const QString &name) const
{
    const auto it = m_sections.constFind(name);
    return it == m_sections.constEnd() ? nullptr : &*it;
}

Result<IniFile> IniFile::parse(QStringView text)
{
    if (text.startsWith(QChar(0xfeff)))
        text = text.mid(1);

    IniFile file;
    IniSection *current = nullptr;
    QString currentKey;      // the last key of the current section, for continuation and nesting
    qsizetype keyIndent = 0; // that key's indentation: deeper lines belong to it
    bool nested = false;     // the last key opened a sub-section ("s3 =")

    QHash<QString, qsizetype> sectionLines; // where each section started, for the duplicate check
    QHash<QString, qsizetype> keyLines;     // where each key of the current section was set

    qsizetype lineNumber = 0;
    for (QStringView line : text.split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u';'))
            continue;
        const qsizetype indent = indentOf(line);

        // A line indented deeper than the last key continues it: a nested "key = value" or more value.
        if (current && !currentKey.isEmpty() && indent > keyIndent) {
            if (nested) {
                const qsizetype equals = trimmed.indexOf(u'=');
                if (equals < 0)
                    return syntaxError(lineNumber, Text::tr("expected key = value inside the nested section "
                                                            "\"%1\".")
                                                       .arg(currentKey));
                const QString key = trimmed.left(equals).trimmed().toString().toLower();
                if (key.isEmpty())
                    return syntaxError(lineNumber, Text::tr("a key is missing before \"=\"."));
                current->subSections[currentKey].insert(key, trimmed.mid(equals + 1).trimmed().toString());
            } else {
                QString &value = current->values[currentKey];
                value += u'\n' % trimmed;
            }
            continue;
        }

        if (trimmed.startsWith(u'[')) {
            const qsizetype close = trimmed.indexOf(u']');
            if (close < 0)
                return syntaxError(lineNumber, Text::tr("a section header is missing its closing \"]\"."));
            const QStringView rest = trimmed.mid(close + 1).trimmed();
            if (!rest.isEmpty() && !rest.startsWith(u'#') && !rest.startsWith(u';'))
                return syntaxError(lineNumber, Text::tr("unexpected text after the section header's \"]\"."));
            const QString name = foldWhitespace(trimmed.mid(1, close - 1));
            if (name.isEmpty())
                return syntaxError(lineNumber, Text::tr("the section name is empty."));
            // As the AWS CLI (Python's configparser, strict): a section given twice is an error, so a key id
            // from one and a secret from the other can never be paired silently.
            if (sectionLines.contains(name))
                return syntaxError(lineNumber, Text::tr("the section [%1] appears again (first at line %2); "
                                                        "merge the two.")
                                                   .arg(name)
                                                   .arg(sectionLines.value(name)));
            sectionLines.insert(name, lineNumber);
            keyLines.clear();
            file.m_order.append(name);
            current = &file.m_sections[name];
            currentKey.clear();
            nested = false;
            continue;
        }

        const qsizetype equals = trimmed.indexOf(u'=');
        if (equals < 0)
            return syntaxError(lineNumber, Text::tr("expected key = value or a [section] header."));
        if (!current)
            return syntaxError(lineNumber, Text::tr("a key comes before the first [section] header."));
        const QString key = trimmed.left(equals).trimmed().toString().toLower();
        if (key.isEmpty())
            return syntaxError(lineNumber, Text::tr("a key is missing before \"=\"."));
        if (keyLines.contains(key))
            return syntaxError(lineNumber, Text::tr("the key %1 appears again in this section (first at line "
                                                    "%2); keep one.")
                                               .arg(key)
                                               .arg(keyLines.value(key)));
        keyLines.insert(key, lineNumber);
        const QString value = trimmed.mid(equals + 1).trimmed().toString();
        current->values.insert(key, value);
        currentKey = key;
        keyIndent = indent;
        nested = value.isEmpty();
    }
    return file;
}

} // namespace kvs
