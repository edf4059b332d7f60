#include "emulator/credentialissuer.h"

#include "core/common/redaction.h"

#include <QRandomGenerator>

namespace kvs::emulator {
namespace {

const QString kUpperAlnum = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
const QString kBase64 = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

} // namespace

CredentialIssuer::CredentialIssuer(QList<Identity> &identities, std::function<QDateTime()> now)
    : m_identities(identities)
    , m_now(std::move(now))
{}

const Identity &CredentialIssuer::issue(const QString &accountId, const QString &arn, const QString &userId,
                                        const QDateTime &expiration)
{
    Identity identity;
    identity.accessKeyId = u"ASIA" + randomText(16, kUpperAlnum);
    identity.secretAccessKey = randomText(40, kBase64);
    identity.sessionToken = u"IQoJb3JpZ2luX2VjE" + randomText(300, kBase64);
    identity.accountId = accountId;
    identity.arn = arn;
    identity.assumedRoleId = userId;
    identity.expiration = expiration;
    registerSecret(identity.secretAccessKey);
    registerSecret(identity.sessionToken);
    const QDateTime cutoff = m_now().addSecs(-3600);
    m_identities.removeIf(
        [&cutoff](const Identity &old) { return old.expiration.isValid() && old.expiration < cutoff; });
    m_identities.append(std::move(identity));
    return m_identities.last();
}

QString CredentialIssuer::randomText(int length, QStringView alphabet)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text += alphabet[QRandomGenerator::global()->bounded(static_cast<int>(alphabet.size()))];
    return text;
}

QString CredentialIssuer::randomRoleId()
{
    return u"AROA" + randomText(17, kUpperAlnum);
}

QString CredentialIssuer::isoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace kvs::emulator
