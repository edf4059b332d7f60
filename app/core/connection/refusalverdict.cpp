#include "core/connection/refusalverdict.h"

#include "core/aws/httpresponsehead.h"
#include "core/events/eventtypes.h"

#include <QCoreApplication>
#include <QStringBuilder>

namespace kvs {

namespace {

/// The words are the controller's (the same translation context as before this file existed).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::ConnectionController)
};

const QString kStepConnect = stepName(Step::ConnectAsViewer);

} // namespace

RefusalVerdict judgeRefusal(const HandshakeRejection &rejection, int refusedStatus,
                            const QString &wssEndpoint)
{
    RefusalVerdict verdict;
    if (rejection.status != 0 && rejection.kind != HandshakeRejectionKind::Accepted) {
        HttpExchange exchange;
        exchange.operation = kStepConnect;
        exchange.url = wssEndpoint;
        exchange.status = rejection.status;
        exchange.errorType = rejection.errorType;
        exchange.requestId = rejection.requestId;
        exchange.message = rejection.message;
        verdict.replayAnswer = exchange;
    }
    if (rejection.kind == HandshakeRejectionKind::ProtocolError) {
        verdict.failure = Failure(
            kStepConnect, ErrorClass::Other, QStringLiteral("ProtocolError"),
            Text::tr("The WebSocket upgrade was answered 101 with a wrong Sec-WebSocket-Accept: the server "
                     "does not speak the WebSocket protocol (a proxy in the way, or not the signaling "
                     "service)."),
            101, rejection.requestId);
        return verdict;
    }
    if (rejection.kind == HandshakeRejectionKind::Accepted ||
        rejection.kind == HandshakeRejectionKind::NoAnswer) {
        // The replay told nothing about the refusal: the first answer's status stands. A refusal is never
        // a network failure.
        const QString said =
            rejection.kind == HandshakeRejectionKind::Accepted
                ? Text::tr("The replayed upgrade was accepted (101) and closed at once: the refusal was not "
                           "repeated.")
                : Text::tr("Replaying the upgrade to read why it was refused failed: %1")
                      .arg(rejection.failure);
        verdict.said = said;
        if (refusedStatus == 0) {
            verdict.failure = Failure(
                kStepConnect, ErrorClass::Other, QStringLiteral("HandshakeRefused"),
                Text::tr("The service refused the WebSocket upgrade; Qt did not report the HTTP status. %1")
                    .arg(said),
                0, QString());
            return verdict;
        }
        HttpResponseHead first;
        first.status = refusedStatus;
        HandshakeRejection refusal = HandshakeRejection::classify(first);
        // Qt hides a 400's error type, so this is not the service's untyped 400: the same request was
        // accepted right after, and the one transient 400 the service documents is throttling.
        if (refusedStatus == 400 && rejection.kind == HandshakeRejectionKind::Accepted)
            refusal.errorClass = ErrorClass::ClientLimitExceeded;
        HttpExchange exchange;
        exchange.operation = kStepConnect;
        exchange.url = wssEndpoint;
        exchange.status = refusedStatus;
        verdict.firstAnswer = exchange;
        // Only the status is known: no error type, as the control plane names an untyped answer. A 400
        // whose replay was accepted at once was transient, whatever it was: retried with backoff like a 5xx
        // (never called throttling), not given up after one retry like an untyped 400 that was read.
        const ErrorClass errorClass = refusal.errorClass == ErrorClass::UnknownCause &&
                                              rejection.kind == HandshakeRejectionKind::Accepted
                                          ? ErrorClass::TransientRefusal
                                          : refusal.errorClass;
        verdict.failure = Failure(
            kStepConnect, errorClass, u"HttpStatus" % QString::number(refusedStatus),
            Text::tr("The service refused the WebSocket upgrade: HTTP %1. %2").arg(refusedStatus).arg(said),
            refusedStatus, QString());
        return verdict;
    }
    const Error error = rejection.toError();
    // Only a signature-time refusal is the clock's fault: a permission 403 is not retried for a skew.
    verdict.failure = Failure(kStepConnect, rejection.errorClass, error.code, error.message, rejection.status,
                              rejection.requestId);
    verdict.signatureTime = rejection.signatureTime.has_value();
    return verdict;
}

} // namespace kvs
