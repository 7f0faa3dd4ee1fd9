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
    QList<int> provisionalYears;        // business days counted on provisional holiday data in these years
    // Words that ask something of the user ("请于4月15日前到营业厅办理",
    // "please pay within 7 days"): a deadline for them, not a promise of
    // the company's. Only returned when asked for (PromiseParser::AlsoAskedOfUser).
    bool askedOfUser = false;

    // The due time rests on holiday data Plaint does not have or that is
    // not final: say "approximate" wherever it is shown.
    bool approximate() const { return !yearsWithoutHolidayData.isEmpty() || !provisionalYears.isEmpty(); }

    static QString kindName(Kind kind);
};

} // namespace plaint
