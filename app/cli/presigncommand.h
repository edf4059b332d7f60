#pragma once

#include <QProcessEnvironment>
#include <QStringList>

class QTextStream;

namespace kvs {
class Clock;
}

namespace kvs::cli {

/// `kvs-viewer-cli presign`: prints a SigV4-presigned ConnectAsViewer/ConnectAsMaster URL and nothing
/// else on stdout. Credentials come from the credential chain over the environment given (AWS_ACCESS_KEY_ID,
/// AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, or a profile chosen by --profile or AWS_PROFILE); the time
/// from --date or the clock. Returns the exit status (exitcodes.h); on
/// invalid input writes one line naming the option and the rule to err, and nothing to out.
int runPresign(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
               QTextStream &out, QTextStream &err);

} // namespace kvs::cli
