// A little over ~400 lines: one pure function per field rule (channel name and ARN, region, client id, keys,
// session token, endpoint URLs, …), each short, with the messages people read; they belong together as
// the one place the rules live (STYLE.md habit 5).
#include "core/common/validation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QRegularExpression>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::Validation)
};

bool isIdentifierChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' ||
           u == u'.' || u == u'-';
}

bool allIdentifierChars(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isIdentifierChar);
}

/// Describes the first offending character without echoing long input.
QString firstBadCharacter(QStringView text, bool (*isGood)(QChar))
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isGood(text[i])) {
            const QChar c = text[i];
            if (c.isSpace())
                return Text::tr("a space or line break at position %1").arg(i + 1);
            if (!c.isPrint())
                return Text::tr("an invisible character at position %1").arg(i + 1);
            return Text::tr("'%1' at position %2").arg(QString(c)).arg(i + 1);
        }
    }
    return {};
}

bool isPrintableAsciiNoSpace(QChar c)
{
    return c.unicode() > 0x20 && c.unicode() < 0x7f;
}

ValidationResult checkIdentifier(QStringView value, QString (*field)(), qsizetype maxLength)
{
    if (value.isEmpty())
        return ValidationResult::fail(ValidationRule::Empty, Text::tr("%1 is empty.").arg(field()));
    if (value.size() > maxLength)
        return ValidationResult::fail(ValidationRule::TooLong,
                                      Text::tr("%1 is %2 characters long; the maximum is %3.")
                                          .arg(field())
                                          .arg(value.size())
                                          .arg(maxLength));
    if (!allIdentifierChars(value))
        return ValidationResult::fail(
            ValidationRule::BadCharacters,
            Text::tr("%1 may only contain letters A–Z and a–z, digits, '_', '.' and '-'; found %2.")
                .arg(field(), firstBadCharacter(value, isIdentifierChar)));
    return ValidationResult::valid();
}

} // namespace

ValidationResult validateChannelArn(QStringView arn)
{
    const auto field = [] {
        return Text::tr("The channel ARN");
    }; // translated only for an error
    if (arn.isEmpty())
        return ValidationResult::fail(ValidationRule::Empty, Text::tr("%1 is empty.").arg(field()));
    if (arn.size() > 1024)
        return ValidationResult::fail(
            ValidationRule::TooLong,
            Text::tr("%1 is %2 characters long; the maximum is 1024.").arg(field()).arg(arn.size()));
    const QString shape = QStringLiteral("arn:aws:kinesisvideo:REGION:ACCOUNT:channel/NAME/CREATION-TIME");
    if (!arn.startsWith(u"arn:"))
        return ValidationResult::fail(
            ValidationRule::BadFormat,
            Text::tr("%1 must start with \"arn:\" and look like %2.").arg(field(), shape));
    const auto parts = arn.split(u':');
    if (parts.size() != 6)
        return ValidationResult::fail(
            ValidationRule::BadFormat,
            Text::tr("%1 must have six parts separated by colons, like %2; it has %3.")
                .arg(field(), shape)
                .arg(parts.size()));
    static const QRegularExpression partitionRe(QStringLiteral("^[a-z0-9-]+\\z"));
    static const QRegularExpression regionRe(QStringLiteral("^[a-z0-9-]+\\z"));
    static const QRegularExpression accountRe(QStringLiteral("^[0-9]+\\z"));
    static const QRegularExpression resourceRe(QStringLiteral("^[a-z]+/[a-zA-Z0-9_.-]+/[0-9]+\\z"));
    if (!partitionRe.match(parts[1]).hasMatch())
        return ValidationResult::fail(
            ValidationRule::BadFormat,
            Text::tr("%1 has no valid partition after \"arn:\" (expected aws, aws-cn or aws-us-gov).")
                .arg(field()));
    if (parts[2] != u"kinesisvideo")
        return ValidationResult::fail(ValidationRule::BadFormat,
                                      Text::tr("%1 must name the service \"kinesisvideo\", not \"%2\".")
                                          .arg(field(), parts[2].left(40).toString()));
    if (!regionRe.match(parts[3]).hasMatch())
        return ValidationResult::fail(
            ValidationRule::BadFormat,
            Text::tr("%1 has no valid region (such as us-west-2) in its fourth part.").arg(field()));
    if (!accountRe.match(parts[4]).hasMatch())
        return ValidationResult::fail(
            ValidationRule::BadFormat,
            Text::tr("%1 must have the AWS account id (digits only) in its fifth part.").arg(field()));
    if (!resourceRe.match(parts[5]).hasMatch()) {
        const auto resource = parts[5].split(u'/');
        const QString ending = Text::tr("must end with channel/NAME/CREATION-TIME");
        if (resource.size() != 3)
            return ValidationResult::fail(
                ValidationRule::BadFormat,
                Text::tr("%1 %2; its last part has %3 piece(s) separated by '/', not 3.")
                    .arg(field(), ending)
                    .arg(resource.size()));
        static const QRegularExpression typeRe(QStringLiteral("^[a-z]+\\z"));
        if (!typeRe.match(resource[0]).hasMatch())
            return ValidationResult::fail(
                ValidationRule::BadFormat,
                Text::tr("%1 %2; the resource type must be lower-case letters such as \"channel\".")
                    .arg(field(), ending));
        if (resource[1].isEmpty() || !allIdentifierChars(resource[1]))
            return ValidationResult::fail(
                ValidationRule::BadFormat,
                Text::tr("%1 %2; NAME may only contain letters, digits, '_', '.' and '-' (found %3).")
                    .arg(field(), ending,
                         resource[1].isEmpty() ? Text::tr("nothing")
                                               : firstBadCharacter(resource[1], isIdentifierChar)));
        return ValidationResult::fail(ValidationRule::BadFormat,
                                      Text::tr("%1 %2; CREATION-TIME must be digits.").arg(field(), ending));
    }
    return ValidationResult::valid();
}

