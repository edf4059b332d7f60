// kvs-bench-logflood RATE SECONDS — shows the desktop app's message log panel (the real widget, model and
// filter), appends RATE events a second for SECONDS in 1 ms slices (a master flooding ICE candidates and
// messages), and measures with a 10 ms heartbeat how late the UI thread runs. Prints one JSON line:
// {"rate", "seconds", "events", "eventsPerSecond", "stallP50Ms", "stallP99Ms", "stallMaxMs"}.
// A stall is how much later than due a heartbeat ran: what a user feels as a frozen window.
#include "core/events/engineevent.h"
#include "core/events/eventlog.h"
#include "ui/messagelogpanel.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace kvs;

namespace {

EngineEvent floodEvent(qint64 index, qint64 elapsedMs)
{
    // Alternating inbound candidates and info lines, as a chatty master produces them.
    if (index % 2 == 0)
        return EngineEvent::make(
            EventKind::Message, elapsedMs, QDateTime::currentDateTimeUtc(),
            {{QStringLiteral("direction"), QStringLiteral("in")},
             {QStringLiteral("messageType"), QStringLiteral("ICE_CANDIDATE")},
             {QStringLiteral("summary"), QStringLiteral("ICE_CANDIDATE host/udp 192.0.2.%1:%2 mid video0")
                                             .arg(index % 250)
                                             .arg(index % 60000)}});
    return EngineEvent::make(EventKind::Info, elapsedMs, QDateTime::currentDateTimeUtc(),
                             {{QStringLiteral("message"), QStringLiteral("flood line %1").arg(index)}});
}

double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<size_t>(q * static_cast<double>(values.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rate = args.value(1, QStringLiteral("10000")).toInt();
    const int seconds = args.value(2, QStringLiteral("5")).toInt();
    if (rate <= 0 || seconds <= 0) {
        QTextStream(stderr) << "usage: kvs-bench-logflood RATE SECONDS\n";
        return 2;
    }
    EventLog log;
    ui::MessageLogPanel panel(&log);
    panel.resize(1000, 700);
    panel.show();

    QElapsedTimer clock;
    clock.start();
    qint64 appended = 0;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        // Catch up to where the rate says we should be: a slow UI gets the whole backlog at once.
        // At most 20 ms of work per slice, so a rate beyond what the machine can make still ends on time
        // (events/s then says what was reached).
        const qint64 due = clock.elapsed() * rate / 1000;
        QElapsedTimer slice;
        slice.start();
        while (appended < due && slice.elapsed() < 20) {
            log.append(floodEvent(appended, clock.elapsed()));
            ++appended;
        }
    });

    std::vector<double> stalls;
    QElapsedTimer beat;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        stalls.push_back(std::max(0.0, static_cast<double>(beat.nsecsElapsed()) / 1e6 - 10.0));
        beat.restart();
    });
    QTimer::singleShot(200, [&] { // let the window settle first
        clock.restart();
        appended = 0;
        feeder.start(1);
        beat.start();
        heartbeat.start(10);
    });
    QTimer::singleShot(200 + seconds * 1000, [&] {
        feeder.stop();
        heartbeat.stop();
        const double elapsed = static_cast<double>(clock.elapsed()) / 1000.0;
        QTextStream(stdout) << QJsonDocument(
                                   QJsonObject{{QStringLiteral("rate"), rate},
                                               {QStringLiteral("seconds"), elapsed},
                                               {QStringLiteral("events"), appended},
                                               {QStringLiteral("eventsPerSecond"), appended / elapsed},
                                               {QStringLiteral("stallP50Ms"), percentile(stalls, 0.5)},
                                               {QStringLiteral("stallP99Ms"), percentile(stalls, 0.99)},
                                               {QStringLiteral("stallMaxMs"), percentile(stalls, 1.0)}})
                                   .toJson(QJsonDocument::Compact)
                            << '\n';
        app.quit();
    });
    return app.exec();
}
