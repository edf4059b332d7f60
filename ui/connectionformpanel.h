#pragma once

#include "connectionform.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ConnectionFormPanel;
}

namespace kvs::ui {

class FieldFeedback;

/// The connection form: credentials, channel (name or ARN), region, ClientId and advanced options.
/// Validates on every keystroke through the core's validateConnectionForm() and enables Connect only
/// when everything is valid. It never connects by itself: it emits connectRequested().
class ConnectionFormPanel final : public QWidget
{
    Q_OBJECT

public:
    /// newClientId makes a fresh ClientId for the "New id" button.
    explicit ConnectionFormPanel(std::function<QString()> newClientId, QWidget *parent = nullptr);
    ~ConnectionFormPanel() override;

    /// The form's current content.
    ConnectionForm form() const;
    /// Replaces the form's content (e.g. restored settings or the demo's channel).
    void setForm(const ConnectionForm &form);
    /// The profiles offered in the profile picker.
    void setProfiles(const QStringList &profiles);
    /// The latest validation of the form.
    const FormValidation &validation() const { return m_validation; }
    /// While a connection runs, Connect becomes Disconnect and the fields are read-only.
    void setConnectionActive(bool active);
    /// Whether "Remember in the system keychain" is checked (it applies to typed keys only).
    bool rememberKeys() const;
    void setRememberKeys(bool remember);
    /// A line under the credential source saying where typed keys are kept (e.g. no keychain: this
    /// session only); empty removes it.
    void setKeychainNote(const QString &note);

signals:
    /// Emitted when the user asks to connect (Connect or Enter) and every field is valid.
    void connectRequested(const kvs::ConnectionForm &form);
    /// Emitted when the user asks to disconnect (Disconnect while a connection runs).
    void disconnectRequested();
    /// Emitted after every change of the form, with its new validation.
    void formChanged(const kvs::FormValidation &validation);
    /// Emitted when the user checks or unchecks "Remember in the system keychain".
    void rememberKeysToggled(bool remember);

private:
    void revalidate();
    void updateCredentialMode();
    void updateChannelInfo();
    void toggleAdvanced(bool shown);
    void browseCaFile();
    void requestConnect();
    void fillChoices();

    std::unique_ptr<Ui::ConnectionFormPanel> m_ui;
    std::function<QString()> m_newClientId;
    FormValidation m_validation;
    std::vector<std::pair<FormField, FieldFeedback *>> m_feedback;
    bool m_active = false;
    QString m_keychainNote;
};

} // namespace kvs::ui
