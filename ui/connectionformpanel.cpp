// Over ~400 lines on purpose: this is the one form behind connectionformpanel.ui, and its parts (channel,
// region and endpoint switches with where each value comes from, the credential picker and its check, typed
// keys, media options, validation of every field) all read and write the same ConnectionForm and share one
// revalidate(); split into widgets they would each need the whole form back. The credential and region
// lookups live outside (CredentialInspector), the rules in the core (validation.h).
#include "ui/connectionformpanel.h"

#include "ui/fieldfeedback.h"
#include "ui/palettecolors.h"
#include "ui_connectionformpanel.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QCompleter>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMenu>
#include <QStringListModel>
#include <QStyle>

namespace kvs::ui {
namespace {

const char *const kRegions[] = {
    "us-east-1",      "us-east-2",      "us-west-2",    "ca-central-1",   "sa-east-1",      "eu-west-1",
    "eu-west-2",      "eu-west-3",      "eu-central-1", "ap-northeast-1", "ap-northeast-2", "ap-south-1",
    "ap-southeast-1", "ap-southeast-2", "af-south-1",   "cn-north-1",     "us-gov-west-1"};

constexpr int kCheckDebounceMs = 300;
constexpr int kExpiryTickMs = 30 * 1000;

/// "in 54 min", "in 2 h 5 min", "3 min ago": how far t is from now, for people.
QString relativeTime(const QDateTime &t, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(t);
    const qint64 minutes = (qAbs(seconds) + 59) / 60;
    QString amount;
    if (minutes >= 120)
        amount = ConnectionFormPanel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    else
        amount = ConnectionFormPanel::tr("%1 min").arg(minutes);
    return seconds >= 0 ? ConnectionFormPanel::tr("expires in %1").arg(amount)
                        : ConnectionFormPanel::tr("expired %1 ago").arg(amount);
}

/// Words for EndpointSwitch::source ("AWS_USE_FIPS_ENDPOINT", "profile NAME").
QString settingSourceText(const QString &source)
{
    if (source.startsWith(u"profile "))
        return ConnectionFormPanel::tr("profile %1").arg(source.mid(8));
    return source; // an environment variable's name
}

/// Words for RegionChoice::source ("AWS_REGION", "AWS_DEFAULT_REGION", "profile NAME", "channel ARN").
QString regionSourceText(const QString &source)
{
    if (source.startsWith(u"profile "))
        return ConnectionFormPanel::tr("the region of profile %1").arg(source.mid(8));
    if (source == u"channel ARN")
        return ConnectionFormPanel::tr("the channel ARN");
    return source; // an environment variable's name
}

} // namespace

ConnectionFormPanel::ConnectionFormPanel(std::function<QString()> newClientId, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionFormPanel>())
    , m_newClientId(std::move(newClientId))
{
    m_ui->setupUi(this);
    fillChoices();

    const std::pair<FormField, std::pair<QLineEdit *, QLabel *>> fields[] = {
        {FormField::Profile, {m_ui->profileComboBox->lineEdit(), m_ui->profileMessageLabel}},
        {FormField::AccessKeyId, {m_ui->accessKeyIdLineEdit, m_ui->accessKeyIdMessageLabel}},
        {FormField::SecretAccessKey, {m_ui->secretAccessKeyLineEdit, m_ui->secretAccessKeyMessageLabel}},
        {FormField::SessionToken, {m_ui->sessionTokenLineEdit, m_ui->sessionTokenMessageLabel}},
        {FormField::Channel, {m_ui->channelLineEdit, m_ui->channelMessageLabel}},
        {FormField::Region, {m_ui->regionComboBox->lineEdit(), m_ui->regionMessageLabel}},
        {FormField::ClientId, {m_ui->clientIdLineEdit, m_ui->clientIdMessageLabel}},
        {FormField::Endpoint, {m_ui->endpointLineEdit, m_ui->endpointMessageLabel}},
        {FormField::CaFile, {m_ui->caFileLineEdit, m_ui->caFileMessageLabel}},
    };
    for (const auto &[field, widgets] : fields) {
        m_feedback.emplace_back(field, new FieldFeedback(widgets.first, widgets.second, this));
        connect(widgets.first, &QLineEdit::textChanged, this, &ConnectionFormPanel::revalidate);
        connect(widgets.first, &QLineEdit::returnPressed, this, &ConnectionFormPanel::requestConnect);
    }
    m_ui->regionWarningLabel->setVisible(false);
    setSecondaryForeground(m_ui->regionSourceLabel);
    setSecondaryForeground(m_ui->endpointSwitchSourceLabel);
    m_ui->endpointSwitchSourceLabel->setVisible(false);
    for (QCheckBox *box : {m_ui->fipsCheckBox, m_ui->dualStackCheckBox})
        connect(box, &QCheckBox::toggled, this, &ConnectionFormPanel::revalidate);
    setSecondaryForeground(m_ui->profilesStatusLabel);
    m_ui->profilesStatusLabel->setVisible(false);
    m_ui->credentialCheckLabel->setVisible(false);
    connect(m_ui->profileComboBox, &QComboBox::currentTextChanged, this,
            &ConnectionFormPanel::requestCredentialCheck);
    connect(m_ui->reloadProfilesButton, &QPushButton::clicked, this,
            &ConnectionFormPanel::profilesReloadRequested);

    auto *completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->popup()->setTextElideMode(Qt::ElideMiddle); // an ARN keeps its channel name in view
    m_ui->channelLineEdit->setCompleter(completer);
    m_ui->channelLineEdit->installEventFilter(this);
    m_ui->recentChannelsButton->setMenu(new QMenu(m_ui->recentChannelsButton));
    m_ui->recentChannelsButton->menu()->setAccessibleName(tr("Recent channels"));
    // The menu indicator is drawn over the text unless the button has room for both (German, Japanese).
    m_ui->recentChannelsButton->setMinimumWidth(
        m_ui->recentChannelsButton->sizeHint().width() +
        style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_ui->recentChannelsButton));
    setRecentChannels({});
    // Next to the channel field: the account's channels, listed with the form's credentials and region.
    auto *listButton = new QToolButton(m_ui->channelGroupBox);
    listButton->setObjectName(QStringLiteral("listChannelsButton"));
    listButton->setText(tr("List…"));
    listButton->setToolTip(tr("List the channels these credentials may see in the region and pick one "
                              "(Ctrl+Shift+L)"));
    listButton->setAccessibleName(tr("List channels"));
    listButton->setFocusPolicy(Qt::StrongFocus);
    listButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_ui->channelFieldLayout->addWidget(listButton);
    setTabOrder(m_ui->recentChannelsButton, listButton);
    connect(listButton, &QToolButton::clicked, this, &ConnectionFormPanel::channelListRequested);

