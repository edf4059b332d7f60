#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace kvs::ui {

class ConnectionFormPanel;
class ConnectionPanel;
class MessageLogPanel;

/// The top-level window: lays out the panels and routes menu actions. Holds no connection logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// Lays out the panels (the window takes ownership): the form on the left, the connection above the
    /// log on the right.
    MainWindow(ConnectionFormPanel *formPanel, ConnectionPanel *connectionPanel, MessageLogPanel *logPanel,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Adds the Practice menu (demo mode) with the given actions, inserted before Help.
    void setPracticeActions(const QList<QAction *> &actions);

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConnectionFormPanel *m_formPanel;
    ConnectionPanel *m_connectionPanel;
    MessageLogPanel *m_logPanel;
};

} // namespace kvs::ui
