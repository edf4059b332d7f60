#pragma once

#include "core/common/result.h"
#include "core/settings/connectionform.h"
#include "core/settings/mediaoptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kvs {

/// How a setup names the viewer's ClientId.
enum class ClientIdPolicy
{
    Install, ///< each viewer uses its own install's id (the default: two people never share one)
    Fixed,   ///< exactly the id in the setup (to reproduce a customer's connection)
};

/// A shareable connection setup: the channel, region, endpoint, CA path, ClientId policy, endpoint switches,
/// retries, media options and where the credentials come from (environment, a profile's name, or "typed"
/// keys) — never a key, secret or token. Versioned JSON at the edge ("kvsViewerSetup": 1); typed values
/// inside. Used by File ▸ Save/Open setup, `kvs-viewer FILE` and the CLI's --setup.
struct ConnectionSetup
{
    static constexpr int kVersion = 1;
    /// The largest setup file read (a real one is under 1 KiB).
    static constexpr qsizetype kMaxBytes = 64 * 1024;

    QString channel; ///< name or ARN; may be empty
    QString region;
    QString endpointUrl;
    QString caFile;
    ClientIdPolicy clientIdPolicy = ClientIdPolicy::Install;
    QString clientId; ///< Fixed only
    CredentialMode credentialSource = CredentialMode::Environment;
    QString profile; ///< Profile only
    bool fips = false;
    bool dualStack = false;
    int maxRetries = kDefaultMaxRetries;
    MediaOptions media; ///< codec, ICE transport, STUN, TURN, receive audio (the rest is not saved)

    /// The setup of a form: every field but the keys, whatever the form holds.
    static ConnectionSetup fromForm(const ConnectionForm &form, const MediaOptions &media,
                                    ClientIdPolicy policy = ClientIdPolicy::Install);
    /// base with the setup's fields; base keeps its keys (typed keys stay in the form) and, with the Install
    /// policy, its ClientId.
    ConnectionForm applyTo(ConnectionForm base) const;
    /// base's media options with the setup's user-facing ones.
    MediaOptions applyTo(MediaOptions base) const;

    /// The file's content: indented JSON, keys in a stable order, no secret.
    QByteArray toJson() const;

    /// A parsed file and what in it was ignored.
    struct Parsed;
    /// Reads a setup. Unknown keys are ignored with a warning naming them. Errors (code InvalidSetup), each
    /// naming the key at fault: not JSON or not an object, too large, a missing or newer "kvsViewerSetup"
    /// version, a value of the wrong type or that validation refuses (region, ClientId, endpointUrl, …),
    /// and any key that would carry a secret (accessKeyId, secretAccessKey, sessionToken, …): setups never
    /// hold one.
    static Result<Parsed> fromJson(QByteArrayView json);
};

struct ConnectionSetup::Parsed
{
    ConnectionSetup setup;
    QStringList warnings;
};

/// "install" or "fixed".
QString clientIdPolicyName(ClientIdPolicy policy);

} // namespace kvs
