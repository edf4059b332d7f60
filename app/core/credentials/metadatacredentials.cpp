#include "core/credentials/metadatacredentials.h"

#include "core/aws/awstime.h"
#include "core/common/redaction.h"
#include "core/common/validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::MetadataCredentials)
};

} // namespace

Result<ResolvedCredentials> parseMetadataCredentials(const QByteArray &json, const QString &origin)
{
    auto invalid = [&origin](const QString &what) {
        return Error{QStringLiteral("InvalidResponse"), Text::tr("%1 answered with %2.").arg(origin, what)};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(Text::tr("a document that is not a JSON object"));
    const QJsonObject object = document.object();
    ResolvedCredentials result;
    result.credentials.accessKeyId = object.value(u"AccessKeyId").toString();
    result.credentials.secretAccessKey = object.value(u"SecretAccessKey").toString();
    result.credentials.sessionToken = object.value(u"Token").toString();
    registerCredentialSecrets(result.credentials);
    const QString code = object.value(u"Code").toString(QStringLiteral("Success"));
    if (code != u"Success")
        return Error{QStringLiteral("InvalidResponse"),
                     Text::tr("%1 answered with Code %2: %3")
                         .arg(origin, code.left(100), object.value(u"Message").toString().left(500))};
    if (result.credentials.accessKeyId.isEmpty() || result.credentials.secretAccessKey.isEmpty() ||
        result.credentials.sessionToken.isEmpty())
        return invalid(Text::tr("no AccessKeyId, SecretAccessKey or Token"));
    for (const auto &[name, check] :
         {std::pair{u"AccessKeyId", validateAccessKeyId(result.credentials.accessKeyId)},
          std::pair{u"SecretAccessKey", validateSecretAccessKey(result.credentials.secretAccessKey)},
          std::pair{u"Token", validateSessionToken(result.credentials.sessionToken)}}) {
        if (!check.ok())
            return invalid(Text::tr("an invalid %1 (%2)").arg(QString::fromUtf16(name), check.message));
    }
    const auto expiration = parseIso8601(object.value(u"Expiration").toString());
    if (!expiration)
        return invalid(Text::tr("credentials without a valid Expiration"));
    result.expiration = *expiration;
    return result;
}

} // namespace kvs
