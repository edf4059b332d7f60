#pragma once

#include "desktop/dialogcontext.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace kvs {

class ChannelLister;
class IdentityLookup;

namespace ui {
class ChannelPickerDialog;
class DiagnosticsViewer;
class IdentityDialog;
class PresignedUrlDialog;
} // namespace ui

/// The account and file dialogs: Connection ▸ Who am I and List channels (with the form's credentials and
/// region; a picked channel goes into the form), File ▸ Open presigned URL ("Use in form" fills the form)
/// and File ▸ Open diagnostics. Owns the lookups, their credentials and the dialogs (children of the
/// window, deleted first by the destructor).
class AccountDialogs final : public QObject
{
    Q_OBJECT

public:
    explicit AccountDialogs(DialogContext context, QObject *parent = nullptr);
    ~AccountDialogs() override;

    /// Opens Who am I and asks STS with the form's credentials.
    void showIdentity();
    /// Opens the channel list and lists with the form's credentials and region.
    void showChannelPicker();
    /// Opens the presigned URL decoder.
    void showPresignedUrl();
    /// Asks for a diagnostics export and shows it read-only.
    void openDiagnostics();
    /// Shows the export in path read-only; a file that cannot be read or is not an export gets one dialog
    /// naming the cause. Returns the viewer (null on failure).
    ui::DiagnosticsViewer *openDiagnosticsFile(const QString &path);

    /// The dialogs once opened (else null), the lookups once run: for tests and screenshots.
    ui::IdentityDialog *identityDialog() const;
    ui::ChannelPickerDialog *channelPickerDialog() const;
    ui::PresignedUrlDialog *presignedUrlDialog() const;
    IdentityLookup *identityLookup() const { return m_identity.get(); }
    ChannelLister *channelLister() const { return m_channelLister.get(); }

signals:
    /// Emitted when the presigned URL dialog's Connect asks to connect with url exactly as given.
    void presignedConnectRequested(const QString &url);

private:
    void runIdentity();
    void runChannelList();
    /// A lookup of the account calls the form plans, with credentials into credentials, or the reason
    /// there is none.
    template <class Job>
    std::unique_ptr<Job> makeLookup(std::unique_ptr<CredentialSource> &credentials, QString *problem);

    DialogContext m_context;
    std::unique_ptr<CredentialSource> m_identityCredentials;
    std::unique_ptr<IdentityLookup> m_identity; // after its credentials
    std::unique_ptr<CredentialSource> m_listCredentials;
    std::unique_ptr<ChannelLister> m_channelLister; // after its credentials
    QPointer<ui::IdentityDialog> m_identityDialog;
    QPointer<ui::ChannelPickerDialog> m_channelDialog;
    QPointer<ui::PresignedUrlDialog> m_presignedDialog;
};

} // namespace kvs
