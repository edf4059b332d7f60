#include "core/common/redaction.h"
#include "keychain/keychainstore.h"

#include <QTest>

#include <optional>

using namespace kvs;

namespace {

/// Which keychain the test runs against: "roundtrip" (a private D-Bus session with an unlocked
/// gnome-keyring-daemon, see tests/keychain/CMakeLists.txt) or "none" (no session bus at all).
QByteArray mode()
{
    return qgetenv("KVS_KEYCHAIN_MODE");
}

std::optional<Error> wait(KeychainStore &store,
                          void (KeychainStore::*call)(const QString &, KeychainStore::DoneCallback),
                          const QString &name)
{
    std::optional<std::optional<Error>> result;
    (store.*call)(name, [&](const std::optional<Error> &error) { result = error; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error{QStringLiteral("TestTimeout"), QStringLiteral("no answer")};
    return *result;
}

Result<AwsCredentials> load(KeychainStore &store, const QString &name)
{
    std::optional<Result<AwsCredentials>> result;
    store.load(name, [&](const Result<AwsCredentials> &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error{QStringLiteral("TestTimeout"), QStringLiteral("no answer")};
    return *result;
}

std::optional<Error> save(KeychainStore &store, const QString &name, const AwsCredentials &credentials)
{
    std::optional<std::optional<Error>> result;
    store.save(name, credentials, [&](const std::optional<Error> &error) { result = error; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error{QStringLiteral("TestTimeout"), QStringLiteral("no answer")};
    return *result;
}

} // namespace

/// The keychain store: a real round trip through the Secret Service, and the error without any keychain.
class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        if (mode() != "roundtrip")
            QSKIP("runs under dbus-run-session with gnome-keyring-daemon (ctest: tst_keychain_roundtrip)");
        KeychainStore store(QStringLiteral("kvs-signaling-viewer-test"));
        const AwsCredentials credentials{QStringLiteral("AKIAKEYCHAINTEST0001"),
                                         QStringLiteral("KeychainSecret/Value+1"),
                                         QStringLiteral("KeychainToken==")};
        auto error = save(store, QStringLiteral("manual"), credentials);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");

        const auto loaded = load(store, QStringLiteral("manual"));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded->accessKeyId, credentials.accessKeyId);
        QCOMPARE(loaded->secretAccessKey, credentials.secretAccessKey);
        QCOMPARE(loaded->sessionToken, credentials.sessionToken);
        // Loaded secrets are redacted from then on.
        QVERIFY(!redact(credentials.secretAccessKey).contains(credentials.secretAccessKey));

        // Saving again replaces.
        const AwsCredentials other{QStringLiteral("AKIAKEYCHAINTEST0002"), QStringLiteral("Other/Secret"),
                                   QString()};
        QVERIFY(!save(store, QStringLiteral("manual"), other));
        QCOMPARE(load(store, QStringLiteral("manual"))->accessKeyId, other.accessKeyId);
        QVERIFY(load(store, QStringLiteral("manual"))->sessionToken.isEmpty());

        error = wait(store, &KeychainStore::remove, QStringLiteral("manual"));
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        const auto gone = load(store, QStringLiteral("manual"));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, QStringLiteral("NotFound"));
        // Deleting what is not there is fine.
        QVERIFY(!wait(store, &KeychainStore::remove, QStringLiteral("manual")));
    }

    void noKeychain()
    {
        if (mode() != "none")
            QSKIP("runs without a D-Bus session bus (ctest: tst_keychain_nobackend)");
        KeychainStore store(QStringLiteral("kvs-signaling-viewer-test"));
        const auto error =
            save(store, QStringLiteral("manual"),
                 {QStringLiteral("AKIAKEYCHAINTEST0001"), QStringLiteral("NoBackendSecret"), {}});
        QVERIFY(error);
        QVERIFY2(error->code == u"NoKeychain", qPrintable(error->message));
        QCOMPARE(error->message,
                 QStringLiteral("no keychain available: credentials are kept for this session only"));
        QVERIFY(!error->message.contains(u"NoBackendSecret"));
        const auto loaded = load(store, QStringLiteral("manual"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, QStringLiteral("NoKeychain"));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
