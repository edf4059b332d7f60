#pragma once

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace kvs {
class EventLog;
struct DiagnosticsFile;
struct DiagnosticsRun;
} // namespace kvs

namespace kvs::ui {

class ConnectionPanel;
class MessageLogPanel;

/// File ▸ Open diagnostics: a customer's export, read-only, in the app's own views — the steps and state
/// (ConnectionPanel) of one run at a time (a run picker lists every run of the export, the latest first
/// chosen), the event log of every run, each after its bold header row, with its filters and detail pane
/// (MessageLogPanel over an EventLog of its own) and the settings — with a line saying whose app made it
/// and when. Durations are the recorded ones, never counted from the viewer's clock. Nothing in it
/// connects.
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
    /// How many runs the export holds, and which one the connection panel shows (0 = the oldest).
    int runCount() const { return int(m_runs.size()); }
    int currentRun() const;
    /// Shows run index (0 = the oldest) in the connection panel and scrolls the log to its header.
    void showRun(int index);

private:
    /// One run as the views show it: where its events are in the log, how it ended.
    struct Run
    {
        qsizetype first = 0; ///< index in m_log of its first event
        qsizetype count = 0;
        QString title;
        qint64 lastMs = 0;                    ///< its last event's run time (the panel's "now")
        std::optional<qint64> connectedForMs; ///< connected at the end of its record: for how long
    };

    std::unique_ptr<EventLog> m_log; // before the panels that read it
    QList<Run> m_runs;
    qint64 m_nowMs = 0; ///< the shown run's last event time
    QLabel *m_header;
    QComboBox *m_runPicker;
    ConnectionPanel *m_panel;
    MessageLogPanel *m_logPanel;
    QTableWidget *m_settings;
};

} // namespace kvs::ui
