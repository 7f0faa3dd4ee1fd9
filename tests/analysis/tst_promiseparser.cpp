// Promise suggestions: real-looking operator SMS, hotline quotes and e-mails
// in Simplified Chinese, Traditional Chinese and English, each with the due
// time a careful person would write down.

#include "businesscalendar.h"
#include "promiseparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;

class TestPromiseParser : public QObject
{
    Q_OBJECT

private:
    static QList<PromiseSuggestion> parse(const QString &text, const QString &at, const QString &jurisdiction)
    {
        const auto code = jurisdictionFromString(jurisdiction);
        auto calendar = BusinessCalendar::forJurisdiction(code.value_or(Jurisdiction::Other));
        if (!calendar)
            qFatal("no calendar");
        return PromiseParser(*calendar).parse(text, QDateTime::fromString(at, Qt::ISODate));
    }

private Q_SLOTS:
    void phrasings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("jurisdiction");
        QTest::addColumn<QString>("due"); // ISO 8601 with offset, or "vague"
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("matched");

        const QString fri = u"2021-04-16T10:15:00+08:00"_s; // a Friday in Beijing
        // zh_CN: operator SMS and hotline quotes
        QTest::newRow("cmcc sms 48h") << u"【中国移动】尊敬的客户，您反映的问题我们将在48小时内给您回复，请保持电话畅通。"_s << fri << u"CN"_s
                                      << u"2021-04-18T10:15:00+08:00"_s << u"hours"_s << u"48小时内"_s;
        QTest::newRow("unicom sms 24h") << u"【中国联通】您的投诉已受理（工单号GD0416001），我们将在24小时内联系您。"_s << fri << u"CN"_s
                                        << u"2021-04-17T10:15:00+08:00"_s << u"hours"_s << u"24小时内"_s;
        QTest::newRow("full-width digits") << u"我们将在４８小时内给您回复"_s << fri << u"CN"_s
                                           << u"2021-04-18T10:15:00+08:00"_s << u"hours"_s << u"４８小时内"_s;
        QTest::newRow("3 working days") << u"工单已经提交，3个工作日内会有专人处理"_s << fri << u"CN"_s
                                        << u"2021-04-21T23:59:59+08:00"_s << u"business_days"_s << u"3个工作日内"_s;
        QTest::newRow("三个工作日 over National Day") << u"我们会在三个工作日内给您答复"_s << u"2021-09-30T10:00:00+08:00"_s << u"CN"_s
                                                      << u"2021-10-11T23:59:59+08:00"_s << u"business_days"_s << u"三个工作日内"_s;
        QTest::newRow("5 working days over Spring Festival") << u"5个工作日内处理完毕"_s << u"2024-02-08T16:00:00+08:00"_s << u"CN"_s
                                                             << u"2024-02-21T23:59:59+08:00"_s << u"business_days"_s << u"5个工作日内"_s;
        QTest::newRow("voucher extended 7 days") << u"代金券已经给您延期7天"_s << fri << u"CN"_s
                                                 << u"2021-04-23T23:59:59+08:00"_s << u"calendar_days"_s << u"7天"_s;
        QTest::newRow("extended to 5月31日") << u"热线说：已经给您延期到5月31日了"_s << fri << u"CN"_s
                                             << u"2021-05-31T23:59:59+08:00"_s << u"date"_s << u"延期到5月31日"_s;
        QTest::newRow("5月31日前到账") << u"退款将于5月31日前到账"_s << fri << u"CN"_s
                                       << u"2021-05-31T23:59:59+08:00"_s << u"date"_s << u"于5月31日前"_s;
        QTest::newRow("no year: next one") << u"延期到5月31号"_s << u"2021-06-10T09:00:00+08:00"_s << u"CN"_s
                                           << u"2022-05-31T23:59:59+08:00"_s << u"date"_s << u"延期到5月31号"_s;
        QTest::newRow("with year") << u"我们承诺2021年4月21日前解决"_s << fri << u"CN"_s
                                   << u"2021-04-21T23:59:59+08:00"_s << u"date"_s << u"2021年4月21日前"_s;
        QTest::newRow("date and hour") << u"请放心，5月31日18点前一定办好"_s << fri << u"CN"_s
                                       << u"2021-05-31T18:00:00+08:00"_s << u"date"_s << u"5月31日18点前"_s;
        QTest::newRow("晚上9点前") << u"技术人员今天晚上9点前给您回电"_s << fri << u"CN"_s
                                   << u"2021-04-16T21:00:00+08:00"_s << u"time_of_day"_s << u"今天晚上9点前"_s;
        QTest::newRow("晚上9点前 said late") << u"晚上9点前回电"_s << u"2021-04-16T22:30:00+08:00"_s << u"CN"_s
                                             << u"2021-04-17T21:00:00+08:00"_s << u"time_of_day"_s << u"晚上9点前"_s;
        QTest::newRow("明天上午10点前") << u"明天上午10点前给您回复"_s << fri << u"CN"_s
                                        << u"2021-04-17T10:00:00+08:00"_s << u"time_of_day"_s << u"明天上午10点前"_s;
        QTest::newRow("十五天内") << u"十五天内退款到原支付账户"_s << fri << u"CN"_s
                                  << u"2021-05-01T23:59:59+08:00"_s << u"calendar_days"_s << u"十五天内"_s;
        QTest::newRow("两个小时内") << u"两个小时内给您回电"_s << fri << u"CN"_s
                                    << u"2021-04-16T12:15:00+08:00"_s << u"hours"_s << u"两个小时内"_s;
        QTest::newRow("3-5个工作日") << u"预计3-5个工作日到账"_s << fri << u"CN"_s
                                     << u"2021-04-23T23:59:59+08:00"_s << u"business_days"_s << u"3-5个工作日"_s;
        QTest::newRow("一个月内") << u"一个月内给您结果"_s << fri << u"CN"_s
                                  << u"2021-05-16T23:59:59+08:00"_s << u"months"_s << u"一个月内"_s;
        QTest::newRow("72小时 over leap day") << u"72小时之内处理完毕"_s << u"2024-02-27T09:00:00+08:00"_s << u"CN"_s
                                              << u"2024-03-01T09:00:00+08:00"_s << u"hours"_s << u"72小时之内"_s;
        QTest::newRow("周五前") << u"周五前给您答复"_s << u"2021-04-14T15:00:00+08:00"_s << u"CN"_s
                                << u"2021-04-16T23:59:59+08:00"_s << u"weekday"_s << u"周五前"_s;
        QTest::newRow("下周一之前") << u"下周一之前处理好"_s << fri << u"CN"_s
                                    << u"2021-04-19T23:59:59+08:00"_s << u"weekday"_s << u"下周一之前"_s;
        QTest::newRow("7天后回访") << u"7天后给您回访"_s << fri << u"CN"_s
                                   << u"2021-04-23T23:59:59+08:00"_s << u"calendar_days"_s << u"7天后"_s;
        QTest::newRow("本月25日前") << u"退款会在本月25日前退回您的账户"_s << fri << u"CN"_s
                                    << u"2021-04-25T23:59:59+08:00"_s << u"date"_s << u"本月25日前"_s;
        QTest::newRow("下个月5号之前") << u"新卡下个月5号之前寄到"_s << fri << u"CN"_s
                                       << u"2021-05-05T23:59:59+08:00"_s << u"date"_s << u"下个月5号之前"_s;
        QTest::newRow("月底前 in a leap February") << u"月底前给您办好"_s << u"2024-02-10T10:00:00+08:00"_s << u"CN"_s
                                                   << u"2024-02-29T23:59:59+08:00"_s << u"date"_s << u"月底前"_s;
        QTest::newRow("尽快") << u"我们会尽快为您处理"_s << fri << u"CN"_s << u"vague"_s << u"vague"_s << u"尽快"_s;
        QTest::newRow("稍后") << u"稍后会有工作人员联系您"_s << fri << u"CN"_s << u"vague"_s << u"vague"_s << u"稍后"_s;
        QTest::newRow("第一时间") << u"有结果会第一时间通知您"_s << fri << u"CN"_s << u"vague"_s << u"vague"_s << u"第一时间"_s;

