#include "core/common/clientid.h"

namespace kvs {

QString makeClientId(const std::function<quint32()> &random32)
{
    const quint64 bits = (quint64(random32()) << 32 | random32()) & 0xffffffffffffULL;
    return u"viewer-" % QStringLiteral("%1").arg(bits, 12, 16, QLatin1Char('0'));
}

} // namespace kvs
