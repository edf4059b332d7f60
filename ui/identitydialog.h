#pragma once

#include <QDialog>
#include <QPointer>

class QDateTime;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace kvs {
class Clock;
class IdentityLookup;
enum class StsEndpointSource;
} // namespace kvs

namespace kvs::ui {

/// Connection ▸ Who am I: presents an IdentityLookup — the account, the ARN and user id STS names, where
/// the credentials came from, the masked access key id, when they expire, the region and the STS endpoint
/// asked (and why that one). A failure is explained in plain words (explainFailure), never with a secret.
/// Non-modal; whoever builds lookups from the form answers runRequested() with setLookup().
class IdentityDialog final : public QDialog
{
    Q_OBJECT

public:
    /// clock (for "expires in") must outlive the dialog.
    explicit IdentityDialog(const Clock &clock, QWidget *parent = nullptr);
    ~IdentityDialog() override;

    /// Follows lookup (which must outlive the dialog or be replaced before it goes).
    void setLookup(IdentityLookup *lookup);
    /// Shows why no lookup could start (e.g. no region); clears the answer.
    void showProblem(const QString &text);
    /// Everything shown, one "label: value" a line (Copy puts this on the clipboard; tests read it).
    QString text() const;
    /// Where the STS endpoint came from, in the UI's language and the app's words.
    static QString stsEndpointSourceText(StsEndpointSource source);

signals:
    /// Emitted when the user asks to look again (after changing the form).
    void runRequested();

private:
    void onFinished();
    void clearAnswer();
    void addRow(const QString &label, const QString &value);
    QString describeExpiry(const QDateTime &expiration) const;
    void copy();

    const Clock &m_clock;
    QPointer<IdentityLookup> m_lookup;
    QLabel *m_statusLabel;
    QProgressBar *m_busy;
    QFormLayout *m_form;
    QLabel *m_adviceLabel;
    QPushButton *m_runButton;
    QPushButton *m_copyButton;
};

} // namespace kvs::ui
