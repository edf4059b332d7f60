#include "../support/cannedhttpserver.h"
#include "core/signaling/handshakediagnostics.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QWebSocket>

using namespace kvs;
using kvs::test::CannedHttpServer;

Q_DECLARE_METATYPE(kvs::HandshakeRejectionKind)
Q_DECLARE_METATYPE(kvs::ErrorClass)

namespace {

const QByteArray kQuery =
    "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-ChannelARN=arn%3Aaws%3Akinesisvideo%3Aus-west-2%3A1%3Achannel%"
    "2Fd%2F1"
    "&X-Amz-ClientId=viewer-1&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240501%2Fus-west-2%2Fkinesisvideo%2F"
    "aws4_request&X-Amz-Date=20240501T120000Z&X-Amz-Expires=299&X-Amz-SignedHeaders=host"
    "&X-Amz-Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

QDateTime localTime()
{
    return QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
}

QByteArray rejection(int status, const QByteArray &reason, const QByteArray &type, const QByteArray &message)
{
    QList<QByteArray> headers = {"x-amzn-RequestId: 3c1e0e52-0000-4000-8000-00000000abcd",
                                 "Date: Wed, 01 May 2024 12:00:00 GMT", "Content-Type: application/json"};
    if (!type.isEmpty())
        headers.append("x-amzn-ErrorType: " + type);
    return CannedHttpServer::response(status, reason, headers, "{\"message\":\"" + message + "\"}");
}

} // namespace