ValidationResult validateChannelName(QStringView name)
{
    return checkIdentifier(
        name, [] { return Text::tr("The channel name"); }, 256);
}

ValidationResult validateClientId(QStringView clientId)
{
    const auto field = [] {
        return Text::tr("The client id");
    }; // translated only for an error
    if (auto result = checkIdentifier(clientId, field, 256); !result.ok())
        return result;
    if (clientId.startsWith(u"AWS_", Qt::CaseInsensitive))
        return ValidationResult::fail(
            ValidationRule::ReservedPrefix,
            Text::tr("%1 must not start with \"AWS_\" (in any letter case): the prefix is "
                     "reserved by AWS.")
                .arg(field()));
    return ValidationResult::valid();
}

ValidationResult validateRegion(QStringView region)
{
    const auto field = [] {
        return Text::tr("The region");
    }; // translated only for an error
    if (region.isEmpty())
        return ValidationResult::fail(ValidationRule::Empty, Text::tr("%1 is empty.").arg(field()));
    if (region.size() > 32)
        return ValidationResult::fail(
            ValidationRule::TooLong,
            Text::tr("%1 is %2 characters long; the maximum is 32.").arg(field()).arg(region.size()));
    static const QRegularExpression regionRe(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}\\z"));
    if (!regionRe.match(region).hasMatch())
        return ValidationResult::fail(
            ValidationRule::BadFormat,
            Text::tr("%1 must be a region code in lower case, such as us-west-2, eu-central-1 "
                     "or cn-north-1.")
                .arg(field()));
    return ValidationResult::valid();
}

ValidationResult validateAccessKeyId(QStringView accessKeyId)
{
    const auto field = [] {
        return Text::tr("The access key id");
    }; // translated only for an error
    if (accessKeyId.isEmpty())
        return ValidationResult::fail(ValidationRule::Empty, Text::tr("%1 is empty.").arg(field()));
    auto isWordChar = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
    };
    if (!std::all_of(accessKeyId.begin(), accessKeyId.end(), isWordChar))
        return ValidationResult::fail(
            ValidationRule::BadCharacters,
            Text::tr("%1 may only contain letters, digits and '_' (it looks like AKIA… or "
                     "ASIA…); found %2.")
                .arg(field(), firstBadCharacter(accessKeyId, isWordChar)));
    if (accessKeyId.size() < 16)
        return ValidationResult::fail(ValidationRule::TooShort,
                                      Text::tr("%1 is %2 characters long; it must have at least 16.")
                                          .arg(field())
                                          .arg(accessKeyId.size()));
    if (accessKeyId.size() > 128)
        return ValidationResult::fail(
            ValidationRule::TooLong,
            Text::tr("%1 is %2 characters long; the maximum is 128.").arg(field()).arg(accessKeyId.size()));
    return ValidationResult::valid();
}

