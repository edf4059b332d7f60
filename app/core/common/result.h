#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace kvs {

/// A failure as a value: a stable machine-readable code plus an English sentence for people.
/// Words shown in a UI are translated at the edge; the code never changes with the language.
struct Error
{
    QString code;    ///< e.g. "InvalidEndpoint", "AccessDeniedException"
    QString message; ///< one sentence naming what is wrong; never contains a secret
};

/// Either a value or an Error (a small stand-in for C++23 std::expected).
template <typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

} // namespace kvs
