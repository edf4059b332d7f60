#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QTableWidget;

namespace kvs {
class EventLog;
struct DiagnosticsFile;
} // namespace kvs

namespace kvs::ui {

class ConnectionPanel;
class MessageLogPanel;

/// File ▸ Open diagnostics: a customer's export, read-only, in the app's own views — the steps and state
/// (ConnectionPanel), the event log with its filters and detail pane (MessageLogPanel over an EventLog of
/// its own) and the settings — with a line saying whose app made it and when. Nothing in it connects.
class DiagnosticsViewer final : public QDialog
{
    Q_OBJECT

public:
    /// name: the file's name, for the title.
    DiagnosticsViewer(const DiagnosticsFile &file, const QString &name, QWidget *parent = nullptr);
    ~DiagnosticsViewer() override;

    const EventLog *eventLog() const { return m_log.get(); }
    ConnectionPanel *connectionPanel() const { return m_panel; }
    MessageLogPanel *logPanel() const { return m_logPanel; }
    /// The settings as shown, "key: value" a line.
    QString settingsText() const;
    /// The line above the views (origin, time, counts).
    QString headerText() const;

private:
    std::unique_ptr<EventLog> m_log; // before the panels that read it
    QLabel *m_header;
    ConnectionPanel *m_panel;
    MessageLogPanel *m_logPanel;
    QTableWidget *m_settings;
};

} // namespace kvs::ui
