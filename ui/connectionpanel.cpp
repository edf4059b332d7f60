#include "ui/connectionpanel.h"

#include "core/common/duration.h"
#include "ui/palettecolors.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QResizeEvent>
#include <QShortcut>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>
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
        painter->setBrush(failed ? errorColor(option.palette) : option.palette.color(QPalette::Highlight));
        painter->drawRoundedRect(bar, 2, 2);
        painter->restore();
    }
};

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
    , m_skewBanner(new QLabel(this))
    , m_credentialBanner(new QLabel(this))
    , m_takeoverBanner(new QLabel(this))
    , m_noticeStrip(new QToolButton(this))
    , m_noticeList(new QWidget(this))
    , m_takeoverRow(new QWidget(this))
    , m_newClientId(new QPushButton(tr("Get a different ClientId"), m_takeoverRow))
    , m_countdownRow(new QWidget(this))
    , m_countdown(new QLabel(m_countdownRow))
    , m_cancelRetry(new QPushButton(tr("Cance&l retry"), m_countdownRow))
    , m_retryNow(new QPushButton(tr("Retry &now"), m_countdownRow))
    , m_connected(new QLabel(this))
    , m_idle(new QLabel(this))
    , m_probeResult(new QLabel(this))
    , m_steps(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("connectionPanel"));
    m_badge->setObjectName(QStringLiteral("stateBadgeLabel"));
    m_banner->setObjectName(QStringLiteral("bannerLabel"));
    m_skewBanner->setObjectName(QStringLiteral("clockSkewBannerLabel"));
    m_credentialBanner->setObjectName(QStringLiteral("credentialBannerLabel"));
    m_takeoverBanner->setObjectName(QStringLiteral("takeoverBannerLabel"));
    m_idle->setObjectName(QStringLiteral("idleLabel"));
    m_newClientId->setObjectName(QStringLiteral("newClientIdButton"));
    m_newClientId->setToolTip(tr("Put a new ClientId in the form (like its “New id”)"));
    m_newClientId->setAccessibleName(tr("Get a different ClientId"));
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    m_cancelRetry->setObjectName(QStringLiteral("cancelRetryButton"));
    m_retryNow->setObjectName(QStringLiteral("retryNowButton"));
    m_connected->setObjectName(QStringLiteral("connectedLabel"));
    m_steps->setObjectName(QStringLiteral("stepsTreeWidget"));

    QFont badgeFont = m_badge->font();
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 1.3);
    badgeFont.setBold(true);
    m_badge->setFont(badgeFont);
    m_badge->setWordWrap(true); // a long state in German must not widen the window
    m_badge->setAccessibleName(tr("Connection state"));
    m_badge->setAccessibleDescription(tr("The connection's state; announced when it changes"));
    const std::pair<QLabel *, QString> banners[] = {
        {m_banner, tr("Warning")},
        {m_skewBanner, tr("Clock warning")},
        {m_credentialBanner, tr("Credential expiry")},
        {m_takeoverBanner, tr("Connection taken over")},
    };
    for (const auto &[banner, name] : banners) {
        banner->setWordWrap(true);
        banner->setFrameShape(QFrame::StyledPanel);
        banner->setMargin(6);
        // The tooltip colours stand out from the window in light and dark themes alike.
        banner->setAutoFillBackground(true);
        banner->setBackgroundRole(QPalette::ToolTipBase);
        banner->setForegroundRole(QPalette::ToolTipText);
        banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        banner->setVisible(false);
        // A label's accessible name is its text (what a screen reader reads); its purpose is the
        // description.
        banner->setAccessibleDescription(name);
    }
    m_countdown->setWordWrap(true);
    m_countdown->setAccessibleDescription(tr("Retry countdown"));
    m_cancelRetry->setToolTip(tr("Cancel the scheduled retry (Esc)"));
    m_cancelRetry->setAccessibleDescription(tr("Cancels the scheduled retry; Esc does the same"));
    m_retryNow->setToolTip(tr("Retry at once instead of waiting"));
    m_retryNow->setAccessibleDescription(tr("Retries at once instead of waiting for the countdown"));
    m_connected->setAccessibleDescription(tr("Connected time"));
    m_connected->setWordWrap(true); // long in German: it must not set the window's width
    m_idle->setAccessibleDescription(tr("Idle time"));
    m_idle->setWordWrap(true);
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
    // Narrow enough that the waterfall keeps room for its title in German and Japanese at half the window.
    m_steps->setColumnWidth(StepColumn, 200);
    m_steps->setColumnWidth(StartColumn, 70);
    m_steps->setColumnWidth(DurationColumn, 80);
    m_steps->setColumnWidth(OutcomeColumn, 140);

    // The notices fold into one strip: a line with their count and the newest one, which unfolds their list.
    m_noticeStrip->setObjectName(QStringLiteral("noticeStripButton"));
    m_noticeStrip->setCheckable(true);
    m_noticeStrip->setAutoRaise(true);
    m_noticeStrip->setFocusPolicy(Qt::StrongFocus);
    m_noticeStrip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_noticeStrip->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_noticeStrip->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_noticeStrip->setAccessibleDescription(
        tr("Notices about this connection; press Space to show or hide them"));
    m_noticeStrip->setVisible(false);
    connect(m_noticeStrip, &QToolButton::toggled, this, &ConnectionPanel::updateNoticeStrip);
    m_noticeList->setObjectName(QStringLiteral("noticeList"));
    auto *noticeLayout = new QVBoxLayout(m_noticeList);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    m_noticeList->setVisible(false);

    auto *badgeLayout = new QHBoxLayout;
    badgeLayout->addWidget(m_badgeIcon);
    badgeLayout->addWidget(m_badge, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(badgeLayout);
    layout->addWidget(m_noticeStrip);
    auto *takeoverLayout = new QHBoxLayout(m_takeoverRow);
    takeoverLayout->setContentsMargins(0, 0, 0, 0);
    m_takeoverBanner->setParent(m_takeoverRow);
    takeoverLayout->addWidget(m_takeoverBanner, 1);
    takeoverLayout->addWidget(m_newClientId, 0, Qt::AlignTop);
    m_takeoverRow->setVisible(false);
    m_banner->setParent(m_noticeList);
    m_skewBanner->setParent(m_noticeList);
    m_credentialBanner->setParent(m_noticeList);
    m_takeoverRow->setParent(m_noticeList);
    noticeLayout->addWidget(m_takeoverRow);
    noticeLayout->addWidget(m_banner);
    noticeLayout->addWidget(m_skewBanner);
    noticeLayout->addWidget(m_credentialBanner);
    layout->addWidget(m_noticeList);
    layout->addWidget(m_countdownRow);
    layout->addWidget(m_connected);
    layout->addWidget(m_idle);
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
    connect(m_newClientId, &QPushButton::clicked, this, &ConnectionPanel::newClientIdRequested);
    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this, &ConnectionPanel::tick);
    setState(ConnectionState::Idle);
}

