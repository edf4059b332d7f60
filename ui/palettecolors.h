#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace kvs::ui {

/// The one red for "failed"/"expired"/"invalid", chosen for the background it is drawn on: a dark red on
/// light themes and a light red on dark ones, each above 4.5:1 contrast. Never the only cue: the text says
/// it in words too.
QColor errorColor(const QPalette &palette, QPalette::ColorRole background = QPalette::Base);

/// The one green for "passed", on the same terms as errorColor().
QColor successColor(const QPalette &palette, QPalette::ColorRole background = QPalette::Base);

/// Gives a label (or any widget's text) the error colour for its window background, following palette
/// changes made later through the same call.
void setErrorForeground(QWidget *widget, bool error);

/// Text that explains rather than asks (hints, where a value came from): between the window's text and
/// background colours, yet above 4.5:1 contrast on that background (placeholder grey is not).
QColor secondaryTextColor(const QPalette &palette);

/// Shows a label's text as secondary (true) or as normal text (false).
void setSecondaryForeground(QWidget *widget, bool secondary = true);

} // namespace kvs::ui
