#include "desktop/manualkeysvault.h"

#include "core/common/redaction.h"
#include "keychain/keychainstore.h"

#include <QPointer>

namespace kvs {
namespace {

QString sessionOnlyNote()
{
    return ManualKeysVault::tr("No system keychain is available: the keys are kept for this session only.");
}

bool isNoKeychain(const Error &error)
{
    return error.code == QLatin1String("NoKeychain");
}

} // namespace

ManualKeysVault::ManualKeysVault(KeychainStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

QString ManualKeysVault::entryName()
{
    return QStringLiteral("manual");
}

void ManualKeysVault::load()
{
    QPointer<ManualKeysVault> self(this);
    m_store.load(entryName(), [self](const Result<AwsCredentials> &answer) {
        if (!self)
            return;
        if (answer) {
            self->setNote(tr("The keys were loaded from the system keychain."), false);
            emit self->loaded(answer.value());
        } else if (isNoKeychain(answer.error())) {
            self->setNote(sessionOnlyNote(), true);
        } else if (answer.error().code != QLatin1String("NotFound")) {
            self->setNote(tr("The keychain could not be read: %1").arg(redact(answer.error().message)),
                          false);
        }
        emit self->finished();
    });
}

void ManualKeysVault::remember(const AwsCredentials &credentials)
{
    registerCredentialSecrets(credentials);
    QPointer<ManualKeysVault> self(this);
    m_store.save(entryName(), credentials, [self](const std::optional<Error> &error) {
        if (!self)
            return;
        if (!error)
            self->setNote(tr("The keys are remembered in the system keychain."), false);
        else if (isNoKeychain(*error))
            self->setNote(sessionOnlyNote(), true);
        else
            self->setNote(saveFailedNote(error->message), false);
        emit self->finished();
    });
}

QString ManualKeysVault::saveFailedNote(const QString &reason)
{
    return tr("The keys are kept for this session only; saving them in the keychain failed: %1")
        .arg(redact(reason));
}

void ManualKeysVault::forget()
{
    QPointer<ManualKeysVault> self(this);
    m_store.remove(entryName(), [self](const std::optional<Error> &error) {
        if (!self)
            return;
        if (!error)
            self->setNote(tr("The keys are no longer remembered in the system keychain."), false);
        else if (isNoKeychain(*error))
            self->setNote(sessionOnlyNote(), true);
        else
            self->setNote(
                tr("The keys could not be removed from the keychain: %1").arg(redact(error->message)), false);
        emit self->finished();
    });
}

void ManualKeysVault::setNote(const QString &note, bool keychainMissing)
{
    m_keychainMissing = keychainMissing;
    if (note == m_note)
        return;
    m_note = note;
    emit noteChanged(note);
}

} // namespace kvs
