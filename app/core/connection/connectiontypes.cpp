#include "core/connection/connectiontypes.h"

namespace kvs {

ConnectionTarget ConnectionTarget::fromPresignedUrl(const PresignedUrl &url)
{
    ConnectionTarget target;
    target.channelArn = url.channelArn;
    target.region = url.region;
    target.clientId = url.clientId;
    target.presignedUrl = url.url;
    return target;
}

} // namespace kvs
