#include "ui/messagelogpanel.h"

#include "core/common/redaction.h"
#include "core/events/eventjson.h"
#include "core/events/eventlog.h"
#include "ui/eventlogdelegate.h"
#include "ui/eventlogmodel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace kvs::ui {

MessageLogPanel::MessageLogPanel(const EventLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new EventLogModel(log, 50, this))
    , m_proxy(new EventFilterProxyModel(this))
    , m_kind(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("messageLogPanel"));
    m_kind->setObjectName(QStringLiteral("kindFilterComboBox"));
    m_direction->setObjectName(QStringLiteral("directionFilterComboBox"));
    m_text->setObjectName(QStringLiteral("textFilterLineEdit"));
    m_list->setObjectName(QStringLiteral("logListView"));
    m_detail->setObjectName(QStringLiteral("detailPlainTextEdit"));

    m_kind->addItem(tr("All events"));
    m_kind->addItem(tr("Signaling messages"), QVariant::fromValue(QList<int>{int(EventKind::Message)}));
    m_kind->addItem(tr("Steps and states"),
                    QVariant::fromValue(QList<int>{int(EventKind::Step), int(EventKind::State)}));
    m_kind->addItem(tr("Media and ICE"),
                    QVariant::fromValue(QList<int>{int(EventKind::Media), int(EventKind::Ice),
                                                   int(EventKind::Candidate), int(EventKind::Stats)}));
    m_kind->addItem(
        tr("Errors and warnings"),
        QVariant::fromValue(QList<int>{int(EventKind::Error), int(EventKind::Warning), int(EventKind::Http),
                                       int(EventKind::ClockSkew), int(EventKind::Retry)}));
    m_kind->setAccessibleName(tr("Show"));
    m_direction->addItem(tr("In and out"));
    m_direction->addItem(tr("Received"), QStringLiteral("in"));
    m_direction->addItem(tr("Sent"), QStringLiteral("out"));
    m_direction->setAccessibleName(tr("Direction"));
    m_text->setPlaceholderText(tr("Filter text (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    // Room for a word or two in every language, however long the labels beside it.
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 16);
    m_text->setAccessibleName(tr("Filter text"));
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_text, qOverload<>(&QWidget::setFocus));
    addAction(find);
    auto *copyButton = new QPushButton(tr("Copy"), this);
    copyButton->setObjectName(QStringLiteral("copyLogButton"));
    copyButton->setToolTip(tr("Copy the selected events, or all shown, with secrets removed"));

    m_proxy->setSourceModel(m_model);
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true); // keeps the view fast with many rows
    // Time and text in two columns: the times line up in every script (Japanese rows shifted them).
    m_list->setItemDelegate(new EventLogDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Event log"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_list->setFont(mono);
    m_detail->setReadOnly(true);
    m_detail->setTabChangesFocus(true); // read-only: Tab moves on to the next control
    m_detail->setFont(mono);
    m_detail->setPlaceholderText(tr("Select an event to see it in full."));
    m_detail->setAccessibleName(tr("Event details"));

    m_kind->setAccessibleDescription(tr("Which kinds of events the log shows"));
    m_direction->setAccessibleDescription(tr("Show received messages, sent messages or both"));
    m_text->setAccessibleDescription(tr("Shows only events containing this text"));
    copyButton->setAccessibleDescription(
        tr("Copies the selected events, or all shown, with secrets removed"));
    m_list->setAccessibleDescription(
        tr("Every event and signaling message, newest last; select one to see it "
           "in full"));
    m_detail->setAccessibleDescription(tr("The selected event in full, with secrets removed"));

    // Alt+W reaches the kind filter and Ctrl+F the text from anywhere in the window (the window has more
    // controls than letters: the other filters are a Tab away).
    auto *kindLabel = new QLabel(tr("Sho&w:"), this);
    kindLabel->setBuddy(m_kind);
    auto *directionLabel = new QLabel(tr("Direction:"), this);
    directionLabel->setBuddy(m_direction);
    auto *textLabel = new QLabel(tr("Text:"), this);
    textLabel->setBuddy(m_text);
    // Two rows, and combo boxes that may shrink below their longest entry, so the log never sets the
    // window's width (German labels are long; the log shares its row with the steps).
    for (QComboBox *combo : {m_kind, m_direction}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    auto *filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(kindLabel, 0, 0);
    filters->addWidget(m_kind, 0, 1);
    filters->addWidget(directionLabel, 0, 2);
    filters->addWidget(m_direction, 0, 3);
    filters->addWidget(textLabel, 1, 0);
    filters->addWidget(m_text, 1, 1, 1, 2);
    filters->addWidget(copyButton, 1, 3);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 1);
    // Tab follows the reading order: the filters, Copy beside them, then the log and its detail pane.
    setTabOrder(m_kind, m_direction);
    setTabOrder(m_direction, m_text);
    setTabOrder(m_text, copyButton);
    setTabOrder(copyButton, m_list);
    setTabOrder(m_list, m_detail);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &MessageLogPanel::applyFilters);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &MessageLogPanel::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &MessageLogPanel::applyFilters);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MessageLogPanel::showDetail);
    connect(copyButton, &QPushButton::clicked, this, &MessageLogPanel::copyToClipboard);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MessageLogPanel::followNewRows);
    // The detail pane never shows an event the log no longer shows: rows dropped for space, a reset or a
    // filter that hides the selected one leave it following the current row (or empty).
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MessageLogPanel::showDetail);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MessageLogPanel::showDetail);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MessageLogPanel::showDetail);
}

