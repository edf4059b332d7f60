#include "ui/palettecolors.h"

#include <QWidget>

namespace kvs::ui {

QColor errorColor(const QPalette &palette, QPalette::ColorRole background)
{
    const bool darkBackground = palette.color(background).lightnessF() < 0.5;
    return darkBackground ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

QColor successColor(const QPalette &palette, QPalette::ColorRole background)
{
    const bool darkBackground = palette.color(background).lightnessF() < 0.5;
    return darkBackground ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x6e, 0x2a);
}

void setErrorForeground(QWidget *widget, bool error)
{
    QPalette palette = widget->palette();
    const QPalette inherited = widget->parentWidget() ? widget->parentWidget()->palette() : QPalette();
    palette.setColor(QPalette::WindowText,
                     error ? errorColor(inherited, QPalette::Window) : inherited.color(QPalette::WindowText));
    widget->setPalette(palette);
}

QColor secondaryTextColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    constexpr double kText = 0.72; // share of the text colour: 72 % keeps black-on-#efefef near 8:1
    return QColor::fromRgbF(float(text.redF() * kText + window.redF() * (1 - kText)),
                            float(text.greenF() * kText + window.greenF() * (1 - kText)),
                            float(text.blueF() * kText + window.blueF() * (1 - kText)));
}

void setSecondaryForeground(QWidget *widget, bool secondary)
{
    QPalette palette = widget->palette();
    const QPalette inherited = widget->parentWidget() ? widget->parentWidget()->palette() : QPalette();
    palette.setColor(QPalette::WindowText,
                     secondary ? secondaryTextColor(inherited) : inherited.color(QPalette::WindowText));
    widget->setPalette(palette);
    widget->setForegroundRole(QPalette::WindowText);
}

} // namespace kvs::ui
