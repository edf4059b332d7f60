#include "ui/identitydialog.h"

#include "core/account/identitylookup.h"
#include "core/common/clock.h"
#include "core/common/redaction.h"
#include "core/events/failureexplainer.h"
#include "ui/palettecolors.h"
#include "ui/selectabletext.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kvs::ui {

IdentityDialog::IdentityDialog(const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_statusLabel(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_form(new QFormLayout)
    , m_adviceLabel(new QLabel(this))
    , m_runButton(new QPushButton(tr("&Ask again"), this))
    , m_copyButton(new QPushButton(tr("Cop&y"), this))
{
    setWindowTitle(tr("Who am I"));
    setAccessibleName(tr("Who am I"));
    setObjectName(QStringLiteral("identityDialog"));
    auto *intro = new QLabel(tr("Asks STS (GetCallerIdentity) who the connection form's credentials belong "
                                "to. Nothing is changed in the account."),
                             this);
    intro->setWordWrap(true);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    makeSelectableText(m_statusLabel);
    m_adviceLabel->setObjectName(QStringLiteral("adviceLabel"));
    makeSelectableText(m_adviceLabel);
    m_busy->setMaximum(0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->setAccessibleName(tr("Asking"));
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_runButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_runButton, &QPushButton::clicked, this, &IdentityDialog::runRequested);
    connect(m_copyButton, &QPushButton::clicked, this, &IdentityDialog::copy);

    auto *status = new QHBoxLayout;
    status->addWidget(m_busy);
    status->addWidget(m_statusLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addLayout(status);
    layout->addWidget(m_adviceLabel);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(640, 320);
    m_busy->hide();
}

IdentityDialog::~IdentityDialog() = default;

void IdentityDialog::setLookup(IdentityLookup *lookup)
{
    if (m_lookup)
        m_lookup->disconnect(this);
    m_lookup = lookup;
    clearAnswer();
    if (!m_lookup)
        return;
    connect(m_lookup, &IdentityLookup::finished, this, &IdentityDialog::onFinished);
    if (m_lookup->isRunning()) {
        m_busy->show();
        m_runButton->setEnabled(false);
        m_statusLabel->setText(tr("Asking STS…"));
    } else {
        onFinished();
    }
}

void IdentityDialog::showProblem(const QString &text)
{
    setLookup(nullptr);
    m_statusLabel->setText(redact(text));
}

void IdentityDialog::clearAnswer()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_adviceLabel->clear();
    m_statusLabel->clear();
    m_statusLabel->setPalette(palette());
    m_busy->hide();
    m_runButton->setEnabled(true);
}

void IdentityDialog::addRow(const QString &label, const QString &value)
{
    m_form->addRow(label, selectableValueLabel(value, label, this));
}

QString IdentityDialog::describeExpiry(const QDateTime &expiration) const
{
    if (!expiration.isValid())
        return tr("never (long-term keys)");
    const QString when = QLocale().toString(expiration.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    const qint64 seconds = m_clock.now().secsTo(expiration);
    if (seconds <= 0)
        return tr("expired at %1").arg(when);
    if (seconds < 120)
        return tr("%1 (in %n second(s))", nullptr, int(seconds)).arg(when);
    if (seconds < 2 * 3600)
        return tr("%1 (in %n minute(s))", nullptr, int(seconds / 60)).arg(when);
    return tr("%1 (in %n hour(s))", nullptr, int(seconds / 3600)).arg(when);
}

QString IdentityDialog::stsEndpointSourceText(StsEndpointSource source)
{
    switch (source) {
    case StsEndpointSource::ServiceEnvironment:
        return QStringLiteral("AWS_ENDPOINT_URL_STS");
    case StsEndpointSource::GlobalEnvironment:
        return QStringLiteral("AWS_ENDPOINT_URL");
    case StsEndpointSource::FormEndpoint:
        // The controls as the form names them.
        return tr("Advanced › Endpoint URL");
    case StsEndpointSource::Default:
        return tr("the region's default");
    }
    return QString();
}

void IdentityDialog::onFinished()
{
    clearAnswer();
    if (!m_lookup || !m_lookup->result())
        return;
    const Result<IdentityReport> &result = *m_lookup->result();
    if (result) {
        const IdentityReport &report = result.value();
        addRow(tr("Account:"), report.identity.account);
        addRow(tr("ARN:"), report.identity.arn);
        addRow(tr("User id:"), report.identity.userId);
        addRow(tr("Credentials:"), report.credentialSource);
        addRow(tr("Access key:"),
               report.temporary ? tr("%1 (temporary, with a session token)").arg(report.maskedAccessKeyId)
                                : report.maskedAccessKeyId);
        addRow(tr("Expires:"), describeExpiry(report.expiration));
        addRow(tr("Region:"), report.region);
        addRow(tr("STS endpoint:"),
               tr("%1 (from %2)").arg(report.stsEndpoint, stsEndpointSourceText(report.stsEndpointSource)));
        m_statusLabel->setText(tr("STS knows these credentials."));
        return;
    }
    const Failure failure = m_lookup->failure();
    const Explanation explanation = explainFailure(failure);
    m_statusLabel->setText(redact(
        tr("%1: %2").arg(explanation.title.isEmpty() ? failure.errorType : explanation.title,
                         explanation.whatHappened.isEmpty() ? failure.message : explanation.whatHappened)));
    QStringList advice;
    if (!explanation.whatHappened.isEmpty() && explanation.whatHappened != failure.message)
        advice.append(tr("The service said: %1 (%2)").arg(failure.message, failure.errorType));
    advice.append(explanation.nextSteps);
    m_adviceLabel->setText(redact(advice.join(u'\n')));
    QPalette colours = m_statusLabel->palette();
    colours.setColor(QPalette::WindowText, errorColor(colours));
    m_statusLabel->setPalette(colours);
}

QString IdentityDialog::text() const
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
    if (!m_statusLabel->text().isEmpty())
        lines.append(m_statusLabel->text());
    if (!m_adviceLabel->text().isEmpty())
        lines.append(m_adviceLabel->text());
    return redact(lines.join(u'\n'));
}

void IdentityDialog::copy()
{
    QGuiApplication::clipboard()->setText(text());
}

} // namespace kvs::ui