void MessageLogPanel::applyFilters()
{
    QList<EventKind> kinds;
    for (int kind : m_kind->currentData().value<QList<int>>())
        kinds.append(static_cast<EventKind>(kind));
    m_proxy->setKinds(kinds);
    m_proxy->setDirection(m_direction->currentData().toString());
    m_proxy->setText(m_text->text());
}

void MessageLogPanel::showDetail()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const EngineEvent event = current.data(EventLogModel::EventRole).value<EngineEvent>();
    // The event as JSON (the detail pane is an edge), with a decoded SDP or payload shown as text below it
    // rather than as an escaped JSON string.
    EngineEvent shown = event;
    QString sdp;
    QString payload;
    if (const auto *message = event.as<MessageEvent>()) {
        sdp = message->sdp;
        payload = message->payload;
        MessageEvent bare = *message;
        bare.sdp.clear();
        bare.payload.clear();
        shown.payload = bare;
    }
    QString text = event.text() % u"\n\n" %
                   QString::fromUtf8(QJsonDocument(eventToJson(shown)).toJson(QJsonDocument::Indented));
    if (!sdp.isEmpty())
        text += u'\n' % tr("Session description (SDP):") % u'\n' % sdp.trimmed() % u'\n';
    else if (!payload.isEmpty())
        text += u'\n' % tr("Payload:") % u'\n' % payload;
    if (event.kind == EventKind::Ice || event.kind == EventKind::Candidate ||
        event.kind == EventKind::Stats || event.kind == EventKind::Media)
        text += u'\n' % iceContext(current.data(EventLogModel::EventRole).value<EngineEvent>());
    m_detail->setPlainText(redact(text));
}

QString MessageLogPanel::iceContext(const EngineEvent &upTo) const
{
    // The candidates each side had and the pair ICE chose, as of the selected event: what a support
    // engineer reads next to an ICE state change.
    QStringList local;
    QStringList remote;
    QString pair;
    for (qsizetype i = 0; i < m_log->size(); ++i) {
        const EngineEvent &event = m_log->at(i);
        if (event.wallTime > upTo.wallTime)
            break;
        const auto *info = event.as<InfoEvent>();
        if (event.kind == EventKind::Run || (info && info->iceServers)) {
            local.clear(); // a new media session starts gathering again
            remote.clear();
            pair.clear();
        }
        if (const auto *candidate = event.as<CandidateEvent>()) {
            const QString line = candidate->type % u'/' % candidate->transport % u' ' % candidate->address %
                                 u':' % QString::number(candidate->port);
            (candidate->local ? local : remote).append(line);
        }
        if (const auto *stats = event.as<StatsEvent>(); stats && stats->selectedPair) {
            auto side = [](const PairEndpoint &e) -> QString {
                return e.type % u'/' % e.protocol % u' ' % e.address % u':' % QString::number(e.port);
            };
            pair = side(stats->selectedPair->first) % u" ↔ " % side(stats->selectedPair->second);
        }
    }
    const QString none = tr("none yet");
    QString text = tr("Candidates gathered by this viewer:") % u'\n';
    text += local.isEmpty() ? u"  " % none % u'\n' : u"  " % local.join(QStringLiteral("\n  ")) % u'\n';
    text += tr("Candidates received from the master:") % u'\n';
    text += remote.isEmpty() ? u"  " % none % u'\n' : u"  " % remote.join(QStringLiteral("\n  ")) % u'\n';
    text += tr("Selected candidate pair: %1").arg(pair.isEmpty() ? none : pair) % u'\n';
    return text;
}

QString MessageLogPanel::copyText() const
{
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows.append(m_proxy->index(row, 0));
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows))
        lines.append(index.data(EventLogModel::JsonRole).toString());
    return redact(lines.join(u'\n'));
}

void MessageLogPanel::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(copyText());
}

void MessageLogPanel::followNewRows()
{
    // Keep following the newest rows unless the user scrolled up to read.
    QScrollBar *bar = m_list->verticalScrollBar();
    if (bar->value() >= bar->maximum() - 2)
        m_list->scrollToBottom();
}

} // namespace kvs::ui
