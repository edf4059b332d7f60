#include "core/common/redaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace kvs {
namespace {

struct Secret
{
    QString value;
    QString encoded;    ///< percent-encoded, when it differs from value
    QDateTime removeAt; ///< invalid: never
    quint64 order = 0;  ///< registration order, for eviction
};

struct SecretRegistry
{
    QMutex mutex;
    QList<Secret> secrets; // longest first, so a token is removed before a part of it
    quint64 nextOrder = 0;
};

SecretRegistry &registry()
{
    static SecretRegistry instance;
    return instance;
}

const QString redacted = QString::fromUtf16(kRedacted);

/// Replaces capture group `group` of every match of re with the placeholder.
void replaceGroup(QString &text, const QRegularExpression &re, int group)
{
    qsizetype offset = 0;
    while (offset <= text.size()) {
        const auto match = re.match(text, offset);
        if (!match.hasMatch())
            break;
        const qsizetype start = match.capturedStart(group);
        const qsizetype length = match.capturedLength(group);
        if (start < 0 || length == 0 || QStringView(text).sliced(start, length) == redacted) {
            // Search again from inside this match, not after it: in {"SecretAccessKey":""SessionToken":"t"}
            // the empty value's closing quote is also the opening quote of the next name.
            offset = std::max(start >= 0 ? start + length : offset, match.capturedStart(0) + 1);
            continue;
        }
        text.replace(start, length, redacted);
        offset = start + redacted.size();
    }
}

/// True when [start, start + length) lies inside a placeholder already in text.
bool insidePlaceholder(const QString &text, qsizetype start, qsizetype length)
{
    const qsizetype last = text.lastIndexOf(redacted, start);
    return last >= 0 && last + redacted.size() >= start + length;
}

/// Replaces every occurrence of needle that is not inside a placeholder already in text (a secret that
/// happens to be part of "<redacted>" must not grow every placeholder each time it is redacted again).
bool replaceOutsidePlaceholders(QString &text, const QString &needle, Qt::CaseSensitivity cs)
{
    bool changed = false;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(needle, from, cs);
        if (at < 0)
            return changed;
        if (insidePlaceholder(text, at, needle.size())) {
            from = at + 1;
            continue;
        }
        text.replace(at, needle.size(), redacted);
        from = at + redacted.size();
        changed = true;
    }
}

/// Drops the secrets whose time is over. The caller holds the mutex.
void purgeExpired(SecretRegistry &r, const QDateTime &now)
{
    r.secrets.removeIf([&now](const Secret &s) { return s.removeAt.isValid() && s.removeAt <= now; });
}

QString redactOnce(const QString &input);

} // namespace

QString maskAccessKeyId(QStringView accessKeyId)
{
    if (accessKeyId.size() <= 8)
        return QStringLiteral("****");
    return accessKeyId.left(4).toString() % u'…' % accessKeyId.right(4).toString();
}

QJsonValue redactJson(const QJsonValue &value)
{
    if (value.isString())
        return redact(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(redactJson(item));
        return out;
    }
    if (value.isObject()) {
        // A value under a secret's name is a secret whatever it looks like (the text rules see the name too).
        static const QRegularExpression secretKeyRe(QStringLiteral(
            "^(?i)(secret_?access_?key|session_?token|password|username|access_?token|aws_secret_access_key|"
            "aws_session_token|client_?secret|refresh_?token|token|authorization|x-amz-security-token|"
            "x-amz-signature|x-amz-credential)$"));
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool secretName = secretKeyRe.match(it.key()).hasMatch();
            out.insert(it.key(), secretName && it.value().isString() && !it.value().toString().isEmpty()
                                     ? QJsonValue(redacted)
                                     : redactJson(it.value()));
        }
        return out;
    }
    return value;
}

void registerSecret(QStringView value, const QDateTime &expiresAt)
{
    if (value.size() < 4)
        return;
    SecretRegistry &r = registry();
    const QMutexLocker lock(&r.mutex);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    purgeExpired(r, now);
    const QDateTime removeAt = expiresAt.isValid() ? expiresAt.addSecs(kSecretGraceSeconds) : QDateTime();
    for (Secret &known : r.secrets) {
        if (known.value == value) {
            // Registered again: it lives as long as the longer of the two lives.
            if (known.removeAt.isValid() && (!removeAt.isValid() || removeAt > known.removeAt))
                known.removeAt = removeAt;
            return;
        }
    }
    if (removeAt.isValid() && removeAt <= now)
        return;
    if (r.secrets.size() >= kMaxRegisteredSecrets) {
        // Full of live secrets: the one closest to expiring goes (else the oldest permanent one).
        auto victim =
            std::min_element(r.secrets.begin(), r.secrets.end(), [](const Secret &a, const Secret &b) {
                if (a.removeAt.isValid() != b.removeAt.isValid())
                    return a.removeAt.isValid();
                if (a.removeAt.isValid() && a.removeAt != b.removeAt)
                    return a.removeAt < b.removeAt;
                return a.order < b.order;
            });
        r.secrets.erase(victim);
    }
    Secret secret;
    secret.value = value.toString();
    // Secrets also travel percent-encoded inside URLs.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret.value));
    if (encoded != secret.value)
        secret.encoded = encoded;
    secret.removeAt = removeAt;
    secret.order = r.nextOrder++;
    const auto at =
        std::upper_bound(r.secrets.begin(), r.secrets.end(), secret,
                         [](const Secret &a, const Secret &b) { return a.value.size() > b.value.size(); });
    r.secrets.insert(at, secret);
}

