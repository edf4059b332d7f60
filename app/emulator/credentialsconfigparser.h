#pragma once

#include "core/common/result.h"
#include "emulator/emulatorconfig.h"

#include <QJsonObject>

#include <optional>

namespace kvs::emulator {

/// Reads the config file's credential sections into config: identities (replacing the defaults when
/// present), roles, ssoTokens, webIdentityTokens, instanceMetadata and containerCredentials. An Error names
/// the offending field.
std::optional<Error> parseCredentialsConfig(const QJsonObject &root, EmulatorConfig &config);

} // namespace kvs::emulator
