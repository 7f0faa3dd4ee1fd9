#include "businesscalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plaint {

BusinessCalendar::BusinessCalendar()
{
    m_weekend.insert(6);
    m_weekend.insert(7);
}

Result<BusinessCalendar> BusinessCalendar::forJurisdiction(Jurisdiction jurisdiction)
{
    const QString code = toString(jurisdiction);
    QFile file(u":/plaint/holidays/"_s + code + u".json"_s);
    if (!file.exists()) {
        BusinessCalendar weekendsOnly;
        weekendsOnly.m_jurisdiction = code;
        return weekendsOnly;
    }
    if (!file.open(QIODevice::ReadOnly))
        return Result<BusinessCalendar>::failure(tr("Cannot read the holiday data for %1.").arg(code));
    return fromJson(file.readAll(), file.fileName());
}

Result<BusinessCalendar> BusinessCalendar::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    auto bad = [&](const QString &why) {
        return Result<BusinessCalendar>::failure(tr("The holiday data in %1 is damaged: %2").arg(origin, why));
    };
    if (!document.isObject())
        return bad(error.errorString());
    const QJsonObject root = document.object();
    BusinessCalendar calendar;
    calendar.m_jurisdiction = root.value(u"jurisdiction"_s).toString();
    if (root.contains(u"weekend"_s)) {
        calendar.m_weekend.clear();
        for (const QJsonValue &day : root.value(u"weekend"_s).toArray())
            calendar.m_weekend.insert(day.toInt());
    }
    for (const QJsonValue &year : root.value(u"years"_s).toArray())
        calendar.m_years.insert(year.toInt());
    for (const QJsonValue &year : root.value(u"provisional"_s).toArray()) {
        if (!calendar.m_years.contains(year.toInt()))
            return bad(tr("the provisional year %1 is not among its years").arg(year.toInt()));
        calendar.m_provisional.insert(year.toInt());
    }
    for (const QJsonValue &source : root.value(u"sources"_s).toArray())
        calendar.m_sources << source.toString();
    for (const QJsonValue &note : root.value(u"uncertain"_s).toArray())
        calendar.m_uncertain << note.toString();
    for (const QJsonValue &value : root.value(u"holidays"_s).toArray()) {
        const QJsonObject holiday = value.toObject();
        const QDate from = QDate::fromString(holiday.value(u"from"_s).toString(), Qt::ISODate);
        const QDate to = QDate::fromString(holiday.value(u"to"_s).toString(), Qt::ISODate);
        if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 31)
            return bad(tr("holiday \"%1\" has no valid dates").arg(holiday.value(u"name"_s).toString()));
        for (QDate d = from; d <= to; d = d.addDays(1))
            calendar.m_holidays.insert(d, holiday.value(u"name"_s).toString());
    }
    for (const QJsonValue &value : root.value(u"working_days"_s).toArray()) {
        const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
        if (!day.isValid())
            return bad(tr("\"%1\" is not a date").arg(value.toString()));
        calendar.m_workingDays.insert(day);
    }
    return calendar;
}

BusinessCalendar::DayKind BusinessCalendar::kind(const QDate &date) const
{
    if (m_holidays.contains(date))
        return DayKind::Holiday;
    if (m_workingDays.contains(date))
        return DayKind::AdjustedWorkingDay;
    return m_weekend.contains(date.dayOfWeek()) ? DayKind::Weekend : DayKind::Working;
}

bool BusinessCalendar::isBusinessDay(const QDate &date) const
{
    const DayKind k = kind(date);
    return k == DayKind::Working || k == DayKind::AdjustedWorkingDay;
}

QString BusinessCalendar::holidayName(const QDate &date) const
{
    return m_holidays.value(date);
}

QList<int> BusinessCalendar::years() const
{
    QList<int> list(m_years.cbegin(), m_years.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace plaint
