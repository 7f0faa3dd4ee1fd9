#include "safefilename.h"

#include <QList>

namespace plaint {
namespace {

bool isBidiControl(uint c)
{
    // LRM, RLM, ALM; LRE..RLO; LRI..PDI.
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Characters Windows does not allow in a name (a code point beyond the BMP never is one).
bool isReserved(uint c)
{
    return c < 0x80 && QStringView(u"<>:\"|?*").contains(QChar(char16_t(c)));
}

} // namespace

QString SafeFileName::of(const QString &name)
{
    QString n = name;
    n.replace(u'\\', u'/');
    n = n.mid(n.lastIndexOf(u'/') + 1);
    QString clean;
    clean.reserve(n.size());
    const QList<uint> codePoints = n.toUcs4();
    for (const uint c : codePoints) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Other_Surrogate
            || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph || isBidiControl(c) || isReserved(c))
            continue;
        const char32_t point = c;
        clean.append(QString::fromUcs4(&point, 1));
    }
    while (!clean.isEmpty() && (clean.front() == u'.' || clean.front().isSpace()))
        clean.remove(0, 1);
    clean = clean.trimmed();
    // Windows drops trailing dots and spaces, so "a.exe." would become "a.exe".
    while (!clean.isEmpty() && (clean.back() == u'.' || clean.back().isSpace()))
        clean.chop(1);
    if (clean.size() > 120) {
        const qsizetype dot = clean.lastIndexOf(u'.');
        const QString ext = dot > 0 && clean.size() - dot <= 10 ? clean.mid(dot) : QString();
        clean = clean.left(120 - ext.size()) + ext;
        // Never cut a surrogate pair in half.
        if (clean.size() > ext.size() && clean.at(clean.size() - ext.size() - 1).isHighSurrogate())
            clean.remove(clean.size() - ext.size() - 1, 1);
    }
    return clean;
}

} // namespace plaint
