#pragma once

#include "core/common/result.h"
#include "emulator/emulatorconfig.h"

#include <QByteArray>

namespace kvs::emulator {

/// Parses a JSON config file's contents over EmulatorConfig::defaults(): absent keys keep their defaults,
/// "channels" and "identities", when present, replace the default ones. An Error names the offending field,
/// e.g. "channels[1].arn: ...".
Result<EmulatorConfig> parseEmulatorConfig(const QByteArray &json);

/// The channel an ARN names (name, region, creation time from its last part); an error naming field when
/// the ARN is malformed.
Result<ChannelConfig> channelFromArn(const QString &arn, const QString &field);

} // namespace kvs::emulator
