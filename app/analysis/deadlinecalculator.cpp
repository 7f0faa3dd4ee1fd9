#include "deadlinecalculator.h"

namespace plaint {

QTimeZone DeadlineCalculator::zoneFor(const QDateTime &said)
{
    const QTimeZone system = QTimeZone::systemTimeZone();
    const int offset = said.offsetFromUtc();
    if (system.isValid() && system.offsetFromUtc(said) == offset)
        return system;
    return QTimeZone(offset);
}

QDateTime DeadlineCalculator::withOffset(const QDateTime &from)
{
    return from.toOffsetFromUtc(from.offsetFromUtc());
}

QDateTime DeadlineCalculator::inZone(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toOffsetFromUtc(zone.offsetFromUtc(instant));
}

QDateTime DeadlineCalculator::atTime(const QDate &date, const QTime &time, int offsetSeconds)
{
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds).toOffsetFromUtc(offsetSeconds);
}

QDateTime DeadlineCalculator::endOfDay(const QDate &date, int offsetSeconds)
{
    return atTime(date, QTime(23, 59, 59), offsetSeconds);
}

QDateTime DeadlineCalculator::atTime(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    // A time the clocks skip (02:30 on the night they go forward) is moved on by Qt.
    const QDateTime local(date, time, zone);
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

QDateTime DeadlineCalculator::endOfDay(const QDate &date, const QTimeZone &zone)
{
    return atTime(date, QTime(23, 59, 59), zone);
}

QDateTime DeadlineCalculator::addHours(const QDateTime &from, qint64 hours) const
{
    return inZone(from.addSecs(hours * 3600), zoneFor(from));
}

QDateTime DeadlineCalculator::addCalendarDays(const QDateTime &from, qint64 days) const
{
    const QTimeZone zone = zoneFor(from);
    return endOfDay(inZone(from, zone).date().addDays(days), zone);
}

QDateTime DeadlineCalculator::addMonths(const QDateTime &from, int months) const
{
    const QTimeZone zone = zoneFor(from);
    return endOfDay(inZone(from, zone).date().addMonths(months), zone);
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
    const QTimeZone zone = zoneFor(from);
    return endOfDay(nthBusinessDayAfter(inZone(from, zone).date(), days), zone);
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

QList<int> DeadlineCalculator::provisionalYears(const QDate &from, const QDate &to) const
{
    QList<int> provisional;
    for (int year = from.year(); year <= to.year(); ++year) {
        if (m_calendar.isProvisional(year))
            provisional << year;
    }
    return provisional;
}

} // namespace plaint
