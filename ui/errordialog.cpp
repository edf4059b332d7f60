#include "ui/errordialog.h"

#include "core/common/redaction.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace kvs::ui {
namespace {

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.toHtmlEscaped(), parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ErrorDialog::ErrorDialog(const Failure &failure, const Explanation &explanation, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("errorDialog"));
    setWindowTitle(explanation.title);
    setMinimumWidth(520);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
    auto *title = new QLabel(u"<b>" % explanation.title.toHtmlEscaped() % u"</b>", this);
    title->setObjectName(QStringLiteral("errorTitleLabel"));
    auto *what = selectableLabel(explanation.whatHappened, this);
    what->setObjectName(QStringLiteral("whatHappenedLabel"));
    // A label's accessible name is its text unless one is set: set descriptions, so the text is read.
    what->setAccessibleDescription(tr("What happened"));

    QStringList steps;
    for (const QString &step : explanation.nextSteps)
        steps.append(u"<li>" % step.toHtmlEscaped() % u"</li>");
    auto *next = new QLabel(
        u"<b>" % tr("What to do").toHtmlEscaped() % u"</b><ul>" % steps.join(QString()) % u"</ul>", this);
    next->setObjectName(QStringLiteral("nextStepsLabel"));
    next->setAccessibleDescription(tr("What to do"));
    next->setWordWrap(true);
    next->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *facts = new QFormLayout;
    auto addFact = [&](const QString &name, const QString &value, const char *objectName) {
        if (value.isEmpty())
            return;
        QLabel *label = selectableLabel(redact(value), this);
        label->setObjectName(QString::fromLatin1(objectName));
        label->setAccessibleDescription(name.chopped(name.endsWith(u':') ? 1 : 0));
        facts->addRow(name, label);
    };
    addFact(tr("Step:"), failure.step, "stepLabel");
    // Without an HTTP answer the message is the network's or ours, not the service's.
    const bool fromService = failure.httpStatus != 0;
    addFact(fromService ? tr("Service message:") : tr("Details:"), failure.message, "serviceMessageLabel");
    addFact(tr("HTTP status:"), failure.httpStatus ? QString::number(failure.httpStatus) : QString(),
            "httpStatusLabel");
    addFact(tr("Error type:"), failure.errorType, "errorTypeLabel");
    addFact(tr("Request id:"), failure.requestId, "requestIdLabel");
    addFact(tr("IAM action:"), explanation.iamAction, "iamActionLabel");

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(what);
    header->addLayout(headerText, 1);
    layout->addLayout(header);
    layout->addLayout(facts);
    layout->addWidget(next);
    if (!explanation.minimalPolicy.isEmpty()) {
        auto *policy = new QPlainTextEdit(explanation.minimalPolicy, this);
        policy->setObjectName(QStringLiteral("policyPlainTextEdit"));
        policy->setReadOnly(true);
        policy->setTabChangesFocus(true); // read-only: Tab moves on
        policy->setAccessibleName(tr("Minimal IAM policy for a viewer"));
        policy->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        policy->setMaximumHeight(170);
        auto *policyLabel = new QLabel(tr("A minimal &policy for a viewer of this channel:"), this);
        policyLabel->setBuddy(policy);
        layout->addWidget(policyLabel);
        layout->addWidget(policy);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy &details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetailsButton"));
    copy->setAccessibleDescription(tr("Copies these details with secrets removed"));
    connect(copy, &QPushButton::clicked, this, &ErrorDialog::copyDetails);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    QStringList details{explanation.title, explanation.whatHappened, QString()};
    details << tr("Step: %1").arg(failure.step)
            << (failure.httpStatus != 0 ? tr("Service message: %1") : tr("Details: %1")).arg(failure.message)
            << tr("HTTP status: %1").arg(failure.httpStatus) << tr("Error type: %1").arg(failure.errorType)
            << tr("Request id: %1").arg(failure.requestId);
    if (!explanation.iamAction.isEmpty())
        details << tr("IAM action: %1").arg(explanation.iamAction);
    details << QString() << tr("What to do:");
    for (const QString &step : explanation.nextSteps)
        details << u"- " % step;
    if (!explanation.minimalPolicy.isEmpty())
        details << QString() << explanation.minimalPolicy;
    m_details = redact(details.join(u'\n'));
}

QString ErrorDialog::detailsText() const
{
    return m_details;
}

void ErrorDialog::copyDetails()
{
    QApplication::clipboard()->setText(m_details);
}

} // namespace kvs::ui
