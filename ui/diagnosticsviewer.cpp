#include "ui/diagnosticsviewer.h"

#include "core/common/redaction.h"
#include "core/diagnostics/diagnosticsfile.h"
#include "core/events/eventlog.h"
#include "core/signaling/connectionstate.h"
#include "ui/connectionpanel.h"
#include "ui/messagelogpanel.h"
#include "ui/selectabletext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kvs::ui {

DiagnosticsViewer::DiagnosticsViewer(const DiagnosticsFile &file, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_log(std::make_unique<EventLog>(DiagnosticsFile::kMaxEvents))
    , m_header(new QLabel(this))
    , m_settings(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("diagnosticsViewer"));
    setWindowTitle(tr("Diagnostics: %1 (read-only)").arg(redact(name)));
    setAccessibleName(tr("Diagnostics from a file"));
    const qint64 lastMs = file.events.isEmpty() ? 0 : file.events.constLast().elapsedMs;
    m_panel = new ConnectionPanel([lastMs] { return lastMs; }, this);
    m_logPanel = new MessageLogPanel(m_log.get(), this);
    std::optional<ConnectionState> state;
    for (const EngineEvent &event : file.events) {
        m_log->append(event);
        m_panel->applyEvent(event);
        if (const auto *changed = event.as<StateEvent>(); changed && changed->state)
            state = changed->state;
    }
    if (state)
        m_panel->setState(*state);

    QStringList facts{tr("Made by kvs-viewer %1 at %2.")
                          .arg(file.appVersion.isEmpty() ? tr("(unknown version)") : file.appVersion,
                               file.generatedAt.isValid() ? file.generatedAt.toUTC().toString(
                                                                QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                                                          : tr("an unknown time")),
                      tr("%n event(s).", nullptr, int(file.events.size()))};
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
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(1100, 640);
}

DiagnosticsViewer::~DiagnosticsViewer()
{
    // The panels read the log: they go first.
    delete m_logPanel;
    delete m_panel;
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
