#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class CustomOfferDialog;
}

namespace kvs {
struct ProbeResult;
}

namespace kvs::ui {

/// Edits an SDP offer and asks to send it to the channel's master: prefilled with the offer the probe
/// would send; Send checks the text with normalizeCustomOffer() (a clear message on a bad offer, nothing
/// sent) and emits sendRequested() with the CRLF-normalised offer; showResult() shows the answer's
/// summary. The answer and the candidates themselves go to the message log through the connection.
class CustomOfferDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CustomOfferDialog(QWidget *parent = nullptr);
    ~CustomOfferDialog() override;

    /// Puts offer in the editor (and remembers it for Reset).
    void setOffer(const QString &offer);
    QString offerText() const;
    /// Shows the outcome of the last send and ends the busy state.
    void showResult(const ProbeResult &result);
    /// Enables Send (only while connected).
    void setSendAvailable(bool available);
    QString problemText() const;
    QString answerText() const;

signals:
    /// Emitted with the normalised offer when the user sends a valid one.
    void sendRequested(const QString &sdp);
    /// Emitted when the user stops waiting for the answer.
    void cancelRequested();

protected:
    /// Closing the dialog stops waiting for an answer (cancelRequested()).
    void hideEvent(QHideEvent *event) override;

private:
    void send();
    void setBusy(bool busy);

    std::unique_ptr<Ui::CustomOfferDialog> m_ui;
    QString m_prefill;
    bool m_busy = false;
    bool m_available = true;
};

} // namespace kvs::ui
