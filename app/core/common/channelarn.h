#pragma once

#include "core/common/result.h"

#include <QString>

namespace kvs {

/// A parsed signaling channel ARN: arn:PARTITION:kinesisvideo:REGION:ACCOUNT:TYPE/NAME/CREATION-TIME.
struct ChannelArn
{
    QString partition;    ///< aws, aws-cn, aws-us-gov, …
    QString region;       ///< e.g. us-west-2
    QString accountId;    ///< digits
    QString resourceType; ///< "channel" for signaling channels
    QString channelName;
    QString creationId; ///< the digits after the last '/'

    /// Parses a string that validateChannelArn() accepts; any other input gives an Error whose message
    /// is the validation sentence.
    static Result<ChannelArn> parse(QStringView text);
    /// The ARN as text, identical to what was parsed.
    QString toString() const;
};

} // namespace kvs
