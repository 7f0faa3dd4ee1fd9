// Business days and deadline arithmetic: weekends, public holidays, China's
// adjusted working days, month and year ends, leap days and UTC offsets.

#include "businesscalendar.h"
#include "deadlinecalculator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;

namespace {

BusinessCalendar calendarFor(const QString &code)
{
    auto calendar = BusinessCalendar::forJurisdiction(jurisdictionFromString(code).value_or(Jurisdiction::Other));
    if (!calendar)
        qFatal("%s", qPrintable(calendar.error()));
    return *calendar;
}

QDate date(const QString &iso)
{
    return QDate::fromString(iso, Qt::ISODate);
}

QDateTime instant(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataFilesLoad_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("CN") << u"CN"_s;
        QTest::newRow("UK") << u"UK"_s;
        QTest::newRow("US") << u"US"_s;
    }

    void dataFilesLoad()
    {
        QFETCH(QString, code);
        const BusinessCalendar calendar = calendarFor(code);
        QCOMPARE(calendar.jurisdiction(), code);
        QCOMPARE(calendar.years(), (QList<int>{2020, 2021, 2022, 2023, 2024, 2025, 2026}));
        QVERIFY(!calendar.sources().isEmpty());
        QVERIFY(!calendar.hasDataFor(2019));
        QVERIFY(!calendar.hasDataFor(2027));
        // New Year's Day is a holiday everywhere Plaint has data for.
        QCOMPARE(calendar.kind(date(u"2024-01-01"_s)), BusinessCalendar::DayKind::Holiday);
    }

    void jurisdictionWithoutDataIsWeekendsOnly()
    {
        const BusinessCalendar eu = calendarFor(u"EU"_s);
        QVERIFY(eu.years().isEmpty());
        QVERIFY(!eu.hasDataFor(2024));
        QVERIFY(eu.isBusinessDay(date(u"2024-01-01"_s)));
        QVERIFY(!eu.isBusinessDay(date(u"2024-01-06"_s)));
    }

