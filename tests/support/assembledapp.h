#pragma once

// The assembled desktop app for GUI tests: a ViewerApp over its own settings file in a temporary folder.
#include "desktop/viewerapp.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QSettings>
#include <QTemporaryDir>
#include <QtGlobal>

#include <memory>

namespace kvs::test {

struct AssembledApp
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ViewerApp> app;

    explicit AssembledApp(const ViewerAppOptions &options)
    {
        settings =
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        auto created = ViewerApp::create(*settings, options);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        app = std::move(created).value();
    }
    /// The options of the demo: the in-process emulator and its master.
    static ViewerAppOptions demo()
    {
        ViewerAppOptions options;
        options.demo = true;
        return options;
    }
    /// The main window's action of that object name.
    QAction *action(const char *name) const
    {
        return app->window()->findChild<QAction *>(QLatin1String(name));
    }
};

} // namespace kvs::test