    m_checkDebounce.setSingleShot(true);
    m_checkDebounce.setInterval(kCheckDebounceMs);
    connect(&m_checkDebounce, &QTimer::timeout, this, &ConnectionFormPanel::emitCredentialCheck);
    m_expiryTicker.setInterval(kExpiryTickMs);
    connect(&m_expiryTicker, &QTimer::timeout, this, &ConnectionFormPanel::presentCredentialCheck);
    setSecondaryForeground(m_ui->channelInfoLabel);
    // Lines that come and go while the user types keep their room, so the fields below never move.
    reserveOneLine(m_ui->channelInfoLabel);
    reserveOneLine(m_ui->regionSourceLabel);
    reserveOneLine(m_ui->connectHintLabel);
    setSecondaryForeground(m_ui->credentialSourceInfoLabel);
    setSecondaryForeground(m_ui->connectHintLabel);

    connect(m_ui->credentialSourceComboBox, &QComboBox::currentIndexChanged, this,
            &ConnectionFormPanel::updateCredentialMode);
    connect(m_ui->newClientIdButton, &QPushButton::clicked, this, &ConnectionFormPanel::useNewClientId);
    connect(m_ui->advancedToggleButton, &QToolButton::toggled, this, &ConnectionFormPanel::toggleAdvanced);
    connect(m_ui->browseCaFileButton, &QPushButton::clicked, this, &ConnectionFormPanel::browseCaFile);
    connect(m_ui->connectButton, &QPushButton::clicked, this, &ConnectionFormPanel::requestConnect);
    connect(m_ui->rememberCheckBox, &QCheckBox::clicked, this, &ConnectionFormPanel::rememberKeysToggled);
    connect(m_ui->codecComboBox, &QComboBox::activated, this, &ConnectionFormPanel::emitMediaOptions);
    for (QCheckBox *box :
         {m_ui->stunCheckBox, m_ui->turnCheckBox, m_ui->relayOnlyCheckBox, m_ui->receiveAudioCheckBox})
        connect(box, &QCheckBox::toggled, this, &ConnectionFormPanel::emitMediaOptions);

