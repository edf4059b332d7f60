#pragma once

#include "core/diagnostics/accesscheck.h"
#include "desktop/dialogcontext.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace kvs {

namespace media {
class NetworkTest;
struct NetworkPathResult;
} // namespace media

namespace ui {
class AccessCheckDialog;
class IceServersDialog;
class NetworkTestDialog;
} // namespace ui

/// Connection ▸ Check access, ICE servers and Network test: each runs an AccessCheck with the form's content
/// (the network test then tries each STUN/TURN path of the ICE servers it fetched). Owns the checks, their
/// credentials and the dialogs (children of the window, deleted first by the destructor).
class CheckDialogs final : public QObject
{
    Q_OBJECT

public:
    explicit CheckDialogs(DialogContext context, QObject *parent = nullptr);
    ~CheckDialogs() override;

    /// Opens the Check access dialog and runs the check with the form's content.
    void checkAccess();
    /// Opens the ICE servers view and fetches them with the form's content.
    void showIceServers();
    /// Opens the network test and runs it: the ICE servers are fetched as Connect does, then each path tried.
    void showNetworkTest();

    /// The dialogs once opened (else null), the checks once run: for tests and screenshots.
    ui::AccessCheckDialog *accessCheckDialog() const;
    ui::IceServersDialog *iceServersDialog() const;
    ui::NetworkTestDialog *networkTestDialog() const;
    AccessCheck *accessCheck() const { return m_access.check.get(); }
    AccessCheck *iceServersFetch() const { return m_ice.check.get(); }
    /// The network test of this session, once one ran (its report goes into the diagnostics export).
    media::NetworkTest *networkTest() const { return m_networkTest.get(); }

private:
    /// A check and the credentials it reads (they must outlive it).
    struct CheckRun
    {
        std::unique_ptr<CredentialSource> credentials;
        std::unique_ptr<AccessCheck> check; // after its credentials
    };

    /// A check of scope with the form's content into run, or the reason there is none.
    std::unique_ptr<AccessCheck> makeCheck(AccessCheck::Scope scope, CheckRun &run, QString *problem);
    void runAccessCheck();
    void runIceFetch();
    void runNetworkTest();
    void onNetworkIceServers();
    void showNetworkRow(int index, const media::NetworkPathResult &row);

    DialogContext m_context;
    CheckRun m_access;
    CheckRun m_ice;
    CheckRun m_networkFetch;
    std::unique_ptr<media::NetworkTest> m_networkTest;
    QPointer<ui::AccessCheckDialog> m_accessDialog;
    QPointer<ui::IceServersDialog> m_iceDialog;
    QPointer<ui::NetworkTestDialog> m_networkDialog;
};

} // namespace kvs
