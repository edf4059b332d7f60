#include "media/pngwriter.h"

#include "media/gstsupport.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <gst/gst.h>
#include <gst/video/video.h>

namespace kvs::media {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kvs::media::PngWriter", text);
}

} // namespace

Result<QByteArray> encodePng(const VideoFrame &frame)
{
    if (frame.isNull())
        return Error{QStringLiteral("EmptyFrame"),
                     tr("No video frame was decoded, so there is nothing to save.")};
    QString error;
    if (!initGStreamer(&error))
        return Error{QStringLiteral("EncodeFailed"), error};
    const gsize size = static_cast<gsize>(frame.bytesPerLine) * static_cast<gsize>(frame.height);
    // The buffer borrows the frame's pixels; a heap copy of the frame keeps them alive until it is freed.
    auto *holder = new VideoFrame(frame);
    GstBuffer *buffer =
        gst_buffer_new_wrapped_full(GST_MEMORY_FLAG_READONLY, const_cast<uchar *>(frame.bits), size, 0, size,
                                    holder, [](gpointer data) { delete static_cast<VideoFrame *>(data); });
    GstCaps *caps = gst_caps_new_simple("video/x-raw", "format", G_TYPE_STRING, "BGRx", "width", G_TYPE_INT,
                                        frame.width, "height", G_TYPE_INT, frame.height, "framerate",
                                        GST_TYPE_FRACTION, 0, 1, nullptr);
    GstSample *sample = gst_sample_new(buffer, caps, nullptr, nullptr);
    gst_buffer_unref(buffer);
    gst_caps_unref(caps);
    GstCaps *pngCaps = gst_caps_new_empty_simple("image/png");
    GError *gerror = nullptr;
    GstSample *png = gst_video_convert_sample(sample, pngCaps, 5 * GST_SECOND, &gerror);
    gst_caps_unref(pngCaps);
    gst_sample_unref(sample);
    if (!png) {
        const QString message = gerror ? QString::fromUtf8(gerror->message) : QString();
        if (gerror)
            g_error_free(gerror);
        return Error{QStringLiteral("EncodeFailed"),
                     tr("The frame could not be encoded as PNG: %1").arg(message)};
    }
    GstBuffer *out = gst_sample_get_buffer(png);
    GstMapInfo map;
    QByteArray bytes;
    if (gst_buffer_map(out, &map, GST_MAP_READ)) {
        bytes = QByteArray(reinterpret_cast<const char *>(map.data), static_cast<qsizetype>(map.size));
        gst_buffer_unmap(out, &map);
    }
    gst_sample_unref(png);
    if (bytes.isEmpty())
        return Error{QStringLiteral("EncodeFailed"), tr("The PNG encoder returned nothing.")};
    return bytes;
}

Result<bool> savePng(const VideoFrame &frame, const QString &path)
{
    const Result<QByteArray> png = encodePng(frame);
    if (!png)
        return png.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*png) != png->size() || !file.commit())
        return Error{QStringLiteral("WriteFailed"),
                     tr("%1 could not be written: %2").arg(path, file.errorString())};
    return true;
}

} // namespace kvs::media
