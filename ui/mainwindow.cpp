#include "mainwindow.h"

#include "buildinfo.h"
#include "connectionformpanel.h"
#include "ui_mainwindow.h"

#include <QMessageBox>

namespace kvs::ui {

MainWindow::MainWindow(ConnectionFormPanel *formPanel, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_formPanel(formPanel)
{
    m_ui->setupUi(this);
    m_ui->mainSplitter->insertWidget(0, m_formPanel);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    setWindowTitle(tr("KVS Signaling Viewer %1").arg(QString::fromLatin1(buildinfo::kVersion)));
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::~MainWindow() = default;

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About KVS Signaling Viewer"),
        tr("<h3>KVS Signaling Viewer %1</h3>"
           "<p>Connects to Amazon Kinesis Video Streams WebRTC signaling channels as a viewer and "
           "explains every step.</p><p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QString::fromLatin1(buildinfo::kVersion), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

} // namespace kvs::ui
