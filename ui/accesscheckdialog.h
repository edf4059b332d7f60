#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class AccessCheckDialog;
}

namespace kvs {
class AccessCheck;
enum class CheckStepStatus;
} // namespace kvs

namespace kvs::ui {

/// Presents an AccessCheck: one row per step with ✔/✘/not run, time, HTTP status, error type and the
/// service's (redacted) message; on ✘ the IAM action to grant; "Copy policy" puts the minimal viewer
/// policy for the channel on the clipboard (through redact()). Non-modal; the check runs asynchronously
/// with a busy indicator and Cancel. The dialog owns no check: whoever builds checks from the form
/// answers runRequested() with setCheck().
class AccessCheckDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AccessCheckDialog(QWidget *parent = nullptr);
    ~AccessCheckDialog() override;

    /// Shows check (which must outlive the dialog or be destroyed before the next setCheck) and follows it.
    void setCheck(AccessCheck *check);
    /// Shows why no check could start (an invalid form); clears the table.
    void showProblem(const QString &text);
    /// What "Copy policy" copies: the minimal viewer policy for the checked channel, redacted.
    QString policyText() const;
    /// The text of a row as shown, cells joined with " | " (tests and screen readers read the same).
    QString rowText(int row) const;

signals:
    /// Emitted when the user asks to run the check again.
    void runRequested();

protected:
    /// Closing the dialog cancels a check in flight: nobody would see its answer.
    void hideEvent(QHideEvent *event) override;

private:
    void showStep(int index);
    void onFinished();
    void copyPolicy();
    void cancelCheck();
    void setBusy(bool busy);

    std::unique_ptr<Ui::AccessCheckDialog> m_ui;
    QPointer<AccessCheck> m_check;
};

/// "✔ passed", "✘ failed", "not run", "running…" for a step status.
QString checkStepStatusText(CheckStepStatus status);

} // namespace kvs::ui
