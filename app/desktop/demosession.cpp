#include "desktop/demosession.h"

#include "core/common/redaction.h"
#include "emulator/certificateauthority.h"
#include "emulator/emulatorconfig.h"
#include "emulator/emulatorserver.h"
#include "emulator/media/testmastermedia.h"
#include "emulator/signalinghub.h"

#include <QCoreApplication>
#include <QFile>

namespace kvs {

Result<std::shared_ptr<DemoSession>> DemoSession::start()
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("kvs::DemoSession", text);
    };
    std::shared_ptr<DemoSession> session(new DemoSession);
    if (!session->m_stateDir.isValid())
        return Error{QStringLiteral("DemoUnavailable"),
                     tr("The demo cannot create its temporary directory.")};
    const auto authority = emulator::CertificateAuthority::generate();
    if (!authority)
        return authority.error();
    session->m_caFile = session->m_stateDir.filePath(QStringLiteral("ca.pem"));
    QFile ca(session->m_caFile);
    if (!ca.open(QIODevice::WriteOnly) || ca.write(authority->caPem()) < 0)
        return Error{QStringLiteral("DemoUnavailable"), tr("The demo cannot write its CA certificate.")};
    ca.close();
    session->m_server =
        std::make_unique<emulator::EmulatorServer>(emulator::EmulatorConfig::defaults(), session->m_clock);
    session->m_server->setCertificateAuthority(*authority);
    session->m_server->setBuiltInMaster(true);
    // The built-in master sends real media (colour bars with a running time code and a tone).
    session->m_server->hub()->setMasterMediaFactory(
        emulator::testMasterMediaFactory(session->m_server->config()));
    if (const auto error = session->m_server->listen())
        return *error;
    for (const auto &identity : session->m_server->config().identities)
        registerSecret(identity.secretAccessKey);
    return session;
}

DemoSession::~DemoSession() = default;

ConnectionForm DemoSession::form() const
{
    const auto &config = m_server->config();
    ConnectionForm form;
    form.credentialMode = CredentialMode::Manual;
    form.accessKeyId = config.identities.constFirst().accessKeyId;
    form.secretAccessKey = config.identities.constFirst().secretAccessKey;
    form.sessionToken = config.identities.constFirst().sessionToken;
    form.channel = config.channels.constFirst().arn;
    form.region = config.channels.constFirst().region;
    form.endpointOverride = m_server->controlEndpoint();
    form.caFile = m_caFile;
    return form;
}

} // namespace kvs
