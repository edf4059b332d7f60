#pragma once

#include "core/aws/awsconfigfiles.h"
#include "core/aws/controlplaneendpoint.h"
#include "core/common/result.h"
#include "core/settings/connectionform.h"
#include "core/settings/mediaoptions.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ConnectionFormPanel;
}

namespace kvs::ui {

class FieldFeedback;

/// What the form shows under the credential picker: the outcome of resolving the chosen credentials (never
/// the credentials themselves).
struct CredentialCheck
{
    enum class Status
    {
        Checking, ///< being resolved (a credential_process or an STS call may take a while)
        Resolved,
        Failed
    };
    Status status = Status::Checking;
    CredentialMode mode = CredentialMode::Environment; ///< the choice checked
    QString profile;                                   ///< the profile checked (Profile mode)
    QString source;                                    ///< Resolved: e.g. "profile qa (credential_process)"
    QString maskedAccessKeyId;                         ///< Resolved: AKIA…WXYZ
    QDateTime expiration; ///< Resolved: invalid when the credentials do not expire
    QString error;        ///< Failed: why, in plain words (already redacted)
};

/// The region that wins for a credential mode, a profile and the channel ARN's region (empty without an
/// ARN): AWS_REGION > AWS_DEFAULT_REGION > the profile's region > the ARN's region.
using RegionResolver = std::function<Result<RegionChoice>(CredentialMode mode, const QString &profile,
                                                          const QString &arnRegion)>;

/// FIPS and dual-stack as the environment and the profile of a credential mode set them (the form's boxes
/// not counted): AWS_USE_FIPS_ENDPOINT > use_fips_endpoint, AWS_USE_DUALSTACK_ENDPOINT >
/// use_dualstack_endpoint.
struct EndpointSwitches
{
    EndpointSwitch fips;
    EndpointSwitch dualStack;
};
using EndpointSwitchResolver = std::function<EndpointSwitches(CredentialMode mode, const QString &profile)>;

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

    /// The form's current content, as typed.
    ConnectionForm form() const;
    /// What a connection uses: form() with an empty region field replaced by the region that wins (see
    /// setRegionResolver()).
    ConnectionForm connectionForm() const;
    /// Replaces the form's content (e.g. restored settings or the demo's channel).
    void setForm(const ConnectionForm &form);
    /// The profiles offered in the profile picker, and a line saying where they came from (or, when ok is
    /// false, why the files could not be read).
    void setProfiles(const QStringList &profiles, const QString &status = {}, bool ok = true);
    /// Puts a channel (name or ARN) in the channel field, as if typed (e.g. picked from the channel list).
    void setChannel(const QString &channel);
    /// The channels offered by the channel field's completion and its Recent menu, newest first.
    void setRecentChannels(const QStringList &channels);
    /// How an empty region field is filled (none: it is not).
    void setRegionResolver(RegionResolver resolver);
    /// Where FIPS and dual-stack are turned on when their boxes are not checked (none: nowhere); shown next
    /// to the boxes.
    void setEndpointSwitchResolver(EndpointSwitchResolver resolver);
    /// Shows the outcome of a credentialCheckRequested() under the picker (ignored when it is about a
    /// choice no longer in the form).
    void showCredentialCheck(const kvs::ui::CredentialCheck &check);
    /// Asks for a check of the chosen credentials soon (several quick changes make one request).
    void requestCredentialCheck();
    /// The latest validation of the form.
    const FormValidation &validation() const { return m_validation; }
    /// Puts a fresh ClientId in the form (what "New id" does).
    void useNewClientId();
    /// While a connection runs, Connect becomes Disconnect and the fields are read-only.
    void setConnectionActive(bool active);
    /// Whether "Remember in the system keychain" is checked (it applies to typed keys only).
    bool rememberKeys() const;
    void setRememberKeys(bool remember);
    /// The media options under Advanced (codec, STUN, TURN, relay only, audio); the other MediaOptions
    /// fields keep their defaults.
    MediaOptions mediaOptions() const;
    /// Shows the user-facing fields of options (the others are ignored).
    void setMediaOptions(const MediaOptions &options);
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
    /// Emitted when the user asks to read the AWS config and credentials files again (Reload).
    void profilesReloadRequested();
    /// Emitted (debounced) when the chosen credentials changed: mode Environment or Profile, and the profile.
    void credentialCheckRequested(kvs::CredentialMode mode, const QString &profile);
    /// Emitted when the user asks for the list of channels (the "List…" button next to the channel field).
    void channelListRequested();
    /// Emitted when the user changed a media option under Advanced.
    void mediaOptionsChanged(const kvs::MediaOptions &options);
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
    void presentRegionSource(const ConnectionForm &typed);
    void presentEndpointSwitchSources(const ConnectionForm &typed);
    void presentCredentialCheck();
    void emitCredentialCheck();
    void showRecentChannels();
    void emitMediaOptions();
    bool eventFilter(QObject *watched, QEvent *event) override;

    std::unique_ptr<Ui::ConnectionFormPanel> m_ui;
    std::function<QString()> m_newClientId;
    FormValidation m_validation;
    RegionResolver m_regionResolver;
    EndpointSwitchResolver m_endpointSwitchResolver;
    std::optional<RegionChoice> m_defaultRegion; ///< the region that fills an empty region field
    std::optional<CredentialCheck> m_check;      ///< none until a check answers for the current choice
    QTimer m_checkDebounce;
    QTimer m_expiryTicker; ///< keeps "expires in N min" current
    std::vector<std::pair<FormField, FieldFeedback *>> m_feedback;
    bool m_active = false;
    QString m_keychainNote;
};

} // namespace kvs::ui

Q_DECLARE_METATYPE(kvs::ui::CredentialCheck)
