#include "core/signaling/connectionstate.h"

#include <QSet>
#include <QTest>

#include <map>

using namespace kvs;

Q_DECLARE_METATYPE(kvs::ConnectionState)
Q_DECLARE_METATYPE(kvs::ConnectionEvent)

namespace {

using S = ConnectionState;
using E = ConnectionEvent;

const QList<S> kActive = {
    S::ResolvingCredentials, S::DescribingChannel, S::GettingEndpoint, S::GettingIceConfig, S::Signing,
    S::Connecting,           S::Connected,         S::Reconnecting,    S::BackingOff};
const QList<S> kSteps = {S::ResolvingCredentials, S::DescribingChannel, S::GettingEndpoint,
                         S::GettingIceConfig,     S::Signing,           S::Connecting};

/// Every valid transition, written out by hand from the design; everything else must be rejected.
std::map<std::pair<S, E>, S> validTransitions()
{
    std::map<std::pair<S, E>, S> t;
    for (S s : {S::Idle, S::Closed, S::Failed, S::Replaced}) {
        t[{s, E::Start}] = S::ResolvingCredentials;
        t[{s, E::StartWithPresignedUrl}] = S::Signing;
    }
    t[{S::ResolvingCredentials, E::CredentialsResolved}] = S::DescribingChannel;
    t[{S::ResolvingCredentials, E::CredentialsResolvedWithArn}] = S::GettingEndpoint;
    t[{S::DescribingChannel, E::ChannelDescribed}] = S::GettingEndpoint;
    t[{S::GettingEndpoint, E::EndpointResolved}] = S::GettingIceConfig;
    t[{S::GettingIceConfig, E::IceConfigReceived}] = S::Signing;
    t[{S::Connected, E::IceConfigReceived}] = S::Connected;
    t[{S::Signing, E::UrlSigned}] = S::Connecting;
    t[{S::Connecting, E::SocketOpened}] = S::Connected;
    t[{S::Connected, E::GoAwayReceived}] = S::Reconnecting;
    t[{S::Connected, E::LinkLost}] = S::BackingOff;
    t[{S::Reconnecting, E::LinkLost}] = S::BackingOff;
    for (S s : kSteps)
        t[{s, E::RetryableFailure}] = S::BackingOff;
    t[{S::Connected, E::RetryableFailure}] = S::BackingOff;
    t[{S::Reconnecting, E::RetryableFailure}] = S::BackingOff;
    for (S s : kActive) {
        t[{s, E::TerminalFailure}] = S::Failed;
        t[{s, E::TakeoverDetected}] = S::Replaced;
        t[{s, E::Stop}] = S::Closed;
    }
    t[{S::Connected, E::Stop}] = S::Closing;
    t[{S::Reconnecting, E::Stop}] = S::Closing;
    t[{S::BackingOff, E::RetryFired}] = S::ResolvingCredentials;
    t[{S::Reconnecting, E::RetryFired}] = S::ResolvingCredentials;
    t[{S::BackingOff, E::RetryFiredWithPresignedUrl}] = S::Signing;
    t[{S::Reconnecting, E::RetryFiredWithPresignedUrl}] = S::Signing;
    t[{S::Closing, E::SocketClosed}] = S::Closed;
    return t;
}

} // namespace

/// The connection state machine: every state × every event, valid or rejected.
class TestConnectionState : public QObject
{
    Q_OBJECT

private slots:
    void everyStateTimesEveryEvent_data()
    {
        QTest::addColumn<ConnectionState>("state");
        QTest::addColumn<ConnectionEvent>("event");
        QTest::addColumn<int>("expected"); // -1: rejected
        const auto valid = validTransitions();
        for (int s = 0; s < kConnectionStateCount; ++s) {
            for (int e = 0; e < kConnectionEventCount; ++e) {
                const auto state = static_cast<S>(s);
                const auto event = static_cast<E>(e);
                const auto it = valid.find({state, event});
                const int expected = it == valid.end() ? -1 : static_cast<int>(it->second);
                QTest::addRow("%s + %s", qPrintable(connectionStateName(state)),
                              qPrintable(connectionEventName(event)))
                    << state << event << expected;
            }
        }
    }
    void everyStateTimesEveryEvent()
    {
        QFETCH(ConnectionState, state);
        QFETCH(ConnectionEvent, event);
        QFETCH(int, expected);
        const auto next = nextState(state, event);
        if (expected < 0) {
            QVERIFY2(!next, qPrintable(u"accepted, giving " % connectionStateName(next.value_or(S::Idle))));
        } else {
            QVERIFY(next.has_value());
            QCOMPARE(connectionStateName(*next), connectionStateName(static_cast<S>(expected)));
        }
    }

