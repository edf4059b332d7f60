#include "ui/presignedurldialog.h"

#include "core/common/clock.h"
#include "core/common/redaction.h"
#include "core/connection/connectionplan.h"
#include "core/controlplane/presignedurl.h"
#include "ui/palettecolors.h"
#include "ui/selectabletext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace kvs::ui {

PresignedUrlDialog::PresignedUrlDialog(const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_edit(new QPlainTextEdit(this))
    , m_form(new QFormLayout)
    , m_statusLabel(new QLabel(this))
    , m_useButton(new QPushButton(tr("&Use in form"), this))
    , m_connectButton(new QPushButton(tr("Co&nnect with this URL"), this))
{
    setObjectName(QStringLiteral("presignedUrlDialog"));
    setWindowTitle(tr("Presigned URL"));
    setAccessibleName(tr("Presigned URL"));
    auto *intro =
        new QLabel(tr("&Paste a presigned signaling URL (wss://…?X-Amz-ChannelARN=…). It is decoded "
                      "here only: nothing is sent, and the signature is never shown."),
                   this);
    intro->setWordWrap(true);
    intro->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("urlPlainTextEdit"));
    m_edit->setAccessibleName(tr("Presigned URL"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMaximumHeight(90);
    m_edit->setPlaceholderText(
        QStringLiteral("wss://v-…kinesisvideo.REGION.amazonaws.com/?X-Amz-Algorithm=…"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    makeSelectableText(m_statusLabel);
    m_useButton->setObjectName(QStringLiteral("useInFormButton"));
    m_useButton->setToolTip(tr("Put the channel ARN, region and ClientId in the connection form"));
    m_connectButton->setObjectName(QStringLiteral("connectWithUrlButton"));
    m_connectButton->setToolTip(
        tr("Connect the window's session with this URL exactly as pasted: no "
           "credentials, no control-plane calls (media: host and STUN candidates only)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_connectButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_useButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &PresignedUrlDialog::decode);
    connect(m_useButton, &QPushButton::clicked, this, [this] {
        emit useInFormRequested(m_channelArn, m_region, m_clientId);
        close();
    });
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        // Checked again at the click: the URL may have expired since it was pasted.
        const Result<PresignedUrl> usable = presignedViewerUrl(m_url, m_clock.now());
        if (!usable) {
            m_connectButton->setEnabled(false);
            m_statusLabel->setText(redact(usable.error().message));
            return;
        }
        const QString url = m_url;
        close();
        emit connectRequested(url);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_edit);
    layout->addLayout(m_form);
    layout->addWidget(m_statusLabel);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(720, 460);
    decode();
}

PresignedUrlDialog::~PresignedUrlDialog() = default;

void PresignedUrlDialog::setUrlText(const QString &text)
{
    m_edit->setPlainText(text);
}

void PresignedUrlDialog::addRow(const QString &label, const QString &value)
{
    m_form->addRow(label, selectableValueLabel(value, label, this));
}

QString PresignedUrlDialog::describeExpiry(const PresignedUrl &url) const
{
    const QString when = url.expiresAt().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    const qint64 seconds = m_clock.now().secsTo(url.expiresAt());
    if (seconds <= 0)
        return tr("%1 — expired").arg(when);
    return tr("%1 (valid for %n more minute(s))", nullptr, int((seconds + 59) / 60)).arg(when);
}

void PresignedUrlDialog::decode()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_channelArn.clear();
    m_region.clear();
    m_clientId.clear();
    m_url.clear();
    m_useButton->setEnabled(false);
    m_connectButton->setEnabled(false);
    m_statusLabel->setPalette(palette());
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_statusLabel->setText(tr("Nothing pasted yet."));
        return;
    }
    const Result<PresignedUrl> url = PresignedUrl::parse(text);
    QPalette colours = m_statusLabel->palette();
    if (!url) {
        colours.setColor(QPalette::WindowText, errorColor(colours));
        m_statusLabel->setPalette(colours);
        m_statusLabel->setText(redact(tr("Not a presigned signaling URL: %1").arg(url.error().message)));
        return;
    }
    const PresignedUrl &info = url.value();
    addRow(tr("Endpoint:"), info.endpoint);
    addRow(tr("Channel:"), info.channelArn);
    if (info.arn)
        addRow(tr("Account, name:"), tr("%1, %2").arg(info.arn->accountId, info.arn->channelName));
    addRow(tr("Role:"), info.isViewer() ? tr("viewer, ClientId %1").arg(info.clientId) : tr("master"));
    addRow(tr("Region:"), info.region);
    addRow(tr("Signed by:"), info.hasSessionToken
                                 ? tr("%1 (temporary credentials)").arg(info.maskedAccessKeyId)
                                 : info.maskedAccessKeyId);
    addRow(tr("Signed at:"), info.signedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
    addRow(tr("Expires:"), describeExpiry(info));
    addRow(tr("Signature:"), tr("present (hidden)"));
    const QStringList warnings = info.warnings(m_clock.now());
    if (!warnings.isEmpty()) {
        colours.setColor(QPalette::WindowText, errorColor(colours));
        m_statusLabel->setPalette(colours);
        m_statusLabel->setText(redact(warnings.join(u'\n')));
    } else {
        m_statusLabel->setText(tr("The URL looks usable until it expires."));
    }
    // The box keeps the URL without its signature, credential and token: what a screen shows or a
    // screenshot keeps is safe to share (decoding registered them as secrets).
    const QString shown = redact(text.trimmed());
    if (shown != text) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setPlainText(shown);
    }
    m_channelArn = info.channelArn;
    m_region = info.arn ? info.arn->region : info.region;
    m_clientId = info.clientId;
    m_useButton->setEnabled(true);
    m_url = QString::fromLatin1(info.url);
    // Only a viewer's URL that still works can be connected with as is.
    const Result<PresignedUrl> usable = presignedViewerUrl(m_url, m_clock.now());
    m_connectButton->setEnabled(usable.ok());
    m_connectButton->setToolTip(usable
                                    ? tr("Connect the window's session with this URL exactly as pasted: no "
                                         "credentials, no control-plane calls (media: host and STUN "
                                         "candidates only)")
                                    : redact(usable.error().message));
}

QString PresignedUrlDialog::decodedText() const
{
    QStringList lines;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        const auto *label = m_form->itemAt(row, QFormLayout::LabelRole);
        const auto *field = m_form->itemAt(row, QFormLayout::FieldRole);
        const auto *labelWidget = label ? qobject_cast<const QLabel *>(label->widget()) : nullptr;
        const auto *fieldWidget = field ? qobject_cast<const QLabel *>(field->widget()) : nullptr;
        if (labelWidget && fieldWidget)
            lines.append(labelWidget->text() + u' ' + fieldWidget->text());
    }
    lines.append(m_statusLabel->text());
    return redact(lines.join(u'\n'));
}

} // namespace kvs::ui
