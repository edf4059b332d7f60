#include "ui/dialogs.h"

#include "ui/diagnosticsdialog.h"
#include "ui/errordialog.h"

#include <QFileDialog>

#include <optional>

namespace kvs::ui {
namespace {

/// The test hooks' state: the queued answer, the path file choosers return, what was shown.
struct AutoAnswer
{
    std::optional<Dialogs::Answer> answer;
    QString saveFileName;
    QStringList shown;
};

AutoAnswer &autoAnswer()
{
    static AutoAnswer state;
    return state;
}

} // namespace

Dialogs::Answer Dialogs::showFailure(QWidget *parent, const Failure &failure)
{
    return showFailure(parent, failure, explainFailure(failure));
}

Dialogs::Answer Dialogs::showFailure(QWidget *parent, const Failure &failure, const Explanation &explanation)
{
    ErrorDialog dialog(failure, explanation, parent);
    AutoAnswer &state = autoAnswer();
    if (state.answer) {
        state.shown.append(dialog.detailsText());
        return *state.answer;
    }
    dialog.exec();
    return Answer::Ok;
}

Dialogs::Answer Dialogs::showDiagnosticsPreview(QWidget *parent, const QString &text)
{
    DiagnosticsDialog dialog(text, parent);
    AutoAnswer &state = autoAnswer();
    if (state.answer) {
        state.shown.append(dialog.text());
        return *state.answer;
    }
    return dialog.exec() == QDialog::Accepted ? Answer::Ok : Answer::Cancel;
}

QString Dialogs::chooseSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                    const QString &filter)
{
    AutoAnswer &state = autoAnswer();
    if (state.answer) {
        state.shown.append(caption);
        return *state.answer == Answer::Ok ? state.saveFileName : QString();
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString Dialogs::chooseOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                    const QString &filter)
{
    AutoAnswer &state = autoAnswer();
    if (state.answer) {
        state.shown.append(caption);
        return *state.answer == Answer::Ok ? state.saveFileName : QString();
    }
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

void Dialogs::answerSaveFileName(const QString &path)
{
    autoAnswer().saveFileName = path;
}

void Dialogs::answerAutomatically(Answer answer)
{
    autoAnswer().answer = answer;
}

void Dialogs::stopAnsweringAutomatically()
{
    autoAnswer().answer.reset();
}

QStringList Dialogs::shownDialogs()
{
    return autoAnswer().shown;
}

void Dialogs::clearShownDialogs()
{
    autoAnswer().shown.clear();
}

} // namespace kvs::ui
