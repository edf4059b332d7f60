#pragma once

#include "core/common/validation.h"

#include <QObject>

class QAction;
class QLabel;
class QLineEdit;

namespace kvs::ui {

/// Presents a ValidationResult on one line edit: a trailing icon, a tooltip and a line of text under
/// the field (also set as the accessible description). It decides nothing; the core validates.
class FieldFeedback final : public QObject
{
    Q_OBJECT

public:
    /// edit and messageLabel must outlive this object (they are normally its siblings in a form).
    FieldFeedback(QLineEdit *edit, QLabel *messageLabel, QObject *parent = nullptr);

    /// Shows result. When quietWhileEmpty is set and the field is empty and has never been edited, an
    /// Empty result is not shown as an error yet (a fresh form is not a wall of red).
    void present(const ValidationResult &result, bool quietWhileEmpty = true);
    /// The text currently shown under the field ("" when valid).
    QString message() const;

private:
    QLineEdit *m_edit;
    QLabel *m_label;
    QAction *m_icon;
    bool m_touched = false;
};

/// Makes a hint line under a field keep one line of room whether shown or not, so hints appearing and
/// disappearing while the user types never move the fields below; a text longer than the line is elided
/// (the tooltip and the accessible name keep it whole).
void reserveOneLine(QLabel *label);

} // namespace kvs::ui
