#include "ui/iceserversdialog.h"

#include "core/common/clock.h"
#include "core/common/duration.h"
#include "core/common/redaction.h"
#include "core/diagnostics/accesscheck.h"
#include "ui/palettecolors.h"
#include "ui_iceserversdialog.h"

#include <QHeaderView>
#include <QTimer>

namespace kvs::ui {

IceServersDialog::IceServersDialog(const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::IceServersDialog>())
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->serversTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->serversTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &IceServersDialog::updateCountdown);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &IceServersDialog::runRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_check && m_check->isRunning())
            m_check->cancel();
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    setBusy(false);
}

IceServersDialog::~IceServersDialog() = default;

void IceServersDialog::setCheck(AccessCheck *check)
{
    if (m_check)
        m_check->disconnect(this);
    m_check = check;
    if (!m_check)
        return;
    connect(m_check, &AccessCheck::finished, this, &IceServersDialog::onFinished);
    setBusy(m_check->isRunning());
    m_ui->refreshButton->setDefault(false);
    m_ui->closeButton->setDefault(true);
    if (m_check->isRunning())
        m_ui->statusLabel->setText(tr("Fetching the ICE servers…"));
    else
        onFinished();
}

void IceServersDialog::showProblem(const QString &text)
{
    setCheck(nullptr);
    setBusy(false);
    m_ui->statusLabel->setText(redact(text));
}

void IceServersDialog::onFinished()
{
    setBusy(false);
    if (!m_check)
        return;
    const AccessCheckResult &result = m_check->result();
    m_ui->channelLabel->setText(
        redact(tr("Channel %1 in %2")
                   .arg(result.channelArn.isEmpty() ? tr("(unknown)") : result.channelArn, result.region)));
    if (result.iceConfig) {
        m_ui->statusLabel->setText(
            tr("Fetched at %1.")
                .arg(QLocale().toString(m_clock.now().toLocalTime().time(), QLocale::ShortFormat)));
        showServers(*result.iceConfig);
        return;
    }
    if (result.cancelled) {
        m_ui->statusLabel->setText(tr("Cancelled."));
        return;
    }
    if (const CheckStep *failed = result.firstFailure()) {
        QString text = tr("%1 failed: %2 %3").arg(failed->name, failed->errorType, failed->message);
        if (!failed->iamAction.isEmpty())
            text += u' ' + tr("Grant %1 to these credentials.").arg(failed->iamAction);
        m_ui->statusLabel->setText(redact(text));
    }
}

void IceServersDialog::showServers(const IceServerConfig &config)
{
    const QList<IceServerRow> rows = iceServerRows(config);
    QTableWidget *table = m_ui->serversTableWidget;
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const IceServerRow &server = rows.at(row);
        const QString cells[] = {redact(server.uris.join(u'\n')), server.username, server.password,
                                 server.ttlSeconds > 0 ? formatDuration(server.ttlSeconds * 1000LL)
                                                       : tr("—")};
        for (int column = 0; column < 4; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            table->setItem(row, column, item);
        }
    }
    table->resizeRowsToContents();
    m_expiry = IceServerExpiry(config, m_clock.now());
    updateCountdown();
    m_countdown->start();
}

QString IceServersDialog::expiryText() const
{
    return m_expiry.text(m_clock.now());
}

void IceServersDialog::updateCountdown()
{
    const QDateTime now = m_clock.now();
    // A sentence of its own: the status beside it ("Fetched at …") must not read on from it.
    m_ui->expiryLabel->setText(tr("TURN: %1.").arg(m_expiry.text(now)));
    const bool expired = m_expiry.isExpired(now);
    setErrorForeground(m_ui->expiryLabel, expired);
    QFont font = m_ui->expiryLabel->font();
    font.setBold(expired);
    m_ui->expiryLabel->setFont(font);
    if (expired || !m_expiry.isValid())
        m_countdown->stop();
    if (expired) // the obvious next step, on Enter
        m_ui->refreshButton->setDefault(true);
}

void IceServersDialog::hideEvent(QHideEvent *event)
{
    if (m_check && m_check->isRunning())
        m_check->cancel();
    QDialog::hideEvent(event);
}

void IceServersDialog::setBusy(bool busy)
{
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->refreshButton->setEnabled(!busy);
}

} // namespace kvs::ui
