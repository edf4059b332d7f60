// Signaling messages from the service (SDP_ANSWER, ICE_CANDIDATE, GO_AWAY, STATUS_RESPONSE, …).
#include "core/signaling/signalingmessage.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = kvs::fuzz::bytes(data, size);
    const auto message = kvs::SignalingMessage::parse(input);
    if (message)
        (void)message->summary();
    else
        kvs::fuzz::require(!message.error().code.isEmpty(), "an error has a code");
    return 0;
}