    toggleAdvanced(false);
    updateCredentialMode();
}

ConnectionFormPanel::~ConnectionFormPanel() = default;

void ConnectionFormPanel::fillChoices()
{
    m_ui->credentialSourceComboBox->addItem(
        tr("From the environment (AWS_ACCESS_KEY_ID, …)"),
        QVariant::fromValue(static_cast<int>(CredentialMode::Environment)));
    m_ui->credentialSourceComboBox->addItem(tr("From an AWS profile (~/.aws)"),
                                            QVariant::fromValue(static_cast<int>(CredentialMode::Profile)));
    m_ui->credentialSourceComboBox->addItem(tr("Enter access keys"),
                                            QVariant::fromValue(static_cast<int>(CredentialMode::Manual)));
    // The long source names may be elided rather than widen the form (the popup shows them whole).
    m_ui->credentialSourceComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->credentialSourceComboBox->setMinimumContentsLength(22);
    m_ui->codecComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->codecComboBox->setMinimumContentsLength(16);
    m_ui->regionComboBox->addItem(QString());
    for (const char *region : kRegions)
        m_ui->regionComboBox->addItem(QString::fromLatin1(region));
    m_ui->regionComboBox->lineEdit()->setPlaceholderText(tr("Default: the ARN's region"));
    m_ui->profileComboBox->lineEdit()->setPlaceholderText(tr("default"));
    m_ui->codecComboBox->addItem(tr("Automatic (H.264, then VP8)"),
                                 videoCodecPreferenceName(VideoCodecPreference::Any));
    m_ui->codecComboBox->addItem(tr("H.264 only"), videoCodecPreferenceName(VideoCodecPreference::H264));
    m_ui->codecComboBox->addItem(tr("VP8 only"), videoCodecPreferenceName(VideoCodecPreference::Vp8));
    setMediaOptions(MediaOptions{});
}

MediaOptions ConnectionFormPanel::mediaOptions() const
{
    MediaOptions options;
    options.codec = parseVideoCodecPreference(m_ui->codecComboBox->currentData().toString())
                        .value_or(VideoCodecPreference::Any);
    options.useStun = m_ui->stunCheckBox->isChecked();
    options.useTurn = m_ui->turnCheckBox->isChecked();
    // Relay only needs TURN: without it the box is disabled and does not apply.
    options.iceTransport = options.useTurn && m_ui->relayOnlyCheckBox->isChecked() ? IceTransportPolicy::Relay
                                                                                   : IceTransportPolicy::All;
    options.receiveAudio = m_ui->receiveAudioCheckBox->isChecked();
    return options;
}

void ConnectionFormPanel::setMediaOptions(const MediaOptions &options)
{
    const QSignalBlocker codec(m_ui->codecComboBox);
    const QSignalBlocker stun(m_ui->stunCheckBox);
    const QSignalBlocker turn(m_ui->turnCheckBox);
    const QSignalBlocker relay(m_ui->relayOnlyCheckBox);
    const QSignalBlocker audio(m_ui->receiveAudioCheckBox);
    const int index = m_ui->codecComboBox->findData(videoCodecPreferenceName(options.codec));
    m_ui->codecComboBox->setCurrentIndex(index < 0 ? 0 : index);
    m_ui->stunCheckBox->setChecked(options.useStun);
    m_ui->turnCheckBox->setChecked(options.useTurn);
    m_ui->relayOnlyCheckBox->setChecked(options.iceTransport == IceTransportPolicy::Relay);
    m_ui->relayOnlyCheckBox->setEnabled(options.useTurn);
    m_ui->receiveAudioCheckBox->setChecked(options.receiveAudio);
}

void ConnectionFormPanel::emitMediaOptions()
{
    m_ui->relayOnlyCheckBox->setEnabled(m_ui->turnCheckBox->isChecked());
    emit mediaOptionsChanged(mediaOptions());
}