QString ConnectionPanel::stateText(ConnectionState state)
{
    return connectionStateText(state);
}

QString ConnectionPanel::statusText() const
{
    return m_cancelled && m_state == ConnectionState::Closed ? tr("Cancelled by you") : stateText(m_state);
}

void ConnectionPanel::setState(ConnectionState state)
{
    const bool changed = state != m_state;
    m_state = state;
    if (state != ConnectionState::Closed)
        m_cancelled = false;
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
    m_badge->setText(statusText());
    m_badge->setToolTip(connectionStateName(state));
    if (state == ConnectionState::Connected && m_connectedAtMs < 0) {
        m_connectedAtMs = m_nowMs();
        m_lastActivityMs = m_connectedAtMs;
        // Once connected again, a warning about the previous connection is history (it stays in the log);
        // a clock-skew warning stays true and stays shown.
        m_banner->setVisible(false);
        m_takeoverBanner->setVisible(false);
        m_takeoverRow->setVisible(false);
        updateNoticeStrip();
    }
    if (state == ConnectionState::Replaced && changed) {
        m_takeoverRow->setVisible(true);
        m_noticeStrip->setChecked(true); // it asks for an action: its button must be in reach
        showBanner(
            m_takeoverBanner,
            tr("Another client connected with the same ClientId and the service gave it this connection, "
               "so the viewer stopped instead of taking it back. If that client is yours (a second copy "
               "of this app, a test rig), keep one ClientId per viewer: get a different ClientId (the "
               "button here, or “New id” in the form), then connect again."));
    }
    if (state != ConnectionState::Connected && state != ConnectionState::Reconnecting)
        m_connectedAtMs = -1;
    if (changed) {
        // Screen readers hear connected, retrying and failed as they happen: the badge's accessible name is
        // its text, so a NameChanged speaks the new state; failures also raise an alert (Qt 6.4 has no
        // live-region announcement).
        m_badge->setAccessibleName(tr("Connection state: %1").arg(statusText()));
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
    if (const auto *info = event.as<InfoEvent>(); info && info->cancelled)
        m_cancelled = true; // the state change that follows (Closed) reads it
    if (const auto *skew = event.as<ClockSkewEvent>(); skew && !skew->message.isEmpty())
        showBanner(m_skewBanner, skew->message);
    else if (const auto *warning = event.as<WarningEvent>(); warning && warning->offsetMs)
        showBanner(m_skewBanner, warning->message); // the skew warning with what to do about it
    else if (warning)
        showBanner(m_banner, warning->message);
    if (event.kind == EventKind::Message)
        m_lastActivityMs = qMax(m_lastActivityMs, event.elapsedMs);
    if (m_timeline.apply(event))
        refreshTimeline();
    tick();
}

void ConnectionPanel::showBanner(QLabel *banner, const QString &text)
{
    const bool appeared = !banner->isVisibleTo(banner->parentWidget()) || banner->text() != text;
    banner->setText(text);
    banner->setVisible(!text.isEmpty());
    if (appeared && !text.isEmpty())
        m_newestNotice = banner;
    updateNoticeStrip();
    if (appeared && !text.isEmpty()) {
        // Screen readers announce a banner when it appears or changes.
        QAccessibleEvent alert(banner, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void ConnectionPanel::updateNoticeStrip()
{
    QStringList notices;
    QLabel *newest = nullptr;
    for (QLabel *banner : {m_takeoverBanner, m_banner, m_skewBanner, m_credentialBanner}) {
        if (banner->isHidden() || banner->text().isEmpty())
            continue;
        notices.append(banner->text());
        if (!newest || banner == m_newestNotice)
            newest = banner;
    }
    const auto count = int(notices.size());
    m_noticeStrip->setVisible(count > 0);
    m_noticeList->setVisible(count > 0 && m_noticeStrip->isChecked());
    if (count == 0)
        return;
    const bool open = m_noticeStrip->isChecked();
    const QString first = newest->text().section(u'\n', 0, 0);
    const QString head = open ? tr("Notices (%1) — hide").arg(count) : tr("Notices (%1):").arg(count);
    QString text = open ? head : head % u' ' % first;
    const int room = qMax(80, width() - m_noticeStrip->iconSize().width() - 40);
    text = m_noticeStrip->fontMetrics().elidedText(text, Qt::ElideRight, room);
    m_noticeStrip->setText(text);
    m_noticeStrip->setToolTip(open ? tr("Hide the notices") : notices.join(QStringLiteral("\n\n")));
    m_noticeStrip->setAccessibleName(tr("Notices (%1)").arg(count) % u": " % first);
}

void ConnectionPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateNoticeStrip(); // the newest notice is elided to the width
    // Wrapped lines need another height at another width: the splitter asks minimumSizeHint() again.
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

int ConnectionPanel::minimumHeightAt(int width) const
{
    // A splitter knows nothing of height-for-width: it lays the panel out by its minimum size hint, which
    // a layout computes for unwrapped lines. Count the lines at this width instead.
    const QLayout *box = layout();
    const QMargins margins = box->contentsMargins();
    const int inner = qMax(1, width - margins.left() - margins.right());
    int height = margins.top() + margins.bottom();
    int shown = 0;
    for (int i = 0; i < box->count(); ++i) {
        QLayoutItem *item = box->itemAt(i);
        if (item->isEmpty())
            continue; // a hidden line
        height += item->hasHeightForWidth() ? item->heightForWidth(inner) : item->minimumSize().height();
        ++shown;
    }
    return height + qMax(0, shown - 1) * qMax(0, box->spacing());
}

QSize ConnectionPanel::minimumSizeHint() const
{
    QSize hint = QWidget::minimumSizeHint();
    if (layout())
        hint.setHeight(qMax(hint.height(), minimumHeightAt(width())));
    return hint;
}

void ConnectionPanel::setCredentialExpiry(const QString &source, std::optional<qint64> expiresAtMs)
{
    m_credentialSource = source;
    m_credentialExpiresAtMs = expiresAtMs;
    tick();
}

void ConnectionPanel::updateCredentialBanner(qint64 now)
{
    QString text;
    const bool open = m_state == ConnectionState::Connected || m_state == ConnectionState::Reconnecting;
    if (open && m_credentialExpiresAtMs) {
        const qint64 left = *m_credentialExpiresAtMs - now;
        const qint64 minutes = (qAbs(left) + 59999) / 60000;
        if (left <= 0)
            text =
                tr("Credentials from %1 expired %2 min ago. This connection stays open; the next connection "
                   "fetches new ones (or fails if the source cannot give any).")
                    .arg(m_credentialSource)
                    .arg(minutes);
        else if (left <= kExpiryWarningMs)
            text = tr("Credentials from %1 expire in %2 min — the next connection will refresh them.")
                       .arg(m_credentialSource)
                       .arg(minutes);
    }
    if (text != m_credentialBanner->text() || text.isEmpty() == m_credentialBanner->isVisibleTo(this))
        showBanner(m_credentialBanner, text);
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
    for (QLabel *banner : {m_banner, m_skewBanner, m_credentialBanner, m_takeoverBanner}) {
        banner->clear();
        banner->setVisible(false);
    }
    m_takeoverRow->setVisible(false);
    m_noticeStrip->setChecked(false);
    updateNoticeStrip();
    m_credentialSource.clear();
    m_credentialExpiresAtMs.reset();
    m_lastActivityMs = -1;
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
    const int rowsBefore = m_steps->topLevelItemCount();
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
    // A new step (the current attempt, a media step, a failure) comes into view.
    if (m_steps->topLevelItemCount() > rowsBefore)
        m_steps->scrollToItem(m_steps->topLevelItem(m_steps->topLevelItemCount() - 1));
}

void ConnectionPanel::setRecorded(std::optional<qint64> connectedForMs)
{
    m_recorded = true;
    m_recordedConnectedMs = connectedForMs;
    tick();
}

void ConnectionPanel::tick()
{
    const qint64 now = m_nowMs();
    if (m_recorded) {
        // A recorded run: a duration from "now" would be the viewer's clock, not the customer's run.
        m_ticker.stop();
        m_countdownRow->setVisible(false);
        m_idle->setVisible(false);
        const bool open = m_state == ConnectionState::Connected || m_state == ConnectionState::Reconnecting;
        m_connected->setVisible(open && m_recordedConnectedMs.has_value());
        if (m_connected->isVisibleTo(this))
            m_connected->setText(tr("Connected for %1 when the record of this run ends (recorded, not live)")
                                     .arg(formatClock(*m_recordedConnectedMs)));
        return;
    }
    const auto &retry = m_timeline.pendingRetry();
    const bool backingOff = retry.has_value() && m_state == ConnectionState::BackingOff;
    m_countdownRow->setVisible(backingOff);
    if (backingOff)
        m_countdown->setText(retry->countdownText(now));
    const bool connected = m_connectedAtMs >= 0;
    m_connected->setVisible(connected);
    m_idle->setVisible(connected);
    if (connected) {
        const qint64 up = now - m_connectedAtMs;
        // No countdowns: the documented limits are not what the service was seen to do (a pinging client
        // lasted about 2 hours; pings keep a connection from idling), so no second is promised.
        m_connected->setText(tr("Connected for %1 · documented maximum: 1 hour per connection (observed "
                                "longer); the viewer reconnects when it ends")
                                 .arg(formatClock(up)));
        const qint64 idle = now - qMax(m_connectedAtMs, m_lastActivityMs);
        m_idle->setText(tr("No signaling message for %1 · documented idle limit: 10 minutes; the viewer's "
                           "pings keep the connection from going idle")
                            .arg(formatClock(idle)));
    }
    updateCredentialBanner(now);
    const bool stepRunning = std::any_of(m_timeline.steps().begin(), m_timeline.steps().end(),
                                         [](const TimelineStep &s) { return s.running(); });
    const bool running = backingOff || connected || m_state == ConnectionState::Reconnecting || stepRunning;
    if (running && !m_ticker.isActive())
        m_ticker.start();
    else if (!running)
        m_ticker.stop();
    // Only a running step's row changes with time; finished rows are refreshed by the events that end them.
    if (stepRunning)
        refreshTimeline();
}

} // namespace kvs::ui
