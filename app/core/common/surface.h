#pragma once

namespace kvs {

/// Which program speaks to the user: advice names the app's controls or the CLI's options, never the other's.
enum class Surface
{
    App,         ///< kvs-viewer: "choose its CA file under Advanced"
    CommandLine, ///< kvs-viewer-cli: "pass --ca-file"
};

} // namespace kvs
