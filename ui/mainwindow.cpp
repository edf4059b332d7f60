#include "ui/mainwindow.h"

#include "core/buildinfo.h"
#include "ui/connectionformpanel.h"
#include "ui/connectionpanel.h"
#include "ui/errordialog.h"
#include "ui/fieldfeedback.h"
#include "ui/messagelogpanel.h"
#include "ui/videowidget.h"
#include "ui_mainwindow.h"

#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

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
    buildViewer();
    // The title is the product name as main() sets the display name: the platform appends that name to any
    // other title ("KVS Signaling Viewer 0.1.0 — KVS Signaling Viewer"). The version is in Help › About.
    buildVideoMenu();
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
    connect(m_ui->whoAmIAction, &QAction::triggered, this, &MainWindow::identityRequested);
    connect(m_ui->presignedUrlAction, &QAction::triggered, this, &MainWindow::presignedUrlRequested);
    connect(m_ui->openSetupAction, &QAction::triggered, this, &MainWindow::openSetupRequested);
    connect(m_ui->openDiagnosticsAction, &QAction::triggered, this, &MainWindow::openDiagnosticsRequested);
    connect(m_ui->saveSetupAction, &QAction::triggered, this, &MainWindow::saveSetupRequested);
    connect(m_ui->listChannelsAction, &QAction::triggered, this, &MainWindow::channelListRequested);
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

