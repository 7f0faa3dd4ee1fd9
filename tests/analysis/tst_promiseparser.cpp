// Promise suggestions: real-looking operator SMS, hotline quotes and e-mails
// in Simplified Chinese, Traditional Chinese and English, each with the due
// time a careful person would write down.

#include "businesscalendar.h"
#include "promiseparser.h"

#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;

class TestPromiseParser : public QObject
{
    Q_OBJECT

private:
    // "2026-03-29T17:00:00+01:00": the wall-clock time and the offset it carries.
    static QString isoWithOffset(const QDateTime &when)
    {
        const int offset = when.offsetFromUtc();
        const QDateTime local = when.toOffsetFromUtc(offset);
        return local.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s)
            + u"%1%2:%3"_s.arg(offset < 0 ? u"-"_s : u"+"_s).arg(qAbs(offset) / 3600, 2, 10, QChar(u'0')).arg(qAbs(offset) % 3600 / 60, 2, 10, QChar(u'0'));
    }

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
        // Every suggestion, in the order of the text: "matched|due|kind", the due
        // time in ISO 8601 with the offset it must carry, or "vague".
        QTest::addColumn<QStringList>("expected");

        const QString fri = u"2021-04-16T10:15:00+08:00"_s; // a Friday in Beijing
        // zh_CN: operator SMS and hotline quotes
        QTest::newRow("cmcc sms 48h") << u"【中国移动】尊敬的客户，您反映的问题我们将在48小时内给您回复，请保持电话畅通。"_s << fri << u"CN"_s
                                      << QStringList{u"48小时内|2021-04-18T10:15:00+08:00|hours"_s};
        QTest::newRow("unicom sms 24h") << u"【中国联通】您的投诉已受理（工单号GD0416001），我们将在24小时内联系您。"_s << fri << u"CN"_s
                                        << QStringList{u"24小时内|2021-04-17T10:15:00+08:00|hours"_s};
        QTest::newRow("full-width digits") << u"我们将在４８小时内给您回复"_s << fri << u"CN"_s
                                           << QStringList{u"４８小时内|2021-04-18T10:15:00+08:00|hours"_s};
        QTest::newRow("3 working days") << u"工单已经提交，3个工作日内会有专人处理"_s << fri << u"CN"_s
                                        << QStringList{u"3个工作日内|2021-04-21T23:59:59+08:00|business_days"_s};
        QTest::newRow("三个工作日 over National Day") << u"我们会在三个工作日内给您答复"_s << u"2021-09-30T10:00:00+08:00"_s << u"CN"_s
                                                      << QStringList{u"三个工作日内|2021-10-11T23:59:59+08:00|business_days"_s};
        QTest::newRow("5 working days over Spring Festival") << u"5个工作日内处理完毕"_s << u"2024-02-08T16:00:00+08:00"_s << u"CN"_s
                                                             << QStringList{u"5个工作日内|2024-02-21T23:59:59+08:00|business_days"_s};
        QTest::newRow("voucher extended 7 days") << u"代金券已经给您延期7天"_s << fri << u"CN"_s
                                                 << QStringList{u"7天|2021-04-23T23:59:59+08:00|calendar_days"_s};
        QTest::newRow("extended to 5月31日") << u"热线说：已经给您延期到5月31日了"_s << fri << u"CN"_s
                                             << QStringList{u"延期到5月31日|2021-05-31T23:59:59+08:00|date"_s};
        QTest::newRow("5月31日前到账") << u"退款将于5月31日前到账"_s << fri << u"CN"_s
                                       << QStringList{u"于5月31日前|2021-05-31T23:59:59+08:00|date"_s};
        QTest::newRow("no year: next one") << u"延期到5月31号"_s << u"2021-06-10T09:00:00+08:00"_s << u"CN"_s
                                           << QStringList{u"延期到5月31号|2022-05-31T23:59:59+08:00|date"_s};
        QTest::newRow("with year") << u"我们承诺2021年4月21日前解决"_s << fri << u"CN"_s
                                   << QStringList{u"2021年4月21日前|2021-04-21T23:59:59+08:00|date"_s};
        QTest::newRow("date and hour") << u"请放心，5月31日18点前一定办好"_s << fri << u"CN"_s
                                       << QStringList{u"5月31日18点前|2021-05-31T18:00:00+08:00|date"_s};
        QTest::newRow("晚上9点前") << u"技术人员今天晚上9点前给您回电"_s << fri << u"CN"_s
                                   << QStringList{u"今天晚上9点前|2021-04-16T21:00:00+08:00|time_of_day"_s};
        QTest::newRow("晚上9点前 said late") << u"晚上9点前回电"_s << u"2021-04-16T22:30:00+08:00"_s << u"CN"_s
                                             << QStringList{u"晚上9点前|2021-04-17T21:00:00+08:00|time_of_day"_s};
        QTest::newRow("明天上午10点前") << u"明天上午10点前给您回复"_s << fri << u"CN"_s
                                        << QStringList{u"明天上午10点前|2021-04-17T10:00:00+08:00|time_of_day"_s};
        QTest::newRow("十五天内") << u"十五天内退款到原支付账户"_s << fri << u"CN"_s
                                  << QStringList{u"十五天内|2021-05-01T23:59:59+08:00|calendar_days"_s};
        QTest::newRow("两个小时内") << u"两个小时内给您回电"_s << fri << u"CN"_s
                                    << QStringList{u"两个小时内|2021-04-16T12:15:00+08:00|hours"_s};
        QTest::newRow("3-5个工作日") << u"预计3-5个工作日到账"_s << fri << u"CN"_s
                                     << QStringList{u"3-5个工作日|2021-04-23T23:59:59+08:00|business_days"_s};
        QTest::newRow("一个月内") << u"一个月内给您结果"_s << fri << u"CN"_s
                                  << QStringList{u"一个月内|2021-05-16T23:59:59+08:00|months"_s};
        QTest::newRow("72小时 over leap day") << u"72小时之内处理完毕"_s << u"2024-02-27T09:00:00+08:00"_s << u"CN"_s
                                              << QStringList{u"72小时之内|2024-03-01T09:00:00+08:00|hours"_s};
        QTest::newRow("周五前") << u"周五前给您答复"_s << u"2021-04-14T15:00:00+08:00"_s << u"CN"_s
                                << QStringList{u"周五前|2021-04-16T23:59:59+08:00|weekday"_s};
        QTest::newRow("下周一之前") << u"下周一之前处理好"_s << fri << u"CN"_s
                                    << QStringList{u"下周一之前|2021-04-19T23:59:59+08:00|weekday"_s};
        QTest::newRow("7天后回访") << u"7天后给您回访"_s << fri << u"CN"_s
                                   << QStringList{u"7天后|2021-04-23T23:59:59+08:00|calendar_days"_s};
        QTest::newRow("本月25日前") << u"退款会在本月25日前退回您的账户"_s << fri << u"CN"_s
                                    << QStringList{u"本月25日前|2021-04-25T23:59:59+08:00|date"_s};
        QTest::newRow("下个月5号之前") << u"新卡下个月5号之前寄到"_s << fri << u"CN"_s
                                       << QStringList{u"下个月5号之前|2021-05-05T23:59:59+08:00|date"_s};
        QTest::newRow("月底前 in a leap February") << u"月底前给您办好"_s << u"2024-02-10T10:00:00+08:00"_s << u"CN"_s
                                                   << QStringList{u"月底前|2024-02-29T23:59:59+08:00|date"_s};
        QTest::newRow("尽快") << u"我们会尽快为您处理"_s << fri << u"CN"_s << QStringList{u"尽快|vague|vague"_s};
        QTest::newRow("稍后") << u"稍后会有工作人员联系您"_s << fri << u"CN"_s << QStringList{u"稍后|vague|vague"_s};
        QTest::newRow("第一时间") << u"有结果会第一时间通知您"_s << fri << u"CN"_s << QStringList{u"第一时间|vague|vague"_s};

        // zh_TW: Taiwan's holidays are not in Plaint's data: weekends only
        QTest::newRow("cht sms 三個工作天內") << u"【中華電信】您好，您申訴的案件將於三個工作天內回覆。"_s << u"2021-09-30T10:00:00+08:00"_s
                                              << u"other"_s << QStringList{u"三個工作天內|2021-10-05T23:59:59+08:00|business_days"_s};
        QTest::newRow("48小時內") << u"我們會在48小時內回覆您"_s << fri << u"other"_s
                                  << QStringList{u"48小時內|2021-04-18T10:15:00+08:00|hours"_s};
        QTest::newRow("今天下午5點前") << u"今天下午5點前會有專人回電"_s << fri << u"other"_s
                                       << QStringList{u"今天下午5點前|2021-04-16T17:00:00+08:00|time_of_day"_s};
        QTest::newRow("盡快") << u"請您稍候，我們會盡快處理"_s << fri << u"other"_s << QStringList{u"盡快|vague|vague"_s};
        QTest::newRow("7個工作天內") << u"退款將在7個工作天內退回您的信用卡"_s << fri << u"other"_s
                                     << QStringList{u"7個工作天內|2021-04-27T23:59:59+08:00|business_days"_s};
        QTest::newRow("延長至6月30日") << u"已幫您延長至6月30日"_s << fri << u"other"_s
                                       << QStringList{u"延長至6月30日|2021-06-30T23:59:59+08:00|date"_s};
        QTest::newRow("十個工作日內") << u"發票將於十個工作日內寄出"_s << u"2023-03-01T09:00:00+08:00"_s << u"other"_s
                                      << QStringList{u"十個工作日內|2023-03-15T23:59:59+08:00|business_days"_s};
        QTest::newRow("明天中午12點前") << u"明天中午12點前回覆您"_s << fri << u"other"_s
                                        << QStringList{u"明天中午12點前|2021-04-17T12:00:00+08:00|time_of_day"_s};
        QTest::newRow("兩天內") << u"兩天內會有人聯繫您"_s << fri << u"other"_s
                                << QStringList{u"兩天內|2021-04-18T23:59:59+08:00|calendar_days"_s};
        QTest::newRow("晚上8點半前") << u"維修人員將於晚上8點半前到府"_s << fri << u"other"_s
                                     << QStringList{u"晚上8點半前|2021-04-16T20:30:00+08:00|time_of_day"_s};

        // en: UK, US and elsewhere
        QTest::newRow("within 24 hours BST") << u"Thanks for your patience. We will get back to you within 24 hours."_s
                                             << u"2021-04-16T10:15:00+01:00"_s << u"UK"_s << QStringList{u"within 24 hours|2021-04-17T10:15:00+01:00|hours"_s};
        QTest::newRow("2 business days over a weekend") << u"Your case will be resolved within 2 business days."_s
                                                        << u"2021-04-16T10:15:00+01:00"_s << u"UK"_s << QStringList{u"within 2 business days|2021-04-20T23:59:59+01:00|business_days"_s};
        QTest::newRow("3 working days over Easter") << u"A specialist will call you within 3 working days"_s
                                                    << u"2021-04-01T12:00:00+01:00"_s << u"UK"_s << QStringList{u"within 3 working days|2021-04-08T23:59:59+01:00|business_days"_s};
        QTest::newRow("in 7 days over the year end") << u"You should receive the refund in 7 days."_s << u"2021-12-28T09:00:00+00:00"_s
                                                     << u"UK"_s << QStringList{u"in 7 days|2022-01-04T23:59:59+00:00|calendar_days"_s};
        QTest::newRow("by 5pm") << u"We'll call you back by 5pm."_s << u"2021-04-16T10:15:00-05:00"_s << u"US"_s
                                << QStringList{u"by 5pm|2021-04-16T17:00:00-05:00|time_of_day"_s};
        QTest::newRow("by 5pm tomorrow") << u"I'll have this sorted by 5pm tomorrow, I promise"_s << u"2021-04-16T10:15:00-05:00"_s
                                         << u"US"_s << QStringList{u"by 5pm tomorrow|2021-04-17T17:00:00-05:00|time_of_day"_s};
        QTest::newRow("before April 21") << u"The engineer will visit before April 21."_s << u"2021-04-16T10:15:00-05:00"_s << u"US"_s
                                         << QStringList{u"before April 21|2021-04-21T23:59:59-05:00|date"_s};
        QTest::newRow("by 21 April") << u"We will credit your account by 21 April"_s << u"2021-04-16T10:15:00+01:00"_s << u"UK"_s
                                     << QStringList{u"by 21 April|2021-04-21T23:59:59+01:00|date"_s};
        QTest::newRow("extended to 31 May") << u"Your voucher has been extended to 31 May."_s << u"2021-04-16T10:15:00+01:00"_s
                                            << u"UK"_s << QStringList{u"extended to 31 May|2021-05-31T23:59:59+01:00|date"_s};
        QTest::newRow("by 21 April 2022") << u"Dear customer, we promise a full reply by 21 April 2022."_s << u"2021-04-16T10:15:00+01:00"_s
                                          << u"UK"_s << QStringList{u"by 21 April 2022|2022-04-21T23:59:59+01:00|date"_s};
        QTest::newRow("as soon as possible") << u"Your credit will be applied as soon as possible."_s << u"2021-04-16T10:15:00-05:00"_s
                                             << u"US"_s << QStringList{u"as soon as possible|vague|vague"_s};
        QTest::newRow("shortly") << u"Someone from our escalations team will contact you shortly."_s << u"2021-04-16T10:15:00-05:00"_s
                                 << u"US"_s << QStringList{u"shortly|vague|vague"_s};
        QTest::newRow("3-5 business days over Thanksgiving") << u"Please allow 3-5 business days for the refund to appear."_s
                                                             << u"2021-11-22T10:00:00-05:00"_s << u"US"_s << QStringList{u"allow 3-5 business days|2021-11-30T23:59:59-05:00|business_days"_s};
        QTest::newRow("2 business days over Christmas") << u"We will fix the billing error within 2 business days"_s
                                                        << u"2021-12-23T15:00:00-05:00"_s << u"US"_s << QStringList{u"within 2 business days|2021-12-28T23:59:59-05:00|business_days"_s};
        QTest::newRow("30 days over a leap February") << u"We'll respond to your dispute within 30 days"_s << u"2024-01-31T12:00:00-05:00"_s
                                                      << u"US"_s << QStringList{u"within 30 days|2024-03-01T23:59:59-05:00|calendar_days"_s};
        QTest::newRow("by noon tomorrow") << u"A technician will confirm by noon tomorrow."_s << u"2021-04-16T10:15:00-07:00"_s << u"US"_s
                                          << QStringList{u"by noon tomorrow|2021-04-17T12:00:00-07:00|time_of_day"_s};
        QTest::newRow("by next Monday") << u"You'll have the replacement SIM by next Monday"_s << u"2021-04-16T10:15:00+00:00"_s
                                        << u"other"_s << QStringList{u"by next Monday|2021-04-19T23:59:59+00:00|weekday"_s};
        QTest::newRow("next 48 hours, month end, +05:30") << u"Our team will call you in the next 48 hours."_s << u"2021-02-27T20:00:00+05:30"_s
                                                          << u"other"_s << QStringList{u"in the next 48 hours|2021-03-01T20:00:00+05:30|hours"_s};

        // Phrasings found in real messages that an earlier parser missed.
        const QString wed = u"2026-04-01T10:00:00+08:00"_s; // a Wednesday in Beijing
        QTest::newRow("次月15日前") << u"多收的费用将于次月15日前返还到您的账户"_s << wed << u"CN"_s
                                   << QStringList{u"次月15日前|2026-05-15T23:59:59+08:00|date"_s};
        QTest::newRow("本周内") << u"我们本周内给您处理好"_s << wed << u"CN"_s
                               << QStringList{u"本周内|2026-04-05T23:59:59+08:00|weekday"_s};
        QTest::newRow("下周内") << u"下周内安排师傅上门检修"_s << wed << u"CN"_s
                               << QStringList{u"下周内|2026-04-12T23:59:59+08:00|weekday"_s};
        QTest::newRow("明天给您回电") << u"工作人员明天给您回电"_s << wed << u"CN"_s
                                     << QStringList{u"明天给您回电|2026-04-02T23:59:59+08:00|time_of_day"_s};
        QTest::newRow("下周给您答复") << u"这个问题下周给您答复"_s << wed << u"CN"_s
                                     << QStringList{u"下周给您答复|2026-04-12T23:59:59+08:00|weekday"_s};
        QTest::newRow("2026-04-15前") << u"退款2026-04-15前原路退回"_s << wed << u"CN"_s
                                     << QStringList{u"2026-04-15前|2026-04-15T23:59:59+08:00|date"_s};
        QTest::newRow("5月底前, not April") << u"5月底前给您退款"_s << u"2026-04-03T10:00:00+08:00"_s << u"CN"_s
                                            << QStringList{u"5月底前|2026-05-31T23:59:59+08:00|date"_s};
        QTest::newRow("3月底前 said in April: next March") << u"3月底前给您办好"_s << u"2026-04-03T10:00:00+08:00"_s << u"CN"_s
                                                           << QStringList{u"3月底前|2027-03-31T23:59:59+08:00|date"_s};
        QTest::newRow("本週內") << u"本週內會幫您處理"_s << wed << u"other"_s
                               << QStringList{u"本週內|2026-04-05T23:59:59+08:00|weekday"_s};
        QTest::newRow("下週內") << u"新卡下週內寄出"_s << wed << u"other"_s
                               << QStringList{u"下週內|2026-04-12T23:59:59+08:00|weekday"_s};
        QTest::newRow("明天給您回電") << u"專員明天給您回電"_s << wed << u"other"_s
                                     << QStringList{u"明天給您回電|2026-04-02T23:59:59+08:00|time_of_day"_s};
        QTest::newRow("several in one SMS, all of them")
            << u"【中国移动】已为您登记，48小时内回电；代金券延期到5月31日。我们会尽快处理。"_s << u"2021-04-16T10:15:00+08:00"_s << u"CN"_s
            << QStringList{u"48小时内|2021-04-18T10:15:00+08:00|hours"_s, u"延期到5月31日|2021-05-31T23:59:59+08:00|date"_s,
                           u"尽快|vague|vague"_s};
        const QString ukWed = u"2026-04-01T10:00:00+01:00"_s;
        const QString usWed = u"2026-04-01T10:00:00-04:00"_s;
        QTest::newRow("within 48hrs") << u"We will respond within 48hrs."_s << ukWed << u"UK"_s
                                      << QStringList{u"within 48hrs|2026-04-03T10:00:00+01:00|hours"_s};
        QTest::newRow("in 24hrs") << u"Someone will call you back in 24hrs"_s << ukWed << u"UK"_s
                                  << QStringList{u"in 24hrs|2026-04-02T10:00:00+01:00|hours"_s};
        QTest::newRow("by 14/04/2026, day first in the UK") << u"We'll credit your account by 14/04/2026."_s << ukWed << u"UK"_s
                                                            << QStringList{u"by 14/04/2026|2026-04-14T23:59:59+01:00|date"_s};
        QTest::newRow("by 05/04/2026, day first in the UK") << u"We'll credit your account by 05/04/2026."_s << ukWed << u"UK"_s
                                                            << QStringList{u"by 05/04/2026|2026-04-05T23:59:59+01:00|date"_s};
        QTest::newRow("by 05/04/2026, month first in the US") << u"We'll credit your account by 05/04/2026."_s << usWed << u"US"_s
                                                              << QStringList{u"by 05/04/2026|2026-05-04T23:59:59-04:00|date"_s};
        QTest::newRow("tomorrow") << u"An engineer will call you tomorrow."_s << ukWed << u"UK"_s
                                  << QStringList{u"tomorrow|2026-04-02T23:59:59+01:00|time_of_day"_s};
        QTest::newRow("on Monday") << u"We will send the new SIM on Monday."_s << ukWed << u"UK"_s
                                   << QStringList{u"on Monday|2026-04-06T23:59:59+01:00|weekday"_s};
        QTest::newRow("by end of business Monday") << u"The refund will be processed by end of business Monday."_s << usWed << u"US"_s
                                                   << QStringList{u"by end of business Monday|2026-04-06T17:00:00-04:00|weekday"_s};
        QTest::newRow("extended through May 31") << u"Your promotional rate has been extended through May 31."_s << usWed << u"US"_s
                                                 << QStringList{u"extended through May 31|2026-05-31T23:59:59-04:00|date"_s};
        QTest::newRow("thirty (30) days") << u"We will respond to your dispute within thirty (30) days."_s << usWed << u"US"_s
                                          << QStringList{u"within thirty (30) days|2026-05-01T23:59:59-04:00|calendar_days"_s};
        QTest::newRow("on Tuesday 7 April between 8am and 1pm")
            << u"An engineer will visit on Tuesday 7 April between 8am and 1pm."_s << ukWed << u"UK"_s
            << QStringList{u"on Tuesday 7 April between 8am and 1pm|2026-04-07T13:00:00+01:00|date"_s};
        // Said on a Friday: Monday's 5pm, not Friday's (TZ=UTC here; see daylightSaving for London's clocks).
        QTest::newRow("by 5pm on Monday, said on a Friday") << u"We'll have it fixed by 5pm on Monday."_s << u"2026-03-27T10:00:00+00:00"_s
                                                            << u"UK"_s << QStringList{u"by 5pm on Monday|2026-03-30T17:00:00+00:00|weekday"_s};
        QTest::newRow("within a week") << u"The new router will be dispatched within a week"_s << u"2021-04-16T10:15:00+01:00"_s << u"UK"_s
                                       << QStringList{u"within a week|2021-04-23T23:59:59+01:00|weeks"_s};
        QTest::newRow("by end of day") << u"I'll email you the case notes by end of day"_s << u"2021-04-16T10:15:00+01:00"_s << u"UK"_s
                                       << QStringList{u"by end of day|2021-04-16T23:59:59+01:00|time_of_day"_s};
        QTest::newRow("by the end of the month") << u"The credit will show on your bill by the end of the month"_s
                                                 << u"2021-12-10T10:00:00+00:00"_s << u"UK"_s << QStringList{u"by the end of the month|2021-12-31T23:59:59+00:00|date"_s};
        QTest::newRow("within seven days, words") << u"A refund will be issued within seven days of this email."_s
                                                  << u"2021-04-16T10:15:00+01:00"_s << u"UK"_s << QStringList{u"within seven days|2021-04-23T23:59:59+01:00|calendar_days"_s};
    }

    void phrasings()
    {
        QFETCH(QString, text);
        QFETCH(QString, at);
        QFETCH(QString, jurisdiction);
        QFETCH(QStringList, expected);

        const QList<PromiseSuggestion> found = parse(text, at, jurisdiction);
        QStringList got;
        for (const PromiseSuggestion &s : found) {
            got << u"%1|%2|%3"_s.arg(s.matched, s.vague ? u"vague"_s : isoWithOffset(s.due), PromiseSuggestion::kindName(s.kind));
            QCOMPARE(text.mid(s.start, s.length), s.matched);
            QVERIFY(s.confidence > 0.0 && s.confidence <= 1.0);
            QVERIFY(!s.what.isEmpty());
            QVERIFY(!s.askedOfUser);
            QCOMPARE(s.vague, !s.due.isValid());
        }
        // The whole list, each due time with the offset it is shown in.
        QCOMPARE(got, expected);
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
        QTest::newRow("usage as of a day") << u"【中国移动】截止4月3日已使用流量5GB，剩余1GB"_s;
        QTest::newRow("usage as of a day, 截至") << u"截至4月10日您的账户余额为12.50元"_s;
        QTest::newRow("a report of Monday") << u"I called them on Monday and nobody answered"_s;
        QTest::newRow("operator footer") << u"如有疑问请拨打10086"_s;
        // Deadlines set for the user are not the company's promises.
        QTest::newRow("asked of the user: go to the shop") << u"请于4月15日前到营业厅办理"_s;
        QTest::newRow("asked of the user: pay") << u"请您在7日内缴清欠费，以免影响使用"_s;
        QTest::newRow("asked of the user: English") << u"Please pay the outstanding balance within 7 days."_s;
    }

    void noPromise()
    {
        QFETCH(QString, text);
        const auto found = parse(text, u"2021-04-16T10:15:00+08:00"_s, u"CN"_s);
        QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.first().matched));
    }

    void deadlinesAskedOfTheUserAreMarkedWhenAskedFor()
    {
        const QDateTime at = QDateTime::fromString(u"2021-04-10T10:15:00+08:00"_s, Qt::ISODate);
        const PromiseParser parser(BusinessCalendar::forJurisdiction(Jurisdiction::CN).value());
        const auto found = parser.parse(u"请于4月15日前到营业厅办理"_s, at, PromiseParser::Scope::AlsoAskedOfUser);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().askedOfUser);
        QCOMPARE(found.first().due, QDateTime::fromString(u"2021-04-15T23:59:59+08:00"_s, Qt::ISODate));
        // A promise and a request in one message: only the promise is the company's.
        const QString both = u"我们会在48小时内处理，请您在7日内缴清欠费"_s;
        QCOMPARE(parser.parse(both, at).size(), 1);
        const auto all = parser.parse(both, at, PromiseParser::Scope::AlsoAskedOfUser);
        QCOMPARE(all.size(), 2);
        QVERIFY(!all.at(0).askedOfUser);
        QVERIFY(all.at(1).askedOfUser);
        // Their politeness is still their promise.
        QVERIFY(!parser.parse(u"请放心，5月31日前一定办好"_s, at).isEmpty());
    }

    void oneDeadlineSaidTwiceIsProposedOnce()
    {
        const auto found = parse(u"我们会在48小时内给您处理，如未处理请在48小时后再次来电"_s, u"2021-04-16T10:15:00+08:00"_s, u"CN"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().matched, u"48小时内"_s);
        const auto twice = parse(u"48小时内回复您。再说一遍：48小时内回复。"_s, u"2021-04-16T10:15:00+08:00"_s, u"CN"_s);
        QCOMPARE(twice.size(), 1);
    }

    // Events carry an offset, not a zone: the computer's zone is used when it
    // gave the same offset at that moment, so London's clocks going forward on
    // 29 March 2026 move "by 5pm tomorrow" to 17:00 BST.
    void daylightSaving()
    {
        const QByteArray before = qgetenv("TZ");
        qputenv("TZ", "Europe/London");
        auto restore = qScopeGuard([&] { qputenv("TZ", before); });
        const PromiseParser parser(BusinessCalendar::forJurisdiction(Jurisdiction::UK).value());
        const QDateTime saturday = QDateTime::fromString(u"2026-03-28T10:00:00+00:00"_s, Qt::ISODate);
        auto due = [&](const QString &text, const QDateTime &at) {
            const auto found = parser.parse(text, at);
            return found.isEmpty() ? QString() : isoWithOffset(found.first().due);
        };
        QCOMPARE(due(u"We'll call you back by 5pm tomorrow."_s, saturday), u"2026-03-29T17:00:00+01:00"_s);
        QCOMPARE(due(u"We'll reply within 2 business days."_s, saturday), u"2026-03-31T23:59:59+01:00"_s);
        // Hours are exact: 48 hours from 10:00 GMT end at 11:00 BST.
        QCOMPARE(due(u"We'll reply within 48 hours."_s, saturday), u"2026-03-30T11:00:00+01:00"_s);
        QCOMPARE(due(u"We'll have it fixed by 5pm on Monday."_s, QDateTime::fromString(u"2026-03-27T10:00:00+00:00"_s, Qt::ISODate)),
                 u"2026-03-30T17:00:00+01:00"_s);
        // And back in October: 17:00 GMT.
        QCOMPARE(due(u"We'll call you back by 5pm tomorrow."_s, QDateTime::fromString(u"2026-10-24T10:00:00+01:00"_s, Qt::ISODate)),
                 u"2026-10-25T17:00:00+00:00"_s);
        // An event logged at +08:00 while the computer is in London keeps Beijing's fixed offset.
        QCOMPARE(due(u"明天下午5点前回复"_s, QDateTime::fromString(u"2026-03-28T10:00:00+08:00"_s, Qt::ISODate)),
                 u"2026-03-29T17:00:00+08:00"_s);
    }

    void approximateDueTimesStayMarkedOnceAccepted()
    {
        const PromiseParser parser(BusinessCalendar::forJurisdiction(Jurisdiction::CN).value());
        Event e;
        e.occurred = QDateTime::fromString(u"2027-01-29T10:00:00+08:00"_s, Qt::ISODate);
        e.quotes = {u"我们会在5个工作日内处理"_s};
        const auto found = parser.parse(e.quotes.first(), e.occurred);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().provisionalYears, QList<int>{2027}); // 2027's 调休 not yet announced
        QVERIFY(found.first().approximate());
        Promise p;
        p.text = u"5个工作日内处理"_s;
        p.due = found.first().due;
        QCOMPARE(parser.approximateYears(p, e), QList<int>{2027});
        // A due time the user set themselves is theirs, not Plaint's estimate.
        p.due = p.due.addDays(1);
        QVERIFY(parser.approximateYears(p, e).isEmpty());
        // Calendar days do not depend on holidays.
        Promise days;
        days.text = u"7天内处理"_s;
        days.due = QDateTime::fromString(u"2027-02-05T23:59:59+08:00"_s, Qt::ISODate);
        QVERIFY(parser.approximateYears(days, e).isEmpty());
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
