#pragma once

#include <QProcessEnvironment>
#include <QStringList>

class QTextStream;

namespace kvs {
class Clock;
}

namespace kvs::cli {

/// `kvs-viewer-cli whoami`: finds credentials through the credential chain, calls STS GetCallerIdentity
/// and prints the account, the ARN, where the credentials came from and when they expire. Endpoint:
/// --endpoint-url > AWS_ENDPOINT_URL_STS > AWS_ENDPOINT_URL > https://sts.REGION.amazonaws.com; extra CAs
/// from AWS_CA_BUNDLE. Returns the exit status (exitcodes.h).
int runWhoami(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
              QTextStream &out, QTextStream &err);

} // namespace kvs::cli
