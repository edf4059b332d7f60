#include "core/common/channelarn.h"

#include "core/common/validation.h"

#include <QList>

#include <optional>

namespace kvs {

Result<ChannelArn> ChannelArn::parse(QStringView text)
{
    // The last ARN parsed on this thread, kept: a presign --batch parses the same ARN on every line (the
    // validation's patterns were a tenth of signing a URL). Only successes are kept (errors are texts in
    // the current language).
    thread_local QString lastText;
    thread_local std::optional<ChannelArn> lastArn;
    if (lastArn && text == lastText)
        return *lastArn;
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
    lastText = text.toString();
    lastArn = arn;
    return arn;
}

QString ChannelArn::toString() const
{
    return u"arn:" % partition % u":kinesisvideo:" % region % u':' % accountId % u':' % resourceType % u'/' %
           channelName % u'/' % creationId;
}

} // namespace kvs
