#pragma once

#include "core/aws/awscredentials.h"
#include "core/aws/clockskewestimator.h"
#include "core/aws/sigv4.h"
#include "core/aws/tlsoptions.h"
#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/common/retrypolicy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <optional>

class QTimer;

namespace kvs {

class SingleHttpRequest;

/// DescribeSignalingChannel's ChannelInfo.
struct ChannelInfo
{
    QString name;
    QString arn;
    QString type;   ///< SINGLE_MASTER
    QString status; ///< ACTIVE, CREATING, UPDATING, DELETING
    QString creationTime;
    int messageTtlSeconds = 0;
    QString version;

    /// Errors: InvalidResponse (not JSON, or no ChannelInfo.ChannelARN).
    static Result<ChannelInfo> fromJson(QByteArrayView body);
};

/// One page of ListSignalingChannels: the channels (each validated as ChannelInfo is) and the token of the
/// next page.
struct ChannelPage
{
    QList<ChannelInfo> channels;
    QString nextToken; ///< empty: the last page

    /// Errors: InvalidResponse (not JSON, no ChannelInfoList array, or an entry without a valid ChannelARN).
    static Result<ChannelPage> fromJson(QByteArrayView body);
};

/// GetSignalingChannelEndpoint's answer for role VIEWER.
struct SignalingEndpoints
{
    QString wss;   ///< wss://v-…; validated (ws:// only to loopback)
    QString https; ///< https://r-…; validated (http:// only to loopback)

    /// Errors: InvalidResponse (not JSON, a protocol missing, or an endpoint that fails validateEndpointUrl).
    static Result<SignalingEndpoints> fromJson(QByteArrayView body);
};

/// One TURN server from GetIceServerConfig. Username and password are secrets: parsing registers them with
/// registerSecret() so no log can show them.
struct IceServer
{
    QStringList uris;
    QString username;
    QString password;
    int ttlSeconds = 0;
};

/// GetIceServerConfig's answer, plus the STUN server the service does not list.
struct IceServerConfig
{
    QList<IceServer> servers;
    QString stunUri; ///< stun:stun.kinesisvideo.REGION.amazonaws.com:443 (…amazonaws.com.cn in China)

    /// Errors: InvalidResponse.
    static Result<IceServerConfig> fromJson(QByteArrayView body, const QString &region);
};

/// What one HTTPS call did, for the "http" event: never contains a secret.
struct HttpExchange
{
    QString operation; ///< DescribeSignalingChannel, GetSignalingChannelEndpoint, GetIceServerConfig
    QString url;       ///< endpoint + path (no query, no credentials)
    int status = 0;    ///< 0 when no HTTP response arrived
    QString errorType; ///< x-amzn-ErrorType up to the first ':'
    QString requestId; ///< x-amzn-RequestId
    QString message;   ///< the body's message/Message, redacted
    std::optional<QDateTime> serverDate; ///< the Date header
    QDateTime receivedAt;                ///< the local (uncorrected) clock when the answer arrived
    qint64 elapsedMs = 0;
};

/// A request ready to send: what the signer signed, exactly as it goes on the wire.
struct SignedHttpRequest
{
    QUrl url;
    QByteArray body;
    sigv4::ByteParams headers; ///< every header to send, Authorization included
    QByteArray signedHeaders;  ///< "content-type;host;x-amz-content-sha256;x-amz-date[;x-amz-security-token]"
};

/// One control-plane call in flight; owned by the ControlPlaneClient until the caller deletes it
/// (deleteLater() after finished()).
class ControlPlaneReply final : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    const HttpExchange &exchange() const { return m_exchange; }
    /// nullopt on HTTP 200; otherwise the failure: code = the AWS error type (or NetworkError, TlsError,
    /// Timeout, Aborted, ResponseTooLarge, HttpStatus<N>), message redacted.
    const std::optional<Error> &error() const { return m_error; }
    /// How the retry policy should see the failure (meaningless on success).
    ErrorClass errorClass() const { return m_errorClass; }
    /// True when this answer moved the clock-skew correction (Date header or signature-time message).
    bool skewChanged() const { return m_skewChanged; }
    /// The signature-time error in the answer, if it was one.
    const std::optional<SignatureTimeError> &signatureTimeError() const { return m_signatureTime; }
    const QByteArray &body() const { return m_body; }