ValidationResult validateSecretAccessKey(QStringView secretAccessKey)
{
    const auto field = [] {
        return Text::tr("The secret access key");
    }; // translated only for an error
    if (secretAccessKey.isEmpty())
        return ValidationResult::fail(ValidationRule::Empty, Text::tr("%1 is empty.").arg(field()));
    if (secretAccessKey.size() > 128)
        return ValidationResult::fail(ValidationRule::TooLong,
                                      Text::tr("%1 is %2 characters long; the maximum is 128.")
                                          .arg(field())
                                          .arg(secretAccessKey.size()));
    for (qsizetype i = 0; i < secretAccessKey.size(); ++i) {
        // The character itself is a part of a secret: name only its position.
        if (!isPrintableAsciiNoSpace(secretAccessKey[i]))
            return ValidationResult::fail(
                ValidationRule::BadCharacters,
                Text::tr("%1 contains a space, line break or non-ASCII character at position "
                         "%2; paste it again without extra characters.")
                    .arg(field())
                    .arg(i + 1));
    }
    return ValidationResult::valid();
}

ValidationResult validateSessionToken(QStringView sessionToken)
{
    const auto field = [] {
        return Text::tr("The session token");
    }; // translated only for an error
    if (sessionToken.size() > 8192)
        return ValidationResult::fail(
            ValidationRule::TooLong,
            Text::tr("%1 is %2 characters long; the maximum is 8192.").arg(field()).arg(sessionToken.size()));
    for (qsizetype i = 0; i < sessionToken.size(); ++i) {
        if (!isPrintableAsciiNoSpace(sessionToken[i]))
            return ValidationResult::fail(
                ValidationRule::BadCharacters,
                Text::tr("%1 contains a space, line break or non-ASCII character at position "
                         "%2; paste it again without extra characters.")
                    .arg(field())
                    .arg(i + 1));
    }
    return ValidationResult::valid();
}

