#pragma once

#include "core/aws/awscredentials.h"

#include <QObject>
#include <QString>

namespace kvs {

class KeychainStore;

/// Keeps the keys typed into the form in the OS keychain — only when the user asks ("Remember in the
/// system keychain") and never anywhere else (no QSettings, no file). One fixed entry per install
/// (entryName()): the app remembers one set of manual keys, the one last connected with.
///
/// Every call is asynchronous (the keychain may prompt or be slow); results arrive as signals on the
/// caller's thread and the UI thread never blocks. Without a keychain backend nothing is stored and
/// noteChanged() says that the keys are kept for this session only.
class ManualKeysVault final : public QObject
{
    Q_OBJECT

public:
    /// store must outlive the vault.
    explicit ManualKeysVault(KeychainStore &store, QObject *parent = nullptr);

    /// The keychain entry that holds the remembered keys.
    static QString entryName();
    /// The note when saving failed for reason (the keychain's words, which may carry parentheses of their
    /// own): one sentence that ends with the reason, in no parentheses.
    static QString saveFailedNote(const QString &reason);

    /// Looks for remembered keys: loaded() when there are some; nothing when there are none; noteChanged()
    /// when the keychain cannot be used.
    void load();
    /// Stores credentials (replacing what was remembered); noteChanged() tells the outcome.
    void remember(const AwsCredentials &credentials);
    /// Deletes the remembered keys (none remembered is fine); noteChanged() tells the outcome.
    void forget();

    /// The latest note for people about where the keys are kept (empty before the first answer).
    QString note() const { return m_note; }
    /// Whether the latest answer said there is no keychain backend at all.
    bool keychainMissing() const { return m_keychainMissing; }

signals:
    /// Remembered keys were found (their secrets are registered for redaction).
    void loaded(const kvs::AwsCredentials &credentials);
    /// One line for the form: where the manual keys are kept now, or why the keychain could not be used.
    void noteChanged(const QString &note);
    /// Emitted when a load, remember or forget has been answered (tests, and whoever waits for it).
    void finished();

private:
    void setNote(const QString &note, bool keychainMissing);

    KeychainStore &m_store;
    QString m_note;
    bool m_keychainMissing = false;
};

} // namespace kvs