int registeredSecretCount()
{
    SecretRegistry &r = registry();
    const QMutexLocker lock(&r.mutex);
    purgeExpired(r, QDateTime::currentDateTimeUtc());
    return static_cast<int>(r.secrets.size());
}

QString redact(const QString &input)
{
    // Every rule only turns text into placeholders (or shortens a key id), so this ends; in practice a second
    // pass finds nothing. The bound is a safety net.
    QString text = redactOnce(input);
    for (int pass = 0; pass < 16; ++pass) {
        QString again = redactOnce(text);
        if (again == text)
            break;
        text = std::move(again);
    }
    return text;
}

namespace {

QString redactOnce(const QString &input)
{
    QString text = input;

    {
        SecretRegistry &r = registry();
        const QMutexLocker lock(&r.mutex);
        purgeExpired(r, QDateTime::currentDateTimeUtc());
        for (const Secret &secret : std::as_const(r.secrets)) {
            replaceOutsidePlaceholders(text, secret.value, Qt::CaseSensitive);
            if (!secret.encoded.isEmpty())
                replaceOutsidePlaceholders(text, secret.encoded, Qt::CaseInsensitive);
        }
    }

    // Query parameters of presigned URLs (name=value up to the next separator).
    static const QRegularExpression queryRe(
        QStringLiteral("(?i)X-Amz-(?:Signature|Credential|Security-Token)(?:=|%3D)([^&\\s\"'<>,;]+)"));
    replaceGroup(text, queryRe, 1);
    // Authorization header values, in HTTP text or JSON. A value already redacted is left alone: the
    // rest of its line may be JSON structure (a redacted document redacted again must stay valid).
    static const QRegularExpression authHeaderRe(
        QStringLiteral("(?im)\\bauthorization\\s*:\\s*+(?!<redacted>)([^\\r\\n]+)"));
    replaceGroup(text, authHeaderRe, 1);
    static const QRegularExpression authJsonRe(
        QStringLiteral("(?i)\"authorization\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
    replaceGroup(text, authJsonRe, 1);
    static const QRegularExpression signatureRe(QStringLiteral("(?i)\\bSignature=([0-9a-f]{16,})"));
    replaceGroup(text, signatureRe, 1);
    // JSON string fields with secret names (STS, SSO, GetIceServerConfig, credential_process output).
    static const QRegularExpression jsonRe(QStringLiteral(
        "(?i)\"(?:secret_?access_?key|session_?token|password|username|access_?token|aws_secret_access_key|"
        "aws_session_token|client_?secret|refresh_?token|token)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
    replaceGroup(text, jsonRe, 1);
    // XML elements with secret names (STS AssumeRole answers).
    static const QRegularExpression xmlRe(QStringLiteral(
        "(?i)<((?:[\\w-]+:)?(?:SecretAccessKey|SessionToken|Password|AccessToken|ClientSecret|RefreshToken))"
        "(?:\\s[^>]*)?>([^<]*)</\\1\\s*>"));
    replaceGroup(text, xmlRe, 2);
    // INI keys and environment assignments.
    static const QRegularExpression assignRe(
        QStringLiteral("(?im)\\b(?:aws_secret_access_key|aws_session_token|aws_security_token|secret_access_"
                       "key|session_token|"
                       "password)\\s*=\\s*([^\\s\"'&,;]+)"));
    replaceGroup(text, assignRe, 1);

    // Access key ids: keep the first and last four characters.
    static const QRegularExpression keyIdRe(
        QStringLiteral("\\b((?:AKIA|ASIA|AIDA|AROA|AGPA|ANPA|ANVA|APKA|ABIA|ACCA)"
                       "[A-Z0-9]{12,124})\\b"));
    qsizetype offset = 0;
    while (true) {
        const auto match = keyIdRe.match(text, offset);
        if (!match.hasMatch())
            break;
        const QString masked = maskAccessKeyId(match.capturedView(1));
        text.replace(match.capturedStart(1), match.capturedLength(1), masked);
        offset = match.capturedStart(1) + masked.size();
    }
    return text;
}

} // namespace

} // namespace kvs
