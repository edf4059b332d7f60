#pragma once

#include <QObject>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace kvs::test {

/// The descendant of parent named name (its objectName, as set in the .ui or the code), of type T. A
/// missing one ends the test at once, naming it: every later step would only fail less clearly.
template <typename T>
T *requireChild(const QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found) {
        std::fprintf(stderr, "FAIL: no child widget named %s of the expected type\n", name);
        std::abort();
    }
    return found;
}

} // namespace kvs::test
