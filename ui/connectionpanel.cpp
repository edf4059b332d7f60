#include "connectionpanel.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kvs::ui {
namespace {

enum Column
{
    StepColumn,
    StartColumn,
    DurationColumn,
    OutcomeColumn,
    WaterfallColumn
};
constexpr int kStartRole = Qt::UserRole + 1;
constexpr int kEndRole = Qt::UserRole + 2;
constexpr int kSpanRole = Qt::UserRole + 3;

/// The failed bar's red, chosen for the view's background: a dark red on light themes and a light red on
/// dark ones, each above 4.5:1 contrast (WCAG asks 3:1 of graphics). The outcome column says "failed" in
/// words too.
QColor failedBarColor(const QPalette &palette)
{
    const bool darkBackground = palette.color(QPalette::Base).lightnessF() < 0.5;
    return darkBackground ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

/// Paints each step as a bar placed by its start and length within the run (the waterfall).
class WaterfallDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, QModelIndex());
        const double span = qMax(1.0, index.data(kSpanRole).toDouble());
        const double start = index.data(kStartRole).toDouble();
        const double end = index.data(kEndRole).toDouble();
        const QRectF area = QRectF(option.rect).adjusted(4, 5, -4, -5);
        const QRectF bar(area.left() + area.width() * start / span, area.top(),
                         qMax(2.0, area.width() * (end - start) / span), area.height());
        const bool failed = index.siblingAtColumn(OutcomeColumn).data(Qt::UserRole).toBool();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(failed ? failedBarColor(option.palette)
                                 : option.palette.color(QPalette::Highlight));
        painter->drawRoundedRect(bar, 2, 2);
        painter->restore();
    }
};

QString formatDuration(qint64 ms)
{
    if (ms < 10000)
        return QStringLiteral("%1 ms").arg(ms);
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString formatClock(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms / 1000);
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ConnectionPanel::ConnectionPanel(std::function<qint64()> nowMs, QWidget *parent)
    : QWidget(parent)
    , m_nowMs(std::move(nowMs))
    , m_badgeIcon(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_countdownRow(new QWidget(this))
    , m_countdown(new QLabel(m_countdownRow))
    , m_cancelRetry(new QPushButton(tr("Cance&l retry"), m_countdownRow))
    , m_retryNow(new QPushButton(tr("Retry &now"), m_countdownRow))
    , m_connected(new QLabel(this))
    , m_probeResult(new QLabel(this))
    , m_steps(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("connectionPanel"));
    m_badge->setObjectName(QStringLiteral("stateBadgeLabel"));
    m_banner->setObjectName(QStringLiteral("bannerLabel"));
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    m_cancelRetry->setObjectName(QStringLiteral("cancelRetryButton"));
    m_retryNow->setObjectName(QStringLiteral("retryNowButton"));
    m_connected->setObjectName(QStringLiteral("connectedLabel"));
    m_steps->setObjectName(QStringLiteral("stepsTreeWidget"));

    QFont badgeFont = m_badge->font();
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 1.3);
    badgeFont.setBold(true);
    m_badge->setFont(badgeFont);
    m_badge->setAccessibleName(tr("Connection state"));
    m_badge->setAccessibleDescription(tr("The connection's state; announced when it changes"));
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setVisible(false);
    // These labels' text is what a screen reader reads (a label's accessible name is its text unless one
    // is set), so their purpose goes into the description.
    m_banner->setAccessibleDescription(tr("Warning"));
    m_countdown->setWordWrap(true);
    m_countdown->setAccessibleDescription(tr("Retry countdown"));
    m_cancelRetry->setToolTip(tr("Cancel the scheduled retry (Esc)"));
    m_cancelRetry->setAccessibleDescription(tr("Cancels the scheduled retry; Esc does the same"));
    m_retryNow->setToolTip(tr("Retry at once instead of waiting"));
    m_retryNow->setAccessibleDescription(tr("Retries at once instead of waiting for the countdown"));
    m_connected->setAccessibleDescription(tr("Connected time"));
    m_probeResult->setObjectName(QStringLiteral("probeResultLabel"));
    m_probeResult->setWordWrap(true);
    m_probeResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_probeResult->setAccessibleDescription(tr("Master probe result"));
    m_probeResult->setVisible(false);

    auto *countdownLayout = new QHBoxLayout(m_countdownRow);
    countdownLayout->setContentsMargins(0, 0, 0, 0);
    countdownLayout->addWidget(m_countdown, 1);
    countdownLayout->addWidget(m_cancelRetry);
    countdownLayout->addWidget(m_retryNow);
    m_countdownRow->setVisible(false);

    m_steps->setHeaderLabels({tr("Step"), tr("Start"), tr("Duration"), tr("Outcome"), tr("Waterfall")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setAlternatingRowColors(true);
    m_steps->setItemDelegateForColumn(WaterfallColumn, new WaterfallDelegate(m_steps));
    m_steps->header()->setStretchLastSection(true);
    m_steps->setAccessibleName(tr("Connection steps"));
    m_steps->setAccessibleDescription(tr(
        "Each step of the connection with its start, duration and outcome; the waterfall shows the timing"));
    m_steps->setColumnWidth(StepColumn, 220);
    m_steps->setColumnWidth(StartColumn, 70);
    m_steps->setColumnWidth(DurationColumn, 80);
    m_steps->setColumnWidth(OutcomeColumn, 190);

    auto *badgeLayout = new QHBoxLayout;
    badgeLayout->addWidget(m_badgeIcon);
    badgeLayout->addWidget(m_badge, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(badgeLayout);
    layout->addWidget(m_banner);
    layout->addWidget(m_countdownRow);
    layout->addWidget(m_connected);
    layout->addWidget(m_probeResult);
    layout->addWidget(m_steps, 1);

    connect(m_cancelRetry, &QPushButton::clicked, this, &ConnectionPanel::cancelRetryRequested);
    // Esc anywhere in the window cancels a scheduled retry.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_countdownRow->isVisible())
            emit cancelRetryRequested();
    });
    connect(m_retryNow, &QPushButton::clicked, this, &ConnectionPanel::retryNowRequested);
    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this, &ConnectionPanel::tick);
    setState(ConnectionState::Idle);
}

