#pragma once

#include "core/connection/connectioncontroller.h"
#include "core/credentials/credentialfactory.h"
#include "core/settings/connectionform.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

namespace kvs {

class Clock;
class CredentialsProvider;

namespace ui {
class ConnectionFormPanel;
class MainWindow;
} // namespace ui

/// What the dialog controllers (CheckDialogs, AccountDialogs) share with AppController: the window that owns
/// their dialogs, the form they read, the clock, and how the app turns the form's credential choice into a
/// source (the core's credentials factory) and a provider into engine dependencies.
struct DialogContext
{
    ui::MainWindow *window = nullptr;
    ui::ConnectionFormPanel *form = nullptr;
    const Clock *clock = nullptr;
    std::function<std::unique_ptr<CredentialSource>(const ConnectionForm &)> credentials;
    std::function<ConnectionDependencies(CredentialsProvider *)> dependencies;
};

/// Shows a non-modal dialog, raised and focused.
inline void presentDialog(QWidget *dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

/// Runs a job built from the form in dialog, unless one runs already: the dialog lets go of the old job,
/// make() builds the new one (or says why there is none: the dialog shows it), the job starts and the
/// dialog follows it. Every check and lookup dialog answers its runRequested() this way.
template <class Dialog, class Job, class Make>
void runInDialog(Dialog *dialog, std::unique_ptr<Job> &job, void (Dialog::*follow)(Job *), Make make)
{
    if (job && job->isRunning())
        return;
    (dialog->*follow)(nullptr);
    job.reset();
    QString problem;
    job = make(&problem);
    if (!job) {
        dialog->showProblem(problem);
        return;
    }
    job->start();
    (dialog->*follow)(job.get());
}

} // namespace kvs
