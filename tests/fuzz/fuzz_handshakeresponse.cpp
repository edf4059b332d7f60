// The raw HTTP answer to a replayed WebSocket upgrade, and its classification.
#include "core/signaling/handshakediagnostics.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = kvs::fuzz::bytes(data, size);
    for (const bool closed : {false, true}) {
        bool complete = false;
        const auto head = kvs::HttpResponseHead::parse(input, closed, &complete);
        if (!head)
            continue;
        const kvs::HandshakeRejection rejection = kvs::HandshakeRejection::classify(*head);
        (void)rejection.toError();
        (void)rejection.hint();
    }
    return 0;
}
