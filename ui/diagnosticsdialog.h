#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace kvs::ui {

/// The preview of a diagnostics report before it is saved: the exact text the file will hold, read-only,
/// with Save… and Cancel. Shown only through Dialogs::showDiagnosticsPreview().
class DiagnosticsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DiagnosticsDialog(const QString &text, QWidget *parent = nullptr);

    /// The previewed text (what Save writes).
    QString text() const;

private:
    QPlainTextEdit *m_preview;
};

} // namespace kvs::ui
