#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace plaint {

// Dates and times for people, in the default QLocale. Qt 6.4's locale data
// carries CLDR's day period "B" (Traditional Chinese: "Bh:mm"), which Qt
// cannot format and would print as a literal "B"; these formats replace it
// with AM/PM text (上午/下午). Machine output (JSON, files) stays ISO 8601.
class LocaleFormat final
{
public:
    static QString timeFormat(QLocale::FormatType type = QLocale::ShortFormat);
    static QString dateTimeFormat(QLocale::FormatType type = QLocale::ShortFormat);

    // "10:05", "上午10:05"
    static QString time(QTime time);
    // "4/6/21 10:05 AM", "2021/4/6 10:05": the wall-clock time the moment carries.
    static QString dateTime(const QDateTime &when);
    // "Tuesday, April 6, 2021 10:05 AM", "2021年4月6日星期二 10:05": long date, short time.
    static QString longDateTime(const QDateTime &when);

    // A format with the letters Qt cannot format replaced (exposed for tests).
    static QString drawable(const QString &format);
};

} // namespace plaint
