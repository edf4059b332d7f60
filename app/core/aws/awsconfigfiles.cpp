#include "core/aws/awsconfigfiles.h"

#include "core/common/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::AwsConfigFiles)
};

QString expandHome(const QString &path, const QString &home)
{
    if (home.isEmpty())
        return path;
    if (path == u"~")
        return home;
    if (path.startsWith(u"~/"))
        return home % path.mid(1);
    return path;
}

Result<QString> readFile(const QString &path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return QString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QStringLiteral("UnreadableConfigFile"),
            Text::tr("%1 cannot be read (%2); check its permissions.").arg(path, file.errorString())};
    return QString::fromUtf8(file.readAll());
}

Result<IniFile> parseNamed(const QString &text, const QString &path, const QString &fallbackName)
{
    auto file = IniFile::parse(text);
    if (!file)
        return Error{QStringLiteral("InvalidConfigFile"),
                     Text::tr("%1, %2 Fix the file or point %3 elsewhere.")
                         .arg(path.isEmpty() ? fallbackName : path, file.error().message,
                              fallbackName == u"config" ? QStringLiteral("AWS_CONFIG_FILE")
                                                        : QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"))};
    return file;
}

void overlay(AwsProfile *profile, const IniSection &section, bool credentialsFile)
{
    for (auto it = section.values.cbegin(); it != section.values.cend(); ++it) {
        profile->values.insert(it.key(), it.value());
        (credentialsFile ? profile->credentialsFileValues : profile->configFileValues)
            .insert(it.key(), it.value());
    }
    for (auto it = section.subSections.cbegin(); it != section.subSections.cend(); ++it)
        profile->subSections.insert(it.key(), it.value());
}

/// "profile NAME" → NAME; "default" → "default"; anything else (sso-session, services, a bare name) → "".
QString configSectionProfileName(const QString &section)
{
    if (section == u"default")
        return section;
    if (section.startsWith(u"profile "))
        return section.mid(8);
    return QString();
}

} // namespace

ProfileSelection selectProfile(const QString &explicitProfile, const QProcessEnvironment &environment)
{
    if (!explicitProfile.isEmpty())
        return {explicitProfile, true, QStringLiteral("--profile")};
    const QString fromEnvironment = environment.value(QStringLiteral("AWS_PROFILE"));
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment, false, QStringLiteral("AWS_PROFILE")};
    return {QStringLiteral("default"), false, QStringLiteral("default")};
}

AwsConfigFiles::Paths AwsConfigFiles::pathsFor(const QProcessEnvironment &environment)
{
    Paths paths;
    paths.home = environment.value(QStringLiteral("HOME"));
    const QString config = environment.value(QStringLiteral("AWS_CONFIG_FILE"));
    const QString credentials = environment.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    if (!config.isEmpty())
        paths.config = expandHome(config, paths.home);
    else if (!paths.home.isEmpty())
        paths.config = paths.home % u"/.aws/config";
    if (!credentials.isEmpty())
        paths.credentials = expandHome(credentials, paths.home);
    else if (!paths.home.isEmpty())
        paths.credentials = paths.home % u"/.aws/credentials";
    return paths;
}

Result<AwsConfigFiles> AwsConfigFiles::load(const QProcessEnvironment &environment)
{
    const Paths paths = pathsFor(environment);
    const auto config = readFile(paths.config);
    if (!config)
        return config.error();
    const auto credentials = readFile(paths.credentials);
    if (!credentials)
        return credentials.error();
    return fromText(*config, *credentials, paths);
}

Result<AwsConfigFiles> AwsConfigFiles::fromText(const QString &configText, const QString &credentialsText,
                                                Paths paths)
{
    auto config = parseNamed(configText, paths.config, QStringLiteral("config"));
    if (!config)
        return config.error();
    auto credentials = parseNamed(credentialsText, paths.credentials, QStringLiteral("credentials"));
    if (!credentials)
        return credentials.error();
    AwsConfigFiles files;
    files.m_config = std::move(config).value();
    files.m_credentials = std::move(credentials).value();
    files.m_paths = std::move(paths);
    return files;
}

std::optional<AwsProfile> AwsConfigFiles::profile(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    AwsProfile profile;
    profile.name = name;
    // In the config file, "[default]" and "[profile default]" both name the default profile; the explicit
    // form wins where both set a key.
    if (name == u"default") {
        if (const IniSection *section = m_config.section(QStringLiteral("default"))) {
            overlay(&profile, *section, false);
            profile.inConfigFile = true;
        }
    }
    if (const IniSection *section = m_config.section(u"profile " % name)) {
        overlay(&profile, *section, false);
        profile.inConfigFile = true;
    }
    if (const IniSection *section = m_credentials.section(name)) {
        overlay(&profile, *section, true);
        profile.inCredentialsFile = true;
    }
    if (!profile.inConfigFile && !profile.inCredentialsFile)
        return std::nullopt;
    return profile;
}

QStringList AwsConfigFiles::profileNames() const
{
    QStringList names;
    for (const QString &section : m_config.sectionNames()) {
        const QString name = configSectionProfileName(section);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    for (const QString &section : m_credentials.sectionNames()) {
        if (!names.contains(section))
            names.append(section);
    }
    return names;
}

std::optional<QMap<QString, QString>> AwsConfigFiles::ssoSession(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    const IniSection *section = m_config.section(u"sso-session " % name);
    if (!section)
        return std::nullopt;
    return section->values;
}

std::optional<IniSection> AwsConfigFiles::servicesSection(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    const IniSection *section = m_config.section(u"services " % name);
    if (!section)
        return std::nullopt;
    return *section;
}

Result<RegionChoice> resolveRegion(const QProcessEnvironment &environment, const AwsProfile *profile,
                                   const QString &channelArnRegion)
{
    RegionChoice choice;
    for (const char *name : {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
        const QString value = environment.value(QString::fromLatin1(name)).trimmed();
        if (!value.isEmpty()) {
            choice = {value, QString::fromLatin1(name)};
            break;
        }
    }
    if (choice.region.isEmpty() && profile && profile->has(QStringLiteral("region")))
        choice = {profile->value(QStringLiteral("region")), u"profile " % profile->name};
    if (choice.region.isEmpty() && !channelArnRegion.isEmpty())
        choice = {channelArnRegion, QStringLiteral("channel ARN")};
    if (choice.region.isEmpty())
        return Error{QStringLiteral("NoRegion"),
                     Text::tr("no region: set AWS_REGION, a region in the profile, or use a channel ARN.")};
    if (const ValidationResult result = validateRegion(choice.region); !result.ok())
        return Error{QStringLiteral("InvalidRegion"), choice.source % u": " % result.message};
    return choice;
}

} // namespace kvs
