// Business days and deadline arithmetic: weekends, public holidays, China's
// adjusted working days, month and year ends, leap days and UTC offsets.

#include "businesscalendar.h"
#include "deadlinecalculator.h"

#include <QScopeGuard>
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
        QCOMPARE(calendar.years(), (QList<int>{2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027}));
        QVERIFY(!calendar.sources().isEmpty());
        QVERIFY(!calendar.hasDataFor(2019));
        QVERIFY(calendar.hasDataFor(2027));
        QVERIFY(!calendar.hasDataFor(2028));
        // 2027 follows from fixed rules in the UK and the US; China's waits for the State Council's notice.
        QCOMPARE(calendar.isProvisional(2027), code == u"CN");
        QCOMPARE(calendar.isExactFor(2027), code != u"CN");
        QVERIFY(calendar.isExactFor(2026));
        QCOMPARE(calendar.kind(date(u"2027-01-01"_s)), BusinessCalendar::DayKind::Holiday);
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
        QTest::newRow("UK Good Friday 2027") << u"UK"_s << u"2027-03-26"_s << int(K::Holiday);
        QTest::newRow("UK Easter Monday 2027") << u"UK"_s << u"2027-03-29"_s << int(K::Holiday);
        QTest::newRow("UK Early May 2027") << u"UK"_s << u"2027-05-03"_s << int(K::Holiday);
        QTest::newRow("UK Spring 2027") << u"UK"_s << u"2027-05-31"_s << int(K::Holiday);
        QTest::newRow("UK Summer 2027") << u"UK"_s << u"2027-08-30"_s << int(K::Holiday);
        QTest::newRow("UK Christmas 2027 substitute") << u"UK"_s << u"2027-12-27"_s << int(K::Holiday);
        QTest::newRow("UK Boxing Day 2027 substitute") << u"UK"_s << u"2027-12-28"_s << int(K::Holiday);
        QTest::newRow("UK 29 December 2027") << u"UK"_s << u"2027-12-29"_s << int(K::Working);
        QTest::newRow("US MLK 2027") << u"US"_s << u"2027-01-18"_s << int(K::Holiday);
        QTest::newRow("US Juneteenth 2027 observed Friday") << u"US"_s << u"2027-06-18"_s << int(K::Holiday);
        QTest::newRow("US Independence Day 2027 observed Monday") << u"US"_s << u"2027-07-05"_s << int(K::Holiday);
        QTest::newRow("US Thanksgiving 2027") << u"US"_s << u"2027-11-25"_s << int(K::Holiday);
        QTest::newRow("US Christmas 2027 observed Friday") << u"US"_s << u"2027-12-24"_s << int(K::Holiday);
        QTest::newRow("US New Year 2028 observed in 2027") << u"US"_s << u"2027-12-31"_s << int(K::Holiday);
        QTest::newRow("CN 除夕 2027") << u"CN"_s << u"2027-02-05"_s << int(K::Holiday);
        QTest::newRow("CN 初三 2027") << u"CN"_s << u"2027-02-08"_s << int(K::Holiday);
        QTest::newRow("CN 初四 2027, 补假 not yet known") << u"CN"_s << u"2027-02-09"_s << int(K::Working);
        QTest::newRow("CN 清明 2027") << u"CN"_s << u"2027-04-05"_s << int(K::Holiday);
        QTest::newRow("CN 端午 2027") << u"CN"_s << u"2027-06-09"_s << int(K::Holiday);
        QTest::newRow("CN 中秋 2027") << u"CN"_s << u"2027-09-15"_s << int(K::Holiday);
        QTest::newRow("CN 国庆 2027") << u"CN"_s << u"2027-10-01"_s << int(K::Holiday);
        QTest::newRow("CN 10月4日 2027") << u"CN"_s << u"2027-10-04"_s << int(K::Working);
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
        // 2027 has data, provisional in China; 2028 has none.
        QVERIFY(calc.yearsWithoutData(date(u"2026-12-30"_s), date(u"2027-01-05"_s)).isEmpty());
        QCOMPARE(calc.provisionalYears(date(u"2026-12-30"_s), date(u"2027-01-05"_s)), QList<int>{2027});
        QCOMPARE(calc.yearsWithoutData(date(u"2027-12-30"_s), date(u"2028-01-05"_s)), QList<int>{2028});
        QVERIFY(calc.yearsWithoutData(date(u"2021-12-30"_s), date(u"2022-01-05"_s)).isEmpty());
        QVERIFY(calc.provisionalYears(date(u"2021-12-30"_s), date(u"2022-01-05"_s)).isEmpty());
        QVERIFY(DeadlineCalculator(calendarFor(u"UK"_s)).provisionalYears(date(u"2027-01-01"_s), date(u"2027-12-31"_s)).isEmpty());
        // Outside the data, weekends are still skipped.
        QCOMPARE(calc.nthBusinessDayAfter(date(u"2028-01-07"_s), 1), date(u"2028-01-10"_s));
        // The 2027 statutory days are skipped already: 除夕 to 初三.
        QCOMPARE(calc.nthBusinessDayAfter(date(u"2027-02-04"_s), 1), date(u"2027-02-09"_s));
    }

    // Events store an offset, not a zone: the computer's zone is used when it
    // shows that offset at the moment, so days and clock times follow its
    // daylight saving; otherwise the offset stays fixed.
    void daylightSaving_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("offset");
        QTest::newRow("London, a day over the spring change") << u"Europe/London"_s << u"2026-03-28T10:00:00+00:00"_s << u"d"_s << 1
                                                              << u"2026-03-29T23:59:59+01:00"_s << 3600;
        QTest::newRow("London, hours over the spring change") << u"Europe/London"_s << u"2026-03-28T10:00:00+00:00"_s << u"h"_s << 24
                                                              << u"2026-03-29T11:00:00+01:00"_s << 3600;
        QTest::newRow("London, a day over the autumn change") << u"Europe/London"_s << u"2026-10-24T10:00:00+01:00"_s << u"d"_s << 1
                                                              << u"2026-10-25T23:59:59+00:00"_s << 0;
        QTest::newRow("New York, business days over the change") << u"America/New_York"_s << u"2026-03-06T10:00:00-05:00"_s << u"b"_s << 2
                                                                 << u"2026-03-10T23:59:59-04:00"_s << -4 * 3600;
        QTest::newRow("London computer, a Beijing event") << u"Europe/London"_s << u"2026-03-28T10:00:00+08:00"_s << u"d"_s << 1
                                                          << u"2026-03-29T23:59:59+08:00"_s << 8 * 3600;
        QTest::newRow("London computer, an event at +02:00") << u"Europe/London"_s << u"2026-03-28T10:00:00+02:00"_s << u"h"_s << 48
                                                             << u"2026-03-30T10:00:00+02:00"_s << 2 * 3600;
    }

    void daylightSaving()
    {
        QFETCH(QString, zone);
        QFETCH(QString, from);
        QFETCH(QString, unit);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QFETCH(int, offset);
        const QByteArray before = qgetenv("TZ");
        qputenv("TZ", zone.toLatin1());
        auto restore = qScopeGuard([&] { qputenv("TZ", before); });
        const DeadlineCalculator calc(calendarFor(u"other"_s));
        const QDateTime start = instant(from);
        const QDateTime due = unit == u"h" ? calc.addHours(start, n) : unit == u"d" ? calc.addCalendarDays(start, n)
                                                                                    : calc.addBusinessDays(start, n);
        QCOMPARE(due, instant(expected));
        QCOMPARE(due.offsetFromUtc(), offset);
    }

    void damagedDataIsRefused()
    {
        QVERIFY(!BusinessCalendar::fromJson("{", u"test"_s));
        QVERIFY(!BusinessCalendar::fromJson(R"({"holidays": [{"name": "x", "from": "2021-02-30", "to": "2021-03-01"}]})", u"test"_s));
        QVERIFY(!BusinessCalendar::fromJson(R"({"working_days": ["soon"]})", u"test"_s));
        QVERIFY(BusinessCalendar::fromJson(R"({"jurisdiction": "XX", "years": [2021]})", u"test"_s));
        // A provisional year must be one of the file's years.
        QVERIFY(!BusinessCalendar::fromJson(R"({"years": [2021], "provisional": [2022]})", u"test"_s));
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
