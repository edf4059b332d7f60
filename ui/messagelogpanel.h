#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QPlainTextEdit;

namespace kvs {
class EventLog;
struct EngineEvent;
} // namespace kvs

namespace kvs::ui {

class EventFilterProxyModel;
class EventLogModel;

/// The event and message log: a filter bar (kind, direction, text), the bounded list, and a detail pane
/// that shows the selected event in full (payloads decoded by the engine). Copy is redacted.
class MessageLogPanel final : public QWidget
{
    Q_OBJECT

public:
    /// log must outlive the panel.
    explicit MessageLogPanel(const EventLog *log, QWidget *parent = nullptr);

    EventLogModel *model() const { return m_model; }
    EventFilterProxyModel *proxy() const { return m_proxy; }
    /// The redacted text that "Copy" puts on the clipboard for the current selection (or all shown rows).
    QString copyText() const;

private:
    void applyFilters();
    void showDetail();
    void copyToClipboard();
    void followNewRows();
    /// The candidates of both sides and the selected pair as of upTo (for ICE and media events).
    QString iceContext(const EngineEvent &upTo) const;

    const EventLog *m_log;
    EventLogModel *m_model;
    EventFilterProxyModel *m_proxy;
    QComboBox *m_kind;
    QComboBox *m_direction;
    QLineEdit *m_text;
    QListView *m_list;
    QPlainTextEdit *m_detail;
};

} // namespace kvs::ui
