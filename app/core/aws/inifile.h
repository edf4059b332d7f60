#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kvs {

/// One [section] of an INI file: its keys (lower-cased) and nested sub-sections ("s3 =" followed by
/// indented "key = value" lines).
struct IniSection
{
    QMap<QString, QString> values;
    QMap<QString, QMap<QString, QString>> subSections;

    /// The value of key (any case), or nullopt when the section does not have it.
    std::optional<QString> value(const QString &key) const;
    bool contains(const QString &key) const { return values.contains(key.toLower()); }
};

/// The INI dialect of the AWS shared config and credentials files, parsed the way the AWS CLI reads them:
/// full-line comments with # or ; (a # or ; inside a value is part of the value, as in botocore), CRLF, a
/// UTF-8 BOM, indented continuation lines and nested sub-sections; a section or a key given twice is an error
/// (as Python's strict configparser, which the AWS CLI uses, refuses it). Keys are case-insensitive (stored
/// lower-case); section names are kept as written, with inner runs of whitespace folded to one space.
class IniFile
{
public:
    /// Parses text. Errors (code "IniSyntax") name the line: "line 4: expected key = value …".
    static Result<IniFile> parse(QStringView text);

    /// Section names in the order they first appear.
    QStringList sectionNames() const { return m_order; }
    bool hasSection(const QString &name) const { return m_sections.contains(name); }
    /// The section, or nullptr when the file has none by that name.
    const IniSection *section(const QString &name) const;

private:
    QStringList m_order;
    QHash<QString, IniSection> m_sections;
};

} // namespace kvs
