#include "cli/commandline.h"

#include "cli/setupoptions.h"
#include "core/common/redaction.h"

#include <QCoreApplication>
#include <QTextStream>

namespace kvs::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kvs::cli::CommandLine", text);
}

} // namespace

QString UsageError::toLine(const QString &command) const
{
    const QString prefix = u"kvs-viewer-cli" % (command.isEmpty() ? QString() : u' ' % command) % u": ";
    QString line = prefix % (option.isEmpty() ? QString() : option % u": ") % message;
    line.replace(u'\n', u' ');
    return redact(line);
}

CommandLine::CommandLine(QString command, QString description)
    : m_command(std::move(command))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")));
}

void CommandLine::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
    m_options.append(option.names());
}

std::optional<UsageError> CommandLine::parse(const QStringList &typed)
{
    QStringList arguments = typed;
    // --setup FILE stands for the options the file gives that the command line does not (the line wins).
    const bool hasSetup = std::any_of(m_options.cbegin(), m_options.cend(), [](const QStringList &names) {
        return names.contains(QStringLiteral("setup"));
    });
    if (hasSetup) {
        const auto expansion = expandSetup(typed, m_options);
        if (const auto *error = std::get_if<UsageError>(&expansion))
            return *error;
        const SetupExpansion &setup = std::get<SetupExpansion>(expansion);
        QTextStream err(stderr);
        for (const QString &warning : setup.warnings)
            err << UsageError{QStringLiteral("--setup"), warning}.toLine(m_command) << Qt::endl;
        arguments = setup.arguments + typed;
    }
    QStringList argv;
    argv.append(QStringLiteral("kvs-viewer-cli"));
    // The AWS CLI's "--output json" is typed from habit: where a command has --json it means that, and
    // "--output text" is the default.
    const bool hasJson = std::any_of(m_options.cbegin(), m_options.cend(), [](const QStringList &names) {
        return names.contains(QStringLiteral("json"));
    });
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool output = argument == u"--output" || argument.startsWith(u"--output=");
        if (!hasJson || !output) {
            argv.append(argument);
            continue;
        }
        QString format;
        if (argument == u"--output") {
            if (i + 1 >= arguments.size())
                return UsageError{QStringLiteral("--output"), tr("missing value; give json or text.")};
            format = arguments.at(++i);
        } else {
            format = argument.mid(9);
        }
        if (format == u"json")
            argv.append(QStringLiteral("--json"));
        else if (format != u"text")
            return UsageError{QStringLiteral("--output"),
                              tr("\"%1\" is not supported; give json or text.").arg(format.left(40))};
    }
    if (!m_parser.parse(argv))
        return UsageError{QString(), m_parser.errorText() + u' ' + tr("See --help.")};
    if (helpRequested())
        return std::nullopt;
    if (!m_parser.positionalArguments().isEmpty())
        return UsageError{QString(), tr("unexpected argument \"%1\". See --help.")
                                         .arg(m_parser.positionalArguments().constFirst().left(80))};
    const QStringList given = m_parser.optionNames();
    for (const QStringList &names : std::as_const(m_options)) {
        const auto count =
            std::count_if(given.begin(), given.end(), [&](const QString &n) { return names.contains(n); });
        if (count > 1)
            return UsageError{u"--" % names.constLast(), tr("given more than once; give it once.")};
    }
    return std::nullopt;
}

QString CommandLine::helpText(const QString &extraText) const
{
    QString text = m_parser.helpText();
    // QCommandLineParser names the program by its path; users run "kvs-viewer-cli COMMAND".
    const qsizetype lineEnd = text.indexOf(u'\n');
    if (text.startsWith(u"Usage: ") && lineEnd > 0) {
        const qsizetype optionsAt = text.lastIndexOf(u" [options]", lineEnd);
        text.replace(0, optionsAt > 0 ? optionsAt : lineEnd, u"Usage: kvs-viewer-cli " % m_command);
    }
    if (!extraText.isEmpty())
        text += u'\n' % extraText;
    return text;
}

std::optional<UsageError> parseIntOption(const QString &option, const QString &text, int min, int max,
                                         int *out)
{
    bool ok = false;
    const qlonglong value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return UsageError{
            option, tr("\"%1\" is not a whole number from %2 to %3.").arg(text.left(40)).arg(min).arg(max)};
    *out = static_cast<int>(value);
    return std::nullopt;
}

} // namespace kvs::cli
