// The emulator's HTTP/1.1 request parser: the head, Content-Length and Transfer-Encoding rules.
#include "emulator/httpmessage.h"
#include "fuzzinput.h"

using namespace kvs::emulator;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = kvs::fuzz::bytes(data, size);
    const qsizetype end = findHeadEnd(input);
    kvs::fuzz::require(end == -1 || (end >= 4 && end <= input.size()), "head end inside the buffer");
    const std::optional<HttpRequest> request =
        parseRequestHead(end < 0 ? QByteArrayView(input) : QByteArrayView(input).first(end));
    if (request) {
        const qint64 length = request->contentLength();
        kvs::fuzz::require(length >= -1, "Content-Length is -1 or a length");
        (void)request->hasTransferEncoding();
        (void)request->isWebSocketUpgrade();
        (void)request->header("host");
        kvs::fuzz::require(request->path.startsWith('/'), "a parsed path starts with /");
    }
    if (size >= 2)
        kvs::fuzz::require(!reasonPhrase(data[0] * 256 + data[1]).isEmpty(), "every status has a phrase");
    return 0;
}
