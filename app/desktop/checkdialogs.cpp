#include "desktop/checkdialogs.h"

#include "core/common/redaction.h"
#include "core/connection/connectionplan.h"
#include "media/networktest.h"
#include "ui/accesscheckdialog.h"
#include "ui/connectionformpanel.h"
#include "ui/iceserversdialog.h"
#include "ui/mainwindow.h"
#include "ui/networktestdialog.h"

#include <QProcessEnvironment>

namespace kvs {

CheckDialogs::CheckDialogs(DialogContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{}

CheckDialogs::~CheckDialogs()
{
    // The dialogs present this object's checks (the ICE view reads the clock): they go first.
    delete m_accessDialog;
    delete m_iceDialog;
    delete m_networkDialog;
    m_access.check.reset();
    m_ice.check.reset();
    m_networkTest.reset();
    m_networkFetch.check.reset();
}

ui::AccessCheckDialog *CheckDialogs::accessCheckDialog() const
{
    return m_accessDialog;
}

ui::IceServersDialog *CheckDialogs::iceServersDialog() const
{
    return m_iceDialog;
}

ui::NetworkTestDialog *CheckDialogs::networkTestDialog() const
{
    return m_networkDialog;
}

std::unique_ptr<AccessCheck> CheckDialogs::makeCheck(AccessCheck::Scope scope, CheckRun &run,
                                                     QString *problem)
{
    // An empty region field gets the region that wins.
    const ConnectionForm form = m_context.form->connectionForm();
    const Result<ConnectionPlan> plan = planConnection(form, QProcessEnvironment::systemEnvironment());
    if (!plan) {
        *problem = tr("Fix the connection form first: %1").arg(plan.error().message);
        return nullptr;
    }
    run.credentials = m_context.credentials(form);
    return std::make_unique<AccessCheck>(plan->target, plan->settings,
                                         m_context.dependencies(&run.credentials->provider()), scope);
}

void CheckDialogs::checkAccess()
{
    if (!m_accessDialog) {
        m_accessDialog = new ui::AccessCheckDialog(m_context.window);
        connect(m_accessDialog, &ui::AccessCheckDialog::runRequested, this, &CheckDialogs::runAccessCheck);
    }
    presentDialog(m_accessDialog);
    runAccessCheck();
}

void CheckDialogs::runAccessCheck()
{
    runInDialog(m_accessDialog.get(), m_access.check, &ui::AccessCheckDialog::setCheck,
                [this](QString *problem) { return makeCheck(AccessCheck::Scope::Full, m_access, problem); });
}

void CheckDialogs::showIceServers()
{
    if (!m_iceDialog) {
        m_iceDialog = new ui::IceServersDialog(*m_context.clock, m_context.window);
        connect(m_iceDialog, &ui::IceServersDialog::runRequested, this, &CheckDialogs::runIceFetch);
    }
    presentDialog(m_iceDialog);
    runIceFetch();
}

void CheckDialogs::runIceFetch()
{
    runInDialog(m_iceDialog.get(), m_ice.check, &ui::IceServersDialog::setCheck, [this](QString *problem) {
        return makeCheck(AccessCheck::Scope::UntilIceServers, m_ice, problem);
    });
}

void CheckDialogs::showNetworkTest()
{
    if (!m_networkDialog) {
        m_networkDialog = new ui::NetworkTestDialog(m_context.window);
        connect(m_networkDialog, &ui::NetworkTestDialog::runRequested, this, &CheckDialogs::runNetworkTest);
    }
    presentDialog(m_networkDialog);
    runNetworkTest();
}

void CheckDialogs::runNetworkTest()
{
    if ((m_networkFetch.check && m_networkFetch.check->isRunning()) ||
        (m_networkTest && m_networkTest->isRunning()))
        return;
    m_networkTest.reset();
    m_networkFetch.check.reset();
    m_networkDialog->startRun(0);
    m_networkDialog->setFinished(tr("Fetching the channel's ICE servers…"), QString(), QString());
    QString problem;
    m_networkFetch.check = makeCheck(AccessCheck::Scope::UntilIceServers, m_networkFetch, &problem);
    if (!m_networkFetch.check) {
        m_networkDialog->showProblem(problem);
        return;
    }
    connect(m_networkFetch.check.get(), &AccessCheck::finished, this, &CheckDialogs::onNetworkIceServers);
    m_networkFetch.check->start();
}

void CheckDialogs::onNetworkIceServers()
{
    const AccessCheckResult result = m_networkFetch.check->result();
    if (!result.iceConfig) {
        const CheckStep *failed = result.firstFailure();
        m_networkDialog->showProblem(redact(failed
                                                ? tr("The ICE servers could not be fetched: %1 failed: %2 %3")
                                                      .arg(failed->name, failed->errorType, failed->message)
                                                : tr("The ICE servers could not be fetched.")));
        return;
    }
    media::NetworkTest::Options options;
    options.environment = QProcessEnvironment::systemEnvironment(); // the proxy the media would use
    m_networkTest =
        std::make_unique<media::NetworkTest>(media::networkPathsFrom(*result.iceConfig), std::move(options));
    m_networkDialog->startRun(static_cast<int>(m_networkTest->report().rows.size()));
    for (int i = 0; i < m_networkTest->report().rows.size(); ++i)
        showNetworkRow(i, m_networkTest->report().rows.at(i));
    connect(m_networkTest.get(), &media::NetworkTest::rowChanged, this, &CheckDialogs::showNetworkRow);
    connect(m_networkTest.get(), &media::NetworkTest::finished, this,
            [this](const media::NetworkTestReport &report) {
                const QString local = tr("Local addresses: %1. VPN-like interface: %2.")
                                          .arg(report.local.addresses.isEmpty()
                                                   ? tr("none")
                                                   : report.local.addresses.join(QStringLiteral(", ")),
                                               report.local.vpnInterfaces.isEmpty()
                                                   ? tr("none")
                                                   : report.local.vpnInterfaces.join(QStringLiteral(", ")));
                m_networkDialog->setFinished(report.verdict(), local, redact(report.text()));
            });
    m_networkTest->start();
}

void CheckDialogs::showNetworkRow(int index, const media::NetworkPathResult &row)
{
    if (!m_networkDialog)
        return;
    ui::NetworkTestRowView view;
    switch (row.status) {
    case media::NetworkPathStatus::Pending:
        view.state = ui::NetworkTestRowView::State::Pending;
        break;
    case media::NetworkPathStatus::Running:
        view.state = ui::NetworkTestRowView::State::Running;
        break;
    case media::NetworkPathStatus::Passed:
        view.state = ui::NetworkTestRowView::State::Passed;
        break;
    case media::NetworkPathStatus::Failed:
        view.state = ui::NetworkTestRowView::State::Failed;
        break;
    }
    view.path = media::networkPathKindName(row.path.kind);
    view.server = row.path.server;
    view.elapsedMs = row.elapsedMs;
    if (row.passed())
        view.outcome = row.address.isEmpty() ? row.detail : row.address;
    else if (row.status == media::NetworkPathStatus::Failed)
        view.outcome = media::networkPathFailureName(row.failure) + QStringLiteral(": ") + row.detail;
    if (!row.tls.isEmpty() && row.status != media::NetworkPathStatus::Running)
        view.outcome += QStringLiteral(" [") + row.tls + u']';
    if (!row.proxy.isEmpty())
        view.outcome += u' ' + tr("(through the HTTP proxy %1)").arg(row.proxy);
    m_networkDialog->setRow(index, view);
}

} // namespace kvs