ConnectionForm ConnectionFormPanel::connectionForm() const
{
    ConnectionForm filled = form();
    if (filled.region.isEmpty() && m_defaultRegion)
        filled.region = m_defaultRegion->region;
    return filled;
}

ConnectionForm ConnectionFormPanel::form() const
{
    ConnectionForm form;
    form.credentialMode = static_cast<CredentialMode>(m_ui->credentialSourceComboBox->currentData().toInt());
    form.profile = m_ui->profileComboBox->currentText().trimmed();
    form.accessKeyId = m_ui->accessKeyIdLineEdit->text().trimmed();
    form.secretAccessKey = m_ui->secretAccessKeyLineEdit->text();
    form.sessionToken = m_ui->sessionTokenLineEdit->text();
    form.channel = m_ui->channelLineEdit->text().trimmed();
    form.region = m_ui->regionComboBox->currentText().trimmed();
    form.clientId = m_ui->clientIdLineEdit->text().trimmed();
    form.endpointOverride = m_ui->endpointLineEdit->text().trimmed();
    form.caFile = m_ui->caFileLineEdit->text().trimmed();
    form.fips = m_ui->fipsCheckBox->isChecked();
    form.dualStack = m_ui->dualStackCheckBox->isChecked();
    form.maxRetries = m_ui->maxRetriesSpinBox->value();
    return form;
}

void ConnectionFormPanel::setForm(const ConnectionForm &form)
{
    const int mode = m_ui->credentialSourceComboBox->findData(static_cast<int>(form.credentialMode));
    m_ui->credentialSourceComboBox->setCurrentIndex(mode < 0 ? 0 : mode);
    m_ui->profileComboBox->setCurrentText(form.profile);
    m_ui->accessKeyIdLineEdit->setText(form.accessKeyId);
    m_ui->secretAccessKeyLineEdit->setText(form.secretAccessKey);
    m_ui->sessionTokenLineEdit->setText(form.sessionToken);
    m_ui->channelLineEdit->setText(form.channel);
    m_ui->regionComboBox->setCurrentText(form.region);
    m_ui->clientIdLineEdit->setText(form.clientId);
    m_ui->endpointLineEdit->setText(form.endpointOverride);
    m_ui->caFileLineEdit->setText(form.caFile);
    m_ui->fipsCheckBox->setChecked(form.fips);
    m_ui->dualStackCheckBox->setChecked(form.dualStack);
    m_ui->maxRetriesSpinBox->setValue(form.maxRetries);
    if (!form.endpointOverride.isEmpty() || !form.caFile.isEmpty())
        m_ui->advancedToggleButton->setChecked(true);
    revalidate();
}

void ConnectionFormPanel::setProfiles(const QStringList &profiles, const QString &status, bool ok)
{
    const QString current = m_ui->profileComboBox->currentText();
    {
        const QSignalBlocker blocker(m_ui->profileComboBox);
        m_ui->profileComboBox->clear();
        m_ui->profileComboBox->addItems(profiles);
        m_ui->profileComboBox->setCurrentText(current.isEmpty() && !profiles.isEmpty() ? profiles.constFirst()
                                                                                       : current);
    }
    m_ui->profilesStatusLabel->setText(ok ? status : tr("Cannot read the AWS files: %1").arg(status));
    setSecondaryForeground(m_ui->profilesStatusLabel, ok);
    updateCredentialMode(); // shows the status, revalidates and asks for a fresh check
}

void ConnectionFormPanel::setRecentChannels(const QStringList &channels)
{
    static_cast<QStringListModel *>(m_ui->channelLineEdit->completer()->model())->setStringList(channels);
    QMenu *menu = m_ui->recentChannelsButton->menu();
    menu->clear();
    for (const QString &channel : channels) {
        QAction *action = menu->addAction(channel);
        connect(action, &QAction::triggered, this, [this, channel] {
            m_ui->channelLineEdit->setText(channel);
            m_ui->channelLineEdit->setFocus();
        });
    }
    m_ui->recentChannelsButton->setEnabled(!channels.isEmpty());
    m_ui->recentChannelsButton->setToolTip(channels.isEmpty() ? tr("No recent channels yet")
                                                              : tr("Channels you connected to recently"));
}

