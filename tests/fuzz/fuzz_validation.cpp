// Every field validation and the channel ARN parser.
#include "core/common/channelarn.h"
#include "core/common/validation.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(kvs::fuzz::bytes(data, size));
    const auto arn = kvs::ChannelArn::parse(input);
    // A parsed ARN is a valid one, and the other way round.
    kvs::fuzz::require(arn.ok() == kvs::validateChannelArn(input).ok(), "parse and validate agree on ARNs");
    (void)kvs::validateChannelName(input);
    (void)kvs::validateClientId(input);
    (void)kvs::validateRegion(input);
    (void)kvs::validateAccessKeyId(input);
    (void)kvs::validateSecretAccessKey(input);
    (void)kvs::validateSessionToken(input);
    (void)kvs::validateEndpointUrl(input, kvs::EndpointKind::Https);
    (void)kvs::validateEndpointUrl(input, kvs::EndpointKind::WebSocket);
    return 0;
}
