#include "emulator/callrecorder.h"

#include "emulator/emulatorlog.h"
#include "emulator/signalinghub.h"

namespace kvs::emulator {

CallRecorder::CallRecorder(SignalingHub &stats,
                           std::function<void(const QString &, const QString &)> announce)
    : m_stats(stats)
    , m_announce(std::move(announce))
{}

void CallRecorder::attempted(const QString &action)
{
    m_stats.recordAttempt(action);
}

void CallRecorder::refusedQuietly(const QString &action, const QString &statsType)
{
    m_stats.recordRejection(action, statsType);
}

void CallRecorder::refused(const QString &action, const QString &statsType, const QString &announcedType)
{
    m_stats.recordRejection(action, statsType);
    m_announce(action, announcedType);
}

HttpResponse CallRecorder::reject(const QString &action, const QString &errorType, const QString &message,
                                  const QByteArray &requestId, int status)
{
    refused(action, errorType, errorType);
    const int code = status != 0 ? status : statusForErrorType(errorType);
    logLine(QStringLiteral("%1 rejected: %2 %3 %4 (request %5)")
                .arg(action)
                .arg(code)
                .arg(errorType, message, QString::fromLatin1(requestId)));
    return awsErrorResponse(code, errorType, message, requestId);
}

HttpResponse CallRecorder::rejectWithFault(const QString &action, const Fault &fault,
                                           const QByteArray &requestId)
{
    if (!fault.errorType.isEmpty())
        return reject(action, fault.errorType, fault.message, requestId, fault.status);
    refused(action, QStringLiteral("Untyped%1").arg(fault.status), QString());
    logLine(QStringLiteral("%1 rejected: %2 with no error type (request %3)")
                .arg(action)
                .arg(fault.status)
                .arg(QString::fromLatin1(requestId)));
    return untypedErrorResponse(fault.status, fault.message.toUtf8(), requestId);
}

} // namespace kvs::emulator