/// Replaying a rejected WebSocket upgrade on a raw socket and classifying the service's answer.
class TestHandshakeDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void refusedStatusFromQtsErrorText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::newRow("403")
            << QStringLiteral(
                   "QWebSocketPrivate::processHandshake: Unhandled http status code: 403 (Forbidden).")
            << 403;
        QTest::newRow("500") << QStringLiteral("QWebSocketPrivate::processHandshake: Unhandled http status "
                                               "code: 500 (Internal Server Error).")
                             << 500;
        QTest::newRow("400") << QStringLiteral("QWebSocketPrivate::processHandshake: Unknown error condition "
                                               "encountered. Aborting connection.")
                             << 400;
        QTest::newRow("400 version") << QStringLiteral(
                                            "Handshake: Server requests a version that we don't support: 8.")
                                     << 400;
        QTest::newRow("tcp refusal") << QStringLiteral("Connection refused") << 0;
    }
    void refusedStatusFromQtsErrorText()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        QCOMPARE(HandshakeDiagnostics::refusedStatus(text), status);
    }

    void recognisesRejectedUpgrades_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("rejected");
        QTest::newRow("http rejection")
            << int(QAbstractSocket::ConnectionRefusedError) << int(QAbstractSocket::ConnectingState) << true;
        QTest::newRow("tcp refusal") << int(QAbstractSocket::ConnectionRefusedError)
                                     << int(QAbstractSocket::UnconnectedState) << false;
        QTest::newRow("host not found")
            << int(QAbstractSocket::HostNotFoundError) << int(QAbstractSocket::ConnectingState) << false;
        QTest::newRow("tls") << int(QAbstractSocket::SslHandshakeFailedError)
                             << int(QAbstractSocket::ConnectingState) << false;
    }
    void recognisesRejectedUpgrades()
    {
        QFETCH(int, error);
        QFETCH(int, state);
        QFETCH(bool, rejected);
        QCOMPARE(HandshakeDiagnostics::isRejectedUpgrade(static_cast<QAbstractSocket::SocketError>(error),
                                                         static_cast<QAbstractSocket::SocketState>(state)),
                 rejected);
    }

    void buildsTheSameUpgradeRequest()
    {
        const auto request = HandshakeDiagnostics::buildUpgradeRequest("wss://v-1234.kinesisvideo.us-west-2."
                                                                       "amazonaws.com" +
                                                                           kQuery,
                                                                       "a2V5");
        QVERIFY(request.ok());
        QVERIFY(request->startsWith(QByteArray(
            "GET /" + kQuery + " HTTP/1.1\r\nHost: v-1234.kinesisvideo.us-west-2.amazonaws.com\r\n")));
        QVERIFY(request->contains(
            "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: a2V5\r\n"));
        QVERIFY(request->endsWith("\r\n\r\n"));
        QVERIFY(HandshakeDiagnostics::buildUpgradeRequest("wss://h.example:8443/p" + kQuery, "k")
                    ->startsWith(QByteArray("GET /p" + kQuery + " HTTP/1.1\r\nHost: h.example:8443\r\n")));
        QCOMPARE(HandshakeDiagnostics::buildUpgradeRequest("ws://remote.example/" + kQuery, "k").error().code,
                 QStringLiteral("InvalidEndpoint"));
        QCOMPARE(HandshakeDiagnostics::buildUpgradeRequest("https://127.0.0.1/", "k").error().code,
                 QStringLiteral("InvalidEndpoint"));
        QCOMPARE(HandshakeDiagnostics::buildUpgradeRequest("ws://127.0.0.1/?a=b\r\nX: y", "k").error().code,
                 QStringLiteral("InvalidEndpoint"));
    }

    void parsesResponses_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<QString>("code"); // empty: parsed
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("head only") << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 4\r\n\r\n")
                                   << false << "" << false << QByteArray();
        QTest::newRow("full") << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 4\r\n\r\nbody")
                              << false << "" << true << QByteArray("body");
        QTest::newRow("extra bytes") << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 2\r\n\r\nbody")
                                     << false << "" << true << QByteArray("bo");
        QTest::newRow("no length, open")
            << QByteArray("HTTP/1.0 400 Bad\r\n\r\nxy") << false << "" << false << QByteArray("xy");
        QTest::newRow("no length, closed")
            << QByteArray("HTTP/1.0 400 Bad\r\n\r\nxy") << true << "" << true << QByteArray("xy");
        QTest::newRow("101") << QByteArray(
                                    "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n\x81\x05")
                             << false << "" << true << QByteArray();
        QTest::newRow("partial head")
            << QByteArray("HTTP/1.1 403 Forb") << false << "Incomplete" << false << QByteArray();
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << false << "InvalidResponse"
                                  << false << QByteArray();
        QTest::newRow("bad status") << QByteArray("HTTP/1.1 abc Nope\r\n\r\n") << false << "InvalidResponse"
                                    << false << QByteArray();
        QTest::newRow("status out of range")
            << QByteArray("HTTP/1.1 999 Nope\r\n\r\n") << false << "InvalidResponse" << false << QByteArray();
        QTest::newRow("negative length") << QByteArray("HTTP/1.1 403 F\r\nContent-Length: -5\r\n\r\nab")
                                         << true << "" << true << QByteArray("ab");
        QTest::newRow("chunked, complete")
            << QByteArray("HTTP/1.1 403 F\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n"
                          "a;ext=1\r\n:\"0123456\"\r\n1\r\n}\r\n0\r\n\r\n")
            << false << "" << true << QByteArray("{\"a\":\"0123456\"}");
        QTest::newRow("chunked, last chunk missing")
            << QByteArray("HTTP/1.1 403 F\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n") << false
            << "" << false << QByteArray("{\"a\"");
        QTest::newRow("chunked wins over a length")
            << QByteArray("HTTP/1.1 403 F\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "2\r\nok\r\n0\r\n\r\n")
            << false << "" << true << QByteArray("ok");
    }
    void parsesResponses()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, closed);
        QFETCH(QString, code);
        QFETCH(bool, complete);
        QFETCH(QByteArray, body);
        bool isComplete = true;
        const auto head = HttpResponseHead::parse(raw, closed, &isComplete);
        QCOMPARE(head.ok(), code.isEmpty());
        QCOMPARE(isComplete, complete);
        if (!head.ok()) {
            QCOMPARE(head.error().code, code);
            return;
        }
        QCOMPARE(head->body, body);
    }

    void classifiesCannedRejections_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<HandshakeRejectionKind>("kind");
        QTest::addColumn<ErrorClass>("errorClass");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("access denied")
            << rejection(
                   403, "Forbidden", "AccessDeniedException",
                   "User: arn:aws:iam::1:user/u is not authorized to perform: kinesisvideo:ConnectAsViewer")
            << HandshakeRejectionKind::AccessDenied << ErrorClass::AccessDenied << 403
            << "AccessDeniedException";
        QTest::newRow("signature expired") << rejection(403, "Forbidden", "AccessDeniedException",
                                                        "Signature expired: 20240501T120000Z is now earlier "
                                                        "than 20240501T120500Z (20240501T121000Z "
                                                        "- 5 min.)")
                                           << HandshakeRejectionKind::SignatureExpired
                                           << ErrorClass::AccessDenied << 403 << "AccessDeniedException";
        QTest::newRow("signature not yet current")
            << rejection(403, "Forbidden", "AccessDeniedException:http://internal.amazon.com/coral/",
                         "Signature not yet current: 20240501T120000Z is still later than 20240501T115500Z "
                         "(20240501T115000Z + 5 min.)")
            << HandshakeRejectionKind::SignatureNotYetCurrent << ErrorClass::AccessDenied << 403
            << "AccessDeniedException";
        QTest::newRow("not found") << rejection(404, "Not Found", "ResourceNotFoundException",
                                                "The requested channel is not found or not active.")
                                   << HandshakeRejectionKind::ResourceNotFound << ErrorClass::ResourceNotFound
                                   << 404 << "ResourceNotFoundException";
        QTest::newRow("throttled") << rejection(400, "Bad Request", "ClientLimitExceededException",
                                                "Rate exceeded")
                                   << HandshakeRejectionKind::ClientLimitExceeded
                                   << ErrorClass::ClientLimitExceeded << 400
                                   << "ClientLimitExceededException";
        QTest::newRow("invalid argument")
            << rejection(400, "Bad Request", "InvalidArgumentException", "ClientId is invalid")
            << HandshakeRejectionKind::InvalidArgument << ErrorClass::InvalidArgument << 400
            << "InvalidArgumentException";
        QTest::newRow("bare 400: cause unknown, never throttling")
            << CannedHttpServer::response(400, "Bad Request", {}, "") << HandshakeRejectionKind::Other
            << ErrorClass::UnknownCause << 400 << "HttpStatus400";
        QTest::newRow("chunked body is read")
            << QByteArray(
                   "HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                   "19\r\n{\"__type\":\"ClientLimitExc\r\n"
                   "1e\r\neededException\",\"message\":\"x\"}\r\n0\r\n\r\n")
            << HandshakeRejectionKind::ClientLimitExceeded << ErrorClass::ClientLimitExceeded << 400
            << "ClientLimitExceededException";
        QTest::newRow("500") << rejection(500, "Internal Server Error", "InternalFailure", "oops")
                             << HandshakeRejectionKind::ServerError << ErrorClass::ServerError << 500
                             << "InternalFailure";
        QTest::newRow("plain text 403")
            << CannedHttpServer::response(403, "Forbidden", {}, "Forbidden by policy")
            << HandshakeRejectionKind::AccessDenied << ErrorClass::AccessDenied << 403 << "AccessDenied";
        // The replay's key is 16 bytes of 0x40 (random() is 0.25): its Sec-WebSocket-Accept is this.
        QTest::newRow("accepted on replay")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Accept: IDvwbDqIYTnOw6jqHLby3AeDqdM=\r\n\r\n")
            << HandshakeRejectionKind::Accepted << ErrorClass::Other << 101 << "Accepted";
        // Before, any 101 was "a transient refusal"; a wrong accept means no WebSocket server answers.
        QTest::newRow("101 with a wrong accept")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Accept: x\r\n\r\n")
            << HandshakeRejectionKind::ProtocolError << ErrorClass::Other << 101 << "ProtocolError";
        QTest::newRow("101 without an accept")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n")
            << HandshakeRejectionKind::ProtocolError << ErrorClass::Other << 101 << "ProtocolError";
        QTest::newRow("garbage") << QByteArray("garbage garbage\r\n\r\n") << HandshakeRejectionKind::NoAnswer
                                 << ErrorClass::Network << 0 << "HandshakeFailed";
        QTest::newRow("closed without answer") << QByteArray("\r\n") << HandshakeRejectionKind::NoAnswer
                                               << ErrorClass::Network << 0 << "HandshakeFailed";
    }
    void classifiesCannedRejections()
    {
        QFETCH(QByteArray, response);
        QFETCH(HandshakeRejectionKind, kind);
        QFETCH(ErrorClass, errorClass);
        QFETCH(int, status);
        QFETCH(QString, code);
        CannedHttpServer server;
        server.responses = {response};
        const quint16 port = server.listen();
        FixedClock clock(localTime());
        HandshakeDiagnostics diagnostics(clock, {}, 5000, [] { return 0.25; });
        QSignalSpy finished(&diagnostics, &HandshakeDiagnostics::finished);
        const QByteArray url = "ws://127.0.0.1:" + QByteArray::number(port) + "/" + kQuery;
        diagnostics.replay(url);
        QVERIFY(diagnostics.isRunning());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!diagnostics.isRunning());
        const HandshakeRejection &result = diagnostics.result();
        QCOMPARE(handshakeRejectionKindName(result.kind), handshakeRejectionKindName(kind));
        QCOMPARE(result.errorClass, errorClass);
        QCOMPARE(result.status, status);
        QCOMPARE(result.toError().code, code);
        QVERIFY(!result.toError().message.contains(u"0123456789abcdef")); // never the signature
        if (kind != HandshakeRejectionKind::Accepted)
            QVERIFY(!result.hint().isEmpty());
        if (status == 403 && response.contains("x-amzn-RequestId"))
            QCOMPARE(result.requestId, QStringLiteral("3c1e0e52-0000-4000-8000-00000000abcd"));

        // The replay sent exactly the presigned request, once.
        if (kind != HandshakeRejectionKind::NoAnswer || !server.requests.isEmpty()) {
            QCOMPARE(server.requests.size(), 1);
            QCOMPARE(server.requests[0].method, QByteArray("GET"));
            QCOMPARE(server.requests[0].target, "/" + kQuery);
            QCOMPARE(server.requests[0].header("host"), "127.0.0.1:" + QByteArray::number(port));
            QCOMPARE(server.requests[0].header("upgrade"), QByteArray("websocket"));
            QCOMPARE(server.requests[0].header("sec-websocket-version"), QByteArray("13"));
            QCOMPARE(QByteArray::fromBase64(server.requests[0].header("sec-websocket-key")),
                     QByteArray(16, '@'));
        }
    }

    void skewComesOutOfTheMessage()
    {
        HttpResponseHead head;
        head.status = 403;
        head.headers = {{"x-amzn-errortype", "AccessDeniedException"}};
        head.body = "{\"message\":\"Signature expired: 20240501T120000Z is now earlier than 20240501T120500Z "
                    "(20240501T121000Z - 5 min.)\"}";
        const HandshakeRejection rejection = HandshakeRejection::classify(head);
        QVERIFY(rejection.signatureTime);
        ClockSkewEstimator skew;
        QVERIFY(skew.addServerTime(rejection.signatureTime->serverTime, localTime()));
        QVERIFY(qAbs(skew.correctionMs() - 600000) <= 1000);
    }

    void timesOutAndFailsWithoutAServer()
    {
        CannedHttpServer silent;
        silent.responses = {QByteArray()};
        const quint16 port = silent.listen();
        FixedClock clock(localTime());
        HandshakeDiagnostics diagnostics(clock, {}, 200, [] { return 0.5; });
        QSignalSpy finished(&diagnostics, &HandshakeDiagnostics::finished);
        diagnostics.replay("ws://127.0.0.1:" + QByteArray::number(port) + "/" + kQuery);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(diagnostics.result().kind, HandshakeRejectionKind::NoAnswer);
        QCOMPARE(diagnostics.result().errorClass, ErrorClass::Network);
        QVERIFY(diagnostics.result().failure.contains(u"no answer"));

        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        diagnostics.replay("ws://127.0.0.1:" + QByteArray::number(closedPort) + "/" + kQuery);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(diagnostics.result().kind, HandshakeRejectionKind::NoAnswer);

        diagnostics.replay("ws://remote.example/" + kQuery);
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(diagnostics.result().toError().code, QStringLiteral("HandshakeFailed"));

        // Abort stops a replay without a signal.
        diagnostics.replay("ws://127.0.0.1:" + QByteArray::number(port) + "/" + kQuery);
        diagnostics.abort();
        QTest::qWait(50);
        QCOMPARE(finished.size(), 3);
    }

    void qtWebSocketRejectionThenReplay()
    {
        // The whole path as the controller will run it: QWebSocket is refused, then the replay explains why.
        CannedHttpServer server;
        server.responses = {rejection(404, "Not Found", "ResourceNotFoundException",
                                      "The requested channel is "
                                      "not found or not active.")};
        const quint16 port = server.listen();
        const QByteArray url = "ws://127.0.0.1:" + QByteArray::number(port) + "/" + kQuery;
        QWebSocket socket;
        bool rejected = false;
        int errors = 0;
        connect(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
                [&](QAbstractSocket::SocketError error) {
                    if (++errors > 1)
                        return; // Qt may report twice; handle once
                    rejected = HandshakeDiagnostics::isRejectedUpgrade(error, socket.state());
                    socket.abort();
                });
        socket.open(QUrl::fromEncoded(url, QUrl::StrictMode));
        QTRY_VERIFY(errors > 0);
        QVERIFY(rejected);
        QCOMPARE(server.requests.size(), 1);

        FixedClock clock(localTime());
        HandshakeDiagnostics diagnostics(clock, {}, 5000, [] { return 0.1; });
        QSignalSpy finished(&diagnostics, &HandshakeDiagnostics::finished);
        diagnostics.replay(url);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(diagnostics.result().kind, HandshakeRejectionKind::ResourceNotFound);
        QCOMPARE(server.requests.size(), 2);
        // Byte for byte the same target as QWebSocket sent.
        QCOMPARE(server.requests[1].target, server.requests[0].target);
        QCOMPARE(server.requests[1].header("host"), server.requests[0].header("host"));
    }
};

QTEST_GUILESS_MAIN(TestHandshakeDiagnostics)
#include "tst_handshakediagnostics.moc"
