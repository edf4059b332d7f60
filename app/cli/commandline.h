#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace kvs::cli {

/// A usage problem: which option (or "" for the command line as a whole) and what is wrong with it.
struct UsageError
{
    QString option; ///< e.g. "--channel-arn"
    QString message;

    /// The one line printed on stderr: "kvs-viewer-cli presign: --channel-arn: <message>".
    QString toLine(const QString &command) const;
};

/// Wraps QCommandLineParser with the rules every command follows: unknown options, stray positional
/// arguments and options given twice are errors (never silently ignored), and errors are values.
class CommandLine
{
public:
    explicit CommandLine(QString command, QString description);

    void addOption(const QCommandLineOption &option);
    /// Parses arguments (argv without the program and the command name). nullopt on success.
    std::optional<UsageError> parse(const QStringList &arguments);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    bool helpRequested() const { return m_parser.isSet(QStringLiteral("help")); }
    /// The help text; extraText (exit codes, examples) is appended.
    QString helpText(const QString &extraText = {}) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    QList<QStringList> m_options; ///< the names of each option added, for the given-twice check
};

/// Parses an integer option value within [min, max]; an error names the option and the range.
std::optional<UsageError> parseIntOption(const QString &option, const QString &text, int min, int max,
                                         int *out);

} // namespace kvs::cli
