#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace kvs {

/// The one redaction function. Every log line, event, error text, export and clipboard copy passes
/// through it. It removes:
///  - values registered with registerSecret() wherever they appear (secret keys, session tokens,
///    TURN usernames and passwords the process has seen);
///  - X-Amz-Signature, X-Amz-Credential and X-Amz-Security-Token query values;
///  - Authorization header values (and the Signature= inside them);
///  - secret-named JSON fields, INI keys and environment assignments (SecretAccessKey, SessionToken,
///    Password, Username, aws_secret_access_key, AWS_SESSION_TOKEN, accessToken, …);
/// and shortens every access key id (AKIA…, ASIA…) to its first and last four characters: AKIA…WXYZ.
/// The rules are applied until nothing changes, so redact(redact(x)) == redact(x) for every x.
QString redact(const QString &text);

/// redact() applied to every string inside a JSON value (objects and arrays recursively); keys and
/// non-string values are kept, so the result is still the same JSON shape.
QJsonValue redactJson(const QJsonValue &value);

/// The most secrets the registry holds (README, "Limits"). Expired ones leave first (see registerSecret);
/// when it is still full, the one closest to expiring (else the oldest) makes room.
inline constexpr int kMaxRegisteredSecrets = 512;
/// How long a secret stays registered after its expiration (clock differences, late log lines).
inline constexpr int kSecretGraceSeconds = 300;

/// Remembers a secret value so redact() removes it from any text from now on, until expiresAt plus
/// kSecretGraceSeconds when expiresAt is valid (short-lived TURN credentials), else for the process's life.
/// Values shorter than four characters are not registered (they would blank out ordinary words). Thread-safe.
void registerSecret(QStringView value, const QDateTime &expiresAt = QDateTime());

/// How many secrets are registered now (for tests and the soak test).
int registeredSecretCount();

/// The placeholder that replaces a secret.
inline constexpr char16_t kRedacted[] = u"<redacted>";

/// An access key id shortened for display: first four and last four characters (AKIA…WXYZ).
QString maskAccessKeyId(QStringView accessKeyId);

} // namespace kvs
