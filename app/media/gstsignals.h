#pragma once

#include <glib-object.h>
#include <memory>

namespace kvs::media {

/// Connects a GObject signal to a plain function whose user data is a heap copy of shared (deleted when the
/// handler goes), so a callback that comes late still finds its data alive.
template <typename Shared, typename Function>
gulong connectShared(gpointer instance, const char *signal, Function *function,
                     const std::shared_ptr<Shared> &shared)
{
    return g_signal_connect_data(
        instance, signal, reinterpret_cast<GCallback>(function), new std::shared_ptr<Shared>(shared),
        [](gpointer data, GClosure *) { delete static_cast<std::shared_ptr<Shared> *>(data); },
        static_cast<GConnectFlags>(0));
}

/// The Shared behind a connectShared() handler's user data.
template <typename Shared>
Shared &sharedFrom(gpointer data)
{
    return **static_cast<std::shared_ptr<Shared> *>(data);
}

/// A heap copy of shared for C APIs that take user data and a destroy function.
template <typename Shared>
gpointer sharedData(const std::shared_ptr<Shared> &shared)
{
    return new std::shared_ptr<Shared>(shared);
}

template <typename Shared>
void deleteSharedData(gpointer data)
{
    delete static_cast<std::shared_ptr<Shared> *>(data);
}

/// G_VALUE_HOLDS() for a const GValue (the macro casts const away, which -Wcast-qual rejects).
inline bool valueHolds(const GValue *value, GType type)
{
    return value && g_type_check_value_holds(value, type);
}

} // namespace kvs::media
