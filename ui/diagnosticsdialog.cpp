#include "ui/diagnosticsdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kvs::ui {

DiagnosticsDialog::DiagnosticsDialog(const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_preview(new QPlainTextEdit(text, this))
{
    setObjectName(QStringLiteral("diagnosticsDialog"));
    setWindowTitle(tr("Export diagnostics"));
    resize(760, 560);

    auto *intro = new QLabel(tr("This is the whole file. Secrets (keys, tokens, signatures, TURN "
                                "credentials) are removed; check it before you hand it over."),
                             this);
    intro->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("diagnosticsPlainTextEdit"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true); // read-only: Tab moves on, as in every other control
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Diagnostics preview"));
    m_preview->setAccessibleDescription(tr("The whole file as it will be saved, with secrets removed"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save…"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
}

QString DiagnosticsDialog::text() const
{
    return m_preview->toPlainText();
}

} // namespace kvs::ui