void ConnectionFormPanel::showRecentChannels()
{
    QCompleter *completer = m_ui->channelLineEdit->completer();
    if (completer->model()->rowCount() == 0)
        return;
    // Down on the field lists every recent channel matching what is typed (all of them when it is empty).
    completer->setCompletionPrefix(m_ui->channelLineEdit->text());
    if (completer->completionCount() == 0)
        completer->setCompletionPrefix(QString());
    completer->complete();
}

bool ConnectionFormPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->channelLineEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && !m_ui->channelLineEdit->completer()->popup()->isVisible()) {
            showRecentChannels();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConnectionFormPanel::useNewClientId()
{
    if (!m_active)
        m_ui->clientIdLineEdit->setText(m_newClientId());
}

void ConnectionFormPanel::setRegionResolver(RegionResolver resolver)
{
    m_regionResolver = std::move(resolver);
    revalidate();
}

void ConnectionFormPanel::setEndpointSwitchResolver(EndpointSwitchResolver resolver)
{
    m_endpointSwitchResolver = std::move(resolver);
    revalidate();
}

void ConnectionFormPanel::requestCredentialCheck()
{
    if (!m_active)
        m_checkDebounce.start();
}

void ConnectionFormPanel::emitCredentialCheck()
{
    const ConnectionForm current = form();
    if (current.credentialMode == CredentialMode::Manual || m_active)
        return;
    emit credentialCheckRequested(current.credentialMode, current.profile);
}

void ConnectionFormPanel::showCredentialCheck(const CredentialCheck &check)
{
    const ConnectionForm current = form();
    if (check.mode != current.credentialMode ||
        (check.mode == CredentialMode::Profile && check.profile != current.profile))
        return; // a late answer about an earlier choice
    m_check = check;
    presentCredentialCheck();
}

void ConnectionFormPanel::presentCredentialCheck()
{
    QString text;
    bool problem = false;
    const CredentialCheck check = m_check.value_or(CredentialCheck{});
    switch (check.status) {
    case CredentialCheck::Status::Checking:
        if (m_check)
            text = tr("Checking the credentials…");
        break;
    case CredentialCheck::Status::Resolved: {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString expiry =
            check.expiration.isValid() ? relativeTime(check.expiration, now) : tr("does not expire");
        problem = check.expiration.isValid() && check.expiration <= now;
        text = tr("Found: %1\nAccess key %2 · %3").arg(check.source, check.maskedAccessKeyId, expiry);
        break;
    }
    case CredentialCheck::Status::Failed:
        problem = true;
        text = tr("No credentials: %1").arg(check.error);
        break;
    }
    if (text != m_ui->credentialCheckLabel->text()) {
        m_ui->credentialCheckLabel->setText(text);
        QAccessibleEvent changed(m_ui->credentialCheckLabel, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&changed);
    }
    setSecondaryForeground(m_ui->credentialCheckLabel, !problem);
    const bool shown = form().credentialMode != CredentialMode::Manual;
    m_ui->credentialCheckLabel->setVisible(shown && !text.isEmpty());
    m_ui->credentialCheckLabel->setAccessibleDescription(text);
    const bool ticking =
        shown && check.status == CredentialCheck::Status::Resolved && check.expiration.isValid();
    if (ticking && !m_expiryTicker.isActive())
        m_expiryTicker.start();
    else if (!ticking)
        m_expiryTicker.stop();
}

void ConnectionFormPanel::updateCredentialMode()
{
    const auto mode = static_cast<CredentialMode>(m_ui->credentialSourceComboBox->currentData().toInt());
    const bool profile = mode == CredentialMode::Profile;
    const bool manual = mode == CredentialMode::Manual;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->profileLabel), static_cast<QWidget *>(m_ui->profileComboBox)})
        w->setVisible(profile);
    m_ui->reloadProfilesButton->setVisible(profile);
    m_ui->profilesStatusLabel->setVisible(profile && !m_ui->profilesStatusLabel->text().isEmpty());
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->accessKeyIdLabel), static_cast<QWidget *>(m_ui->accessKeyIdLineEdit),
          static_cast<QWidget *>(m_ui->secretAccessKeyLabel),
          static_cast<QWidget *>(m_ui->secretAccessKeyLineEdit),
          static_cast<QWidget *>(m_ui->sessionTokenLabel), static_cast<QWidget *>(m_ui->sessionTokenLineEdit),
          static_cast<QWidget *>(m_ui->rememberCheckBox)})
        w->setVisible(manual);
    switch (mode) {
    case CredentialMode::Environment:
        m_ui->credentialSourceInfoLabel->setText(
            tr("Uses AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN from the environment."));
        break;
    case CredentialMode::Profile:
        m_ui->credentialSourceInfoLabel->setText(tr(
            "A profile's static keys, SSO sign-in, credential_process or role, as the AWS CLI reads them."));
        break;
    case CredentialMode::Manual:
        m_ui->credentialSourceInfoLabel->setText(
            m_keychainNote.isEmpty() ? tr("Keys are kept for this session only, unless you choose "
                                          "to remember them in the system keychain.")
                                     : m_keychainNote);
        break;
    }
    if (manual) {
        m_checkDebounce.stop();
        m_ui->credentialCheckLabel->setVisible(false);
        m_expiryTicker.stop();
    } else {
        m_check.reset();
        presentCredentialCheck();
        requestCredentialCheck();
    }
    revalidate();
}