bool isLoopbackHost(QStringView host)
{
    QStringView bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    if (bare.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(bare.toString());
    return !address.isNull() && address.isLoopback();
}

namespace {
ValidationResult validateEndpointUrlUncached(QStringView url, EndpointKind kind);
} // namespace

ValidationResult validateEndpointUrl(QStringView url, EndpointKind kind)
{
    // The last endpoint found valid on this thread, kept: presign --batch validates the same endpoint on
    // every line. Only a valid answer is kept (an error is a text in the current language).
    thread_local QString lastValid[2];
    QString &cached = lastValid[kind == EndpointKind::WebSocket ? 1 : 0];
    if (!cached.isNull() && url == cached)
        return ValidationResult::valid();
    ValidationResult result = validateEndpointUrlUncached(url, kind);
    if (result.ok())
        cached = url.toString();
    return result;
}

namespace {
ValidationResult validateEndpointUrlUncached(QStringView url, EndpointKind kind)
{
    const auto field = [kind] { // translated only for an error
        return kind == EndpointKind::WebSocket ? Text::tr("The WebSocket endpoint")
                                               : Text::tr("The endpoint URL");
    };
    const QString secureScheme =
        kind == EndpointKind::WebSocket ? QStringLiteral("wss") : QStringLiteral("https");
    const QString plainScheme =
        kind == EndpointKind::WebSocket ? QStringLiteral("ws") : QStringLiteral("http");
    if (url.isEmpty())
        return ValidationResult::fail(ValidationRule::Empty, Text::tr("%1 is empty.").arg(field()));
    if (url.size() > 2048)
        return ValidationResult::fail(
            ValidationRule::TooLong,
            Text::tr("%1 is %2 characters long; the maximum is 2048.").arg(field()).arg(url.size()));
    const qsizetype schemeEnd = url.indexOf(u"://");
    const QStringView scheme = schemeEnd > 0 ? url.left(schemeEnd) : QStringView();
    const bool secure = scheme == secureScheme;
    const bool plain = scheme == plainScheme;
    if (!secure && !plain)
        return ValidationResult::fail(
            ValidationRule::BadScheme,
            Text::tr("%1 must start with %2:// (for example %2://HOST).").arg(field(), secureScheme));
    if (url.contains(u'?'))
        return ValidationResult::fail(
            ValidationRule::NotAllowed,
            Text::tr("%1 must not contain a query ('?' and what follows): the signer adds "
                     "its own parameters.")
                .arg(field()));
    if (url.contains(u'#'))
        return ValidationResult::fail(ValidationRule::NotAllowed,
                                      Text::tr("%1 must not contain a fragment ('#').").arg(field()));
    const QStringView rest = url.mid(schemeEnd + 3);
    const qsizetype pathStart = rest.indexOf(u'/');
    const QStringView authority = pathStart < 0 ? rest : rest.left(pathStart);
    const QStringView path = pathStart < 0 ? QStringView() : rest.mid(pathStart);
    if (authority.contains(u'@'))
        return ValidationResult::fail(
            ValidationRule::NotAllowed,
            Text::tr("%1 must not contain a user name or password ('@').").arg(field()));
    // Split host and port; IPv6 literals come in brackets.
    QStringView host = authority;
    QStringView port;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return ValidationResult::fail(ValidationRule::BadFormat,
                                          Text::tr("%1 has an unclosed '[' in its host.").arg(field()));
        host = authority.left(close + 1);
        const QStringView after = authority.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return ValidationResult::fail(
                    ValidationRule::BadFormat,
                    Text::tr("%1 has unexpected characters after its host.").arg(field()));
            port = after.mid(1);
            if (port.isEmpty())
                return ValidationResult::fail(
                    ValidationRule::BadFormat,
                    Text::tr("%1 has ':' after its host but no port number.").arg(field()));
        }
        if (QHostAddress(host.mid(1, host.size() - 2).toString()).protocol() != QAbstractSocket::IPv6Protocol)
            return ValidationResult::fail(
                ValidationRule::BadFormat,
                Text::tr("%1 has an invalid IPv6 address in brackets.").arg(field()));
    } else {
        const qsizetype colon = authority.lastIndexOf(u':');
        if (colon >= 0) {
            host = authority.left(colon);
            port = authority.mid(colon + 1);
            if (port.isEmpty())
                return ValidationResult::fail(
                    ValidationRule::BadFormat,
                    Text::tr("%1 has ':' after its host but no port number.").arg(field()));
        }
        static const QRegularExpression hostRe(
            QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-"
                           "Za-z0-9])?)*\\z"));
        if (host.isEmpty())
            return ValidationResult::fail(ValidationRule::Empty,
                                          Text::tr("%1 has no host name.").arg(field()));
        if (host.size() > 253 || !hostRe.match(host).hasMatch())
            return ValidationResult::fail(
                ValidationRule::BadFormat,
                Text::tr("%1 has an invalid host name; use letters, digits, '-' and '.' (for "
                         "example v-1a2b3c4d.kinesisvideo.us-west-2.amazonaws.com).")
                    .arg(field()));
    }
    if (!port.isEmpty()) {
        bool isNumber = false;
        const int portNumber = port.toInt(&isNumber);
        if (!isNumber || port.startsWith(u'+') || port.startsWith(u'-') || portNumber < 1 ||
            portNumber > 65535)
            return ValidationResult::fail(
                ValidationRule::BadFormat,
                Text::tr("%1 has an invalid port; use a number from 1 to 65535.").arg(field()));
    }
    auto isPathChar = [](QChar c) {
        return isIdentifierChar(c) || c == u'~' || c == u'/';
    };
    if (!std::all_of(path.begin(), path.end(), isPathChar))
        return ValidationResult::fail(
            ValidationRule::BadCharacters,
            Text::tr(
                "%1 has a path with %2; a path may only contain letters, digits, '/', '_', '.', '-' and '~'.")
                .arg(field(), firstBadCharacter(path, isPathChar)));
    if (plain && !isLoopbackHost(host))
        return ValidationResult::fail(
            ValidationRule::BadScheme,
            Text::tr("%1 uses unencrypted %2://, which is allowed only for this computer "
                     "(localhost, 127.0.0.1 or ::1); use %3://.")
                .arg(field(), plainScheme, secureScheme));
    return ValidationResult::valid();
}
} // namespace

} // namespace kvs
