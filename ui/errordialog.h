#pragma once

#include "core/events/failureexplainer.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace kvs::ui {

/// The dialog for a failed user action: what happened in plain words, the service's own message, HTTP
/// status, error type and request id, the next steps, the minimal IAM policy when permission is the
/// cause, and "Copy details" (redacted). Shown only through Dialogs::showFailure().
class ErrorDialog final : public QDialog
{
    Q_OBJECT

public:
    ErrorDialog(const Failure &failure, const Explanation &explanation, QWidget *parent = nullptr);

    /// The text "Copy details" puts on the clipboard: everything shown, redacted.
    QString detailsText() const;

private:
    void copyDetails();

    QString m_details;
};

} // namespace kvs::ui