QString ConnectionPanel::stateText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Idle:
        return tr("Not connected");
    case ConnectionState::ResolvingCredentials:
        return tr("Getting credentials…");
    case ConnectionState::DescribingChannel:
        return tr("Looking up the channel…");
    case ConnectionState::GettingEndpoint:
        return tr("Getting the signaling endpoint…");
    case ConnectionState::GettingIceConfig:
        return tr("Getting ICE servers…");
    case ConnectionState::Signing:
        return tr("Signing the connection…");
    case ConnectionState::Connecting:
        return tr("Connecting…");
    case ConnectionState::Connected:
        return tr("Connected");
    case ConnectionState::Reconnecting:
        return tr("Reconnecting (the service is going away)…");
    case ConnectionState::BackingOff:
        return tr("Waiting to retry");
    case ConnectionState::Closing:
        return tr("Disconnecting…");
    case ConnectionState::Closed:
        return tr("Disconnected");
    case ConnectionState::Failed:
        return tr("Failed");
    case ConnectionState::Replaced:
        return tr("Replaced by another client");
    }
    return {};
}

void ConnectionPanel::setState(ConnectionState state)
{
    const bool changed = state != m_state;
    m_state = state;
    QStyle::StandardPixmap icon = QStyle::SP_MediaPause;
    switch (state) {
    case ConnectionState::Connected:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case ConnectionState::BackingOff:
    case ConnectionState::Reconnecting:
        icon = QStyle::SP_BrowserReload;
        break;
    case ConnectionState::Failed:
    case ConnectionState::Replaced:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case ConnectionState::Idle:
    case ConnectionState::Closed:
        icon = QStyle::SP_MediaStop;
        break;
    default:
        icon = QStyle::SP_ArrowRight;
        break;
    }
    const int size = m_badge->fontMetrics().height();
    m_badgeIcon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_badge->setText(stateText(state));
    m_badge->setToolTip(connectionStateName(state));
    if (state == ConnectionState::Connected && m_connectedAtMs < 0) {
        m_connectedAtMs = m_nowMs();
        // Once connected again, a warning about the previous connection is history (it stays in the log);
        // a clock-skew warning stays true and stays shown.
        if (!m_bannerIsClockSkew)
            m_banner->setVisible(false);
    }
    if (state != ConnectionState::Connected && state != ConnectionState::Reconnecting)
        m_connectedAtMs = -1;
    if (changed) {
        // Screen readers hear connected, retrying and failed as they happen: the badge's accessible name is
        // its text, so a NameChanged speaks the new state; failures also raise an alert (Qt 6.4 has no
        // live-region announcement).
        m_badge->setAccessibleName(tr("Connection state: %1").arg(stateText(state)));
        QAccessibleEvent nameChanged(m_badge, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&nameChanged);
        if (state == ConnectionState::Failed || state == ConnectionState::Replaced ||
            state == ConnectionState::BackingOff) {
            QAccessibleEvent alert(m_badge, QAccessible::Alert);
            QAccessible::updateAccessibility(&alert);
        }
    }
    tick();
}

