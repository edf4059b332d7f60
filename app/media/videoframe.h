#pragma once

#include <QMetaType>
#include <QtGlobal>

#include <memory>

namespace kvs::media {

/// One decoded video frame, 32-bit BGRx (QImage::Format_RGB32 on little-endian machines), shared without
/// copying: the pixels stay valid as long as any copy of the frame (its keeper) lives.
struct VideoFrame
{
    const uchar *bits = nullptr;
    int width = 0;
    int height = 0;
    int bytesPerLine = 0;
    qint64 number = 0;                  ///< 1 for the first decoded frame of a peer
    std::shared_ptr<const void> keeper; ///< holds the decoder's buffer

    bool isNull() const { return !bits || width <= 0 || height <= 0; }
    /// The 0xffRRGGBB value of pixel (x, y); 0 when outside the frame.
    quint32 pixel(int x, int y) const
    {
        if (isNull() || x < 0 || y < 0 || x >= width || y >= height)
            return 0;
        const uchar *p = bits + static_cast<qsizetype>(y) * bytesPerLine + static_cast<qsizetype>(x) * 4;
        return 0xff000000u | (quint32(p[2]) << 16) | (quint32(p[1]) << 8) | quint32(p[0]);
    }
};

} // namespace kvs::media

Q_DECLARE_METATYPE(kvs::media::VideoFrame)
