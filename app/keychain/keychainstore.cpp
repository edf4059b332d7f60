#include "keychain/keychainstore.h"

#include "core/common/redaction.h"
#include "core/common/validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <qt6keychain/keychain.h>

#ifdef KVS_KEYCHAIN_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::KeychainStore)
};

#ifdef KVS_KEYCHAIN_DBUS
/// True when a session bus is reachable and a keychain service (Secret Service or KWallet) is running on it
/// or can be started by it.
bool keychainServiceOnSessionBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QStringList names{QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd5"),
                            QStringLiteral("org.kde.kwalletd6")};
    const QStringList activatable = bus.interface()->activatableServiceNames();
    for (const QString &name : names) {
        if (bus.interface()->isServiceRegistered(name) || activatable.contains(name))
            return true;
    }
    return false;
}
#endif

/// True when the job failed because there is no keychain to talk to (no backend, no D-Bus session bus, no
/// Secret Service on it). QtKeychain reports the last two as OtherError, so the bus is asked.
bool isNoBackend(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoBackendAvailable || job->error() == QKeychain::NotImplemented)
        return true;
    if (job->error() != QKeychain::OtherError)
        return false;
#ifdef KVS_KEYCHAIN_DBUS
    return !keychainServiceOnSessionBus();
#else
    return false;
#endif
}

Error jobError(const QKeychain::Job *job, const QString &name)
{
    if (isNoBackend(job))
        return Error{QStringLiteral("NoKeychain"), KeychainStore::noKeychainMessage()};
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return Error{QStringLiteral("NotFound"),
                     Text::tr("no credentials named \"%1\" are saved in the keychain.").arg(name)};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{QStringLiteral("KeychainAccessDenied"),
                     Text::tr("the keychain refused access (is it locked?); unlock it and try again.")};
    default:
        return Error{
            QStringLiteral("KeychainError"),
            redact(
                Text::tr("the keychain failed with error %1: %2").arg(job->error()).arg(job->errorString()))};
    }
}

} // namespace

KeychainStore::KeychainStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString KeychainStore::noKeychainMessage()
{
    return Text::tr("no keychain available: credentials are kept for this session only");
}

void KeychainStore::save(const QString &name, const AwsCredentials &credentials, DoneCallback done)
{
    const QJsonObject entry{{QStringLiteral("accessKeyId"), credentials.accessKeyId},
                            {QStringLiteral("secretAccessKey"), credentials.secretAccessKey},
                            {QStringLiteral("sessionToken"), credentials.sessionToken}};
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(name);
    job->setBinaryData(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    connect(job, &QKeychain::Job::finished, this, [done, name](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError)
            done(std::nullopt);
        else
            done(jobError(finished, name));
    });
    job->start();
}

void KeychainStore::load(const QString &name, LoadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [done, name](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            done(jobError(finished, name));
            return;
        }
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const QJsonObject entry = QJsonDocument::fromJson(read->binaryData()).object();
        AwsCredentials credentials;
        credentials.accessKeyId = entry.value(u"accessKeyId").toString();
        credentials.secretAccessKey = entry.value(u"secretAccessKey").toString();
        credentials.sessionToken = entry.value(u"sessionToken").toString();
        registerCredentialSecrets(credentials);
        if (!validateAccessKeyId(credentials.accessKeyId).ok() ||
            !validateSecretAccessKey(credentials.secretAccessKey).ok() ||
            !validateSessionToken(credentials.sessionToken).ok()) {
            done(
                Error{QStringLiteral("InvalidKeychainEntry"),
                      Text::tr("the keychain entry \"%1\" does not hold valid credentials; enter them again.")
                          .arg(name)});
            return;
        }
        done(credentials);
    });
    job->start();
}

void KeychainStore::remove(const QString &name, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [done, name](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound)
            done(std::nullopt);
        else
            done(jobError(finished, name));
    });
    job->start();
}

} // namespace kvs