void ConnectionPanel::applyEvent(const EngineEvent &event)
{
    if (event.kind == EventKind::Warning ||
        (event.kind == EventKind::ClockSkew && !event.field("message").isEmpty())) {
        m_banner->setText(event.field("message"));
        m_banner->setVisible(true);
        QAccessibleEvent alert(m_banner, QAccessible::Alert); // a warning is heard as it appears
        QAccessible::updateAccessibility(&alert);
    }
    if (m_timeline.apply(event))
        refreshTimeline();
    tick();
}

void ConnectionPanel::showProbeResult(const QString &summary)
{
    m_probeResult->setText(summary);
    m_probeResult->setVisible(!summary.isEmpty());
}

void ConnectionPanel::clear()
{
    m_timeline.clear();
    m_probeResult->clear();
    m_probeResult->setVisible(false);
    m_banner->clear();
    m_banner->setVisible(false);
    refreshTimeline();
    tick();
}

void ConnectionPanel::refreshTimeline()
{
    const qint64 now = m_nowMs();
    const auto &steps = m_timeline.steps();
    qint64 span = 1;
    for (const TimelineStep &step : steps)
        span = qMax(span, step.running() ? now : step.endMs);
    while (m_steps->topLevelItemCount() > steps.size())
        delete m_steps->takeTopLevelItem(m_steps->topLevelItemCount() - 1);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const TimelineStep &step = steps[i];
        QTreeWidgetItem *item = m_steps->topLevelItem(int(i));
        if (!item)
            item = new QTreeWidgetItem(m_steps);
        const QString name =
            step.attempt > 1 ? tr("%1 (attempt %2)").arg(step.name).arg(step.attempt) : step.name;
        item->setText(StepColumn, name);
        item->setText(StartColumn, formatDuration(step.startMs));
        item->setText(DurationColumn, step.running() ? tr("running…") : formatDuration(step.durationMs(now)));
        const bool failed = step.status == u"failed";
        item->setText(OutcomeColumn,
                      step.running()
                          ? QString()
                          : (failed ? (step.detail.isEmpty() ? tr("failed") : step.detail) : tr("ok")));
        item->setData(OutcomeColumn, Qt::UserRole, failed);
        item->setIcon(OutcomeColumn, step.running()
                                         ? QIcon()
                                         : style()->standardIcon(failed ? QStyle::SP_MessageBoxCritical
                                                                        : QStyle::SP_DialogApplyButton));
        item->setData(WaterfallColumn, kStartRole, double(step.startMs));
        item->setData(WaterfallColumn, kEndRole, double(step.running() ? now : step.endMs));
        item->setData(WaterfallColumn, kSpanRole, double(span));
    }
}

void ConnectionPanel::tick()
{
    const qint64 now = m_nowMs();
    const auto &retry = m_timeline.pendingRetry();
    const bool backingOff = retry.has_value() && m_state == ConnectionState::BackingOff;
    m_countdownRow->setVisible(backingOff);
    if (backingOff)
        m_countdown->setText(retry->countdownText(now));
    const bool connected = m_connectedAtMs >= 0;
    m_connected->setVisible(connected);
    if (connected) {
        const qint64 up = now - m_connectedAtMs;
        m_connected->setText(tr("Connected for %1 · the service ends every connection after 1 hour (in %2)")
                                 .arg(formatClock(up), formatClock(3600 * 1000 - up)));
    }
    const bool running = backingOff || connected ||
                         std::any_of(m_timeline.steps().begin(), m_timeline.steps().end(),
                                     [](const TimelineStep &s) { return s.running(); });
    if (running && !m_ticker.isActive())
        m_ticker.start();
    else if (!running)
        m_ticker.stop();
    if (running)
        refreshTimeline();
}

} // namespace kvs::ui
