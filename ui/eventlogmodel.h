#pragma once

#include "core/events/eventlog.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <deque>

namespace kvs::ui {

/// A list model over an EventLog. Appends are batched (at most one insert per batch interval), so the
/// view stays responsive while thousands of events a second arrive; it keeps its own bounded copy.
class EventLogModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, ///< EventKind as int
        KindNameRole,                ///< "step", "message", …
        DirectionRole,               ///< "in" / "out" for messages, else empty
        MessageTypeRole,             ///< SDP_OFFER, … for messages
        ElapsedMsRole,
        JsonRole,  ///< the redacted event as compact JSON text
        EventRole, ///< the EngineEvent itself
        TextRole   ///< the event's text for people, without the time (DisplayRole has both)
    };

    /// Follows log from now on (events already in it are loaded at once). batchIntervalMs 0 inserts on the
    /// next event-loop turn.
    explicit EventLogModel(const EventLog *log, int batchIntervalMs = 50, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Inserts any pending events now (tests, and before export).
    void flush();
    const EngineEvent &eventAt(int row) const { return m_rows[size_t(row)]; }

private:
    void enqueue(const EngineEvent &event);
    void reset();

    const EventLog *m_log;
    std::deque<EngineEvent> m_rows;
    std::vector<EngineEvent> m_pending;
    QTimer m_batchTimer;
    qsizetype m_capacity;
};

/// Filters an EventLogModel by kinds, message direction and a case-insensitive text in the shown line. A
/// run's header (EventKind::Run) always stays, so the runs stay apart whatever the filter.
class EventFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);

    /// Only these kinds (empty: all).
    void setKinds(const QList<EventKind> &kinds);
    /// "in", "out" or empty for both; applies to message events.
    void setDirection(const QString &direction);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<EventKind> m_kinds;
    QString m_direction;
    QString m_text;
};

} // namespace kvs::ui
