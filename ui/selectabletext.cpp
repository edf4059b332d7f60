#include "ui/selectabletext.h"

#include "core/common/redaction.h"

#include <QLabel>

namespace kvs::ui {

void makeSelectableText(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

QLabel *selectableValueLabel(const QString &value, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(redact(value), parent);
    makeSelectableText(label);
    label->setAccessibleName(accessibleName);
    return label;
}

} // namespace kvs::ui
