#include "ui/diagnosticsviewer.h"

#include "core/common/redaction.h"
#include "core/diagnostics/diagnosticsfile.h"
#include "core/events/eventlog.h"
#include "core/signaling/connectionstate.h"
#include "ui/connectionpanel.h"
#include "ui/eventlogmodel.h"
#include "ui/messagelogpanel.h"
#include "ui/selectabletext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kvs::ui {

DiagnosticsViewer::DiagnosticsViewer(const DiagnosticsFile &file, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_header(new QLabel(this))
    , m_runPicker(new QComboBox(this))
    , m_settings(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("diagnosticsViewer"));
    setWindowTitle(tr("Diagnostics: %1 (read-only)").arg(redact(name)));
    setAccessibleName(tr("Diagnostics from a file"));
    const QList<DiagnosticsRun> runs = file.runs();
    // Room for every event read and the run headers made for runs without one.
    m_log = std::make_unique<EventLog>(DiagnosticsFile::kMaxEvents + runs.size());
    m_panel = new ConnectionPanel([this] { return m_nowMs; }, this);
    m_logPanel = new MessageLogPanel(m_log.get(), this);
    qsizetype total = 0;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const QList<EngineEvent> &events = runs.at(i).events;
        Run run;
        run.first = m_log->size();
        run.count = events.size();
        run.lastMs = events.isEmpty() ? 0 : events.constLast().elapsedMs;
        std::optional<ConnectionState> state;
        QDateTime connectedAt;
        for (const EngineEvent &event : events) {
            m_log->append(event);
            const auto *changed = event.as<StateEvent>();
            if (!changed)
                continue;
            state = changed->state;
            if (state == ConnectionState::Connected)
                connectedAt = event.wallTime;
        }
        total += events.size();
        // Connected when its record ends: for as long as from then to the next run's start (or the export).
        const QDateTime end = i + 1 < runs.size() && !runs.at(i + 1).events.isEmpty()
                                  ? runs.at(i + 1).events.constFirst().wallTime
                                  : file.generatedAt;
        if ((state == ConnectionState::Connected || state == ConnectionState::Reconnecting) &&
            connectedAt.isValid() && end.isValid() && connectedAt <= end)
            run.connectedForMs = connectedAt.msecsTo(end);
        const QString stateWords = state ? ConnectionPanel::stateText(*state) : tr("no state recorded");
        run.title = !events.isEmpty() && events.constFirst().kind == EventKind::Run
                        ? tr("%1 — %2").arg(events.constFirst().text(), stateWords)
                        : tr("Run %1 — %2").arg(i + 1).arg(stateWords);
        m_runs.append(run);
    }

    m_runPicker->setObjectName(QStringLiteral("runComboBox"));
    m_runPicker->setAccessibleName(tr("Run shown in the steps"));
    m_runPicker->setToolTip(
        tr("Each Connect of the session is a run: the steps show the one chosen here, the "
           "log holds them all"));
    for (qsizetype i = m_runs.size() - 1; i >= 0; --i) // the latest first
        m_runPicker->addItem(m_runs.at(i).title, int(i));
    auto *runLabel = new QLabel(tr("&Run:"), this);
    runLabel->setBuddy(m_runPicker);
    auto *runRow = new QWidget(this);
    auto *runLayout = new QHBoxLayout(runRow);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->addWidget(runLabel);
    runLayout->addWidget(m_runPicker, 1);
    runRow->setVisible(m_runs.size() > 1); // one run: nothing to choose
    connect(m_runPicker, &QComboBox::activated, this,
            [this](int row) { showRun(m_runPicker->itemData(row).toInt()); });

    QStringList facts{
        tr("Made by kvs-viewer %1 at %2.")
            .arg(file.appVersion.isEmpty() ? tr("(unknown version)") : file.appVersion,
                 file.generatedAt.isValid()
                     ? file.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                     : tr("an unknown time")),
        m_runs.size() > 1 ? tr("%n event(s) in %1 runs.", nullptr, int(total)).arg(m_runs.size())
                          : tr("%n event(s).", nullptr, int(total))};
    if (file.skippedEvents > 0)
        facts.append(tr("%n entry(ies) skipped (not an event of this app, or over the limit).", nullptr,
                        file.skippedEvents));
    if (!file.otherSections.isEmpty())
        facts.append(tr("Also in the file: %1.").arg(file.otherSections.join(QStringLiteral(", "))));
    facts.append(tr("Read-only: nothing here connects."));
    m_header->setObjectName(QStringLiteral("headerLabel"));
    m_header->setText(facts.join(u' '));
    makeSelectableText(m_header);

    m_settings->setObjectName(QStringLiteral("settingsTableWidget"));
    m_settings->setAccessibleName(tr("Settings"));
    m_settings->setHorizontalHeaderLabels({tr("Setting"), tr("Value")});
    m_settings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_settings->verticalHeader()->hide();
    m_settings->horizontalHeader()->setStretchLastSection(true);
    for (auto it = file.settings.begin(); it != file.settings.end(); ++it) {
        const int row = m_settings->rowCount();
        m_settings->insertRow(row);
        const QJsonValue value = it.value();
        const QString text =
            value.isString() ? value.toString()
            : value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
            : value.isDouble()
                ? QString::number(value.toDouble())
                : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        m_settings->setItem(row, 0, new QTableWidgetItem(redact(it.key())));
        m_settings->setItem(row, 1, new QTableWidgetItem(redact(text)));
    }
    m_settings->resizeColumnToContents(0);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_panel);
    splitter->addWidget(m_logPanel);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({440, 660});
    auto *tabs = new QTabWidget(this);
    tabs->addTab(splitter, tr("&Timeline and log"));
    tabs->addTab(m_settings, tr("S&ettings"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(runRow);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(1100, 640);
    showRun(int(m_runs.size()) - 1);
}

DiagnosticsViewer::~DiagnosticsViewer()
{
    // The panels read the log: they go first.
    delete m_logPanel;
    delete m_panel;
}

int DiagnosticsViewer::currentRun() const
{
    return m_runPicker->currentData().toInt();
}

void DiagnosticsViewer::showRun(int index)
{
    if (index < 0 || index >= m_runs.size())
        return;
    const Run &run = m_runs.at(index);
    m_runPicker->setCurrentIndex(m_runPicker->findData(index));
    m_nowMs = run.lastMs;
    m_panel->clear();
    m_panel->setRecorded(run.connectedForMs);
    std::optional<ConnectionState> state;
    for (qsizetype i = run.first; i < run.first + run.count; ++i) {
        const EngineEvent &event = m_log->at(i);
        m_panel->applyEvent(event);
        if (const auto *changed = event.as<StateEvent>(); changed && changed->state)
            state = changed->state;
    }
    m_panel->setState(state.value_or(ConnectionState::Idle));
    // The log holds every run: its header comes into view at the top.
    if (m_runs.size() > 1) {
        m_logPanel->model()->flush();
        const QModelIndex row =
            m_logPanel->proxy()->mapFromSource(m_logPanel->model()->index(int(run.first)));
        if (auto *list = m_logPanel->findChild<QListView *>(QStringLiteral("logListView"));
            list && row.isValid())
            list->scrollTo(row, QAbstractItemView::PositionAtTop);
    }
}

QString DiagnosticsViewer::settingsText() const
{
    QStringList lines;
    for (int row = 0; row < m_settings->rowCount(); ++row)
        lines.append(m_settings->item(row, 0)->text() + QStringLiteral(": ") +
                     m_settings->item(row, 1)->text());
    return lines.join(u'\n');
}

QString DiagnosticsViewer::headerText() const
{
    return m_header->text();
}

} // namespace kvs::ui