void MainWindow::setPracticeStatus(const QStringList &armed)
{
    if (!m_practiceStatus) {
        m_practiceStatus = new QLabel(this);
        m_practiceStatus->setObjectName(QStringLiteral("practiceStatusLabel"));
        m_practiceStatus->setAccessibleName(tr("Armed practice faults"));
        statusBar()->addPermanentWidget(m_practiceStatus);
    }
    const QString text = tr("⚠ Practice armed: %1").arg(armed.join(QStringLiteral("; ")));
    // Many faults (or long words in German) must not widen the window: the line is elided to half of it,
    // and its tooltip and accessible description hold every fault.
    m_practiceStatus->setText(
        m_practiceStatus->fontMetrics().elidedText(text, Qt::ElideRight, qMax(160, width() / 2)));
    m_practiceStatus->setToolTip(
        text % u'\n' % tr("Faults waiting in the demo's emulator; Practice › Clear all faults ends them"));
    m_practiceStatus->setAccessibleDescription(text);
    m_practiceStatus->setVisible(!armed.isEmpty());
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

void MainWindow::buildViewer()
{
    // The video is the largest element: it takes the window's centre, the diagnostics (steps and banners
    // beside the log) sit below it in a splitter, and the form stays on the left until connected, when it
    // folds into the channel bar above the video.
    auto *viewer = new QWidget;
    viewer->setObjectName(QStringLiteral("viewerArea"));
    auto *viewerLayout = new QVBoxLayout(viewer);
    viewerLayout->setContentsMargins(0, 0, 0, 0);
    viewerLayout->setSpacing(2);

    m_channelBar = new QWidget;
    m_channelBar->setObjectName(QStringLiteral("channelBar"));
    auto *barLayout = new QHBoxLayout(m_channelBar);
    barLayout->setContentsMargins(4, 2, 4, 2);
    m_channelLabel = new QLabel;
    m_channelLabel->setObjectName(QStringLiteral("channelLabel"));
    reserveOneLine(m_channelLabel); // a long ARN is elided (whole in the tooltip), never widening the window
    auto *edit = new QToolButton;
    edit->setObjectName(QStringLiteral("editConnectionButton"));
    edit->setText(tr("&Edit connection"));
    edit->setToolTip(tr("Show the connection form again"));
    connect(edit, &QToolButton::clicked, this, [this] { setFormCollapsed(false); });
    barLayout->addWidget(m_channelLabel, 1);
    barLayout->addWidget(edit);
    m_channelBar->hide();

    m_video = new VideoWidget;
    connect(m_video, &VideoWidget::doubleClicked, this, [this] { setVideoFullScreen(!m_videoFullScreen); });

    m_videoControls = new QWidget;
    m_videoControls->setObjectName(QStringLiteral("videoControls"));
    auto *controls = new QHBoxLayout(m_videoControls);
    controls->setContentsMargins(4, 0, 4, 0);
    m_muteButton = new QToolButton;
    m_muteButton->setObjectName(QStringLiteral("muteButton"));
    m_muteButton->setCheckable(true);
    m_muteButton->setText(tr("Mute"));
    m_muteButton->setAccessibleName(tr("Mute audio"));
    m_volumeSlider = new QSlider(Qt::Horizontal);
    m_volumeSlider->setObjectName(QStringLiteral("volumeSlider"));
    m_volumeSlider->setRange(0, 100);
    m_volumeSlider->setValue(80);
    m_volumeSlider->setMaximumWidth(160);
    m_volumeSlider->setAccessibleName(tr("Volume"));
    m_volumeSlider->setToolTip(tr("Volume"));
    connect(m_muteButton, &QToolButton::toggled, this, [this](bool muted) {
        m_muteButton->setText(muted ? tr("Unmute") : tr("Mute"));
        if (m_muteAction)
            m_muteAction->setChecked(muted);
        emit mutedChanged(muted);
    });
    connect(m_volumeSlider, &QSlider::valueChanged, this, &MainWindow::volumeChanged);
    controls->addWidget(m_muteButton);
    controls->addWidget(m_volumeSlider);
    controls->addStretch(1);

    viewerLayout->addWidget(m_channelBar);
    viewerLayout->addWidget(m_video, 1);
    viewerLayout->addWidget(m_videoControls);

    m_diagnosticsSplitter = new QSplitter(Qt::Horizontal);
    m_diagnosticsSplitter->setObjectName(QStringLiteral("diagnosticsSplitter"));
    m_diagnosticsSplitter->addWidget(m_connectionPanel);
    m_diagnosticsSplitter->addWidget(m_logPanel);
    m_diagnosticsSplitter->setStretchFactor(0, 1);
    m_diagnosticsSplitter->setStretchFactor(1, 1);
    // Until the user moves it (then it is remembered): the steps' columns get about half the width,
    // whatever the size hints of the log's long lines and of wrapped German labels.
    m_diagnosticsSplitter->setSizes({550, 450});

    m_viewerSplitter = new QSplitter(Qt::Vertical, m_ui->mainSplitter);
    m_viewerSplitter->setObjectName(QStringLiteral("viewerSplitter"));
    m_viewerSplitter->addWidget(viewer);
    m_viewerSplitter->addWidget(m_diagnosticsSplitter);
    m_viewerSplitter->setStretchFactor(0, 3);
    m_viewerSplitter->setStretchFactor(1, 2);
    m_viewerSplitter->setSizes({420, 280}); // the video first; the steps keep about six rows
    // The form scrolls rather than setting the window's height (Advanced open, a small screen, 200 %).
    m_formScroll = new QScrollArea;
    m_formScroll->setObjectName(QStringLiteral("formScrollArea"));
    m_formScroll->setWidget(m_formPanel);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_formScroll->setFocusPolicy(Qt::NoFocus);
    m_formScroll->setMinimumWidth(m_formPanel->minimumSizeHint().width() +
                                  m_formScroll->verticalScrollBar()->sizeHint().width());
    m_ui->mainSplitter->insertWidget(0, m_formScroll);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
}

void MainWindow::buildVideoMenu()
{
    auto *menu = new QMenu(tr("&Video"), this);
    menu->setObjectName(QStringLiteral("videoMenu"));
    menu->setToolTipsVisible(true);
    m_fullScreenAction = menu->addAction(tr("&Full screen"));
    m_fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_fullScreenAction->setToolTip(tr("Show only the video (Esc leaves)"));
    connect(m_fullScreenAction, &QAction::triggered, this, &MainWindow::setVideoFullScreen);
    m_snapshotAction = menu->addAction(tr("Save &snapshot…"));
    m_snapshotAction->setObjectName(QStringLiteral("snapshotAction"));
    m_snapshotAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_snapshotAction->setToolTip(tr("Save the current picture as a PNG file"));
    connect(m_snapshotAction, &QAction::triggered, this, &MainWindow::saveSnapshot);
    menu->addSeparator();
    m_muteAction = menu->addAction(tr("&Mute audio"));
    m_muteAction->setObjectName(QStringLiteral("muteAction"));
    m_muteAction->setCheckable(true);
    m_muteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_muteAction, &QAction::triggered, m_muteButton, &QToolButton::setChecked);
    m_statsAction = menu->addAction(tr("Show s&tats overlay"));
    m_statsAction->setObjectName(QStringLiteral("statsAction"));
    m_statsAction->setCheckable(true);
    m_statsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_statsAction->setToolTip(tr("Codec, resolution, frame rate, bit rate, loss and the selected pair"));
    connect(m_statsAction, &QAction::toggled, m_video, &VideoWidget::setOverlayVisible);
    // The window's own actions keep working in full screen, where the menu bar is hidden.
    addActions({m_fullScreenAction, m_snapshotAction, m_muteAction, m_statsAction});
    auto *leave = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    leave->setObjectName(QStringLiteral("leaveFullScreenShortcut"));
    leave->setEnabled(false); // Esc belongs to the panels (e.g. cancel a retry) outside full screen
    m_leaveFullScreen = leave;
    connect(leave, &QShortcut::activated, this, [this] {
        if (m_videoFullScreen)
            setVideoFullScreen(false);
    });
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), menu);
}

