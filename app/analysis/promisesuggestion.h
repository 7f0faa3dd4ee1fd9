#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace plaint {

// A promise PromiseParser believes it found in a text: shown to the user to
// confirm or edit, never stored on its own.
struct PromiseSuggestion
{
    enum class Kind { Hours, CalendarDays, BusinessDays, Weeks, Months, Date, TimeOfDay, Weekday, Vague };

    qsizetype start = 0;     // the matched words, as a span of the text given
    qsizetype length = 0;
    QString matched;
    QString what;            // the sentence that holds the promise
    Kind kind = Kind::Vague;
    QDateTime due;           // in the offset of the time the words were said; invalid when vague
    bool vague = false;
    double confidence = 0.0; // 0..1: how sure the parser is that this is a time-bound promise
    QList<int> yearsWithoutHolidayData; // business days counted with weekends only in these years

    static QString kindName(Kind kind);
};

} // namespace plaint