        // zh_TW: Taiwan's holidays are not in Plaint's data: weekends only
        QTest::newRow("cht sms 三個工作天內") << u"【中華電信】您好，您申訴的案件將於三個工作天內回覆。"_s << u"2021-09-30T10:00:00+08:00"_s
                                              << u"other"_s << u"2021-10-05T23:59:59+08:00"_s << u"business_days"_s << u"三個工作天內"_s;
        QTest::newRow("48小時內") << u"我們會在48小時內回覆您"_s << fri << u"other"_s
                                  << u"2021-04-18T10:15:00+08:00"_s << u"hours"_s << u"48小時內"_s;
        QTest::newRow("今天下午5點前") << u"今天下午5點前會有專人回電"_s << fri << u"other"_s
                                       << u"2021-04-16T17:00:00+08:00"_s << u"time_of_day"_s << u"今天下午5點前"_s;
        QTest::newRow("盡快") << u"請您稍候，我們會盡快處理"_s << fri << u"other"_s << u"vague"_s << u"vague"_s << u"盡快"_s;
        QTest::newRow("7個工作天內") << u"退款將在7個工作天內退回您的信用卡"_s << fri << u"other"_s
                                     << u"2021-04-27T23:59:59+08:00"_s << u"business_days"_s << u"7個工作天內"_s;
        QTest::newRow("延長至6月30日") << u"已幫您延長至6月30日"_s << fri << u"other"_s
                                       << u"2021-06-30T23:59:59+08:00"_s << u"date"_s << u"延長至6月30日"_s;
        QTest::newRow("十個工作日內") << u"發票將於十個工作日內寄出"_s << u"2023-03-01T09:00:00+08:00"_s << u"other"_s
                                      << u"2023-03-15T23:59:59+08:00"_s << u"business_days"_s << u"十個工作日內"_s;
        QTest::newRow("明天中午12點前") << u"明天中午12點前回覆您"_s << fri << u"other"_s
                                        << u"2021-04-17T12:00:00+08:00"_s << u"time_of_day"_s << u"明天中午12點前"_s;
        QTest::newRow("兩天內") << u"兩天內會有人聯繫您"_s << fri << u"other"_s
                                << u"2021-04-18T23:59:59+08:00"_s << u"calendar_days"_s << u"兩天內"_s;
        QTest::newRow("晚上8點半前") << u"維修人員將於晚上8點半前到府"_s << fri << u"other"_s
                                     << u"2021-04-16T20:30:00+08:00"_s << u"time_of_day"_s << u"晚上8點半前"_s;

