#include "emulator/emulatorlog.h"

#include "core/common/redaction.h"

#include <QDateTime>

#include <atomic>
#include <cstdio>

namespace kvs::emulator {
namespace {
std::atomic_bool g_enabled{true};
}

void logLine(const QString &text)
{
    if (!g_enabled)
        return;
    const QString line =
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' ' + redact(text) + u'\n';
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void setLoggingEnabled(bool enabled)
{
    g_enabled = enabled;
}

} // namespace kvs::emulator
