#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace kvs::ui {

/// Makes label show plain, wrapped text that the user can select and copy (status lines, advice, values).
void makeSelectableText(QLabel *label);

/// A selectable plain-text label for one value of a read-only form: the value is redacted, and the label's
/// accessible name is the row's label.
QLabel *selectableValueLabel(const QString &value, const QString &accessibleName, QWidget *parent);

} // namespace kvs::ui
