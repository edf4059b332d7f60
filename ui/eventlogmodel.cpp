#include "ui/eventlogmodel.h"

#include "core/events/eventjson.h"

#include <QJsonDocument>

namespace kvs::ui {

EventLogModel::EventLogModel(const EventLog *log, int batchIntervalMs, QObject *parent)
    : QAbstractListModel(parent)
    , m_log(log)
    , m_capacity(log->capacity())
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(batchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &EventLogModel::flush);
    connect(log, &EventLog::eventAppended, this, &EventLogModel::enqueue);
    connect(log, &EventLog::cleared, this, &EventLogModel::reset);
    for (qsizetype i = 0; i < log->size(); ++i)
        m_rows.push_back(log->at(i));
}

void EventLogModel::enqueue(const EngineEvent &event)
{
    m_pending.push_back(event);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void EventLogModel::flush()
{
    m_batchTimer.stop();
    if (m_pending.empty())
        return;
    // Keep the bound: drop the oldest rows first, then insert the batch (itself trimmed to capacity).
    if (qsizetype(m_pending.size()) > m_capacity)
        m_pending.erase(m_pending.begin(), m_pending.end() - m_capacity);
    const qsizetype overflow = qsizetype(m_rows.size() + m_pending.size()) - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow - 1));
        m_rows.erase(m_rows.begin(), m_rows.begin() + overflow);
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    for (EngineEvent &event : m_pending)
        m_rows.push_back(std::move(event));
    m_pending.clear();
    endInsertRows();
}

void EventLogModel::reset()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    endResetModel();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EngineEvent &event = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(event.elapsedMs / 1000.0, 8, 'f', 3).arg(event.text());
    case Qt::ToolTipRole:
        return event.text();
    case KindRole:
        return int(event.kind);
    case KindNameRole:
        return eventKindName(event.kind);
    case DirectionRole:
        if (const auto *message = event.as<MessageEvent>())
            return messageDirectionName(message->direction);
        return QString();
    case MessageTypeRole:
        if (const auto *message = event.as<MessageEvent>())
            return message->messageType;
        return QString();
    case ElapsedMsRole:
        return event.elapsedMs;
    case JsonRole:
        return QString::fromUtf8(QJsonDocument(eventToJson(event)).toJson(QJsonDocument::Compact));
    case EventRole:
        return QVariant::fromValue(event);
    case TextRole:
        return event.text();
    default:
        return {};
    }
}

QHash<int, QByteArray> EventLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KindNameRole, "kindName");
    names.insert(DirectionRole, "direction");
    names.insert(MessageTypeRole, "messageType");
    names.insert(ElapsedMsRole, "elapsedMs");
    names.insert(JsonRole, "json");
    names.insert(EventRole, "event");
    names.insert(TextRole, "text");
    return names;
}

EventFilterProxyModel::EventFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void EventFilterProxyModel::setKinds(const QList<EventKind> &kinds)
{
    m_kinds = kinds;
    invalidateFilter();
}

void EventFilterProxyModel::setDirection(const QString &direction)
{
    m_direction = direction;
    invalidateFilter();
}

void EventFilterProxyModel::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = static_cast<EventKind>(index.data(EventLogModel::KindRole).toInt());
    if (kind == EventKind::Run)
        return true;
    if (!m_kinds.isEmpty() && !m_kinds.contains(kind))
        return false;
    if (!m_direction.isEmpty() && kind == EventKind::Message &&
        index.data(EventLogModel::DirectionRole).toString() != m_direction)
        return false;
    // The text people see (in their language), not the event's hidden JSON.
    if (!m_text.isEmpty() && !index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace kvs::ui
