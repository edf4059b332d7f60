#include "mainwindow.h"

#include "buildinfo.h"
#include "connectionformpanel.h"
#include "connectionpanel.h"
#include "errordialog.h"
#include "messagelogpanel.h"
#include "ui_mainwindow.h"

#include <QDateTime>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>

namespace kvs::ui {

MainWindow::MainWindow(ConnectionFormPanel *formPanel, ConnectionPanel *connectionPanel,
                       MessageLogPanel *logPanel, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_formPanel(formPanel)
    , m_connectionPanel(connectionPanel)
    , m_logPanel(logPanel)
{
    m_ui->setupUi(this);
    auto *right = new QSplitter(Qt::Vertical, m_ui->mainSplitter);
    right->setObjectName(QStringLiteral("rightSplitter"));
    right->addWidget(m_connectionPanel);
    right->addWidget(m_logPanel);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);
    m_ui->mainSplitter->insertWidget(0, m_formPanel);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    setWindowTitle(tr("KVS Signaling Viewer %1").arg(QString::fromLatin1(buildinfo::kVersion)));
    orderTabs();
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->probeMasterAction, &QAction::triggered, this, &MainWindow::probeMasterRequested);
    connect(m_ui->exportDiagnosticsAction, &QAction::triggered, this,
            &MainWindow::exportDiagnosticsRequested);
    connect(m_ui->checkAccessAction, &QAction::triggered, this, &MainWindow::checkAccessRequested);
    connect(m_ui->iceServersAction, &QAction::triggered, this, &MainWindow::iceServersRequested);
    connect(m_ui->networkTestAction, &QAction::triggered, this, &MainWindow::networkTestRequested);
    connect(m_ui->customOfferAction, &QAction::triggered, this, &MainWindow::customOfferRequested);
}

MainWindow::~MainWindow() = default;

void MainWindow::setProbeAvailable(bool available)
{
    m_ui->probeMasterAction->setEnabled(available);
}

void MainWindow::setCustomOfferAvailable(bool available)
{
    m_ui->customOfferAction->setEnabled(available);
}

bool MainWindow::exportDiagnostics(const QString &text)
{
    if (Dialogs::showDiagnosticsPreview(this, text) != Dialogs::Answer::Ok)
        return false;
    const QString suggested = QDir::home().filePath(
        u"kvs-viewer-diagnostics-" %
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) % u".json");
    const QString path = Dialogs::chooseSaveFileName(this, tr("Save diagnostics"), suggested,
                                                     tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit()) {
        statusBar()->showMessage(tr("Diagnostics saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
        return true;
    }
    Failure failure;
    failure.step = tr("Export diagnostics");
    failure.errorType = QStringLiteral("FileError");
    failure.message = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    Dialogs::showFailure(this, failure);
    return false;
}

void MainWindow::setPracticeActions(const QList<QAction *> &actions)
{
    auto *menu = new QMenu(tr("&Practice"), this);
    menu->setObjectName(QStringLiteral("practiceMenu"));
    menu->setToolTipsVisible(true);
    menu->addActions(actions);
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), menu);
}

void MainWindow::setLanguageActions(const QList<QAction *> &actions)
{
    auto *menu = new QMenu(tr("&Language"), this);
    menu->setObjectName(QStringLiteral("languageMenu"));
    menu->setToolTipsVisible(true);
    menu->addActions(actions);
    m_ui->helpMenu->insertMenu(m_ui->aboutAction, menu);
    m_ui->helpMenu->insertSeparator(m_ui->aboutAction);
}

void MainWindow::showStatusNote(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::orderTabs()
{
    // Tab moves through the panels in reading order: the form on the left, then the connection, then the
    // log. Each panel keeps its own order; only the panels' sequence is set here.
    QList<QWidget *> chain;
    for (QWidget *panel : {static_cast<QWidget *>(m_formPanel), static_cast<QWidget *>(m_connectionPanel),
                           static_cast<QWidget *>(m_logPanel)}) {
        for (QWidget *w = nextInFocusChain(); w != this; w = w->nextInFocusChain()) {
            if (panel->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
                chain.append(w);
        }
    }
    if (chain.isEmpty())
        return;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    // The focus starts at the form's first control when the window opens.
    chain.first()->setFocus(Qt::OtherFocusReason);
}

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
