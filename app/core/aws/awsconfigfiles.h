#pragma once

#include "core/aws/inifile.h"
#include "core/common/result.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace kvs {

/// One named profile as the AWS CLI sees it: the keys of "[profile NAME]" in the config file overlaid
/// with those of "[NAME]" in the credentials file (the credentials file wins).
struct AwsProfile
{
    QString name;
    QMap<QString, QString> values;                ///< keys lower-case
    QMap<QString, QString> configFileValues;      ///< the config file's keys alone
    QMap<QString, QString> credentialsFileValues; ///< the credentials file's keys alone
    QMap<QString, QMap<QString, QString>> subSections;
    bool inConfigFile = false;
    bool inCredentialsFile = false;

    /// The value of key, or an empty string when the profile does not set it.
    QString value(const QString &key) const { return values.value(key.toLower()); }
    /// True when the profile sets key to a non-empty value.
    bool has(const QString &key) const { return !values.value(key.toLower()).isEmpty(); }
};

/// The profile to use and why it was chosen.
struct ProfileSelection
{
    QString name;            ///< "default" when nothing chose one
    bool explicitly = false; ///< given on the command line (--profile): it beats environment keys
    QString source;          ///< "--profile", "AWS_PROFILE" or "default"
};

/// Picks the profile: the explicit one (--profile) > AWS_PROFILE > "default".
ProfileSelection selectProfile(const QString &explicitProfile, const QProcessEnvironment &environment);

/// The AWS shared config and credentials files: where they are, and the profiles and sso-session sections
/// they hold. Paths follow the AWS CLI: AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE (with ~ expanded),
/// else ~/.aws/config and ~/.aws/credentials, HOME taken from the environment given. A missing file is an
/// empty one; a malformed one is an error naming the file and the line.
class AwsConfigFiles
{
public:
    /// Where the files are for environment; empty paths when neither the variables nor HOME are set.
    struct Paths
    {
        QString config;
        QString credentials;
        QString home; ///< HOME, for ~/.aws/sso/cache
    };
    static Paths pathsFor(const QProcessEnvironment &environment);

    /// Reads both files. Errors: InvalidConfigFile (syntax, with path and line), UnreadableConfigFile.
    static Result<AwsConfigFiles> load(const QProcessEnvironment &environment);
    /// Builds from file contents (for tests and for callers that read the files themselves).
    static Result<AwsConfigFiles> fromText(const QString &configText, const QString &credentialsText,
                                           Paths paths = {});

    /// The profile NAME, or nullopt when neither file has it. "[default]" never fills a named profile's
    /// gaps: each profile holds only its own keys.
    std::optional<AwsProfile> profile(const QString &name) const;
    /// Every profile name, in the order first seen (config file first).
    QStringList profileNames() const;
    /// The keys of "[sso-session NAME]" in the config file, or nullopt.
    std::optional<QMap<QString, QString>> ssoSession(const QString &name) const;
    /// The "[services NAME]" section of the config file (its sub-sections are per service), or nullopt.
    std::optional<IniSection> servicesSection(const QString &name) const;
    const Paths &paths() const { return m_paths; }

private:
    IniFile m_config;
    IniFile m_credentials;
    Paths m_paths;
};

/// The region to sign with and which source it came from.
struct RegionChoice
{
    QString region;
    QString source; ///< "AWS_REGION", "AWS_DEFAULT_REGION", "profile NAME" or "channel ARN"
};

/// Region resolution: AWS_REGION > AWS_DEFAULT_REGION > the profile's region > the channel ARN's region.
/// profile may be null; channelArnRegion may be empty. Errors: NoRegion (nothing set), InvalidRegion (the
/// winning value is not a region code; the message names where it came from).
Result<RegionChoice> resolveRegion(const QProcessEnvironment &environment, const AwsProfile *profile,
                                   const QString &channelArnRegion);

} // namespace kvs
