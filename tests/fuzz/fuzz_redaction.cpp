// Redaction, with its properties: a registered secret never survives, a value under a secret's JSON name
// never survives, and redacting twice equals redacting once.
// Input: the first line is a secret to register (kept to the characters real secrets use: base64, '-',
// '_', '.', ':'), the second a value put under "SessionToken", the rest free text around both.
#include "core/common/redaction.h"
#include "fuzzinput.h"

namespace {

bool secretLike(const QString &value)
{
    if (value.size() < 4)
        return false;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                        u == '+' || u == '/' || u == '=' || u == '-' || u == '_' || u == '.' || u == ':';
        if (!ok)
            return false;
    }
    return true;
}

/// True when needle appears in text outside the placeholders (inside one it is the placeholder's text).
bool survives(const QString &text, const QString &needle)
{
    const QString placeholder = QString::fromUtf16(kvs::kRedacted);
    for (const QString &segment : text.split(placeholder)) {
        if (segment.contains(needle))
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(kvs::fuzz::bytes(data, size));
    const QStringList lines = input.split(u'\n');
    const QString secret = lines.value(0);
    const QString keyed = lines.value(1);
    const QString rest = lines.mid(2).join(u'\n');

    const QString once = kvs::redact(input);
    kvs::fuzz::require(kvs::redact(once) == once, "redacting twice equals redacting once");

    if (secretLike(secret)) {
        kvs::registerSecret(secret);
        const QString text = rest + secret + rest;
        kvs::fuzz::require(!survives(kvs::redact(text), secret), "a registered secret never survives");
    }
    if (secretLike(keyed)) {
        const QString json = rest + u"{\"SessionToken\":\"" + keyed + u"\"}" + rest;
        const QString out = kvs::redact(json);
        kvs::fuzz::require(!survives(out, u"\"SessionToken\":\"" + keyed + u'"'),
                           "a value under a secret's name never survives");
        kvs::fuzz::require(kvs::redact(out) == out, "redacting twice equals redacting once (JSON)");
    }
    return 0;
}
