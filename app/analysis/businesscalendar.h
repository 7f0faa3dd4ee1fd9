#pragma once

#include "result.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace plaint {

// Which days count as business days in a jurisdiction: weekends, public
// holidays and, in China, the weekend days declared working days (调休).
// The data comes from resources/holidays/<JURISDICTION>.json, which cites its
// sources; years the file does not cover fall back to weekends only, and
// hasDataFor() says so, so the user can be told. A year can be provisional
// (China's holidays before the State Council's notice on them is out): its
// statutory days are there, its make-up days and 调休 working days are not,
// so counts in it are approximate too.
class BusinessCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(BusinessCalendar)

public:
    enum class DayKind { Working, Weekend, Holiday, AdjustedWorkingDay };

    // Weekends only (Saturday and Sunday), no holiday data at all.
    BusinessCalendar();

    // The built-in data for a jurisdiction; one without a data file gets a
    // weekends-only calendar (not an error: hasDataFor() is false for every year).
    static Result<BusinessCalendar> forJurisdiction(Jurisdiction jurisdiction);
    static Result<BusinessCalendar> fromJson(const QByteArray &json, const QString &origin);

    QString jurisdiction() const { return m_jurisdiction; }
    DayKind kind(const QDate &date) const;
    bool isBusinessDay(const QDate &date) const;
    // The holiday's name, empty on other days.
    QString holidayName(const QDate &date) const;
    bool hasDataFor(int year) const { return m_years.contains(year); }
    bool isProvisional(int year) const { return m_provisional.contains(year); }
    // Business days counted in this year are exact: data for it, and final.
    bool isExactFor(int year) const { return hasDataFor(year) && !isProvisional(year); }
    QList<int> years() const;
    QStringList sources() const { return m_sources; }
    QStringList uncertain() const { return m_uncertain; }

private:
    QString m_jurisdiction;
    QSet<int> m_weekend;
    QSet<int> m_years;
    QSet<int> m_provisional;
    QHash<QDate, QString> m_holidays;
    QSet<QDate> m_workingDays;
    QStringList m_sources;
    QStringList m_uncertain;
};

} // namespace plaint
