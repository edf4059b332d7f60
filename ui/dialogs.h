#pragma once

#include "core/events/failureexplainer.h"

#include <QString>
#include <QStringList>

class QWidget;

namespace kvs::ui {

/// The one wrapper through which every dialog is shown. Tests answer dialogs without a person: with an
/// answer queued, show…() records the dialog and returns at once instead of blocking in exec().
class Dialogs final
{
public:
    enum class Answer
    {
        Ok,
        Cancel
    };

    /// Shows the error dialog for a failed user action; returns how it was closed.
    static Answer showFailure(QWidget *parent, const Failure &failure);
    /// The same dialog with an explanation the caller already has (the media path explains its own
    /// failures: what each side offered and which pairs were tried).
    static Answer showFailure(QWidget *parent, const Failure &failure, const Explanation &explanation);

    /// Shows the read-only preview of a diagnostics report with Save… and Cancel; Ok means Save.
    static Answer showDiagnosticsPreview(QWidget *parent, const QString &text);
    /// Asks where to save a file; empty when cancelled. Answered automatically, it returns the path set
    /// with answerSaveFileName() (empty, that is cancel, unless the answer is Ok).
    static QString chooseSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                      const QString &filter);

    /// Asks which file to open; empty when cancelled. Answered automatically, it returns the path set with
    /// answerSaveFileName() (empty, that is cancel, unless the answer is Ok).
    static QString chooseOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                      const QString &filter);

    /// Test hook: the path the automatically answered chooseSaveFileName() and chooseOpenFileName() return.
    static void answerSaveFileName(const QString &path);
    /// Test hook: the next dialogs are answered with answer (until cleared) and recorded.
    static void answerAutomatically(Answer answer);
    static void stopAnsweringAutomatically();
    /// What the automatically answered dialogs showed (their detailsText()), oldest first.
    static QStringList shownDialogs();
    static void clearShownDialogs();
};

} // namespace kvs::ui
