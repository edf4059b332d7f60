#pragma once

#include <QDialog>

#include <functional>

class QDateTime;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kvs {
class Clock;
struct PresignedUrl;
} // namespace kvs

namespace kvs::ui {

/// File ▸ Open presigned URL: paste a presigned signaling URL (a customer's, a log's) and see it decoded
/// as you paste — endpoint, channel, account and region, viewer or master and its ClientId, the masked
/// access key id, when it was signed and until when it works (expired or not), and what would stop it
/// connecting. The signature and the session token are never shown. "Use in form" puts the channel ARN,
/// region and ClientId into the connection form (to connect with your own credentials); "Connect with this
/// URL" asks the window's session to connect with the viewer URL exactly as pasted (no credentials needed),
/// offered only while it is a viewer's URL that has not expired.
class PresignedUrlDialog final : public QDialog
{
    Q_OBJECT

public:
    /// clock (for "expired" and "expires in") must outlive the dialog.
    explicit PresignedUrlDialog(const Clock &clock, QWidget *parent = nullptr);
    ~PresignedUrlDialog() override;

    /// Replaces the pasted text (as if pasted).
    void setUrlText(const QString &text);
    /// Everything the decoded view shows, one "label value" a line, redacted (tests read the same).
    QString decodedText() const;

signals:
    /// Emitted by "Use in form" with the URL's channel ARN, region and ClientId (empty for a master's URL).
    void useInFormRequested(const QString &channelArn, const QString &region, const QString &clientId);
    /// Emitted by "Connect with this URL" with the URL as pasted (a secret: never show or log it).
    void connectRequested(const QString &url);

private:
    void decode();
    void addRow(const QString &label, const QString &value);
    QString describeExpiry(const PresignedUrl &url) const;

    const Clock &m_clock;
    QPlainTextEdit *m_edit;
    QFormLayout *m_form;
    QLabel *m_statusLabel;
    QPushButton *m_useButton;
    QPushButton *m_connectButton;
    QString m_url; ///< the decoded URL as pasted, signature included (the box shows it without)
    QString m_channelArn;
    QString m_region;
    QString m_clientId;
};

} // namespace kvs::ui