        // en: UK, US and elsewhere
        QTest::newRow("within 24 hours BST") << u"Thanks for your patience. We will get back to you within 24 hours."_s
                                             << u"2021-04-16T10:15:00+01:00"_s << u"UK"_s << u"2021-04-17T10:15:00+01:00"_s
                                             << u"hours"_s << u"within 24 hours"_s;
        QTest::newRow("2 business days over a weekend") << u"Your case will be resolved within 2 business days."_s
                                                        << u"2021-04-16T10:15:00+01:00"_s << u"UK"_s << u"2021-04-20T23:59:59+01:00"_s
                                                        << u"business_days"_s << u"within 2 business days"_s;
        QTest::newRow("3 working days over Easter") << u"A specialist will call you within 3 working days"_s
                                                    << u"2021-04-01T12:00:00+01:00"_s << u"UK"_s << u"2021-04-08T23:59:59+01:00"_s
                                                    << u"business_days"_s << u"within 3 working days"_s;
        QTest::newRow("in 7 days over the year end") << u"You should receive the refund in 7 days."_s << u"2021-12-28T09:00:00+00:00"_s
                                                     << u"UK"_s << u"2022-01-04T23:59:59+00:00"_s << u"calendar_days"_s << u"in 7 days"_s;
        QTest::newRow("by 5pm") << u"We'll call you back by 5pm."_s << u"2021-04-16T10:15:00-05:00"_s << u"US"_s
                                << u"2021-04-16T17:00:00-05:00"_s << u"time_of_day"_s << u"by 5pm"_s;
        QTest::newRow("by 5pm tomorrow") << u"I'll have this sorted by 5pm tomorrow, I promise"_s << u"2021-04-16T10:15:00-05:00"_s
                                         << u"US"_s << u"2021-04-17T17:00:00-05:00"_s << u"time_of_day"_s << u"by 5pm tomorrow"_s;
        QTest::newRow("before April 21") << u"The engineer will visit before April 21."_s << u"2021-04-16T10:15:00-05:00"_s << u"US"_s
                                         << u"2021-04-21T23:59:59-05:00"_s << u"date"_s << u"before April 21"_s;
        QTest::newRow("by 21 April") << u"We will credit your account by 21 April"_s << u"2021-04-16T10:15:00+01:00"_s << u"UK"_s
                                     << u"2021-04-21T23:59:59+01:00"_s << u"date"_s << u"by 21 April"_s;
        QTest::newRow("extended to 31 May") << u"Your voucher has been extended to 31 May."_s << u"2021-04-16T10:15:00+01:00"_s
                                            << u"UK"_s << u"2021-05-31T23:59:59+01:00"_s << u"date"_s << u"extended to 31 May"_s;
        QTest::newRow("by 21 April 2022") << u"Dear customer, we promise a full reply by 21 April 2022."_s << u"2021-04-16T10:15:00+01:00"_s
                                          << u"UK"_s << u"2022-04-21T23:59:59+01:00"_s << u"date"_s << u"by 21 April 2022"_s;
        QTest::newRow("as soon as possible") << u"Your credit will be applied as soon as possible."_s << u"2021-04-16T10:15:00-05:00"_s
                                             << u"US"_s << u"vague"_s << u"vague"_s << u"as soon as possible"_s;
        QTest::newRow("shortly") << u"Someone from our escalations team will contact you shortly."_s << u"2021-04-16T10:15:00-05:00"_s
                                 << u"US"_s << u"vague"_s << u"vague"_s << u"shortly"_s;
        QTest::newRow("3-5 business days over Thanksgiving") << u"Please allow 3-5 business days for the refund to appear."_s
                                                             << u"2021-11-22T10:00:00-05:00"_s << u"US"_s << u"2021-11-30T23:59:59-05:00"_s
                                                             << u"business_days"_s << u"allow 3-5 business days"_s;
        QTest::newRow("2 business days over Christmas") << u"We will fix the billing error within 2 business days"_s
                                                        << u"2021-12-23T15:00:00-05:00"_s << u"US"_s << u"2021-12-28T23:59:59-05:00"_s
                                                        << u"business_days"_s << u"within 2 business days"_s;
        QTest::newRow("30 days over a leap February") << u"We'll respond to your dispute within 30 days"_s << u"2024-01-31T12:00:00-05:00"_s
                                                      << u"US"_s << u"2024-03-01T23:59:59-05:00"_s << u"calendar_days"_s << u"within 30 days"_s;
        QTest::newRow("by noon tomorrow") << u"A technician will confirm by noon tomorrow."_s << u"2021-04-16T10:15:00-07:00"_s << u"US"_s
                                          << u"2021-04-17T12:00:00-07:00"_s << u"time_of_day"_s << u"by noon tomorrow"_s;
        QTest::newRow("by next Monday") << u"You'll have the replacement SIM by next Monday"_s << u"2021-04-16T10:15:00+00:00"_s
                                        << u"other"_s << u"2021-04-19T23:59:59+00:00"_s << u"weekday"_s << u"by next Monday"_s;
        QTest::newRow("next 48 hours, month end, +05:30") << u"Our team will call you in the next 48 hours."_s << u"2021-02-27T20:00:00+05:30"_s
                                                          << u"other"_s << u"2021-03-01T20:00:00+05:30"_s << u"hours"_s << u"in the next 48 hours"_s;
        QTest::newRow("within a week") << u"The new router will be dispatched within a week"_s << u"2021-04-16T10:15:00+01:00"_s << u"UK"_s
                                       << u"2021-04-23T23:59:59+01:00"_s << u"weeks"_s << u"within a week"_s;
        QTest::newRow("by end of day") << u"I'll email you the case notes by end of day"_s << u"2021-04-16T10:15:00+01:00"_s << u"UK"_s
                                       << u"2021-04-16T23:59:59+01:00"_s << u"time_of_day"_s << u"by end of day"_s;
        QTest::newRow("by the end of the month") << u"The credit will show on your bill by the end of the month"_s
                                                 << u"2021-12-10T10:00:00+00:00"_s << u"UK"_s << u"2021-12-31T23:59:59+00:00"_s
                                                 << u"date"_s << u"by the end of the month"_s;
        QTest::newRow("within seven days, words") << u"A refund will be issued within seven days of this email."_s
                                                  << u"2021-04-16T10:15:00+01:00"_s << u"UK"_s << u"2021-04-23T23:59:59+01:00"_s
                                                  << u"calendar_days"_s << u"within seven days"_s;
    }

    void phrasings()
    {
        QFETCH(QString, text);
        QFETCH(QString, at);
        QFETCH(QString, jurisdiction);
        QFETCH(QString, due);
        QFETCH(QString, kind);
        QFETCH(QString, matched);

        const QList<PromiseSuggestion> found = parse(text, at, jurisdiction);
        QVERIFY2(!found.isEmpty(), "no promise found");
        const PromiseSuggestion &s = found.first();
        QCOMPARE(s.matched, matched);
        QCOMPARE(text.mid(s.start, s.length), matched);
        QCOMPARE(PromiseSuggestion::kindName(s.kind), kind);
        QVERIFY(s.confidence > 0.0 && s.confidence <= 1.0);
        QVERIFY(!s.what.isEmpty());
        if (due == u"vague") {
            QVERIFY(s.vague);
            QVERIFY(!s.due.isValid());
            return;
        }
        QVERIFY(!s.vague);
        const QDateTime expected = QDateTime::fromString(due, Qt::ISODate);
        QVERIFY(expected.isValid());
        QCOMPARE(s.due, expected);
        // The due time keeps the offset the words were said in.
        QCOMPARE(s.due.offsetFromUtc(), QDateTime::fromString(at, Qt::ISODate).offsetFromUtc());
    }

    void severalInOneSms()
    {
        const auto found = parse(u"【中国移动】已为您登记，48小时内回电；代金券延期到5月31日。我们会尽快处理。"_s,
                                 u"2021-04-16T10:15:00+08:00"_s, u"CN"_s);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).kind, PromiseSuggestion::Kind::Hours);
        QCOMPARE(found.at(1).kind, PromiseSuggestion::Kind::Date);
        QCOMPARE(found.at(2).kind, PromiseSuggestion::Kind::Vague);
        QVERIFY(!found.at(0).what.startsWith(u"【"_s));
    }

    void vagueDroppedWhenTheSentenceHasADate()
    {
        const auto found = parse(u"我们会尽快处理，48小时内给您回复"_s, u"2021-04-16T10:15:00+08:00"_s, u"CN"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, PromiseSuggestion::Kind::Hours);
    }

    void noPromise_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("past date") << u"您4月18日反映的问题已记录"_s;
        QTest::newRow("hours ago") << u"您48小时前来电反映的问题"_s;
        QTest::newRow("days ago") << u"I called them 3 days ago and nothing happened"_s;
        QTest::newRow("a month name") << u"5月的账单多扣了60元"_s;
        QTest::newRow("a bare hour") << u"我9点打的电话"_s;
        QTest::newRow("plain English") << u"The plan costs 129 yuan a month"_s;
        QTest::newRow("a past date this month") << u"您本月10日的账单已出"_s;
        QTest::newRow("usage this month") << u"您本月已使用流量10GB，套餐内剩余2GB"_s;
        QTest::newRow("empty") << QString();
    }

    void noPromise()
    {
        QFETCH(QString, text);
        const auto found = parse(text, u"2021-04-16T10:15:00+08:00"_s, u"CN"_s);
        QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.first().matched));
    }

    void businessDaysWithoutHolidayDataAreReported()
    {
        const auto found = parse(u"3个工作日内处理"_s, u"2031-04-16T10:15:00+08:00"_s, u"CN"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().yearsWithoutHolidayData, QList<int>{2031});
        const auto covered = parse(u"3个工作日内处理"_s, u"2021-04-16T10:15:00+08:00"_s, u"CN"_s);
        QVERIFY(covered.first().yearsWithoutHolidayData.isEmpty());
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value");
        QTest::newRow("digits") << u"48"_s << 48;
        QTest::newRow("full-width") << u"４８"_s << 48;
        QTest::newRow("三") << u"三"_s << 3;
        QTest::newRow("十") << u"十"_s << 10;
        QTest::newRow("十五") << u"十五"_s << 15;
        QTest::newRow("二十四") << u"二十四"_s << 24;
        QTest::newRow("两") << u"两"_s << 2;
        QTest::newRow("兩") << u"兩"_s << 2;
        QTest::newRow("一百二十") << u"一百二十"_s << 120;
        QTest::newRow("seven") << u"seven"_s << 7;
        QTest::newRow("twenty-four") << u"twenty-four"_s << 24;
        QTest::newRow("forty eight") << u"forty eight"_s << 48;
        QTest::newRow("a") << u"a"_s << 1;
    }

    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(int, value);
        QCOMPARE(PromiseParser::parseNumber(text).value_or(-1), value);
    }
};

QTEST_GUILESS_MAIN(TestPromiseParser)
#include "tst_promiseparser.moc"
