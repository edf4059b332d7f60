#include "redaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace kvs {
namespace {

struct SecretRegistry
{
    QMutex mutex;
    QList<QString> values; // longest first, so a token is removed before a part of it
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
    while (true) {
        const auto match = re.match(text, offset);
        if (!match.hasMatch())
            break;
        const qsizetype start = match.capturedStart(group);
        const qsizetype length = match.capturedLength(group);
        if (start < 0 || length == 0 || text.mid(start, length) == redacted) {
            offset = match.capturedEnd(0) > offset ? match.capturedEnd(0) : offset + 1;
            continue;
        }
        text.replace(start, length, redacted);
        offset = start + redacted.size();
    }
}

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

void registerSecret(QStringView value)
{
    if (value.size() < 4)
        return;
    SecretRegistry &r = registry();
    const QMutexLocker lock(&r.mutex);
    const QString secret = value.toString();
    if (r.values.contains(secret))
        return;
    r.values.append(secret);
    std::sort(r.values.begin(), r.values.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString redact(const QString &input)
{
    QString text = input;

    {
        SecretRegistry &r = registry();
        const QMutexLocker lock(&r.mutex);
        for (const QString &secret : std::as_const(r.values)) {
            text.replace(secret, redacted);
            // Secrets also travel percent-encoded inside URLs.
            const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
            if (encoded != secret)
                text.replace(encoded, redacted, Qt::CaseInsensitive);
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

} // namespace kvs
