#pragma once

#include "core/common/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The field readers the emulator's config parsers share: every error names the offending field
/// ("channels[1].arn: …") and has the code InvalidConfig.
namespace kvs::emulator::configfields {

/// An InvalidConfig error for field.
Error fieldError(const QString &field, const QString &message);
/// An error naming the first key of object (at where) that is not in allowed.
std::optional<Error> checkKeys(const QJsonObject &object, const QString &where, const QStringList &allowed);
/// True for a 12-digit AWS account id.
bool isAccountId(const QString &account);
/// object[key] when it is a non-empty string; an error naming field.key otherwise.
Result<QString> requiredString(const QJsonObject &object, const QString &field, const char16_t *key);
/// Reads object[key] into *out when present: a number from min to max (an integer when integer is set);
/// an error naming where + key otherwise. *out keeps its value when the key is absent.
std::optional<Error> readNumber(const QJsonObject &object, const QString &where, const char16_t *key,
                                double min, double max, bool integer, double *out);

/// An optional array of root[key], each element read by parse(element, "key[i]"); replaces *out when present.
template <typename T>
std::optional<Error> readArray(const QJsonObject &root, const QString &key,
                               Result<T> (*parse)(const QJsonValue &, const QString &), QList<T> *out)
{
    if (!root.contains(key))
        return std::nullopt;
    if (!root.value(key).isArray())
        return fieldError(key, QStringLiteral("must be an array"));
    out->clear();
    const QJsonArray elements = root.value(key).toArray();
    for (qsizetype i = 0; i < elements.size(); ++i) {
        Result<T> element = parse(elements.at(i), QStringLiteral("%1[%2]").arg(key).arg(i));
        if (!element)
            return element.error();
        out->append(std::move(element).value());
    }
    return std::nullopt;
}

} // namespace kvs::emulator::configfields
