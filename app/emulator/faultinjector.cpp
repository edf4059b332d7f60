#include "emulator/faultinjector.h"

#include "emulator/httpmessage.h"

namespace kvs::emulator {

QJsonObject Fault::toJson() const
{
    QJsonObject object{{QStringLiteral("action"), action},
                       {QStringLiteral("count"), remaining},
                       {QStringLiteral("delayMs"), delayMs},
                       {QStringLiteral("drop"), drop}};
    if (!errorType.isEmpty())
        object.insert(QStringLiteral("errorType"), errorType);
    if (fails()) {
        object.insert(QStringLiteral("status"), status);
        object.insert(QStringLiteral("message"), message);
    }
    return object;
}

QStringList FaultInjector::actions()
{
    return {QStringLiteral("ConnectAsViewer"), QStringLiteral("ConnectAsMaster"),
            QStringLiteral("DescribeSignalingChannel"), QStringLiteral("GetSignalingChannelEndpoint"),
            QStringLiteral("GetIceServerConfig"), QStringLiteral("ListSignalingChannels"),
            QStringLiteral("SendMessage"),
            // Media: every ICE_CANDIDATE relayed (both ways, the built-in master's too); the built-in
            // master's next media session (drop: it answers and connects but sends no media).
            QStringLiteral("IceCandidate"), QStringLiteral("MasterMedia"),
            // Credentials on AWS compute.
            QStringLiteral("AssumeRoleWithWebIdentity"), QStringLiteral("ContainerCredentials"),
            QStringLiteral("InstanceMetadataToken"), QStringLiteral("InstanceMetadataCredentials")};
}

Result<Fault> FaultInjector::arm(const QJsonObject &body)
{
    const QStringList allowed = {QStringLiteral("action"), QStringLiteral("errorType"),
                                 QStringLiteral("status"), QStringLiteral("message"),
                                 QStringLiteral("count"),  QStringLiteral("delayMs"),
                                 QStringLiteral("drop")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key()))
            return Error{
                QStringLiteral("InvalidArgumentException"),
                QStringLiteral("Unknown field \"%1\" (allowed: %2).").arg(it.key(), allowed.join(u", "))};
    }
    Fault fault;
    fault.action = body.value(u"action").toString();
    if (!actions().contains(fault.action))
        return Error{QStringLiteral("InvalidArgumentException"),
                     QStringLiteral("action must be one of: %1.").arg(actions().join(u", "))};
    fault.errorType = body.value(u"errorType").toString();
    if (body.contains(u"errorType") && (!body.value(u"errorType").isString() || fault.errorType.isEmpty()))
        return Error{QStringLiteral("InvalidArgumentException"),
                     QStringLiteral("errorType must be a non-empty string.")};
    const int status = body.value(u"status").toInt(0);
    if (body.contains(u"status") && (status < 400 || status > 599))
        return Error{QStringLiteral("InvalidArgumentException"),
                     QStringLiteral("status must be from 400 to 599.")};
    // A status without an errorType is an error the client cannot type (no x-amzn-ErrorType): its cause
    // is unknown to the client. The body is the message, when given, as plain text.
    fault.status =
        status != 0 ? status : (fault.errorType.isEmpty() ? 0 : statusForErrorType(fault.errorType));
    fault.message =
        body.value(u"message")
            .toString(fault.errorType.isEmpty()
                          ? QString()
                          : QStringLiteral("Injected fault: %1 for %2.").arg(fault.errorType, fault.action));
    fault.remaining = body.value(u"count").toInt(1);
    if (body.contains(u"count") && (!body.value(u"count").isDouble() || fault.remaining < 1))
        return Error{QStringLiteral("InvalidArgumentException"),
                     QStringLiteral("count must be a positive integer.")};
    fault.delayMs = body.value(u"delayMs").toInt(0);
    if (body.contains(u"delayMs") &&
        (!body.value(u"delayMs").isDouble() || fault.delayMs < 0 || fault.delayMs > 600000))
        return Error{QStringLiteral("InvalidArgumentException"),
                     QStringLiteral("delayMs must be from 0 to 600000.")};
    fault.drop = body.value(u"drop").toBool(false);
    if (body.contains(u"drop") && !body.value(u"drop").isBool())
        return Error{QStringLiteral("InvalidArgumentException"),
                     QStringLiteral("drop must be true or false.")};
    if (!fault.fails() && !fault.drop && fault.delayMs == 0)
        return Error{QStringLiteral("InvalidArgumentException"),
                     QStringLiteral("A fault needs at least one of errorType, status, delayMs or drop.")};
    if (fault.drop && fault.fails())
        return Error{QStringLiteral("InvalidArgumentException"),
                     QStringLiteral("drop excludes errorType and status: a dropped call gets no answer.")};
    m_faults.append(fault);
    return fault;
}

std::optional<Fault> FaultInjector::take(const QString &action)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (m_faults[i].action != action)
            continue;
        Fault fault = m_faults[i];
        if (--m_faults[i].remaining <= 0)
            m_faults.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

QJsonArray FaultInjector::pending() const
{
    QJsonArray out;
    for (const Fault &fault : m_faults)
        out.append(fault.toJson());
    return out;
}

} // namespace kvs::emulator
