#pragma once

#include <QImage>
#include <QWidget>

namespace kvs::ui {

/// The video area: paints the newest frame aspect-fit on black (bars where the shapes differ), or, while
/// there is no picture, a placeholder that says what is happening. An optional overlay shows the media
/// stats. The accessible name announces the state and, while playing, the codec and resolution. Holds no
/// media logic: frames and texts are set by whoever runs the media.
class VideoWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit VideoWidget(QWidget *parent = nullptr);

    /// The newest frame (shared, not copied); the previous one is released. Repaints once per event loop
    /// turn however many frames arrive.
    void setFrame(const QImage &frame);
    /// Back to the placeholder (the last frame is dropped).
    void clearFrame();
    const QImage &frame() const { return m_frame; }
    bool hasFrame() const { return !m_frame.isNull(); }
    /// Frames painted so far (for tests and the stats overlay).
    qint64 paintedFrames() const { return m_paintedFrames; }

    /// What is happening while there is no picture ("Waiting for the master's answer…").
    void setPlaceholder(const QString &text);
    QString placeholder() const { return m_placeholder; }
    /// What is playing, for the accessible name ("H264 1280 × 720").
    void setDescription(const QString &text);

    void setOverlayText(const QString &text);
    void setOverlayVisible(bool visible);
    bool isOverlayVisible() const { return m_overlayVisible; }

    /// The rectangle the frame is painted into (aspect-fit, centred); empty without a frame.
    QRect pictureRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void doubleClicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void updateAccessibleName();

    QImage m_frame;
    QString m_placeholder;
    QString m_description;
    QString m_overlay;
    bool m_overlayVisible = false;
    qint64 m_paintedFrames = 0;
    qint64 m_lastPaintedKey = 0;
};

} // namespace kvs::ui
