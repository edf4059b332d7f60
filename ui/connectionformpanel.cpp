#include "connectionformpanel.h"

#include "fieldfeedback.h"
#include "ui_connectionformpanel.h"

#include <QFileDialog>
#include <QFileInfo>

namespace kvs::ui {
namespace {

const char *const kRegions[] = {
    "us-east-1",      "us-east-2",      "us-west-2",    "ca-central-1",   "sa-east-1",      "eu-west-1",
    "eu-west-2",      "eu-west-3",      "eu-central-1", "ap-northeast-1", "ap-northeast-2", "ap-south-1",
    "ap-southeast-1", "ap-southeast-2", "af-south-1",   "cn-north-1",     "us-gov-west-1"};

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
    m_ui->channelInfoLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->credentialSourceInfoLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->connectHintLabel->setForegroundRole(QPalette::PlaceholderText);

    connect(m_ui->credentialSourceComboBox, &QComboBox::currentIndexChanged, this,
            &ConnectionFormPanel::updateCredentialMode);
    connect(m_ui->newClientIdButton, &QPushButton::clicked, this,
            [this] { m_ui->clientIdLineEdit->setText(m_newClientId()); });
    connect(m_ui->advancedToggleButton, &QToolButton::toggled, this, &ConnectionFormPanel::toggleAdvanced);
    connect(m_ui->browseCaFileButton, &QPushButton::clicked, this, &ConnectionFormPanel::browseCaFile);
    connect(m_ui->connectButton, &QPushButton::clicked, this, &ConnectionFormPanel::requestConnect);
    connect(m_ui->rememberCheckBox, &QCheckBox::clicked, this, &ConnectionFormPanel::rememberKeysToggled);

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
    m_ui->regionComboBox->addItem(QString());
    for (const char *region : kRegions)
        m_ui->regionComboBox->addItem(QString::fromLatin1(region));
    m_ui->regionComboBox->lineEdit()->setPlaceholderText(tr("Default: the ARN's region"));
    m_ui->profileComboBox->lineEdit()->setPlaceholderText(tr("default"));
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

void ConnectionFormPanel::setProfiles(const QStringList &profiles)
{
    const QString current = m_ui->profileComboBox->currentText();
    m_ui->profileComboBox->clear();
    m_ui->profileComboBox->addItems(profiles);
    m_ui->profileComboBox->setCurrentText(current.isEmpty() && !profiles.isEmpty() ? profiles.constFirst()
                                                                                   : current);
}

void ConnectionFormPanel::updateCredentialMode()
{
    const auto mode = static_cast<CredentialMode>(m_ui->credentialSourceComboBox->currentData().toInt());
    const bool profile = mode == CredentialMode::Profile;
    const bool manual = mode == CredentialMode::Manual;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->profileLabel), static_cast<QWidget *>(m_ui->profileComboBox)})
        w->setVisible(profile);
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
        m_ui->credentialSourceInfoLabel->setText(
            tr("Uses a profile from ~/.aws/config and ~/.aws/credentials (keys, SSO, credential_process or a "
               "role)."));
        break;
    case CredentialMode::Manual:
        m_ui->credentialSourceInfoLabel->setText(
            m_keychainNote.isEmpty() ? tr("Keys are kept for this session only, unless you choose "
                                          "to remember them in the system keychain.")
                                     : m_keychainNote);
        break;
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
    const ConnectionForm current = form();
    const bool caReadable = current.caFile.isEmpty() || QFileInfo(current.caFile).isReadable();
    m_validation = validateConnectionForm(current, caReadable);
    for (const auto &[field, feedback] : m_feedback)
        feedback->present(m_validation.result(field));
    updateChannelInfo();
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
        emit connectRequested(form());
}

void ConnectionFormPanel::setConnectionActive(bool active)
{
    m_active = active;
    for (QWidget *group :
         {static_cast<QWidget *>(m_ui->credentialsGroupBox), static_cast<QWidget *>(m_ui->channelGroupBox),
          static_cast<QWidget *>(m_ui->advancedWidget)})
        group->setEnabled(!active);
    m_ui->connectButton->setText(active ? tr("&Disconnect") : tr("&Connect"));
    m_ui->connectButton->setToolTip(active ? tr("Close the connection")
                                           : tr("Connect to the channel as a viewer (Enter)"));
    m_ui->connectButton->setEnabled(active || m_validation.canConnect());
    m_ui->connectHintLabel->setVisible(!active && !m_ui->connectHintLabel->text().isEmpty());
}

} // namespace kvs::ui
