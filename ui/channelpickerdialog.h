#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace kvs {
class ChannelLister;
}

namespace kvs::ui {

/// Connection ▸ List channels (and the form's "List…" button): presents a ChannelLister — the channels
/// the form's credentials may list in its region, with a filter; picking one (double-click, Enter or "Use
/// channel") emits channelChosen() with its ARN and closes. A refusal (AccessDenied, …) is explained and
/// leaves the form as it was: typing the channel still works. Whoever builds listers from the form answers
/// runRequested() with setLister().
class ChannelPickerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ChannelPickerDialog(QWidget *parent = nullptr);
    ~ChannelPickerDialog() override;

    /// Follows lister (which must outlive the dialog or be replaced before it goes).
    void setLister(ChannelLister *lister);
    /// Shows why no listing could start (e.g. no region); clears the list.
    void showProblem(const QString &text);
    /// The status line and the advice under it as shown (tests and Copy read the same).
    QString statusText() const;
    /// The rows as shown, cells joined with " | ", hidden (filtered) rows left out.
    QStringList visibleRows() const;

signals:
    /// Emitted when the user asks to list again.
    void runRequested();
    /// Emitted when the user picks a channel.
    void channelChosen(const QString &channelArn, const QString &region);

private:
    void onFinished();
    void applyFilter();
    void choose();
    void updateButtons();

    QPointer<ChannelLister> m_lister;
    QLineEdit *m_filter;
    QTableWidget *m_table;
    QProgressBar *m_busy;
    QLabel *m_statusLabel;
    QLabel *m_adviceLabel;
    QPushButton *m_useButton;
    QPushButton *m_refreshButton;
};

} // namespace kvs::ui