    Result<ChannelInfo> channelInfo() const;
    Result<ChannelPage> channelPage() const;
    Result<SignalingEndpoints> signalingEndpoints() const;
    Result<IceServerConfig> iceServerConfig(const QString &region) const;

    /// Cancels the call; finished() follows with error Aborted (unless it already finished).
    void abort();

signals:
    /// Emitted once when the call ends: answered (any status), failed, timed out or aborted.
    void finished();

private:
    friend class ControlPlaneClient;
    explicit ControlPlaneReply(QObject *parent);
    void finish();

    QPointer<SingleHttpRequest> m_http;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_elapsed;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_aborted = false;
    HttpExchange m_exchange;
    std::optional<Error> m_error;
    ErrorClass m_errorClass = ErrorClass::Other;
    bool m_skewChanged = false;
    std::optional<SignatureTimeError> m_signatureTime;
    QByteArray m_body;
};

/// The KVS control plane for a viewer: DescribeSignalingChannel, GetSignalingChannelEndpoint (VIEWER;
/// WSS and HTTPS) and GetIceServerConfig, as header-signed SigV4 JSON POSTs, each sent exactly once on a
/// connection of its own (SingleHttpRequest: no silent re-send, no cached connection with an old TLS
/// configuration). Signs with the local clock plus the skew estimator's correction and feeds the estimator
/// with every answer's Date header and signature-time message. Extra CAs apply to every request; peer
/// verification stays on.
class ControlPlaneClient final : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString endpoint; ///< from ControlPlaneEndpoint::resolve
        QString region;
        TlsOptions tls;
        int timeoutMs = 10000;
        QByteArray userAgent = "kvs-signaling-viewer";
        QProcessEnvironment environment{}; ///< https_proxy / no_proxy (chooseProxy) for every request
    };

    /// clock and skew (may be null: no correction, no measuring) must outlive the client.
    ControlPlaneClient(const Clock &clock, ClockSkewEstimator *skew, Settings settings,
                       QObject *parent = nullptr);

    /// By name when channelArn is empty, else by ARN.
    ControlPlaneReply *describeSignalingChannel(const AwsCredentials &credentials, const QString &channelName,
                                                const QString &channelArn);
    ControlPlaneReply *getSignalingChannelEndpoint(const AwsCredentials &credentials,
                                                   const QString &channelArn);
    /// One page of the account's signaling channels in the client's region (nextToken empty: the first).
    ControlPlaneReply *listSignalingChannels(const AwsCredentials &credentials, const QString &nextToken,
                                             int maxResults = 100);
    /// Sent to the HTTPS resource endpoint from GetSignalingChannelEndpoint.
    ControlPlaneReply *getIceServerConfig(const AwsCredentials &credentials, const QString &httpsEndpoint,
                                          const QString &channelArn, const QString &clientId);

    /// Builds and signs a POST of a JSON body to endpoint + path: headers content-type, host, x-amz-date,
    /// x-amz-content-sha256, user-agent and, with a session token, x-amz-security-token; all but user-agent
    /// signed. Errors: InvalidEndpoint, and the signer's (InvalidCredentials, InvalidSigningTime).
    static Result<SignedHttpRequest> buildRequest(const QString &endpoint, const QByteArray &path,
                                                  const QByteArray &body, const AwsCredentials &credentials,
                                                  const QString &region, const QDateTime &time,
                                                  const QByteArray &userAgent);

private:
    ControlPlaneReply *send(const QString &operation, const QString &endpoint, const QByteArray &path,
                            const QByteArray &body, const AwsCredentials &credentials);
    void complete(ControlPlaneReply *reply);

    const Clock &m_clock;
    ClockSkewEstimator *m_skew;
    Settings m_settings;
};

} // namespace kvs
