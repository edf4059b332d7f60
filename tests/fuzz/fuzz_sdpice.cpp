// SDP (the answer's summary) and ICE candidate lines.
#include "core/signaling/icecandidate.h"
#include "core/signaling/sdpsummary.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(kvs::fuzz::bytes(data, size));
    (void)kvs::SdpSummary::parse(input);
    for (const QStringView line : QStringView(input).split(u'\n'))
        (void)kvs::IceCandidate::parse(line.trimmed());
    return 0;
}
