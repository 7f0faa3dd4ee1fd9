#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace plaint {

// Colours derived from the palette the desktop gives, so that a problem is
// red and a suggestion green in the light and the dark palette alike, and
// text always stands out from what it is written on. Widgets that use them
// ask again when the palette changes (QEvent::PaletteChange).
class ThemeColours final
{
public:
    enum class Tone { Problem, Suggestion, Notice, Advice };

    struct Box
    {
        QColor background;
        QColor border;
        QColor text;
    };

    static bool isDark(const QPalette &palette);
    // WCAG contrast ratio, 1 (none) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);
    // `wanted`, moved towards black or white until it reads on `background`.
    static QColor readable(const QColor &wanted, const QColor &background, double minimum = 4.5);
    static QColor mix(const QColor &a, const QColor &b, double towardsB);

    // Text that needs attention (an overdue promise), on the palette's base.
    static QColor attention(const QPalette &palette);
    // A box standing out from the window: a problem, a suggestion, a notice.
    static Box box(const QPalette &palette, Tone tone);
    // That box as a style sheet for `selector` (e.g. "QLabel" or "#suggestionBox"); its labels get the text colour.
    static QString boxStyleSheet(const QPalette &palette, Tone tone, const QString &selector);
};

} // namespace plaint
