#pragma once

#include "core/common/retrypolicy.h"
#include "core/common/surface.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace kvs {

/// A failure as the engine saw it: which step, what the service (or the network) answered, and what
/// explains it. The one failure type of the engine: ConnectionController, AccessCheck, the account calls and
/// the CLI's exit statuses all use it. The first six fields say what happened (the constructor takes them in
/// this order); the context after them is filled by whoever asks explainFailure() (ConnectionController::
/// explainable()).
struct Failure
{
    Failure() = default;
    Failure(QString step, ErrorClass errorClass, QString errorType, QString message, int httpStatus = 0,
            QString requestId = {})
        : step(std::move(step))
        , errorClass(errorClass)
        , errorType(std::move(errorType))
        , message(std::move(message))
        , httpStatus(httpStatus)
        , requestId(std::move(requestId))
    {}

    QString step; ///< "Credentials", "GetSignalingChannelEndpoint", "ConnectAsViewer", "Connection", …
    ErrorClass errorClass = ErrorClass::Other; ///< how the retry policy and the exit statuses see it
    QString errorType;  ///< AccessDeniedException, …, or NetworkError / TlsError / Replaced / Timeout
    QString message;    ///< the service's own message (already redacted)
    int httpStatus = 0; ///< 0 when there was no HTTP answer
    QString requestId;  ///< x-amzn-RequestId, when there was one

    QString channelArn;                ///< for the minimal IAM policy and the not-found advice
    QString region;                    ///< the region the request went to
    std::optional<qint64> clockSkewMs; ///< local clock minus the service's, when measured
    int attemptsMade = 0; ///< once the run has given up: how many attempts it made (0 while it still retries)
    Surface surface = Surface::App; ///< whose words the advice uses
    /// The run connected with a presigned URL given as is (signed elsewhere, never re-signed here).
    bool presignedUrlGiven = false;
};

/// A failure in plain words, for dialogs, the CLI's hint and exports.
struct Explanation
{
    QString title;        ///< short: "Access denied"
    QString whatHappened; ///< one or two sentences
    QStringList nextSteps;
    QString iamAction;     ///< the IAM action to grant, when permission is the likely cause
    QString minimalPolicy; ///< a copyable IAM policy granting what a viewer needs, when relevant
    bool retryable = false;

    /// The first next step: the one-line hint of the CLI's error event.
    QString hint() const { return nextSteps.isEmpty() ? QString() : nextSteps.constFirst(); }
};

/// The IAM action a step needs ("kinesisvideo:ConnectAsViewer" for ConnectAsViewer, …); empty for others.
QString iamActionForStep(const QString &step);
/// A minimal IAM policy for a viewer of channelArn (every action a viewer calls).
QString minimalViewerPolicy(const QString &channelArn);
/// Explains a failure. Pure; the words come through QCoreApplication::translate.
Explanation explainFailure(const Failure &failure);

} // namespace kvs