void MainWindow::setFormCollapsed(bool collapsed, const QString &channel)
{
    if (!channel.isEmpty())
        m_channelLabel->setText(tr("Channel: %1").arg(channel));
    m_formCollapsed = collapsed;
    if (m_videoFullScreen)
        return; // applied when full screen ends
    m_formScroll->setVisible(!collapsed);
    m_channelBar->setVisible(collapsed);
}

void MainWindow::setVideoFullScreen(bool fullScreen)
{
    if (fullScreen == m_videoFullScreen)
        return;
    m_videoFullScreen = fullScreen;
    m_fullScreenAction->setChecked(fullScreen);
    m_leaveFullScreen->setEnabled(fullScreen);
    m_formScroll->setVisible(!fullScreen && !m_formCollapsed);
    m_channelBar->setVisible(!fullScreen && m_formCollapsed);
    m_diagnosticsSplitter->setVisible(!fullScreen);
    m_videoControls->setVisible(!fullScreen);
    menuBar()->setVisible(!fullScreen);
    statusBar()->setVisible(!fullScreen);
    m_ui->centralLayout->setContentsMargins(fullScreen ? QMargins() : QMargins(9, 9, 9, 9));
    if (fullScreen) {
        m_wasMaximized = isMaximized();
        showFullScreen();
        m_video->setFocus(Qt::OtherFocusReason);
    } else if (m_wasMaximized) {
        showMaximized();
    } else {
        showNormal();
    }
}

QString MainWindow::saveSnapshot()
{
    const QImage frame = m_video->frame();
    if (frame.isNull()) {
        statusBar()->showMessage(tr("There is no picture to save yet."), 5000);
        return {};
    }
    const QString folder = m_snapshotFolder.isEmpty() ? QDir::homePath() : m_snapshotFolder;
    const QString suggested = QDir(folder).filePath(
        u"kvs-viewer-snapshot-" % QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) %
        u".png");
    const QString path =
        Dialogs::chooseSaveFileName(this, tr("Save snapshot"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return {};
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && frame.save(&file, "PNG") && file.commit()) {
        m_snapshotFolder = QFileInfo(path).absolutePath();
        emit snapshotFolderChanged(m_snapshotFolder);
        statusBar()->showMessage(tr("Snapshot saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
        return path;
    }
    Failure failure;
    failure.step = tr("Save snapshot");
    failure.errorType = QStringLiteral("FileError");
    failure.message = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    Dialogs::showFailure(this, failure);
    return {};
}

void MainWindow::setMuted(bool muted)
{
    m_muteButton->setChecked(muted);
}

bool MainWindow::isMuted() const
{
    return m_muteButton->isChecked();
}

void MainWindow::setVolume(int percent)
{
    m_volumeSlider->setValue(percent);
}

int MainWindow::volume() const
{
    return m_volumeSlider->value();
}

void MainWindow::setStatsOverlayVisible(bool visible)
{
    m_statsAction->setChecked(visible);
}

QByteArray MainWindow::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_ui->mainSplitter->saveState() << m_viewerSplitter->saveState()
        << m_diagnosticsSplitter->saveState();
    return state;
}

void MainWindow::restoreLayout(const QByteArray &state)
{
    QDataStream in(state);
    QByteArray main, viewer, diagnostics;
    in >> main >> viewer >> diagnostics;
    if (in.status() != QDataStream::Ok)
        return;
    m_ui->mainSplitter->restoreState(main);
    m_viewerSplitter->restoreState(viewer);
    m_diagnosticsSplitter->restoreState(diagnostics);
}

void MainWindow::orderTabs()
{
    // Tab moves through the panels in reading order: the form on the left, then the video area, then the
    // connection, then the log. Each panel keeps its own order; only the panels' sequence is set here.
    QList<QWidget *> chain;
    for (QWidget *panel : {static_cast<QWidget *>(m_formPanel), m_video->parentWidget(),
                           static_cast<QWidget *>(m_connectionPanel), static_cast<QWidget *>(m_logPanel)}) {
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
