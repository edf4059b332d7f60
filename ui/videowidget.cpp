#include "ui/videowidget.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTextOption>

namespace kvs::ui {

VideoWidget::VideoWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("videoWidget"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleDescription(tr("Double-click or press F11 for full screen"));
    updateAccessibleName();
}

QSize VideoWidget::sizeHint() const
{
    return {640, 360};
}

QSize VideoWidget::minimumSizeHint() const
{
    return {240, 135};
}

void VideoWidget::setFrame(const QImage &frame)
{
    const bool first = m_frame.isNull();
    m_frame = frame;
    if (first)
        updateAccessibleName();
    update();
}

void VideoWidget::clearFrame()
{
    m_frame = QImage();
    m_description.clear();
    updateAccessibleName();
    update();
}

void VideoWidget::setPlaceholder(const QString &text)
{
    if (m_placeholder == text)
        return;
    m_placeholder = text;
    updateAccessibleName();
    update();
}

void VideoWidget::setDescription(const QString &text)
{
    if (m_description == text)
        return;
    m_description = text;
    updateAccessibleName();
}

void VideoWidget::setOverlayText(const QString &text)
{
    m_overlay = text;
    if (m_overlayVisible)
        update();
}

void VideoWidget::setOverlayVisible(bool visible)
{
    m_overlayVisible = visible;
    update();
}

QRect VideoWidget::pictureRect() const
{
    if (m_frame.isNull())
        return {};
    const QSize fitted = m_frame.size().scaled(size(), Qt::KeepAspectRatio);
    return {QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted};
}

void VideoWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (!m_frame.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(pictureRect(), m_frame);
        const qint64 key = m_frame.cacheKey();
        if (key != m_lastPaintedKey) {
            m_lastPaintedKey = key;
            ++m_paintedFrames;
        }
    } else if (!m_placeholder.isEmpty()) {
        painter.setPen(QColor(0xe0, 0xe0, 0xe0));
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.25);
        painter.setFont(font);
        QTextOption option(Qt::AlignCenter);
        option.setWrapMode(QTextOption::WordWrap);
        const int margin = std::max(12, width() / 10);
        painter.drawText(QRectF(rect().adjusted(margin, 0, -margin, 0)), m_placeholder, option);
    }
    if (m_overlayVisible && !m_overlay.isEmpty()) {
        const QFontMetrics metrics(painter.font());
        const QRect text = metrics.boundingRect(QRect(0, 0, width() - 24, height() - 24),
                                                Qt::AlignLeft | Qt::TextWordWrap, m_overlay);
        const QRect box = text.adjusted(0, 0, 16, 12).translated(8, 8);
        painter.fillRect(box, QColor(0, 0, 0, 170));
        painter.setPen(Qt::white);
        painter.drawText(box.adjusted(8, 6, -8, -6), Qt::AlignLeft | Qt::TextWordWrap, m_overlay);
    }
}

void VideoWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    event->accept();
    emit doubleClicked();
}

void VideoWidget::updateAccessibleName()
{
    if (!m_frame.isNull())
        setAccessibleName(m_description.isEmpty() ? tr("Video: playing")
                                                  : tr("Video: playing %1").arg(m_description));
    else if (!m_placeholder.isEmpty())
        setAccessibleName(tr("Video: %1").arg(m_placeholder));
    else
        setAccessibleName(tr("Video"));
}

} // namespace kvs::ui
