#include "channelarn.h"

#include "validation.h"

#include <QList>

namespace kvs {

Result<ChannelArn> ChannelArn::parse(QStringView text)
{
    const ValidationResult validation = validateChannelArn(text);
    if (!validation.ok())
        return Error{QStringLiteral("InvalidChannelArn"), validation.message};
    const auto parts = text.split(u':');
    const auto resource = parts[5].split(u'/');
    ChannelArn arn;
    arn.partition = parts[1].toString();
    arn.region = parts[3].toString();
    arn.accountId = parts[4].toString();
    arn.resourceType = resource[0].toString();
    arn.channelName = resource[1].toString();
    arn.creationId = resource[2].toString();
    return arn;
}

QString ChannelArn::toString() const
{
    return u"arn:" % partition % u":kinesisvideo:" % region % u':' % accountId % u':' % resourceType % u'/' %
           channelName % u'/' % creationId;
}

} // namespace kvs
