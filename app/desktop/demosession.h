#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/settings/connectionform.h"

#include <QTemporaryDir>

#include <memory>

namespace kvs::emulator {
class EmulatorServer;
}

namespace kvs {

/// `kvs-viewer --demo`: the signaling emulator running inside the app on loopback, with a built-in master,
/// its own CA (written to a private temporary directory and trusted explicitly) and the demo channel, so a
/// newcomer sees a working connection with no AWS account.
class DemoSession final
{
public:
    /// Starts the emulator; an Error says why it could not (e.g. no free port).
    static Result<std::shared_ptr<DemoSession>> start();
    ~DemoSession();

    /// The form filled for the demo channel: emulator credentials for this session only, endpoint and CA.
    ConnectionForm form() const;
    /// The running emulator, for the Practice menu's faults.
    emulator::EmulatorServer *server() const { return m_server.get(); }

private:
    DemoSession() = default;

    SystemClock m_clock;
    QTemporaryDir m_stateDir;
    QString m_caFile;
    std::unique_ptr<emulator::EmulatorServer> m_server;
};

} // namespace kvs