bool ConnectionFormPanel::rememberKeys() const
{
    return m_ui->rememberCheckBox->isChecked();
}

void ConnectionFormPanel::setRememberKeys(bool remember)
{
    m_ui->rememberCheckBox->setChecked(remember);
}

void ConnectionFormPanel::setKeychainNote(const QString &note)
{
    m_keychainNote = note;
    updateCredentialMode();
}

void ConnectionFormPanel::revalidate()
{
    const ConnectionForm typed = form();
    const bool caReadable = typed.caFile.isEmpty() || QFileInfo(typed.caFile).isReadable();
    const auto channel = ChannelReference::parse(typed.channel);
    const QString arnRegion = channel && channel->isArn() ? channel->arn->region : QString();
    m_defaultRegion.reset();
    QString regionProblem;
    if (typed.region.isEmpty() && m_regionResolver) {
        const Result<RegionChoice> choice = m_regionResolver(typed.credentialMode, typed.profile, arnRegion);
        if (choice)
            m_defaultRegion = choice.value();
        else if (choice.error().code != u"NoRegion")
            regionProblem = choice.error().message;
    }
    // Fields are validated as the connection will use them; warnings as typed (a filled-in default is not
    // "the region field"), plus one for a default that disagrees with the ARN.
    m_validation = validateConnectionForm(connectionForm(), caReadable);
    m_validation.warnings = validateConnectionForm(typed, caReadable).warnings;
    if (m_defaultRegion && !arnRegion.isEmpty() && m_defaultRegion->region != arnRegion)
        m_validation.warnings.append(
            tr("The channel ARN is in %1 but %2 says %3; the connection will use %3 and is likely to fail "
               "with ResourceNotFound. Type %1 in the region field to use the ARN's region.")
                .arg(arnRegion, regionSourceText(m_defaultRegion->source), m_defaultRegion->region));
    for (const auto &[field, feedback] : m_feedback)
        feedback->present(m_validation.result(field));
    updateChannelInfo();
    presentRegionSource(typed);
    presentEndpointSwitchSources(typed);
    if (!regionProblem.isEmpty()) {
        m_ui->regionSourceLabel->setText(tr("The default region is unusable: %1").arg(regionProblem));
        m_ui->regionSourceLabel->setVisible(true);
    }
    // The region's error and where the region comes from share one line (the error wins), as do the
    // channel's error and what its ARN says (never both: only a valid channel has an ARN to describe).
    if (m_ui->regionMessageLabel->isVisibleTo(this))
        m_ui->regionSourceLabel->setVisible(false);
    const QString warnings = m_validation.warnings.join(u'\n');
    m_ui->regionWarningLabel->setText(warnings);
    m_ui->regionWarningLabel->setVisible(!warnings.isEmpty());
    m_ui->connectButton->setEnabled(m_active || m_validation.canConnect());
    // Say why Connect is disabled, even for the fields that stay quiet until they are touched.
    QString hint;
    for (const auto &[field, result] : m_validation.fields) {
        if (!result.ok()) {
            hint = tr("To connect: %1").arg(result.message);
            break;
        }
    }
    m_ui->connectHintLabel->setText(hint);
    m_ui->connectHintLabel->setVisible(!hint.isEmpty());
    m_ui->connectButton->setAccessibleDescription(hint);
    emit formChanged(m_validation);
}

