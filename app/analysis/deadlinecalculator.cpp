#include "deadlinecalculator.h"

namespace plaint {

QDateTime DeadlineCalculator::withOffset(const QDateTime &from)
{
    return from.toOffsetFromUtc(from.offsetFromUtc());
}

QDateTime DeadlineCalculator::atTime(const QDate &date, const QTime &time, int offsetSeconds)
{
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds).toOffsetFromUtc(offsetSeconds);
}

QDateTime DeadlineCalculator::endOfDay(const QDate &date, int offsetSeconds)
{
    return atTime(date, QTime(23, 59, 59), offsetSeconds);
}

QDateTime DeadlineCalculator::addHours(const QDateTime &from, qint64 hours) const
{
    return withOffset(from).addSecs(hours * 3600);
}

QDateTime DeadlineCalculator::addCalendarDays(const QDateTime &from, qint64 days) const
{
    const QDateTime local = withOffset(from);
    return endOfDay(local.date().addDays(days), local.offsetFromUtc());
}

QDateTime DeadlineCalculator::addMonths(const QDateTime &from, int months) const
{
    const QDateTime local = withOffset(from);
    return endOfDay(local.date().addMonths(months), local.offsetFromUtc());
}

QDate DeadlineCalculator::nthBusinessDayAfter(const QDate &from, int days) const
{
    QDate day = from;
    int counted = 0;
    // A year holds at least 200 business days anywhere; the cap only guards bad data.
    for (int guard = 0; counted < days && guard < days * 7 + 400; ++guard) {
        day = day.addDays(1);
        if (m_calendar.isBusinessDay(day))
            ++counted;
    }
    return day;
}

QDateTime DeadlineCalculator::addBusinessDays(const QDateTime &from, int days) const
{
    const QDateTime local = withOffset(from);
    return endOfDay(nthBusinessDayAfter(local.date(), days), local.offsetFromUtc());
}

QList<int> DeadlineCalculator::yearsWithoutData(const QDate &from, const QDate &to) const
{
    QList<int> missing;
    for (int year = from.year(); year <= to.year(); ++year) {
        if (!m_calendar.hasDataFor(year))
            missing << year;
    }
    return missing;
}

} // namespace plaint
