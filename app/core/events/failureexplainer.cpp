#include "core/events/failureexplainer.h"

#include "core/common/channelarn.h"

#include <QCoreApplication>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::FailureExplainer)
};

QString describeSkew(qint64 skewMs)
{
    const qint64 seconds = (skewMs < 0 ? -skewMs : skewMs) / 1000;
    const QString amount =
        seconds >= 120 ? Text::tr("%1 minutes").arg(seconds / 60) : Text::tr("%1 seconds").arg(seconds);
    return skewMs > 0 ? Text::tr("your clock is %1 ahead of AWS's").arg(amount)
                      : Text::tr("your clock is %1 behind AWS's").arg(amount);
}

/// The next step once the run has given up on a failure it retries.
QString gaveUp(int attempts)
{
    return Text::tr("The viewer tried %n time(s) and gave up; Connect tries again.", nullptr, attempts);
}

} // namespace

QString iamActionForStep(const QString &step)
{
    static const QStringList known = {QStringLiteral("ConnectAsViewer"), QStringLiteral("ConnectAsMaster"),
                                      QStringLiteral("DescribeSignalingChannel"),
                                      QStringLiteral("GetSignalingChannelEndpoint"),
                                      QStringLiteral("GetIceServerConfig")};
    return known.contains(step) ? u"kinesisvideo:" % step : QString();
}

QString minimalViewerPolicy(const QString &channelArn)
{
    const QString resource = channelArn.isEmpty()
                                 ? QStringLiteral("arn:aws:kinesisvideo:REGION:ACCOUNT:channel/NAME/*")
                                 : channelArn;
    return QStringLiteral("{\n"
                          "  \"Version\": \"2012-10-17\",\n"
                          "  \"Statement\": [{\n"
                          "    \"Effect\": \"Allow\",\n"
                          "    \"Action\": [\n"
                          "      \"kinesisvideo:DescribeSignalingChannel\",\n"
                          "      \"kinesisvideo:GetSignalingChannelEndpoint\",\n"
                          "      \"kinesisvideo:GetIceServerConfig\",\n"
                          "      \"kinesisvideo:ConnectAsViewer\"\n"
                          "    ],\n"
                          "    \"Resource\": \"%1\"\n"
                          "  }]\n"
                          "}")
        .arg(resource);
}