    void dayKinds_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("day");
        QTest::addColumn<int>("kind");
        using K = BusinessCalendar::DayKind;
        QTest::newRow("CN National Day") << u"CN"_s << u"2021-10-01"_s << int(K::Holiday);
        QTest::newRow("CN 调休 Saturday") << u"CN"_s << u"2021-10-09"_s << int(K::AdjustedWorkingDay);
        QTest::newRow("CN 调休 Sunday 2024") << u"CN"_s << u"2024-02-18"_s << int(K::AdjustedWorkingDay);
        QTest::newRow("CN 2026 Spring Festival") << u"CN"_s << u"2026-02-23"_s << int(K::Holiday);
        QTest::newRow("CN 2026 调休") << u"CN"_s << u"2026-02-28"_s << int(K::AdjustedWorkingDay);
        QTest::newRow("CN 2020 extended Spring Festival") << u"CN"_s << u"2020-02-01"_s << int(K::Holiday);
        QTest::newRow("CN plain Saturday") << u"CN"_s << u"2021-04-17"_s << int(K::Weekend);
        QTest::newRow("CN 2023 New Year on a Saturday") << u"CN"_s << u"2022-12-31"_s << int(K::Holiday);
        QTest::newRow("UK Queen's funeral") << u"UK"_s << u"2022-09-19"_s << int(K::Holiday);
        QTest::newRow("UK Boxing Day substitute") << u"UK"_s << u"2026-12-28"_s << int(K::Holiday);
        QTest::newRow("UK ordinary Monday") << u"UK"_s << u"2026-12-21"_s << int(K::Working);
        QTest::newRow("US Juneteenth observed") << u"US"_s << u"2021-06-18"_s << int(K::Holiday);
        QTest::newRow("US no Juneteenth in 2020") << u"US"_s << u"2020-06-19"_s << int(K::Working);
        QTest::newRow("US Thanksgiving 2026") << u"US"_s << u"2026-11-26"_s << int(K::Holiday);
    }

    void dayKinds()
    {
        QFETCH(QString, code);
        QFETCH(QString, day);
        QFETCH(int, kind);
        QCOMPARE(int(calendarFor(code).kind(date(day))), kind);
    }

    void businessDays_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("expected");
        QTest::newRow("CN over National Day") << u"CN"_s << u"2021-09-30"_s << 1 << u"2021-10-08"_s;
        QTest::newRow("CN National Day then 调休 Saturday") << u"CN"_s << u"2021-09-30"_s << 2 << u"2021-10-09"_s;
        QTest::newRow("CN 调休 Saturday before Spring Festival 2026") << u"CN"_s << u"2026-02-13"_s << 1 << u"2026-02-14"_s;
        QTest::newRow("CN over Spring Festival 2026") << u"CN"_s << u"2026-02-13"_s << 2 << u"2026-02-24"_s;
        QTest::newRow("CN Spring Festival 2024 and 调休 Sunday") << u"CN"_s << u"2024-02-08"_s << 5 << u"2024-02-21"_s;
        QTest::newRow("CN 调休 Sunday 2025") << u"CN"_s << u"2025-09-26"_s << 1 << u"2025-09-28"_s;
        QTest::newRow("CN 2020 extended holiday") << u"CN"_s << u"2020-01-23"_s << 1 << u"2020-02-03"_s;
        QTest::newRow("CN counted from a holiday") << u"CN"_s << u"2021-10-03"_s << 1 << u"2021-10-08"_s;
        QTest::newRow("UK funeral bank holiday") << u"UK"_s << u"2022-09-16"_s << 1 << u"2022-09-20"_s;
        QTest::newRow("UK Christmas 2020") << u"UK"_s << u"2020-12-24"_s << 1 << u"2020-12-29"_s;
        QTest::newRow("UK over the year end") << u"UK"_s << u"2021-12-23"_s << 2 << u"2021-12-29"_s;
        QTest::newRow("UK into the new year") << u"UK"_s << u"2021-12-30"_s << 2 << u"2022-01-04"_s;
        QTest::newRow("US Juneteenth") << u"US"_s << u"2021-06-17"_s << 1 << u"2021-06-21"_s;
        QTest::newRow("US Thanksgiving") << u"US"_s << u"2021-11-22"_s << 5 << u"2021-11-30"_s;
        QTest::newRow("weekends only") << u"other"_s << u"2021-04-16"_s << 5 << u"2021-04-23"_s;
        QTest::newRow("from a Saturday") << u"other"_s << u"2021-04-17"_s << 1 << u"2021-04-19"_s;
        QTest::newRow("leap day is a business day") << u"other"_s << u"2024-02-28"_s << 1 << u"2024-02-29"_s;
        QTest::newRow("zero") << u"other"_s << u"2024-02-28"_s << 0 << u"2024-02-28"_s;
    }

    void businessDays()
    {
        QFETCH(QString, code);
        QFETCH(QString, from);
        QFETCH(int, days);
        QFETCH(QString, expected);
        const DeadlineCalculator calc(calendarFor(code));
        QCOMPARE(calc.nthBusinessDayAfter(date(from), days), date(expected));
        // As a deadline: the end of that day, in the offset of the start.
        const QDateTime start = DeadlineCalculator::atTime(date(from), QTime(10, 15), 8 * 3600);
        const QDateTime due = calc.addBusinessDays(start, days);
        QCOMPARE(due.date(), date(expected));
        QCOMPARE(due.time(), QTime(23, 59, 59));
        QCOMPARE(due.offsetFromUtc(), 8 * 3600);
    }

    void hoursAndDays_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hours over a month end") << u"2021-01-31T23:30:00+08:00"_s << u"h"_s << 1 << u"2021-02-01T00:30:00+08:00"_s;
        QTest::newRow("hours over a leap day") << u"2024-02-28T12:00:00+08:00"_s << u"h"_s << 48 << u"2024-03-01T12:00:00+08:00"_s;
        QTest::newRow("hours over a year end") << u"2021-12-31T20:00:00-05:00"_s << u"h"_s << 24 << u"2022-01-01T20:00:00-05:00"_s;
        QTest::newRow("hours keep a half-hour offset") << u"2021-02-27T20:00:00+05:30"_s << u"h"_s << 48 << u"2021-03-01T20:00:00+05:30"_s;
        QTest::newRow("days into a leap day") << u"2024-02-28T09:00:00+00:00"_s << u"d"_s << 1 << u"2024-02-29T23:59:59+00:00"_s;
        QTest::newRow("days in a common year") << u"2023-02-28T09:00:00+00:00"_s << u"d"_s << 1 << u"2023-03-01T23:59:59+00:00"_s;
        QTest::newRow("a year from a leap day") << u"2024-02-29T09:00:00+00:00"_s << u"d"_s << 365 << u"2025-02-28T23:59:59+00:00"_s;
        QTest::newRow("days over a year end") << u"2021-12-28T09:00:00+00:00"_s << u"d"_s << 7 << u"2022-01-04T23:59:59+00:00"_s;
        QTest::newRow("days in the evening west of UTC") << u"2021-04-16T23:30:00-05:00"_s << u"d"_s << 1 << u"2021-04-17T23:59:59-05:00"_s;
        QTest::newRow("days just after midnight east of UTC") << u"2021-04-17T00:30:00+09:00"_s << u"d"_s << 1 << u"2021-04-18T23:59:59+09:00"_s;
        QTest::newRow("a month from 31 January, leap year") << u"2024-01-31T09:00:00+08:00"_s << u"m"_s << 1 << u"2024-02-29T23:59:59+08:00"_s;
        QTest::newRow("a month from 31 January") << u"2023-01-31T09:00:00+08:00"_s << u"m"_s << 1 << u"2023-02-28T23:59:59+08:00"_s;
    }

    void hoursAndDays()
    {
        QFETCH(QString, from);
        QFETCH(QString, unit);
        QFETCH(int, n);
        QFETCH(QString, expected);
        const DeadlineCalculator calc;
        const QDateTime start = instant(from);
        const QDateTime due = unit == u"h" ? calc.addHours(start, n)
                            : unit == u"d" ? calc.addCalendarDays(start, n)
                                           : calc.addMonths(start, n);
        QCOMPARE(due, instant(expected));
        QCOMPARE(due.offsetFromUtc(), start.offsetFromUtc());
    }

    void utcAndLocalInputsKeepTheirOffset()
    {
        const DeadlineCalculator calc;
        const QDateTime utc(QDate(2021, 4, 16), QTime(23, 0), Qt::UTC);
        QCOMPARE(calc.addCalendarDays(utc, 1), instant(u"2021-04-17T23:59:59Z"_s));
        QCOMPARE(calc.addCalendarDays(utc, 1).offsetFromUtc(), 0);
        // A local time (TZ=UTC under ctest, but whatever it is) becomes its fixed offset.
        const QDateTime local(QDate(2021, 4, 16), QTime(9, 0));
        const QDateTime due = calc.addHours(local, 2);
        QCOMPARE(due.offsetFromUtc(), local.offsetFromUtc());
        QCOMPARE(due.toUTC(), local.toUTC().addSecs(7200));
    }

    void yearsWithoutData()
    {
        const DeadlineCalculator calc(calendarFor(u"CN"_s));
        QCOMPARE(calc.yearsWithoutData(date(u"2026-12-30"_s), date(u"2027-01-05"_s)), QList<int>{2027});
        QVERIFY(calc.yearsWithoutData(date(u"2021-12-30"_s), date(u"2022-01-05"_s)).isEmpty());
        // Outside the data, weekends are still skipped.
        QCOMPARE(calc.nthBusinessDayAfter(date(u"2027-01-08"_s), 1), date(u"2027-01-11"_s));
    }

    void damagedDataIsRefused()
    {
        QVERIFY(!BusinessCalendar::fromJson("{", u"test"_s));
        QVERIFY(!BusinessCalendar::fromJson(R"({"holidays": [{"name": "x", "from": "2021-02-30", "to": "2021-03-01"}]})", u"test"_s));
        QVERIFY(!BusinessCalendar::fromJson(R"({"working_days": ["soon"]})", u"test"_s));
        QVERIFY(BusinessCalendar::fromJson(R"({"jurisdiction": "XX", "years": [2021]})", u"test"_s));
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
