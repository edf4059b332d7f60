#pragma once

#include "core/settings/mediaoptions.h"

#include <QObject>
#include <QString>

#include <functional>

namespace kvs {

namespace ui {
class ConnectionFormPanel;
class MainWindow;
} // namespace ui

/// File ▸ Open setup / Save setup and `kvs-viewer FILE`: writes the form as a ConnectionSetup (never a key,
/// secret or token) and fills the form from one. A file that cannot be read or is not a valid setup gets
/// one dialog naming the cause (the key at fault); ignored keys are a note in the status bar.
class SetupFiles final : public QObject
{
    Q_OBJECT

public:
    /// applyMedia receives the media options of an opened setup (the app remembers and uses them).
    SetupFiles(ui::MainWindow *window, ui::ConnectionFormPanel *form,
               std::function<void(const MediaOptions &)> applyMedia, QObject *parent = nullptr);

    /// Asks for a file and saves the form there. Returns the path written (empty: cancelled or failed).
    QString save();
    /// Asks for a file and opens it.
    bool open();
    /// Fills the form from the setup in path (a local path or a file:// URL). False (after one dialog)
    /// when it cannot be read or is not a valid setup.
    bool openFile(const QString &path);

    /// The file name filter of setups: "*.kvssetup.json".
    static QString fileFilter();

private:
    void showFailure(const QString &path, const QString &message);

    ui::MainWindow *m_window;
    ui::ConnectionFormPanel *m_form;
    std::function<void(const MediaOptions &)> m_applyMedia;
    QString m_folder;
};

} // namespace kvs
