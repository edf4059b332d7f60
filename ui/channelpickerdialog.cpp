#include "ui/channelpickerdialog.h"

#include "core/account/channellister.h"
#include "core/common/channelarn.h"
#include "core/common/redaction.h"
#include "core/events/failureexplainer.h"
#include "ui/palettecolors.h"
#include "ui/selectabletext.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kvs::ui {
namespace {

enum Column
{
    NameColumn,
    StatusColumn,
    ArnColumn,
    ColumnCount
};

} // namespace

ChannelPickerDialog::ChannelPickerDialog(QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_busy(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_adviceLabel(new QLabel(this))
    , m_useButton(new QPushButton(tr("&Use channel"), this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
{
    setObjectName(QStringLiteral("channelPickerDialog"));
    setWindowTitle(tr("Channels"));
    setAccessibleName(tr("Channels"));
    auto *intro = new QLabel(tr("The signaling channels the connection form's credentials may list in its "
                                "region (ListSignalingChannels)."),
                             this);
    intro->setWordWrap(true);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setPlaceholderText(tr("Part of a name or ARN"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter channels"));
    m_table->setObjectName(QStringLiteral("channelsTableWidget"));
    m_table->setAccessibleName(tr("Channels"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Status"), tr("ARN")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    makeSelectableText(m_statusLabel);
    m_adviceLabel->setObjectName(QStringLiteral("adviceLabel"));
    makeSelectableText(m_adviceLabel);
    m_busy->setMaximum(0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->setAccessibleName(tr("Listing"));
    m_busy->hide();
    m_useButton->setObjectName(QStringLiteral("useButton"));
    m_useButton->setDefault(true);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_useButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_refreshButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_useButton, &QPushButton::clicked, this, &ChannelPickerDialog::choose);
    connect(m_refreshButton, &QPushButton::clicked, this, &ChannelPickerDialog::runRequested);
    connect(m_filter, &QLineEdit::textChanged, this, &ChannelPickerDialog::applyFilter);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ChannelPickerDialog::choose);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ChannelPickerDialog::updateButtons);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *status = new QHBoxLayout;
    status->addWidget(m_busy);
    status->addWidget(m_statusLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(status);
    layout->addWidget(m_adviceLabel);
    layout->addWidget(buttons);
    resize(760, 420);
    updateButtons();
}

ChannelPickerDialog::~ChannelPickerDialog() = default;

void ChannelPickerDialog::setLister(ChannelLister *lister)
{
    if (m_lister)
        m_lister->disconnect(this);
    m_lister = lister;
    m_table->setRowCount(0);
    m_adviceLabel->clear();
    m_statusLabel->clear();
    m_statusLabel->setPalette(palette());
    m_busy->hide();
    m_refreshButton->setEnabled(true);
    updateButtons();
    if (!m_lister)
        return;
    connect(m_lister, &ChannelLister::finished, this, &ChannelPickerDialog::onFinished);
    if (m_lister->isRunning()) {
        m_busy->show();
        m_refreshButton->setEnabled(false);
        m_statusLabel->setText(tr("Listing the channels…"));
    } else {
        onFinished();
    }
}

void ChannelPickerDialog::showProblem(const QString &text)
{
    setLister(nullptr);
    m_statusLabel->setText(redact(text));
}

void ChannelPickerDialog::onFinished()
{
    m_busy->hide();
    m_refreshButton->setEnabled(true);
    if (!m_lister || !m_lister->result())
        return;
    const Result<QList<ChannelInfo>> &result = *m_lister->result();
    if (!result) {
        const Failure failure = m_lister->failure();
        QPalette colours = m_statusLabel->palette();
        colours.setColor(QPalette::WindowText, errorColor(colours));
        m_statusLabel->setPalette(colours);
        const bool denied = failure.errorType == u"AccessDeniedException" ||
                            (failure.httpStatus == 403 && failure.errorType.isEmpty());
        const Explanation explanation = explainFailure(failure);
        QStringList advice;
        if (denied) {
            m_statusLabel->setText(
                tr("These credentials may not list channels (kinesisvideo:ListSignalingChannels)."));
            advice.append(tr("The service said: %1 (%2)").arg(failure.message, failure.errorType));
            advice.append(tr("You can still type the channel's name or ARN in the form: connecting needs "
                             "other permissions than listing."));
        } else {
            m_statusLabel->setText(
                tr("The channels could not be listed: %1")
                    .arg(explanation.title.isEmpty() ? failure.errorType : explanation.title));
            advice.append(failure.message);
            advice.append(explanation.nextSteps);
        }
        m_adviceLabel->setText(redact(advice.join(u'\n')));
        return;
    }
    const QList<ChannelInfo> &channels = result.value();
    m_table->setRowCount(int(channels.size()));
    for (int row = 0; row < channels.size(); ++row) {
        const ChannelInfo &channel = channels.at(row);
        const QString cells[ColumnCount] = {channel.name, channel.status, channel.arn};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    if (channels.isEmpty())
        m_statusLabel->setText(tr("No signaling channels in this region for these credentials."));
    else if (m_lister->truncated())
        m_statusLabel->setText(
            tr("The first %n channel(s); use the filter to find one.", nullptr, int(channels.size())));
    else
        m_statusLabel->setText(tr("%n channel(s).", nullptr, int(channels.size())));
    applyFilter();
}

void ChannelPickerDialog::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    int firstVisible = -1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool match = needle.isEmpty() ||
                           m_table->item(row, NameColumn)->text().contains(needle, Qt::CaseInsensitive) ||
                           m_table->item(row, ArnColumn)->text().contains(needle, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
        if (match && firstVisible < 0)
            firstVisible = row;
    }
    const int current = m_table->currentRow();
    const bool selected =
        current >= 0 && !m_table->isRowHidden(current) && !m_table->selectedItems().isEmpty();
    if (!selected && firstVisible >= 0)
        m_table->selectRow(firstVisible);
    else if (firstVisible < 0)
        m_table->clearSelection();
    updateButtons();
}

void ChannelPickerDialog::choose()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_table->isRowHidden(row) || !m_table->item(row, ArnColumn))
        return;
    const QString arn = m_table->item(row, ArnColumn)->text();
    const auto parsed = ChannelArn::parse(arn);
    emit channelChosen(arn, parsed ? parsed->region : QString());
    close();
}

void ChannelPickerDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_useButton->setEnabled(row >= 0 && !m_table->isRowHidden(row) && !m_table->selectedItems().isEmpty());
}

QString ChannelPickerDialog::statusText() const
{
    QString text = m_statusLabel->text();
    if (!m_adviceLabel->text().isEmpty())
        text += u'\n' + m_adviceLabel->text();
    return text;
}

QStringList ChannelPickerDialog::visibleRows() const
{
    QStringList rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->isRowHidden(row))
            continue;
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells.append(m_table->item(row, column) ? m_table->item(row, column)->text() : QString());
        rows.append(cells.join(QStringLiteral(" | ")));
    }
    return rows;
}

} // namespace kvs::ui
