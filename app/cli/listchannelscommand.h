#pragma once

#include <QProcessEnvironment>
#include <QStringList>

class QTextStream;

namespace kvs {
class Clock;
}

namespace kvs::cli {

/// `kvs-viewer-cli list-channels`: the signaling channels the credentials may list in a region
/// (ListSignalingChannels through the core's ChannelLister, as the app's channel picker), one per line or
/// as JSON. Returns the exit status (exitcodes.h): 3 when listing is refused (the IAM action is named).
int runListChannels(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
                    QTextStream &out, QTextStream &err);

} // namespace kvs::cli
