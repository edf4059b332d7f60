#pragma once

#include "core/aws/awscredentials.h"
#include "core/common/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace kvs {

/// Keeps manually entered credentials in the OS keychain (Secret Service, macOS Keychain, Windows
/// Credential Manager) through QtKeychain — only when the user asks for it. There is no fallback: without a
/// keychain the credentials live for this session only and the caller is told so (code NoKeychain).
/// Nothing is ever written to a file or QSettings.
class KeychainStore final : public QObject
{
    Q_OBJECT

public:
    /// service names the app's entries in the keychain.
    explicit KeychainStore(QString service = QStringLiteral("kvs-signaling-viewer"),
                           QObject *parent = nullptr);

    using DoneCallback = std::function<void(const std::optional<Error> &)>;
    using LoadCallback = std::function<void(const Result<AwsCredentials> &)>;

    /// Saves credentials under name (e.g. "manual"). done gets nullopt on success.
    void save(const QString &name, const AwsCredentials &credentials, DoneCallback done);
    /// Loads the credentials saved under name; their secrets are registered for redaction.
    /// Errors: NotFound, NoKeychain, KeychainAccessDenied, KeychainError, InvalidKeychainEntry.
    void load(const QString &name, LoadCallback done);
    /// Deletes the entry (deleting one that does not exist succeeds).
    void remove(const QString &name, DoneCallback done);

    /// The message for a missing keychain, for callers that need it up front.
    static QString noKeychainMessage();

private:
    QString m_service;
};

} // namespace kvs
