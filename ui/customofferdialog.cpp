#include "ui/customofferdialog.h"

#include "core/common/duration.h"
#include "core/common/redaction.h"
#include "core/connection/masterprobe.h"
#include "core/signaling/sdpofferbuilder.h"
#include "ui/palettecolors.h"
#include "ui_customofferdialog.h"

#include <QFontDatabase>

namespace kvs::ui {

CustomOfferDialog::CustomOfferDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomOfferDialog>())
{
    m_ui->setupUi(this);
    m_ui->offerPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setErrorForeground(m_ui->problemLabel, true); // it only ever names what is wrong with the offer
    connect(m_ui->sendButton, &QPushButton::clicked, this, &CustomOfferDialog::send);
    connect(m_ui->resetButton, &QPushButton::clicked, this, [this] { setOffer(m_prefill); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CustomOfferDialog::cancelRequested);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    setBusy(false);
}

CustomOfferDialog::~CustomOfferDialog() = default;

void CustomOfferDialog::setOffer(const QString &offer)
{
    m_prefill = offer;
    m_ui->offerPlainTextEdit->setPlainText(QString(offer).remove(u'\r'));
    m_ui->problemLabel->clear();
}

QString CustomOfferDialog::offerText() const
{
    return m_ui->offerPlainTextEdit->toPlainText();
}

QString CustomOfferDialog::problemText() const
{
    return m_ui->problemLabel->text();
}

QString CustomOfferDialog::answerText() const
{
    return m_ui->answerLabel->text();
}

void CustomOfferDialog::send()
{
    const Result<QString> offer = normalizeCustomOffer(offerText());
    if (!offer) {
        m_ui->problemLabel->setText(offer.error().message);
        m_ui->offerPlainTextEdit->setFocus();
        return;
    }
    m_ui->problemLabel->clear();
    m_ui->answerLabel->setText(tr("Sent; waiting for the master's answer…"));
    setBusy(true);
    emit sendRequested(offer.value());
}

void CustomOfferDialog::showResult(const ProbeResult &result)
{
    setBusy(false);
    if (!result.answered) {
        m_ui->answerLabel->setText(redact(tr("No answer: %1").arg(result.failure)));
        return;
    }
    m_ui->answerLabel->setText(redact(
        tr("The master answered in %1: %2\nICE candidates in the answer: %3; trickled: %4 (details in the "
           "message log)")
            .arg(formatDuration(result.roundTripMs),
                 result.answer ? result.answer->mediaText() : tr("(the answer's SDP did not parse)"),
                 result.answer ? result.answer->candidates.toString() : tr("none"),
                 result.candidates.toString())));
}

void CustomOfferDialog::setSendAvailable(bool available)
{
    m_available = available;
    setBusy(m_busy);
    if (!available && !m_busy)
        m_ui->answerLabel->setText(tr("Connect first: the offer goes to the master through the open "
                                      "connection."));
}

void CustomOfferDialog::hideEvent(QHideEvent *event)
{
    if (m_busy)
        emit cancelRequested();
    QDialog::hideEvent(event);
}

void CustomOfferDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->sendButton->setEnabled(!busy && m_available);
}

} // namespace kvs::ui
