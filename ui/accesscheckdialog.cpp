#include "ui/accesscheckdialog.h"

#include "core/common/duration.h"
#include "core/common/redaction.h"
#include "core/diagnostics/accesscheck.h"
#include "core/events/failureexplainer.h"
#include "ui/palettecolors.h"
#include "ui_accesscheckdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>

namespace kvs::ui {

namespace {

enum Column
{
    StepColumn,
    ResultColumn,
    TimeColumn,
    HttpColumn,
    ErrorColumn,
    MessageColumn,
    ColumnCount
};

/// The failed step as the explainer takes it, with the channel and region the check found.
Failure failureOf(const CheckStep &step, const AccessCheckResult &result)
{
    Failure failure(step.name, step.errorClass, step.errorType, step.message, step.httpStatus,
                    step.requestId);
    failure.channelArn = result.channelArn;
    failure.region = result.region;
    return failure;
}

} // namespace

QString checkStepStatusText(CheckStepStatus status)
{
    switch (status) {
    case CheckStepStatus::NotRun:
        return AccessCheckDialog::tr("not run");
    case CheckStepStatus::Running:
        return AccessCheckDialog::tr("running…");
    case CheckStepStatus::Passed:
        return AccessCheckDialog::tr("✔ passed");
    case CheckStepStatus::Failed:
        return AccessCheckDialog::tr("✘ failed");
    }
    return QString();
}

AccessCheckDialog::AccessCheckDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccessCheckDialog>())
{
    m_ui->setupUi(this);
    m_ui->stepsTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->stepsTableWidget->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->copyPolicyButton, &QPushButton::clicked, this, &AccessCheckDialog::copyPolicy);
    connect(m_ui->runButton, &QPushButton::clicked, this, &AccessCheckDialog::runRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AccessCheckDialog::cancelCheck);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    setBusy(false);
}

AccessCheckDialog::~AccessCheckDialog() = default;

void AccessCheckDialog::setCheck(AccessCheck *check)
{
    if (m_check)
        m_check->disconnect(this);
    m_check = check;
    m_ui->adviceLabel->clear();
    m_ui->stepsTableWidget->setRowCount(0);
    if (!m_check)
        return;
    connect(m_check, &AccessCheck::stepChanged, this, &AccessCheckDialog::showStep);
    connect(m_check, &AccessCheck::finished, this, &AccessCheckDialog::onFinished);
    m_ui->stepsTableWidget->setRowCount(int(m_check->result().steps.size()));
    for (int i = 0; i < m_check->result().steps.size(); ++i)
        showStep(i);
    setBusy(m_check->isRunning());
    m_ui->statusLabel->setText(m_check->isRunning() ? tr("Checking…") : QString());
    if (!m_check->isRunning())
        onFinished();
}

void AccessCheckDialog::showProblem(const QString &text)
{
    setCheck(nullptr);
    setBusy(false);
    m_ui->statusLabel->setText(redact(text));
}

void AccessCheckDialog::showStep(int index)
{
    if (!m_check || index < 0 || index >= m_check->result().steps.size())
        return;
    const CheckStep &step = m_check->result().steps.at(index);
    const QString cells[ColumnCount] = {
        step.name,
        checkStepStatusText(step.status),
        step.elapsedMs >= 0 ? formatDuration(step.elapsedMs) : QString(),
        step.httpStatus != 0 ? QString::number(step.httpStatus) : QString(),
        step.errorType,
        redact(step.message.isEmpty() ? step.detail : step.message),
    };
    for (int column = 0; column < ColumnCount; ++column) {
        auto *item = m_ui->stepsTableWidget->item(index, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_ui->stepsTableWidget->setItem(index, column, item);
        }
        item->setText(cells[column]);
        item->setToolTip(cells[column]);
        if (column == ResultColumn) {
            const bool failed = step.status == CheckStepStatus::Failed;
            const bool passed = step.status == CheckStepStatus::Passed;
            const QPalette &colours = m_ui->stepsTableWidget->palette();
            item->setForeground(failed   ? errorColor(colours)
                                : passed ? successColor(colours)
                                         : colours.color(QPalette::Text)); // "not run" says so in words
        }
    }
    m_ui->stepsTableWidget->resizeRowToContents(index);
}

void AccessCheckDialog::onFinished()
{
    setBusy(false);
    if (!m_check)
        return;
    const AccessCheckResult &result = m_check->result();
    if (result.cancelled) {
        m_ui->statusLabel->setText(tr("Cancelled."));
    } else if (result.passed()) {
        m_ui->statusLabel->setText(tr("Every step passed: these credentials can connect as a viewer."));
    } else if (const CheckStep *failed = result.firstFailure()) {
        m_ui->statusLabel->setText(tr("%1 failed; the later steps were not run.").arg(failed->name));
        if (!failed->iamAction.isEmpty())
            m_ui->adviceLabel->setText(
                redact(tr("Grant <b>%1</b> on %2 to these credentials (Copy policy gives a minimal policy).")
                           .arg(failed->iamAction,
                                result.channelArn.isEmpty() ? tr("the channel") : result.channelArn)));
        else
            m_ui->adviceLabel->setText(redact(explainFailure(failureOf(*failed, result)).hint()));
    }
}

QString AccessCheckDialog::policyText() const
{
    return redact(minimalViewerPolicy(m_check ? m_check->result().channelArn : QString()));
}

QString AccessCheckDialog::rowText(int row) const
{
    QStringList cells;
    for (int column = 0; column < ColumnCount; ++column) {
        const QTableWidgetItem *item = m_ui->stepsTableWidget->item(row, column);
        cells.append(item ? item->text() : QString());
    }
    return cells.join(QStringLiteral(" | "));
}

void AccessCheckDialog::copyPolicy()
{
    QGuiApplication::clipboard()->setText(policyText());
    m_ui->statusLabel->setText(tr("The minimal viewer policy is on the clipboard."));
}

void AccessCheckDialog::cancelCheck()
{
    if (m_check && m_check->isRunning())
        m_check->cancel();
}

void AccessCheckDialog::hideEvent(QHideEvent *event)
{
    cancelCheck();
    QDialog::hideEvent(event);
}

void AccessCheckDialog::setBusy(bool busy)
{
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->runButton->setEnabled(!busy);
}

} // namespace kvs::ui
