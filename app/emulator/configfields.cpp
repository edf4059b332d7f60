#include "emulator/configfields.h"

namespace kvs::emulator::configfields {

Error fieldError(const QString &field, const QString &message)
{
    return Error{QStringLiteral("InvalidConfig"), field + QStringLiteral(": ") + message};
}

std::optional<Error> checkKeys(const QJsonObject &object, const QString &where, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return fieldError(where.isEmpty() ? it.key() : where + u'.' + it.key(),
                              QStringLiteral("unknown field (allowed: %1)").arg(allowed.join(u", ")));
    }
    return std::nullopt;
}

bool isAccountId(const QString &account)
{
    return account.size() == 12 &&
           std::all_of(account.begin(), account.end(), [](QChar c) { return c.isDigit(); });
}

Result<QString> requiredString(const QJsonObject &object, const QString &field, const char16_t *key)
{
    const QString name = QString::fromUtf16(key);
    if (!object.value(name).isString() || object.value(name).toString().isEmpty())
        return fieldError(field + u'.' + name, QStringLiteral("must be a non-empty string"));
    return object.value(name).toString();
}

std::optional<Error> readNumber(const QJsonObject &object, const QString &where, const char16_t *key,
                                double min, double max, bool integer, double *out)
{
    const QString name = QString::fromUtf16(key);
    if (!object.contains(name))
        return std::nullopt;
    const QJsonValue value = object.value(name);
    const double number = value.toDouble();
    if (!value.isDouble() || number < min || number > max ||
        (integer && number != static_cast<qint64>(number)))
        return fieldError(where + name,
                          QStringLiteral("must be %1 from %2 to %3")
                              .arg(integer ? QStringLiteral("an integer") : QStringLiteral("a number"))
                              .arg(min)
                              .arg(max));
    *out = number;
    return std::nullopt;
}

} // namespace kvs::emulator::configfields
