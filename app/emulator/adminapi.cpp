#include "emulator/adminapi.h"

#include "emulator/controlplaneapi.h"
#include "emulator/emulatorlog.h"
#include "emulator/faultinjector.h"
#include "emulator/signalinghub.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kvs::emulator {
namespace {

/// The longest GO_AWAY grace the admin API takes (a day).
constexpr int kMaxGoAwayGraceSeconds = 86400;
const QString kInvalidArgument = QStringLiteral("InvalidArgumentException");
const QString kNotFound = QStringLiteral("ResourceNotFoundException");

} // namespace

AdminApi::AdminApi(const EmulatorConfig &config, SignalingHub &hub, FaultInjector &faults,
                   ControlPlaneApi &controlPlane)
    : m_config(config)
    , m_hub(hub)
    , m_faults(faults)
    , m_controlPlane(controlPlane)
{}

bool AdminApi::serves(const HttpRequest &request)
{
    return request.path.startsWith("/emulator/") || request.path == "/emulator";
}

HttpResponse AdminApi::answer(const HttpRequest &request, bool fromLoopback, const QByteArray &requestId)
{
    if (!fromLoopback)
        return awsErrorResponse(403, QStringLiteral("AccessDeniedException"),
                                QStringLiteral("The admin API only answers on loopback."), requestId);
    return handle(request, requestId);
}

HttpResponse AdminApi::handle(const HttpRequest &request, const QByteArray &id)
{
    auto error = [&id](int status, const QString &message) {
        return awsErrorResponse(status, status == 404 ? kNotFound : kInvalidArgument, message, id);
    };
    const QByteArray path = request.path;
    if (path == "/emulator/stats" && request.method == "GET")
        return jsonResponse(m_hub.stats(), id);
    if (path == "/emulator/faults" && request.method == "GET")
        return jsonResponse(QJsonObject{{QStringLiteral("faults"), m_faults.pending()}}, id);
    if (path == "/emulator/faults" && request.method == "DELETE") {
        m_faults.clear();
        return jsonResponse(QJsonObject{{QStringLiteral("faults"), QJsonArray()}}, id);
    }
    const QStringList posts = {QStringLiteral("/emulator/faults"),
                               QStringLiteral("/emulator/go-away"),
                               QStringLiteral("/emulator/reconnect-ice-server"),
                               QStringLiteral("/emulator/close"),
                               QStringLiteral("/emulator/drop"),
                               QStringLiteral("/emulator/turn")};
    if (!posts.contains(QString::fromLatin1(path)))
        return error(404, QStringLiteral("Unknown admin call %1 %2.")
                              .arg(QString::fromLatin1(request.method), QString::fromUtf8(path)));
    if (request.method != "POST")
        return error(405, QStringLiteral("%1 takes POST.").arg(QString::fromLatin1(path)));
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(request.body.isEmpty() ? QByteArray("{}") : request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, QStringLiteral("The body must be a JSON object."));
    const QJsonObject body = document.object();
    if (path == "/emulator/faults") {
        const Result<Fault> fault = m_faults.arm(body);
        if (!fault)
            return error(400, fault.error().message);
        logLine(QStringLiteral("fault armed: %1")
                    .arg(QString::fromUtf8(QJsonDocument(fault->toJson()).toJson(QJsonDocument::Compact))));
        return jsonResponse(QJsonObject{{QStringLiteral("armed"), fault->toJson()},
                                        {QStringLiteral("faults"), m_faults.pending()}},
                            id);
    }
    if (path == "/emulator/turn") {
        const QString mode = body.value(u"unanswered").toString();
        if (mode != u"add" && mode != u"only" && mode != u"off")
            return error(400, QStringLiteral("unanswered must be add, only or off."));
        const QStringList uris = m_controlPlane.setUnansweredTurn(mode);
        logLine(QStringLiteral("admin /emulator/turn: unanswered TURN %1").arg(mode));
        return jsonResponse(QJsonObject{{QStringLiteral("unanswered"), mode},
                                        {QStringLiteral("uris"), QJsonArray::fromStringList(uris)}},
                            id);
    }
    QString arn = body.value(u"channelArn").toString();
    if (arn.isEmpty() && body.contains(u"channelName")) {
        for (const ChannelConfig &channel : std::as_const(m_config.channels)) {
            if (channel.name == body.value(u"channelName").toString())
                arn = channel.arn;
        }
    }
    if (arn.isEmpty())
        return error(400, QStringLiteral("channelArn is required."));
    if (!m_config.channelByArn(arn))
        return error(404, QStringLiteral("No channel %1 on this emulator.").arg(arn));
    const std::optional<QString> clientId = optionalString(body, u"clientId");
    int affected = 0;
    if (path == "/emulator/go-away") {
        std::optional<double> grace;
        if (body.contains(u"graceSeconds")) {
            const QJsonValue value = body.value(u"graceSeconds");
            if (!value.isDouble() || !(value.toDouble() >= 0.0) || value.toDouble() > kMaxGoAwayGraceSeconds)
                return error(400, QStringLiteral("graceSeconds must be a number from 0 to %1.")
                                      .arg(kMaxGoAwayGraceSeconds));
            grace = value.toDouble();
        }
        affected = m_hub.goAway(arn, clientId, grace);
    } else if (path == "/emulator/reconnect-ice-server") {
        affected = m_hub.reconnectIceServer(arn, clientId);
    } else if (path == "/emulator/drop") {
        affected = m_hub.dropConnections(arn, clientId);
    } else {
        const int code = body.value(u"code").toInt(1000);
        if (code != 1000 && code != 1001 && code != 1008 && code != 1011 && (code < 3000 || code > 4999))
            return error(400, QStringLiteral("code must be 1000, 1001, 1008, 1011 or from 3000 to 4999."));
        affected = m_hub.closeConnections(
            arn, clientId, code, body.value(u"reason").toString(QStringLiteral("Closed by the emulator")));
    }
    logLine(
        QStringLiteral("admin %1 on %2: %3 connection(s)").arg(QString::fromLatin1(path), arn).arg(affected));
    return jsonResponse(QJsonObject{{QStringLiteral("affected"), affected}}, id);
}

} // namespace kvs::emulator
