#include "localeformat.h"

using namespace Qt::StringLiterals;

namespace plaint {

QString LocaleFormat::drawable(const QString &format)
{
    QString result;
    result.reserve(format.size() + 2);
    bool quoted = false;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == u'\'')
            quoted = !quoted;
        if (quoted || c != u'B') {
            result += c;
            continue;
        }
        while (i + 1 < format.size() && format.at(i + 1) == u'B')
            ++i; // B, BB, BBB, BBBB: one day period
        result += u"AP"_s;
    }
    return result;
}

QString LocaleFormat::timeFormat(QLocale::FormatType type)
{
    return drawable(QLocale().timeFormat(type));
}

QString LocaleFormat::dateTimeFormat(QLocale::FormatType type)
{
    return drawable(QLocale().dateTimeFormat(type));
}

QString LocaleFormat::time(QTime time)
{
    return QLocale().toString(time, timeFormat());
}

QString LocaleFormat::dateTime(const QDateTime &when)
{
    // The time as it was on the clock there, not converted to this computer's zone.
    return QLocale().toString(QDateTime(when.date(), when.time()), dateTimeFormat());
}

QString LocaleFormat::longDateTime(const QDateTime &when)
{
    return QLocale().toString(when.date(), QLocale::LongFormat) + u' ' + time(when.time());
}

} // namespace plaint
