#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kvs::ui {

/// One row of the network test as shown: words only (the media library's results are turned into these by
/// the app's glue, so this widget needs no media code). Never holds a credential.
struct NetworkTestRowView
{
    enum class State
    {
        Pending,
        Running,
        Passed,
        Failed,
    };
    State state = State::Pending;
    QString path;   ///< "STUN", "TURN/UDP", …
    QString server; ///< "turn:host:443?transport=udp" (no credentials)
    qint64 elapsedMs = 0;
    QString outcome; ///< the address obtained, or the reason for ✘
};

/// Connection ▸ Network test…: one row per STUN/TURN path filling in live (✔/✘, time, address or reason),
/// then the verdict and the local side; Copy puts the redacted report on the clipboard; Run again asks for a
/// new run (runRequested()).
class NetworkTestDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NetworkTestDialog(QWidget *parent = nullptr);

    /// A new run: rowCount rows, all pending; verdict and copy text cleared.
    void startRun(int rowCount);
    void setRow(int index, const NetworkTestRowView &row);
    /// The run is over: the verdict, the local side in words and the text Copy gives (already redacted).
    void setFinished(const QString &verdict, const QString &local, const QString &copyText);
    /// Why no run could start (an invalid form, GetIceServerConfig refused).
    void showProblem(const QString &text);

    QString verdictText() const;
    QString copyText() const { return m_copyText; }
    int rowCount() const;
    /// The row's cells as shown ("✔", "TURN/UDP", server, "41 ms", outcome): for tests.
    QStringList rowCells(int index) const;

signals:
    /// Emitted when the user asks for another run.
    void runRequested();

private:
    void copyReport();

    QTreeWidget *m_rows = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_local = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QString m_copyText;
};

} // namespace kvs::ui
