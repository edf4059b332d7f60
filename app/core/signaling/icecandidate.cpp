#include "core/signaling/icecandidate.h"

#include <QCoreApplication>
#include <QStringList>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::IceCandidate)
};

/// \a what is a translated clause (no final full stop) naming what is wrong with the candidate.
Error invalid(const QString &what)
{
    return Error{QStringLiteral("InvalidCandidate"), Text::tr("Invalid ICE candidate: %1.").arg(what)};
}

bool isIceChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'+' ||
           u == u'/';
}

bool isAddressChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.' ||
           u == u':' || u == u'-' || u == u'%' || u == u'_';
}

bool isValidAddress(QStringView address)
{
    return !address.isEmpty() && address.size() <= 255 &&
           std::all_of(address.begin(), address.end(), isAddressChar);
}

} // namespace

QString candidateTypeName(CandidateType type)
{
    switch (type) {
    case CandidateType::Host:
        return QStringLiteral("host");
    case CandidateType::Srflx:
        return QStringLiteral("srflx");
    case CandidateType::Prflx:
        return QStringLiteral("prflx");
    case CandidateType::Relay:
        return QStringLiteral("relay");
    }
    return QString();
}

QString candidateTransportName(CandidateTransport transport)
{
    return transport == CandidateTransport::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp");
}

Result<IceCandidate> IceCandidate::parse(QStringView line)
{
    QStringView text = line.trimmed();
    if (text.startsWith(u"a="))
        text = text.mid(2);
    if (!text.startsWith(u"candidate:"))
        return invalid(Text::tr("it does not start with \"candidate:\""));
    const QStringView whole = text;
    text = text.mid(10);
    const QList<QStringView> fields = text.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() < 8)
        return invalid(Text::tr("fewer than 8 fields"));

    IceCandidate candidate;
    candidate.line = whole.toString();
    if (fields[0].isEmpty() || fields[0].size() > 32 ||
        !std::all_of(fields[0].begin(), fields[0].end(), isIceChar))
        return invalid(Text::tr("bad foundation"));
    candidate.foundation = fields[0].toString();

    bool ok = false;
    const uint component = fields[1].toUInt(&ok);
    if (!ok || component < 1 || component > 256)
        return invalid(Text::tr("bad component id"));
    candidate.component = static_cast<int>(component);

    if (fields[2].compare(u"udp", Qt::CaseInsensitive) == 0)
        candidate.transport = CandidateTransport::Udp;
    else if (fields[2].compare(u"tcp", Qt::CaseInsensitive) == 0)
        candidate.transport = CandidateTransport::Tcp;
    else
        return invalid(Text::tr("unknown transport (expected udp or tcp)"));

    const qulonglong priority = fields[3].toULongLong(&ok);
    if (!ok || priority > 0xFFFFFFFFULL)
        return invalid(Text::tr("bad priority"));
    candidate.priority = static_cast<quint32>(priority);

    if (!isValidAddress(fields[4]))
        return invalid(Text::tr("bad connection address"));
    candidate.address = fields[4].toString();

    const uint port = fields[5].toUInt(&ok);
    if (!ok || port > 65535)
        return invalid(Text::tr("bad port"));
    candidate.port = static_cast<quint16>(port);

    if (fields[6] != u"typ")
        return invalid(Text::tr("missing \"typ\""));
    if (fields[7] == u"host")
        candidate.type = CandidateType::Host;
    else if (fields[7] == u"srflx")
        candidate.type = CandidateType::Srflx;
    else if (fields[7] == u"prflx")
        candidate.type = CandidateType::Prflx;
    else if (fields[7] == u"relay")
        candidate.type = CandidateType::Relay;
    else
        return invalid(Text::tr("unknown candidate type"));

    // Extension attributes come as name/value pairs; the ones we understand are checked.
    for (qsizetype i = 8; i + 1 < fields.size(); i += 2) {
        const QStringView name = fields[i];
        const QStringView value = fields[i + 1];
        if (name == u"raddr") {
            if (!isValidAddress(value))
                return invalid(Text::tr("bad raddr"));
            candidate.relatedAddress = value.toString();
        } else if (name == u"rport") {
            const uint rport = value.toUInt(&ok);
            if (!ok || rport > 65535)
                return invalid(Text::tr("bad rport"));
            candidate.relatedPort = static_cast<int>(rport);
        } else if (name == u"tcptype") {
            candidate.tcpType = value.left(16).toString();
        }
    }
    if (candidate.transport == CandidateTransport::Udp)
        candidate.tcpType.clear();
    return candidate;
}

void CandidateTally::add(CandidateType type, CandidateTransport transport)
{
    ++m_counts[static_cast<int>(type)][static_cast<int>(transport)];
}

int CandidateTally::count(CandidateType type, CandidateTransport transport) const
{
    return m_counts[static_cast<int>(type)][static_cast<int>(transport)];
}

int CandidateTally::count(CandidateType type) const
{
    return count(type, CandidateTransport::Udp) + count(type, CandidateTransport::Tcp);
}

int CandidateTally::total() const
{
    int sum = 0;
    for (const auto &row : m_counts)
        for (int n : row)
            sum += n;
    return sum;
}

QString CandidateTally::toString() const
{
    QStringList parts;
    for (int t = 0; t < kCandidateTypeCount; ++t) {
        for (int p = 0; p < kCandidateTransportCount; ++p) {
            if (m_counts[t][p] > 0)
                parts.append(candidateTypeName(static_cast<CandidateType>(t)) % u'/' %
                             candidateTransportName(static_cast<CandidateTransport>(p)) % u' ' %
                             QString::number(m_counts[t][p]));
        }
    }
    return parts.isEmpty() ? Text::tr("none") : parts.join(QStringLiteral(", "));
}

} // namespace kvs
