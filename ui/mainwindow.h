#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace kvs::ui {

class ConnectionFormPanel;

/// The top-level window: lays out the panels and routes menu actions. Holds no connection logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// formPanel becomes the window's left panel (the window takes ownership).
    explicit MainWindow(ConnectionFormPanel *formPanel, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConnectionFormPanel *m_formPanel;
};

} // namespace kvs::ui
