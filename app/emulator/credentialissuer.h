#pragma once

#include "emulator/emulatorconfig.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace kvs::emulator {

/// Hands out temporary credentials (ASIA…, with a session token) for STS, SSO and the compute credential
/// endpoints: each becomes an identity every signed call accepts until its expiration, its secrets are
/// registered for redaction, and identities expired for over an hour are forgotten so a long run does not
/// grow without bound.
class CredentialIssuer final
{
public:
    /// identities is the list the request verifier reads (EmulatorConfig::identities).
    CredentialIssuer(QList<Identity> &identities, std::function<QDateTime()> now);

    /// Adds and returns new temporary credentials for arn in accountId, valid until expiration; userId is
    /// the UserId GetCallerIdentity answers. The reference stays valid until the next issue().
    const Identity &issue(const QString &accountId, const QString &arn, const QString &userId,
                          const QDateTime &expiration);

    /// length random characters from alphabet.
    static QString randomText(int length, QStringView alphabet);
    /// A role id as IAM makes them: "AROA" and 17 upper-case letters and digits.
    static QString randomRoleId();
    /// A credential expiration as AWS writes it ("2026-01-02T03:04:05Z").
    static QString isoTime(const QDateTime &time);

private:
    QList<Identity> &m_identities;
    std::function<QDateTime()> m_now;
};

} // namespace kvs::emulator