void ConnectionFormPanel::presentEndpointSwitchSources(const ConnectionForm &typed)
{
    QStringList lines;
    if (m_endpointSwitchResolver) {
        const EndpointSwitches switches = m_endpointSwitchResolver(typed.credentialMode, typed.profile);
        // A checked box wins; an unchecked one does not turn a setting off, so say where it is on.
        if (!typed.fips && switches.fips.on)
            lines.append(tr("FIPS endpoint on: %1.").arg(settingSourceText(switches.fips.source)));
        if (!typed.dualStack && switches.dualStack.on)
            lines.append(tr("Dual-stack endpoint on: %1.").arg(settingSourceText(switches.dualStack.source)));
    }
    m_ui->endpointSwitchSourceLabel->setText(lines.join(u'\n'));
    m_ui->endpointSwitchSourceLabel->setVisible(!lines.isEmpty());
}

void ConnectionFormPanel::presentRegionSource(const ConnectionForm &typed)
{
    QString text;
    if (!typed.region.isEmpty())
        text = tr("Region from this field (it overrides AWS_REGION, the profile and the channel ARN).");
    else if (m_defaultRegion)
        text =
            tr("Region %1 from %2.").arg(m_defaultRegion->region, regionSourceText(m_defaultRegion->source));
    m_ui->regionSourceLabel->setText(text);
    m_ui->regionSourceLabel->setVisible(!text.isEmpty());
    m_ui->regionComboBox->lineEdit()->setPlaceholderText(
        m_defaultRegion ? tr("Default: %1").arg(m_defaultRegion->region) : tr("Default: the ARN's region"));
}

void ConnectionFormPanel::updateChannelInfo()
{
    QString info;
    if (m_validation.channel && m_validation.channel->isArn()) {
        const ChannelArn &arn = *m_validation.channel->arn;
        info = tr("Channel %1 · account %2 · region %3 · partition %4")
                   .arg(arn.channelName, arn.accountId, arn.region, arn.partition);
    } else if (m_validation.channel) {
        info = tr("Channel name: the ARN is looked up with DescribeSignalingChannel in %1.")
                   .arg(m_validation.effectiveRegion.isEmpty() ? tr("the chosen region")
                                                               : m_validation.effectiveRegion);
    }
    m_ui->channelInfoLabel->setText(info);
    m_ui->channelInfoLabel->setVisible(!info.isEmpty());
}

void ConnectionFormPanel::toggleAdvanced(bool shown)
{
    m_ui->advancedWidget->setVisible(shown);
    m_ui->advancedToggleButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
}

void ConnectionFormPanel::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a CA certificate file"), QString(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileLineEdit->setText(file);
}

void ConnectionFormPanel::requestConnect()
{
    if (m_active)
        emit disconnectRequested();
    else if (m_validation.canConnect())
        emit connectRequested(connectionForm());
}

void ConnectionFormPanel::setChannel(const QString &channel)
{
    m_ui->channelLineEdit->setText(channel);
    m_ui->channelLineEdit->setFocus();
}

void ConnectionFormPanel::setConnectionActive(bool active)
{
    m_active = active;
    for (QWidget *group :
         {static_cast<QWidget *>(m_ui->credentialsGroupBox), static_cast<QWidget *>(m_ui->channelGroupBox),
          static_cast<QWidget *>(m_ui->advancedWidget)})
        group->setEnabled(!active);
    m_ui->connectButton->setText(active ? tr("&Disconnect") : tr("Connec&t"));
    m_ui->connectButton->setToolTip(active ? tr("Close the connection")
                                           : tr("Connect to the channel as a viewer (Enter)"));
    m_ui->connectButton->setEnabled(active || m_validation.canConnect());
    m_ui->connectHintLabel->setVisible(!active && !m_ui->connectHintLabel->text().isEmpty());
    if (active)
        m_checkDebounce.stop();
}

} // namespace kvs::ui
