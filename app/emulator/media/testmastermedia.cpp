#include "emulator/media/testmastermedia.h"

#include "media/iceconfiguration.h"
#include "media/testmasterpeer.h"

#include <memory>

namespace kvs::emulator {
namespace {

class TestMasterMediaPeer final : public MasterMediaPeer
{
public:
    TestMasterMediaPeer(media::TestMasterOptions options, const QString &offerSdp,
                        MasterMediaCallbacks callbacks)
        : m_peer(std::make_unique<media::TestMasterPeer>(std::move(options)))
    {
        media::TestMasterPeer *peer = m_peer.get();
        QObject::connect(peer, &media::TestMasterPeer::answerReady, peer, callbacks.answer);
        QObject::connect(peer, &media::TestMasterPeer::localCandidate, peer, callbacks.candidate);
        QObject::connect(peer, &media::TestMasterPeer::failed, peer, callbacks.failed);
        peer->answer(offerSdp);
    }

    void addRemoteCandidate(int mlineIndex, const QString &candidate) override
    {
        m_peer->addRemoteCandidate(mlineIndex, candidate);
    }

private:
    std::unique_ptr<media::TestMasterPeer> m_peer;
};

} // namespace

MasterMediaFactory testMasterMediaFactory(const EmulatorConfig &config)
{
    if (config.master.media == u"none")
        return {};
    media::TestMasterOptions options;
    options.codec = config.master.media;
    options.width = config.master.width;
    options.height = config.master.height;
    options.fps = config.master.fps;
    options.audio = config.master.audio;
    return [options](const QString &offerSdp, bool sendMedia,
                     MasterMediaCallbacks callbacks) -> std::unique_ptr<MasterMediaPeer> {
        media::TestMasterOptions perViewer = options;
        perViewer.sendMedia = sendMedia;
        return std::make_unique<TestMasterMediaPeer>(perViewer, offerSdp, std::move(callbacks));
    };
}

} // namespace kvs::emulator
