#include "desktop/accountdialogs.h"

#include "core/account/channellister.h"
#include "core/account/identitylookup.h"
#include "core/common/redaction.h"
#include "core/connection/connectionplan.h"
#include "core/diagnostics/diagnosticsfile.h"
#include "core/events/failureexplainer.h"
#include "ui/channelpickerdialog.h"
#include "ui/connectionformpanel.h"
#include "ui/diagnosticsviewer.h"
#include "ui/dialogs.h"
#include "ui/identitydialog.h"
#include "ui/mainwindow.h"
#include "ui/presignedurldialog.h"

#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace kvs {

AccountDialogs::AccountDialogs(DialogContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{}

AccountDialogs::~AccountDialogs()
{
    // The dialogs present this object's lookups: they go first.
    delete m_identityDialog;
    delete m_channelDialog;
    delete m_presignedDialog;
    m_identity.reset();
    m_channelLister.reset();
}

ui::IdentityDialog *AccountDialogs::identityDialog() const
{
    return m_identityDialog;
}

ui::ChannelPickerDialog *AccountDialogs::channelPickerDialog() const
{
    return m_channelDialog;
}

ui::PresignedUrlDialog *AccountDialogs::presignedUrlDialog() const
{
    return m_presignedDialog;
}

template <class Job>
std::unique_ptr<Job> AccountDialogs::makeLookup(std::unique_ptr<CredentialSource> &credentials,
                                                QString *problem)
{
    // An empty region field gets the region that wins.
    const ConnectionForm form = m_context.form->connectionForm();
    const Result<AccountPlan> plan = planAccountCalls(form, QProcessEnvironment::systemEnvironment());
    if (!plan) {
        *problem = tr("Fix the connection form first: %1").arg(plan.error().message);
        return nullptr;
    }
    credentials = m_context.credentials(form);
    return std::make_unique<Job>(credentials->provider(), *m_context.clock, plan.value());
}

void AccountDialogs::showIdentity()
{
    if (!m_identityDialog) {
        m_identityDialog = new ui::IdentityDialog(*m_context.clock, m_context.window);
        connect(m_identityDialog, &ui::IdentityDialog::runRequested, this, &AccountDialogs::runIdentity);
    }
    presentDialog(m_identityDialog);
    runIdentity();
}

void AccountDialogs::runIdentity()
{
    runInDialog(m_identityDialog.get(), m_identity, &ui::IdentityDialog::setLookup, [this](QString *problem) {
        return makeLookup<IdentityLookup>(m_identityCredentials, problem);
    });
}

void AccountDialogs::showChannelPicker()
{
    if (!m_channelDialog) {
        m_channelDialog = new ui::ChannelPickerDialog(m_context.window);
        connect(m_channelDialog, &ui::ChannelPickerDialog::runRequested, this,
                &AccountDialogs::runChannelList);
        connect(m_channelDialog, &ui::ChannelPickerDialog::channelChosen, m_context.form,
                &ui::ConnectionFormPanel::setChannel);
    }
    presentDialog(m_channelDialog);
    runChannelList();
}

void AccountDialogs::runChannelList()
{
    runInDialog(m_channelDialog.get(), m_channelLister, &ui::ChannelPickerDialog::setLister,
                [this](QString *problem) { return makeLookup<ChannelLister>(m_listCredentials, problem); });
}

void AccountDialogs::showPresignedUrl()
{
    if (!m_presignedDialog) {
        m_presignedDialog = new ui::PresignedUrlDialog(*m_context.clock, m_context.window);
        connect(m_presignedDialog, &ui::PresignedUrlDialog::connectRequested, this,
                &AccountDialogs::presignedConnectRequested);
        connect(m_presignedDialog, &ui::PresignedUrlDialog::useInFormRequested, this,
                [this](const QString &channelArn, const QString &region, const QString &clientId) {
                    ConnectionForm form = m_context.form->form();
                    form.channel = channelArn;
                    form.region = region;
                    if (!clientId.isEmpty())
                        form.clientId = clientId;
                    m_context.form->setForm(form);
                });
    }
    presentDialog(m_presignedDialog);
}

void AccountDialogs::openDiagnostics()
{
    const QString path = ui::Dialogs::chooseOpenFileName(m_context.window, tr("Open diagnostics"), QString(),
                                                         tr("Diagnostics exports (*.json);;All files (*)"));
    if (!path.isEmpty())
        openDiagnosticsFile(path);
}

ui::DiagnosticsViewer *AccountDialogs::openDiagnosticsFile(const QString &path)
{
    auto fail = [&](const QString &message) {
        Failure failure;
        failure.step = tr("Open diagnostics");
        failure.errorType = QStringLiteral("InvalidDiagnostics");
        failure.message = redact(message);
        Explanation words;
        words.title = tr("These diagnostics cannot be shown");
        words.whatHappened = redact(QFileInfo(path).fileName() + QStringLiteral(": ") + message);
        words.nextSteps = {tr("Ask for the file made with File › Export diagnostics again, unchanged.")};
        ui::Dialogs::showFailure(m_context.window, failure, words);
        return nullptr;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The file cannot be read: %1").arg(file.errorString()));
    // Bounded before reading: a huge file, a device or a FIFO is refused, not slurped.
    const Result<DiagnosticsFile> parsed = DiagnosticsFile::parse(file.read(DiagnosticsFile::kMaxBytes + 1));
    if (!parsed)
        return fail(parsed.error().message);
    auto *viewer = new ui::DiagnosticsViewer(parsed.value(), QFileInfo(path).fileName(), m_context.window);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return viewer;
}

} // namespace kvs
