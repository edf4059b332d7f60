#include "fieldfeedback.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

namespace kvs::ui {

FieldFeedback::FieldFeedback(QLineEdit *edit, QLabel *messageLabel, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
    , m_label(messageLabel)
    , m_icon(edit->addAction(QIcon(), QLineEdit::TrailingPosition))
{
    m_icon->setVisible(false);
    m_label->setWordWrap(true);
    m_label->setVisible(false);
    // Full text contrast: the line names what is wrong, so it must stay readable in every palette (the
    // placeholder grey falls below 4.5:1).
    m_label->setForegroundRole(QPalette::WindowText);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_touched = true; });
}

void FieldFeedback::present(const ValidationResult &result, bool quietWhileEmpty)
{
    const bool quiet =
        quietWhileEmpty && !m_touched && m_edit->text().isEmpty() && result.rule == ValidationRule::Empty;
    const bool showError = !result.ok() && !quiet;
    m_icon->setVisible(showError);
    if (showError)
        m_icon->setIcon(m_edit->style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_icon->setToolTip(showError ? result.message : QString());
    m_edit->setToolTip(showError ? result.message : QString());
    m_edit->setAccessibleDescription(showError ? result.message : QString());
    m_label->setText(showError ? result.message : QString());
    m_label->setVisible(showError);
}

QString FieldFeedback::message() const
{
    return m_label->isVisible() ? m_label->text() : QString();
}

} // namespace kvs::ui
