#pragma once

#include "core/common/channelarn.h"
#include "core/common/retrypolicy.h"
#include "core/common/validation.h"
#include "core/credentials/credentialfactory.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace kvs {

/// The stable name of a mode in settings and exports: "environment", "profile" or "manual".
QString credentialModeName(CredentialMode mode);
/// The mode for a name from credentialModeName(); anything else is Environment.
CredentialMode credentialModeFromName(const QString &name);

/// What the user typed in the channel field: a channel ARN or a channel name.
struct ChannelReference
{
    QString name;                  ///< the channel name (from the ARN when one was given)
    std::optional<ChannelArn> arn; ///< set when the text is an ARN

    bool isArn() const { return arn.has_value(); }
    /// Text starting with "arn:" is held to the ARN rules, anything else to the channel-name rules.
    static Result<ChannelReference> parse(QStringView text);
};

/// Everything the connection form holds. Secrets are here only on their way to the engine.
struct ConnectionForm
{
    CredentialMode credentialMode = CredentialMode::Environment;
    QString profile;
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;
    QString channel; ///< name or ARN
    QString region;  ///< may be empty when the channel is an ARN
    QString clientId;
    QString endpointOverride;            ///< empty: the regional endpoint
    QString caFile;                      ///< empty: the system's trust store only
    bool fips = false;                   ///< the FIPS control-plane endpoint
    bool dualStack = false;              ///< the dual-stack (IPv6) control-plane endpoint
    int maxRetries = kDefaultMaxRetries; ///< retries after the first failed attempt (0–50)
};

/// The fields of ConnectionForm that validation speaks about.
enum class FormField
{
    Profile,
    AccessKeyId,
    SecretAccessKey,
    SessionToken,
    Channel,
    Region,
    ClientId,
    Endpoint,
    CaFile
};

/// The outcome of validating the whole form: one result per field, warnings that do not block, and
/// whether Connect may be enabled.
struct FormValidation
{
    QList<std::pair<FormField, ValidationResult>> fields;
    QStringList warnings; ///< e.g. the ARN's region disagrees with the region field
    std::optional<ChannelReference> channel;
    QString effectiveRegion; ///< the region field, or the ARN's region when the field is empty

    /// The result for one field (valid when the field was not checked).
    ValidationResult result(FormField field) const;
    /// True when every field is valid: Connect is enabled only then.
    bool canConnect() const;
};

/// Validates the form as a whole. Pure: the same input always gives the same output; caFileExists tells
/// whether a named CA file is readable (injected so this stays free of file-system access).
FormValidation validateConnectionForm(const ConnectionForm &form, bool caFileExists);

} // namespace kvs

Q_DECLARE_METATYPE(kvs::ConnectionForm)