Explanation explainFailure(const Failure &f)
{
    Explanation e;
    const bool cli = f.surface == Surface::CommandLine;
    // "HttpStatus403" names an answer without an error type (only its status is known).
    const QString type = f.errorType.startsWith(u"HttpStatus") ? QString() : f.errorType;
    const QString lowerMessage = f.message.toLower();
    // The clock is to blame only when the service says so: a measured skew earlier in the run does not turn
    // a permission refusal into a clock problem.
    const bool signatureTime =
        lowerMessage.contains(u"signature expired") || lowerMessage.contains(u"signature not yet current");
    if (type == u"AccessDeniedException" || (f.httpStatus == 403 && type.isEmpty()) ||
        (f.httpStatus == 403 && signatureTime)) {
        if (signatureTime && f.presignedUrlGiven) {
            e.title = Text::tr("Access denied: the presigned URL is expired or not yet valid");
            e.whatHappened = Text::tr("AWS rejected the URL's signature time. This viewer connects with the "
                                      "URL exactly as given and cannot sign it again.");
            e.nextSteps = {Text::tr("Get a freshly presigned URL (it works from X-Amz-Date for X-Amz-Expires "
                                    "seconds) and connect with it at once."),
                           Text::tr("If a fresh URL is refused the same way, the clock of the computer that "
                                    "signed it is off.")};
        } else if (signatureTime) {
            e.title = Text::tr("Access denied: your clock is off");
            e.whatHappened =
                f.clockSkewMs
                    ? Text::tr("AWS rejected the signature because %1.").arg(describeSkew(*f.clockSkewMs))
                    : Text::tr("AWS rejected the signature because it was made too far from AWS's "
                               "time (more than 5 minutes).");
            e.nextSteps = {
                Text::tr("Set your computer's clock automatically (for example: timedatectl set-ntp true)."),
                Text::tr("The viewer already signs with the corrected time and retried once.")};
            e.retryable = true;
        } else if (lowerMessage.contains(u"token") &&
                   (lowerMessage.contains(u"expired") || lowerMessage.contains(u"invalid"))) {
            e.title = Text::tr("Access denied: the credentials have expired");
            e.whatHappened = Text::tr("The session token of these credentials is expired or invalid.");
            e.nextSteps = {
                Text::tr(
                    "Get fresh credentials: run `aws sso login` for an SSO profile, or renew the session "
                    "token."),
                Text::tr("Then connect again.")};
        } else {
            e.iamAction = iamActionForStep(f.step);
            e.title = Text::tr("Access denied");
            e.whatHappened = e.iamAction.isEmpty()
                                 ? Text::tr("These credentials are not allowed to do this.")
                                 : Text::tr("These credentials are not allowed to call %1 on this channel.")
                                       .arg(e.iamAction);
            e.nextSteps = {
                e.iamAction.isEmpty()
                    ? (cli ? Text::tr("Ask your AWS administrator to grant the viewer permissions "
                                      "(kvs-viewer-cli check-access prints a minimal policy).")
                           : Text::tr("Ask your AWS administrator to grant the viewer permissions (policy "
                                      "below)."))
                    : (cli ? Text::tr("Grant %1 on the channel to this identity (kvs-viewer-cli check-access "
                                      "prints a minimal policy).")
                                 .arg(e.iamAction)
                           : Text::tr("Grant %1 on the channel to this identity (a minimal policy is below).")
                                 .arg(e.iamAction)),
                cli ? Text::tr("Check that you use the intended profile or keys (kvs-viewer-cli whoami).")
                    : Text::tr("Check that the form uses the intended profile or keys (its Credentials line "
                               "says where they come from)."),
                Text::tr("If the keys are new, wait a minute: IAM changes take a moment to apply.")};
            e.minimalPolicy = minimalViewerPolicy(f.channelArn);
        }
    } else if (type == u"ResourceNotFoundException" || f.httpStatus == 404) {
        e.title = Text::tr("Channel not found");
        // Name what was looked for, so each part can be checked: the ARN's name, account and region.
        const auto arn = ChannelArn::parse(f.channelArn);
        if (arn)
            e.whatHappened = Text::tr("AWS has no signaling channel named %1 in account %2, region %3.")
                                 .arg(arn->channelName, arn->accountId, arn->region);
        else
            e.whatHappened = f.region.isEmpty()
                                 ? Text::tr("AWS has no such signaling channel.")
                                 : Text::tr("AWS has no such signaling channel in %1.").arg(f.region);
        e.nextSteps = {
            Text::tr("Check the region: a channel exists in one region only (the ARN's fourth part)."),
            Text::tr(
                "Check the account: the credentials must belong to the account in the ARN (kvs-viewer-cli "
                "whoami)."),
            Text::tr("Check the channel's name and that it was not deleted.")};
    } else if (type == u"ClientLimitExceededException") {
        e.title = Text::tr("Throttled: too many viewers or connects");
        e.whatHappened =
            Text::tr("The channel already has the maximum number of viewers (10), or viewers connect more "
                     "than 3 times a second.");
        e.nextSteps = {
            f.attemptsMade > 0
                ? Text::tr("The viewer retried with growing pauses %n time(s) and gave up; wait, or close "
                           "other viewers of this channel, then connect again.",
                           nullptr, f.attemptsMade)
                : Text::tr("The viewer retries with growing pauses; wait, or close other viewers of this "
                           "channel."),
            Text::tr("Keep one ClientId per install: every new id keeps counting until it times out.")};
        e.retryable = true;
    } else if (f.httpStatus == 400 && (type.isEmpty() || type.startsWith(u"HttpStatus"))) {
        // No public source says what an untyped 400 means: say so, never guess "throttling".
        e.title = Text::tr("Refused for an unknown reason");
        e.whatHappened = f.message.isEmpty()
                             ? Text::tr("The service answered HTTP 400 without an error type.")
                             : f.message;
        e.nextSteps = {
            Text::tr("The service named no cause. Connect again later; if it persists, report the status, "
                     "headers, body and request id above to AWS Support."),
            Text::tr("Check the channel ARN and the ClientId, in case a parameter was refused.")};
    } else if (type == u"InvalidArgumentException") {
        e.title = Text::tr("A parameter was rejected");
        e.whatHappened = f.message.isEmpty() ? Text::tr("AWS rejected a parameter of the request.")
                                             : Text::tr("AWS rejected a parameter: %1").arg(f.message);
        e.nextSteps = {Text::tr(
            "Check the ClientId (1–256 of A–Z a–z 0–9 _ . -, not starting with AWS_) and the channel "
            "ARN.")};
    } else if (type == u"UnrecognizedClientException" || type == u"InvalidClientTokenId") {
        e.title = Text::tr("Unknown access key");
        e.whatHappened =
            Text::tr("AWS does not know this access key id, or its session token does not belong to it.");
        e.nextSteps = {Text::tr("Check the access key id and session token, or choose another profile.")};
    } else if (type == u"InvalidSignatureException" || type == u"SignatureDoesNotMatch") {
        e.title = Text::tr("Signature does not match");
        e.whatHappened = Text::tr("The secret access key does not belong to this access key id.");
        e.nextSteps = {Text::tr("Paste the secret access key again, without spaces.")};
    } else if (type == u"ExpiredTokenException") {
        e.title = Text::tr("The credentials have expired");
        e.whatHappened = Text::tr("The session token has expired.");
        e.nextSteps = {Text::tr("Get fresh credentials (for SSO: aws sso login), then connect again.")};
    } else if (type == u"Replaced") {
        e.title = Text::tr("Replaced by another client");
        e.whatHappened = Text::tr("Another viewer with the same ClientId keeps taking this connection over.");
        e.nextSteps = {
            cli ? Text::tr("Close the other app or tool that uses this ClientId, or pass another "
                           "--client-id.")
                : Text::tr("Close the other app or tool that uses this ClientId, or choose New id.")};
    } else if (type == u"TlsError") {
        e.title = Text::tr("Secure connection failed");
        e.whatHappened =
            f.message.isEmpty() ? Text::tr("The server's certificate could not be verified.") : f.message;
        e.nextSteps = {
            cli ? Text::tr("For a private endpoint, pass its CA file with --ca-file (or set AWS_CA_BUNDLE).")
                : Text::tr(
                      "For a private endpoint, choose its CA file under Advanced (or set AWS_CA_BUNDLE).")};
    } else if (type == u"NetworkError" || type == u"Timeout") {
        e.title = Text::tr("Network problem");
        e.whatHappened = f.message.isEmpty() ? Text::tr("The service could not be reached.") : f.message;
        e.nextSteps = {Text::tr("Check the network connection, proxy and any endpoint override."),
                       f.attemptsMade > 0 ? gaveUp(f.attemptsMade)
                                          : Text::tr("The viewer retries by itself.")};
        e.retryable = true;
    } else if (f.httpStatus >= 500) {
        e.title = Text::tr("The service had a problem");
        e.whatHappened = Text::tr("AWS answered %1 %2.").arg(f.httpStatus).arg(type);
        if (f.attemptsMade > 0)
            e.nextSteps = {gaveUp(f.attemptsMade),
                           Text::tr("If it persists, check the AWS Health Dashboard.")};
        else
            e.nextSteps = {
                Text::tr("The viewer retries by itself; if it persists, check the AWS Health Dashboard.")};
        e.retryable = true;
    } else {
        e.title = Text::tr("Connection failed");
        e.whatHappened = f.message.isEmpty() ? Text::tr("The service answered %1.").arg(type) : f.message;
        e.nextSteps = {Text::tr("Export diagnostics and share them with support (they contain no secrets).")};
    }
    return e;
}

} // namespace kvs
