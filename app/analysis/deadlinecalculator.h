#pragma once

#include "businesscalendar.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace plaint {

// Deadline arithmetic on instants that carry the UTC offset the user was in.
// Events store an instant and its offset, not a time zone, so the clock a
// deadline is read on is worked out from them (zoneFor): the computer's time
// zone when it gave that same offset at that moment (then "by 5pm tomorrow"
// said in London the day before the clocks go forward means 17:00 BST), else
// the fixed offset (a case logged while travelling, or imported from
// elsewhere, keeps the clock it was logged on). Every result is the instant
// with the offset that clock shows at it, so "48 hours after 10:15 in
// Beijing" prints as Beijing time wherever the computer is.
//
// Semantics, as people read promises:
// - N hours: exactly N×3600 seconds later.
// - N calendar days, N business days, a date: by the end of that day
//   (23:59:59 on that clock), counted from the day after the event.
// - Business days skip weekends and holidays and count adjusted working days
//   (调休上班); an event on a holiday still counts from the next business day.
class DeadlineCalculator final
{
public:
    explicit DeadlineCalculator(BusinessCalendar calendar = {}) : m_calendar(std::move(calendar)) {}

    const BusinessCalendar &calendar() const { return m_calendar; }

    // The clock the words said at `said` are read on (see above).
    static QTimeZone zoneFor(const QDateTime &said);
    static QDateTime withOffset(const QDateTime &from); // the same instant, as a fixed UTC offset
    // The instant, with the offset `zone` shows at it.
    static QDateTime inZone(const QDateTime &instant, const QTimeZone &zone);
    static QDateTime endOfDay(const QDate &date, int offsetSeconds);
    static QDateTime atTime(const QDate &date, const QTime &time, int offsetSeconds);
    static QDateTime endOfDay(const QDate &date, const QTimeZone &zone);
    static QDateTime atTime(const QDate &date, const QTime &time, const QTimeZone &zone);

    QDateTime addHours(const QDateTime &from, qint64 hours) const;
    QDateTime addCalendarDays(const QDateTime &from, qint64 days) const;
    QDateTime addBusinessDays(const QDateTime &from, int days) const;
    QDateTime addMonths(const QDateTime &from, int months) const;
    QDate nthBusinessDayAfter(const QDate &from, int days) const;
    QDate nextBusinessDay(const QDate &from) const { return nthBusinessDayAfter(from, 1); }

    // Years between the two dates for which the calendar has no holiday data
    // (weekends only were skipped there), and years whose data is provisional:
    // business days counted across either are approximate.
    QList<int> yearsWithoutData(const QDate &from, const QDate &to) const;
    QList<int> provisionalYears(const QDate &from, const QDate &to) const;

private:
    BusinessCalendar m_calendar;
};

} // namespace plaint
