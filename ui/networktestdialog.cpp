#include "ui/networktestdialog.h"

#include "core/common/duration.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kvs::ui {

NetworkTestDialog::NetworkTestDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Network test"));
    setObjectName(QStringLiteral("networkTestDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Which of STUN, TURN over UDP, TCP and TLS work from this network, tried one by "
                      "one with the real ICE stack against the channel's own servers."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_rows = new QTreeWidget(this);
    m_rows->setObjectName(QStringLiteral("networkTestTreeWidget"));
    m_rows->setRootIsDecorated(false);
    m_rows->setHeaderLabels({QString(), tr("Path"), tr("Server"), tr("Time"), tr("Address or reason")});
    m_rows->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rows->header()->setStretchLastSection(true);
    m_rows->setWordWrap(true);
    layout->addWidget(m_rows, 1);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    layout->addWidget(m_verdict);

    m_local = new QLabel(this);
    m_local->setObjectName(QStringLiteral("localLabel"));
    m_local->setWordWrap(true);
    m_local->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_local);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_runButton = buttons->addButton(tr("&Run again"), QDialogButtonBox::ActionRole);
    m_runButton->setObjectName(QStringLiteral("runAgainButton"));
    m_copyButton = buttons->addButton(tr("Cop&y"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setToolTip(tr("Copy the rows and the verdict (TURN credentials are never included)"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runButton, &QPushButton::clicked, this, &NetworkTestDialog::runRequested);
    connect(m_copyButton, &QPushButton::clicked, this, &NetworkTestDialog::copyReport);
    resize(860, 380);
    startRun(0);
}

void NetworkTestDialog::startRun(int rowCount)
{
    m_rows->clear();
    for (int i = 0; i < rowCount; ++i)
        m_rows->addTopLevelItem(new QTreeWidgetItem(QStringList{QStringLiteral("-")}));
    m_verdict->setText(rowCount > 0 ? tr("Testing…") : QString());
    m_local->clear();
    m_copyText.clear();
    m_copyButton->setEnabled(false);
    m_runButton->setEnabled(false);
}

void NetworkTestDialog::setRow(int index, const NetworkTestRowView &row)
{
    QTreeWidgetItem *item = m_rows->topLevelItem(index);
    if (!item)
        return;
    QString mark;
    QString time;
    switch (row.state) {
    case NetworkTestRowView::State::Pending:
        mark = QStringLiteral("-");
        break;
    case NetworkTestRowView::State::Running:
        mark = QStringLiteral("…");
        time = tr("running");
        break;
    case NetworkTestRowView::State::Passed:
        mark = QStringLiteral("✔");
        time = formatDuration(row.elapsedMs);
        break;
    case NetworkTestRowView::State::Failed:
        mark = QStringLiteral("✘");
        time = formatDuration(row.elapsedMs);
        break;
    }
    item->setText(0, mark);
    item->setText(1, row.path);
    item->setText(2, row.server);
    item->setText(3, time);
    item->setText(4, row.outcome);
    item->setToolTip(4, row.outcome);
}

void NetworkTestDialog::setFinished(const QString &verdict, const QString &local, const QString &copyText)
{
    m_verdict->setText(verdict);
    m_local->setText(local);
    m_copyText = copyText;
    m_copyButton->setEnabled(!copyText.isEmpty());
    m_runButton->setEnabled(true);
}

void NetworkTestDialog::showProblem(const QString &text)
{
    m_rows->clear();
    m_verdict->setText(text);
    m_local->clear();
    m_copyText.clear();
    m_copyButton->setEnabled(false);
    m_runButton->setEnabled(true);
}

QString NetworkTestDialog::verdictText() const
{
    return m_verdict->text();
}

int NetworkTestDialog::rowCount() const
{
    return m_rows->topLevelItemCount();
}

QStringList NetworkTestDialog::rowCells(int index) const
{
    QStringList cells;
    if (const QTreeWidgetItem *item = m_rows->topLevelItem(index))
        for (int column = 0; column < m_rows->columnCount(); ++column)
            cells.append(item->text(column));
    return cells;
}

void NetworkTestDialog::copyReport()
{
    if (!m_copyText.isEmpty())
        QGuiApplication::clipboard()->setText(m_copyText);
}

} // namespace kvs::ui
