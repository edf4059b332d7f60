#pragma once

// Shared by the fuzz targets: the input as Qt types, and the property check that aborts (so libFuzzer
// saves the input) when an invariant breaks.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace kvs::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// Aborts with a message when condition is false: libFuzzer (and the sanitizers) report it with the input.
inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz property broken: %s\n", what);
        std::abort();
    }
}

} // namespace kvs::fuzz
