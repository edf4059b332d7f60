#pragma once

#include "core/common/result.h"
#include "media/videoframe.h"

#include <QByteArray>
#include <QString>

namespace kvs::media {

/// Encodes a frame as PNG (GStreamer's pngenc; no Qt Gui needed). Errors: EmptyFrame, EncodeFailed.
Result<QByteArray> encodePng(const VideoFrame &frame);
/// Writes encodePng(frame) to path. Errors as encodePng, plus WriteFailed naming the file.
Result<bool> savePng(const VideoFrame &frame, const QString &path);

} // namespace kvs::media
