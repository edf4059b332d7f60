#include "ui/fieldfeedback.h"

#include <QAction>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

namespace kvs::ui {
namespace {

/// Paints its label's text on one line, elided at the right, and shows the whole text as the tooltip.
class OneLinePainter final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *label = static_cast<QLabel *>(watched);
        if (event->type() == QEvent::Paint) {
            QPainter painter(label);
            const QRect area = label->contentsRect();
            painter.setPen(label->palette().color(label->foregroundRole()));
            painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                             label->fontMetrics().elidedText(label->text(), Qt::ElideRight, area.width()));
            return true;
        }
        if (event->type() == QEvent::ToolTip) {
            const auto *help = static_cast<QHelpEvent *>(event);
            if (label->fontMetrics().horizontalAdvance(label->text()) > label->contentsRect().width())
                QToolTip::showText(help->globalPos(), label->text(), label);
            else
                QToolTip::hideText();
            return true;
        }
        return false;
    }
};

} // namespace

void reserveOneLine(QLabel *label)
{
    label->setWordWrap(false);
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    label->installEventFilter(new OneLinePainter(label));
}

FieldFeedback::FieldFeedback(QLineEdit *edit, QLabel *messageLabel, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
    , m_label(messageLabel)
    , m_icon(edit->addAction(QIcon(), QLineEdit::TrailingPosition))
{
    m_icon->setVisible(false);
    reserveOneLine(m_label);
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
    // The line's room is kept while its field is shown (and given back when the field is hidden, e.g. the
    // key fields for another credential source).
    QSizePolicy policy = m_label->sizePolicy();
    const bool fieldShown = m_edit->isVisibleTo(m_label->parentWidget());
    if (policy.retainSizeWhenHidden() != fieldShown) {
        policy.setRetainSizeWhenHidden(fieldShown);
        m_label->setSizePolicy(policy);
    }
}

QString FieldFeedback::message() const
{
    return m_label->isVisible() ? m_label->text() : QString();
}

} // namespace kvs::ui