    void namesAreUniqueAndStable()
    {
        QSet<QString> states;
        for (int s = 0; s < kConnectionStateCount; ++s)
            states.insert(connectionStateName(static_cast<S>(s)));
        QCOMPARE(states.size(), kConnectionStateCount);
        QVERIFY(!states.contains(QStringLiteral("Unknown")));
        QSet<QString> events;
        for (int e = 0; e < kConnectionEventCount; ++e)
            events.insert(connectionEventName(static_cast<E>(e)));
        QCOMPARE(events.size(), kConnectionEventCount);
        QVERIFY(!events.contains(QStringLiteral("Unknown")));
        QCOMPARE(connectionStateName(S::GettingEndpoint), QStringLiteral("GettingEndpoint"));
    }

    void terminalStatesOnlyRestart()
    {
        for (int s = 0; s < kConnectionStateCount; ++s) {
            const auto state = static_cast<S>(s);
            QCOMPARE(isTerminal(state), state == S::Closed || state == S::Failed || state == S::Replaced);
            QCOMPARE(isActive(state), kActive.contains(state));
            if (!isTerminal(state))
                continue;
            for (int e = 0; e < kConnectionEventCount; ++e) {
                const auto event = static_cast<E>(e);
                QCOMPARE(nextState(state, event).has_value(),
                         event == E::Start || event == E::StartWithPresignedUrl);
            }
        }
    }

    void scenarios_data()
    {
        QTest::addColumn<QList<ConnectionEvent>>("events");
        QTest::addColumn<QList<ConnectionState>>("states");
        QTest::newRow("by name, happy path") << QList<E>{E::Start,
                                                         E::CredentialsResolved,
                                                         E::ChannelDescribed,
                                                         E::EndpointResolved,
                                                         E::IceConfigReceived,
                                                         E::UrlSigned,
                                                         E::SocketOpened}
                                             << QList<S>{S::ResolvingCredentials,
                                                         S::DescribingChannel,
                                                         S::GettingEndpoint,
                                                         S::GettingIceConfig,
                                                         S::Signing,
                                                         S::Connecting,
                                                         S::Connected};
        QTest::newRow("by ARN, throttled once, then GO_AWAY, then stop")
            << QList<E>{E::Start,
                        E::CredentialsResolvedWithArn,
                        E::EndpointResolved,
                        E::IceConfigReceived,
                        E::UrlSigned,
                        E::RetryableFailure,
                        E::RetryFired,
                        E::CredentialsResolvedWithArn,
                        E::EndpointResolved,
                        E::IceConfigReceived,
                        E::UrlSigned,
                        E::SocketOpened,
                        E::GoAwayReceived,
                        E::RetryFired,
                        E::CredentialsResolvedWithArn,
                        E::Stop}
            << QList<S>{S::ResolvingCredentials, S::GettingEndpoint,
                        S::GettingIceConfig,     S::Signing,
                        S::Connecting,           S::BackingOff,
                        S::ResolvingCredentials, S::GettingEndpoint,
                        S::GettingIceConfig,     S::Signing,
                        S::Connecting,           S::Connected,
                        S::Reconnecting,         S::ResolvingCredentials,
                        S::GettingEndpoint,      S::Closed};
        QTest::newRow("dead link, then takeover")
            << QList<E>{E::Start,
                        E::CredentialsResolvedWithArn,
                        E::EndpointResolved,
                        E::IceConfigReceived,
                        E::UrlSigned,
                        E::SocketOpened,
                        E::LinkLost,
                        E::TakeoverDetected,
                        E::Start}
            << QList<S>{S::ResolvingCredentials, S::GettingEndpoint, S::GettingIceConfig, S::Signing,
                        S::Connecting,           S::Connected,       S::BackingOff,       S::Replaced,
                        S::ResolvingCredentials};
        QTest::newRow("clean close") << QList<E>{E::Start,
                                                 E::CredentialsResolvedWithArn,
                                                 E::EndpointResolved,
                                                 E::IceConfigReceived,
                                                 E::UrlSigned,
                                                 E::SocketOpened,
                                                 E::IceConfigReceived,
                                                 E::Stop,
                                                 E::SocketClosed}
                                     << QList<S>{S::ResolvingCredentials,
                                                 S::GettingEndpoint,
                                                 S::GettingIceConfig,
                                                 S::Signing,
                                                 S::Connecting,
                                                 S::Connected,
                                                 S::Connected,
                                                 S::Closing,
                                                 S::Closed};
    }
    void scenarios()
    {
        QFETCH(QList<ConnectionEvent>, events);
        QFETCH(QList<ConnectionState>, states);
        S state = S::Idle;
        QList<S> visited;
        for (E event : events) {
            const auto next = nextState(state, event);
            QVERIFY2(next, qPrintable(connectionStateName(state) % u" + " % connectionEventName(event)));
            state = *next;
            visited.append(state);
        }
        QCOMPARE(visited, states);
    }
};

QTEST_GUILESS_MAIN(TestConnectionState)
#include "tst_connectionstate.moc"
