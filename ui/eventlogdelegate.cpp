#include "ui/eventlogdelegate.h"

#include "ui/eventlogmodel.h"

#include <QApplication>
#include <QPainter>

namespace kvs::ui {
namespace {

constexpr int kMargin = 3;

QString timeText(const QModelIndex &index)
{
    return QStringLiteral("%1").arg(index.data(EventLogModel::ElapsedMsRole).toLongLong() / 1000.0, 0, 'f',
                                    3);
}

bool isRunHeader(const QModelIndex &index)
{
    return static_cast<EventKind>(index.data(EventLogModel::KindRole).toInt()) == EventKind::Run;
}

} // namespace

int EventLogDelegate::timeColumnWidth(const QFont &font)
{
    const QFontMetrics metrics(font);
    return metrics.horizontalAdvance(QStringLiteral("99999.999")) + metrics.horizontalAdvance(u' ') * 2;
}

void EventLogDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = index.data(EventLogModel::TextRole).toString();
    opt.text.clear(); // the background, selection and focus only; the columns are drawn below
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect area = option.rect.adjusted(kMargin, 0, -kMargin, 0);
    if (isRunHeader(index)) {
        // A rule above, the header in bold: where one Connect's events end and the next one's begin.
        painter->drawLine(area.topLeft(), area.topRight());
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                          QFontMetrics(bold).elidedText(text, Qt::ElideRight, area.width()));
    } else {
        const int timeWidth = timeColumnWidth(option.font);
        const QRect timeRect(area.left(), area.top(), timeWidth - option.fontMetrics.horizontalAdvance(u' '),
                             area.height());
        painter->setFont(option.font);
        painter->drawText(timeRect, Qt::AlignVCenter | Qt::AlignRight | Qt::TextSingleLine, timeText(index));
        const QRect textRect = area.adjusted(timeWidth, 0, 0, 0);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                          option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    }
    painter->restore();
}

QSize EventLogDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont font = option.font;
    font.setBold(isRunHeader(index));
    const QFontMetrics metrics(font);
    const int width = timeColumnWidth(option.font) +
                      metrics.horizontalAdvance(index.data(EventLogModel::TextRole).toString()) + 2 * kMargin;
    return {width, metrics.height() + 4};
}

} // namespace kvs::ui
