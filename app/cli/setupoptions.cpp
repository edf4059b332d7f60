#include "cli/setupoptions.h"

#include "core/settings/connectionsetup.h"

#include <QCoreApplication>
#include <QFile>

namespace kvs::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kvs::cli::Setup", text);
}

bool given(const QStringList &arguments, const QStringList &names)
{
    for (const QString &argument : arguments) {
        for (const QString &name : names) {
            const QString option = u"--" % name;
            if (argument == option || argument.startsWith(option + u'='))
                return true;
        }
    }
    return false;
}

} // namespace

std::variant<SetupExpansion, UsageError> expandSetup(const QStringList &arguments,
                                                     const QList<QStringList> &knownOptions)
{
    SetupExpansion expansion;
    QString path;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--setup" && i + 1 < arguments.size())
            path = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(u"--setup="))
            path = arguments.at(i).mid(8);
    }
    if (path.isEmpty())
        return expansion;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return UsageError{QStringLiteral("--setup"),
                          tr("%1 cannot be read: %2").arg(path.left(200), file.errorString())};
    const auto parsed = ConnectionSetup::fromJson(file.read(ConnectionSetup::kMaxBytes + 1));
    if (!parsed)
        return UsageError{QStringLiteral("--setup"), path.left(200) + u": " + parsed.error().message};
    expansion.warnings = parsed->warnings;
    const ConnectionSetup &setup = parsed->setup;

    // The names of the command's option that has name (its aliases included); empty: the command lacks it.
    auto namesOf = [&](const QString &name) {
        for (const QStringList &names : knownOptions) {
            if (names.contains(name))
                return names;
        }
        return QStringList();
    };
    auto add = [&](const QString &name, const QString &value, const QStringList &alsoBlockedBy = {}) {
        const QStringList names = namesOf(name);
        if (names.isEmpty() || given(arguments, names + alsoBlockedBy))
            return;
        expansion.arguments.append(u"--" % name);
        if (!value.isNull())
            expansion.arguments.append(value);
    };
    const QStringList channelOptions{QStringLiteral("channel-arn"), QStringLiteral("channel-name")};
    if (!setup.channel.isEmpty())
        add(setup.channel.startsWith(u"arn:") ? channelOptions.at(0) : channelOptions.at(1), setup.channel,
            channelOptions);
    if (!setup.region.isEmpty())
        add(QStringLiteral("region"), setup.region);
    if (!setup.endpointUrl.isEmpty())
        add(QStringLiteral("endpoint-url"), setup.endpointUrl);
    if (!setup.caFile.isEmpty())
        add(QStringLiteral("ca-file"), setup.caFile);
    if (setup.clientIdPolicy == ClientIdPolicy::Fixed)
        add(QStringLiteral("client-id"), setup.clientId);
    if (setup.credentialSource == CredentialMode::Profile)
        add(QStringLiteral("profile"), setup.profile);
    if (setup.fips)
        add(QStringLiteral("fips"), QString());
    if (setup.dualStack)
        add(QStringLiteral("dual-stack"), QString());
    add(QStringLiteral("max-retries"), QString::number(setup.maxRetries));
    if (setup.media.codec != VideoCodecPreference::Any)
        add(QStringLiteral("codec"), videoCodecPreferenceName(setup.media.codec));
    if (setup.media.iceTransport != IceTransportPolicy::All)
        add(QStringLiteral("ice-transport"), iceTransportPolicyName(setup.media.iceTransport));
    if (!setup.media.useStun)
        add(QStringLiteral("no-stun"), QString());
    if (!setup.media.useTurn)
        add(QStringLiteral("no-turn"), QString());
    if (!setup.media.receiveAudio)
        add(QStringLiteral("no-audio"), QString());
    return expansion;
}

} // namespace kvs::cli
