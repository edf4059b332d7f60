#include "desktop/setupfiles.h"

#include "core/common/redaction.h"
#include "core/events/failureexplainer.h"
#include "core/settings/connectionsetup.h"
#include "ui/connectionformpanel.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace kvs {

SetupFiles::SetupFiles(ui::MainWindow *window, ui::ConnectionFormPanel *form,
                       std::function<void(const MediaOptions &)> applyMedia, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_form(form)
    , m_applyMedia(std::move(applyMedia))
    , m_folder(QDir::homePath())
{}

QString SetupFiles::fileFilter()
{
    return tr("KVS Signaling Viewer setups (*.kvssetup.json);;JSON files (*.json)");
}

QString SetupFiles::save()
{
    const ConnectionForm form = m_form->form();
    const QString name = form.channel.isEmpty()                       ? QStringLiteral("setup")
                         : form.channel.section(u'/', 1, 1).isEmpty() ? form.channel
                                                                      : form.channel.section(u'/', 1, 1);
    QString path = ui::Dialogs::chooseSaveFileName(
        m_window, tr("Save setup"), QDir(m_folder).filePath(name + QStringLiteral(".kvssetup.json")),
        fileFilter());
    if (path.isEmpty())
        return QString();
    if (!path.endsWith(u".json"))
        path += QStringLiteral(".kvssetup.json");
    // Only ConnectionSetup's fields are written: the keys typed in the form never reach the file.
    const QByteArray json = ConnectionSetup::fromForm(form, m_form->mediaOptions()).toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        Failure failure;
        failure.step = tr("Save setup");
        failure.errorType = QStringLiteral("WriteFailed");
        failure.message = tr("%1 could not be written: %2").arg(path, file.errorString());
        Explanation words;
        words.title = tr("The setup was not saved");
        words.whatHappened = failure.message;
        words.nextSteps = {tr("Choose a folder you can write to.")};
        ui::Dialogs::showFailure(m_window, failure, words);
        return QString();
    }
    m_folder = QFileInfo(path).absolutePath();
    m_window->showStatusNote(tr("Setup saved to %1 (no keys, secrets or tokens).").arg(path));
    return path;
}

bool SetupFiles::open()
{
    const QString path = ui::Dialogs::chooseOpenFileName(m_window, tr("Open setup"), m_folder, fileFilter());
    return !path.isEmpty() && openFile(path);
}

bool SetupFiles::openFile(const QString &given)
{
    const QUrl url(given, QUrl::StrictMode);
    const QString path = url.isLocalFile() ? url.toLocalFile() : given;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showFailure(path, tr("The file cannot be read: %1").arg(file.errorString()));
        return false;
    }
    // Bounded before reading: a huge or endless file (a device, a FIFO) is refused, not slurped.
    const QByteArray json = file.read(ConnectionSetup::kMaxBytes + 1);
    const Result<ConnectionSetup::Parsed> parsed = ConnectionSetup::fromJson(json);
    if (!parsed) {
        showFailure(path, parsed.error().message);
        return false;
    }
    m_form->setForm(parsed->setup.applyTo(m_form->form()));
    const MediaOptions media = parsed->setup.applyTo(m_form->mediaOptions());
    m_form->setMediaOptions(media);
    if (m_applyMedia)
        m_applyMedia(media);
    m_folder = QFileInfo(path).absolutePath();
    QString note = tr("Setup opened from %1.").arg(QFileInfo(path).fileName());
    if (!parsed->warnings.isEmpty())
        note += u' ' + parsed->warnings.join(u' ');
    m_window->showStatusNote(redact(note));
    return true;
}

void SetupFiles::showFailure(const QString &path, const QString &message)
{
    Failure failure;
    failure.step = tr("Open setup");
    failure.errorType = QStringLiteral("InvalidSetup");
    failure.message = redact(message);
    Explanation words;
    words.title = tr("This setup cannot be opened");
    words.whatHappened = tr("%1: %2").arg(QFileInfo(path).fileName(), redact(message));
    words.nextSteps = {
        tr("Ask for the setup again, or fix the key named above; the form was left as it was.")};
    ui::Dialogs::showFailure(m_window, failure, words);
}

} // namespace kvs
