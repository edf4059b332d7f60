#include "core/settings/connectionform.h"

#include <QCoreApplication>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::ConnectionForm)
};

} // namespace

QString credentialModeName(CredentialMode mode)
{
    switch (mode) {
    case CredentialMode::Environment:
        return QStringLiteral("environment");
    case CredentialMode::Profile:
        return QStringLiteral("profile");
    case CredentialMode::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("environment");
}

CredentialMode credentialModeFromName(const QString &name)
{
    if (name == u"profile")
        return CredentialMode::Profile;
    if (name == u"manual")
        return CredentialMode::Manual;
    return CredentialMode::Environment;
}

Result<ChannelReference> ChannelReference::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.startsWith(u"arn:")) {
        auto arn = ChannelArn::parse(trimmed);
        if (!arn)
            return arn.error();
        ChannelReference reference;
        reference.name = arn->channelName;
        reference.arn = std::move(arn).value();
        return reference;
    }
    if (trimmed.isEmpty())
        return Error{QStringLiteral("InvalidChannel"),
                     Text::tr("The channel is empty; enter a channel name or a channel ARN.")};
    if (const ValidationResult name = validateChannelName(trimmed); !name.ok())
        return Error{QStringLiteral("InvalidChannel"), name.message};
    return ChannelReference{trimmed.toString(), std::nullopt};
}

ValidationResult FormValidation::result(FormField field) const
{
    for (const auto &[f, result] : fields) {
        if (f == field)
            return result;
    }
    return ValidationResult::valid();
}

bool FormValidation::canConnect() const
{
    return std::all_of(fields.begin(), fields.end(), [](const auto &entry) { return entry.second.ok(); });
}

FormValidation validateConnectionForm(const ConnectionForm &form, bool caFileExists)
{
    FormValidation out;
    switch (form.credentialMode) {
    case CredentialMode::Environment:
        break;
    case CredentialMode::Profile:
        out.fields.append({FormField::Profile,
                           form.profile.isEmpty()
                               ? ValidationResult::fail(ValidationRule::Empty, Text::tr("Choose a profile."))
                               : ValidationResult::valid()});
        break;
    case CredentialMode::Manual:
        out.fields.append({FormField::AccessKeyId, validateAccessKeyId(form.accessKeyId)});
        out.fields.append({FormField::SecretAccessKey, validateSecretAccessKey(form.secretAccessKey)});
        out.fields.append({FormField::SessionToken, validateSessionToken(form.sessionToken)});
        break;
    }

    const auto channel = ChannelReference::parse(form.channel);
    if (channel) {
        out.channel = channel.value();
        out.fields.append({FormField::Channel, ValidationResult::valid()});
    } else {
        const ValidationRule rule =
            form.channel.trimmed().isEmpty() ? ValidationRule::Empty : ValidationRule::BadFormat;
        out.fields.append({FormField::Channel, ValidationResult::fail(rule, channel.error().message)});
    }

    out.effectiveRegion = form.region.trimmed();
    if (out.effectiveRegion.isEmpty() && out.channel && out.channel->isArn())
        out.effectiveRegion = out.channel->arn->region;
    if (out.effectiveRegion.isEmpty() && !(out.channel && out.channel->isArn()))
        out.fields.append({FormField::Region,
                           ValidationResult::fail(ValidationRule::Empty,
                                                  Text::tr("The region is empty; a channel name needs one "
                                                           "(for example us-west-2)."))});
    else
        out.fields.append({FormField::Region, validateRegion(out.effectiveRegion)});
    if (out.channel && out.channel->isArn() && !form.region.trimmed().isEmpty() &&
        form.region.trimmed() != out.channel->arn->region)
        out.warnings.append(
            Text::tr("The channel ARN is in %1 but the region field says %2; the connection will use %2 "
                     "and is likely to fail with ResourceNotFound.")
                .arg(out.channel->arn->region, form.region.trimmed()));

    out.fields.append({FormField::ClientId, validateClientId(form.clientId)});

    if (!form.endpointOverride.trimmed().isEmpty())
        out.fields.append(
            {FormField::Endpoint, validateEndpointUrl(form.endpointOverride.trimmed(), EndpointKind::Https)});
    if (!form.caFile.trimmed().isEmpty())
        out.fields.append(
            {FormField::CaFile, caFileExists ? ValidationResult::valid()
                                             : ValidationResult::fail(ValidationRule::BadFormat,
                                                                      Text::tr("The CA file cannot be read; "
                                                                               "choose a PEM file."))});
    return out;
}

} // namespace kvs
