#pragma once

#include <QStyledItemDelegate>

namespace kvs::ui {

/// Paints the log's rows as a table of two columns: the time since the run started, right-aligned in a
/// column of fixed width (the same for every row, whatever script the text is in: a Japanese row's digits
/// line up with an English one's), then the event's text. A run's header row (EventKind::Run) spans the
/// row in bold over a rule, so runs stand apart.
class EventLogDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The width of the time column for font: "99999.999" and a gap.
    static int timeColumnWidth(const QFont &font);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace kvs::ui
