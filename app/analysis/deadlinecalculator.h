#pragma once

#include "businesscalendar.h"

#include <QDateTime>
#include <QList>

namespace plaint {

// Deadline arithmetic on instants that carry the UTC offset the user was in.
// Every result keeps that offset, so "48 hours after 10:15 in Beijing" prints
// as Beijing time wherever the computer is.
//
// Semantics, as people read promises:
// - N hours: exactly N×3600 seconds later.
// - N calendar days, N business days, a date: by the end of that day
//   (23:59:59 in the event's offset), counted from the day after the event.
// - Business days skip weekends and holidays and count adjusted working days
//   (调休上班); an event on a holiday still counts from the next business day.
class DeadlineCalculator final
{
public:
    explicit DeadlineCalculator(BusinessCalendar calendar = {}) : m_calendar(std::move(calendar)) {}

    const BusinessCalendar &calendar() const { return m_calendar; }

    static QDateTime withOffset(const QDateTime &from); // the same instant, as a fixed UTC offset
    static QDateTime endOfDay(const QDate &date, int offsetSeconds);
    static QDateTime atTime(const QDate &date, const QTime &time, int offsetSeconds);

    QDateTime addHours(const QDateTime &from, qint64 hours) const;
    QDateTime addCalendarDays(const QDateTime &from, qint64 days) const;
    QDateTime addBusinessDays(const QDateTime &from, int days) const;
    QDateTime addMonths(const QDateTime &from, int months) const;
    QDate nthBusinessDayAfter(const QDate &from, int days) const;

    // Years the last business-day count crossed for which the calendar has
    // no holiday data (weekends only were skipped there).
    QList<int> yearsWithoutData(const QDate &from, const QDate &to) const;

private:
    BusinessCalendar m_calendar;
};

} // namespace plaint
