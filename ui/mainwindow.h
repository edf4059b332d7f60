#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace kvs::ui {

/// The top-level window: lays out the panels and routes menu actions. Holds no connection logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace kvs::ui
