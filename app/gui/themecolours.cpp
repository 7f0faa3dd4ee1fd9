#include "themecolours.h"

#include <QtMath>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

QColor accentOf(ThemeColours::Tone tone)
{
    switch (tone) {
    case ThemeColours::Tone::Problem: return QColor(0xc0, 0x39, 0x2b);
    case ThemeColours::Tone::Suggestion: return QColor(0x2e, 0x7d, 0x32);
    case ThemeColours::Tone::Notice: return QColor(0xe0, 0x8e, 0x0b);
    case ThemeColours::Tone::Advice: return QColor(0x2f, 0x6f, 0xb8);
    }
    return {};
}

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : qPow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

bool ThemeColours::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

double ThemeColours::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor ThemeColours::mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor ThemeColours::readable(const QColor &wanted, const QColor &background, double minimum)
{
    const QColor extreme = luminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    QColor c = wanted;
    for (int step = 1; step <= 10 && contrast(c, background) < minimum; ++step)
        c = mix(wanted, extreme, step / 10.0);
    return c;
}

QColor ThemeColours::attention(const QPalette &palette)
{
    return readable(accentOf(Tone::Problem), palette.color(QPalette::Base));
}

ThemeColours::Box ThemeColours::box(const QPalette &palette, Tone tone)
{
    const QColor accent = accentOf(tone);
    const QColor window = palette.color(QPalette::Window);
    const bool dark = isDark(palette);
    Box b;
    b.background = mix(window, accent, dark ? 0.28 : 0.12);
    b.border = mix(window, accent, dark ? 0.65 : 0.5);
    b.text = readable(mix(palette.color(QPalette::WindowText), accent, 0.35), b.background);
    return b;
}

QString ThemeColours::boxStyleSheet(const QPalette &palette, Tone tone, const QString &selector)
{
    const Box b = box(palette, tone);
    const QString padding = selector == u"QLabel" ? u" padding: 6px;"_s : QString();
    QString sheet = u"%1 { background: %2; color: %3; border: 1px solid %4; border-radius: 4px;%5 }"_s.arg(
        selector, b.background.name(), b.text.name(), b.border.name(), padding);
    if (selector != u"QLabel")
        sheet += u" %1 QLabel { color: %2; background: transparent; border: none; padding: 0; }"_s.arg(selector, b.text.name());
    return sheet;
}

} // namespace plaint
