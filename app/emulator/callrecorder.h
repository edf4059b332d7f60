#pragma once

#include "emulator/faultinjector.h"
#include "emulator/httpmessage.h"

#include <QString>

#include <functional>

namespace kvs::emulator {

class SignalingHub;

/// Where every API of the emulator reports the calls it saw and the ones it refused: counted in the hub's
/// statistics (GET /emulator/stats), written to the log, and announced to EmulatorServer::requestRejected.
/// One class, so that no refusal can be counted without being announced or the other way round.
class CallRecorder final
{
public:
    /// announce is called for a refusal that EmulatorServer::requestRejected reports (action, error type).
    CallRecorder(SignalingHub &stats, std::function<void(const QString &, const QString &)> announce);

    /// Counts one call of action (a KVS operation, "ConnectAsViewer", "sts:AssumeRole", …).
    void attempted(const QString &action);
    /// Counts a refusal of action under statsType without announcing it (dropped calls, IMDS refusals).
    void refusedQuietly(const QString &action, const QString &statsType);
    /// Counts a refusal under statsType and announces it with announcedType (which may be empty).
    void refused(const QString &action, const QString &statsType, const QString &announcedType);

    /// The kinesisvideo refusal: counted, announced, logged, and answered as an AWS JSON error. status 0
    /// takes the error type's usual status (statusForErrorType()).
    HttpResponse reject(const QString &action, const QString &errorType, const QString &message,
                        const QByteArray &requestId, int status = 0);
    /// The kinesisvideo answer to a call an armed fault fails: typed (reject()) or untyped (a bare status
    /// with no x-amzn-ErrorType, counted as "Untyped<status>").
    HttpResponse rejectWithFault(const QString &action, const Fault &fault, const QByteArray &requestId);

private:
    SignalingHub &m_stats;
    std::function<void(const QString &, const QString &)> m_announce;
};

} // namespace kvs::emulator
