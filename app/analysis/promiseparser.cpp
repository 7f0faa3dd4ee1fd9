#include "promiseparser.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace plaint {

QString PromiseSuggestion::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Hours: return u"hours"_s;
    case Kind::CalendarDays: return u"calendar_days"_s;
    case Kind::BusinessDays: return u"business_days"_s;
    case Kind::Weeks: return u"weeks"_s;
    case Kind::Months: return u"months"_s;
    case Kind::Date: return u"date"_s;
    case Kind::TimeOfDay: return u"time_of_day"_s;
    case Kind::Weekday: return u"weekday"_s;
    case Kind::Vague: return u"vague"_s;
    }
    return {};
}

namespace {

using Kind = PromiseSuggestion::Kind;
using Match = QRegularExpressionMatch;

// Number words, as they appear in the three languages.
const QString zhNumber = u"(?:[0-9]+|[零〇一二两兩三四五六七八九十百]+)"_s;
const QString enNumber =
    u"(?:[0-9]+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    "|eighteen|nineteen|a|an)"_s;
const QString enMonth =
    u"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"_s;
const QString enWeekday = u"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"_s;
// A time of day in Chinese: 晚上9点, 下午5點半, 18:00, 10点30分.
const QString zhTime =
    u"(?<period>上午|早上|早晨|中午|下午|晚上|傍晚|凌晨|夜里|夜裡)?\\s*(?<h>[0-9]{1,2}|[零〇一二两兩三四五六七八九十]+)\\s*(?:点|點|时|時|:)\\s*"
    "(?:(?<half>半)|(?<min>[0-9]{2}|[零〇一二三四五六七八九十]+)\\s*分?)?"_s;
const QString zhDeadlineAfter = u"(?<post>之前|以前|前|为止|為止|截止)"_s;

QRegularExpression regex(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
}

// Full-width digits, letters and punctuation as ASCII, one character for one,
// so spans found in the folded text are spans of the original.
QString fold(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = u' ';
    }
    return folded;
}

int monthFromName(const QString &name)
{
    static const QStringList months{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                    u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

int weekdayFromName(const QString &name)
{
    static const QStringList en{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
    static const QString zh = u"一二三四五六"_s;
    if (name == u"日" || name == u"天")
        return 7;
    if (const qsizetype i = zh.indexOf(name); i >= 0 && name.size() == 1)
        return int(i) + 1;
    return int(en.indexOf(name.left(3).toLower())) + 1;
}

// The next date with this month and day on or after `from` (a 29 February
// without a year is the next leap day).
QDate nextDate(const QDate &from, int month, int day)
{
    for (int year = from.year(); year <= from.year() + 8; ++year) {
        const QDate candidate(year, month, day);
        if (candidate.isValid() && candidate >= from)
            return candidate;
    }
    return {};
}

// 下午/晚上 move a 12-hour reading into the afternoon.
int hourIn24(int hour, const QString &period)
{
    static const QStringList afternoon{u"下午"_s, u"晚上"_s, u"傍晚"_s, u"夜里"_s, u"夜裡"_s};
    if (afternoon.contains(period) && hour < 12)
        return hour + 12;
    if (period == u"中午" && hour < 3)
        return hour + 12;
    return hour;
}

int hourFromAmPm(int hour, const QString &ampm)
{
    const QString marker = ampm.toLower().remove(u'.');
    if (marker == u"pm" && hour < 12)
        return hour + 12;
    if (marker == u"am" && hour == 12)
        return 0;
    return hour;
}

// The words of the clause that holds position `at`, up to it: "如未处理请在" for
// "…，如未处理请在48小时后再次来电".
QString clauseBefore(const QString &text, qsizetype at)
{
    static const QString stops = u"。！？!?；;\n，,：:"_s;
    qsizetype from = at;
    while (from > 0 && !stops.contains(text.at(from - 1)))
        --from;
    return text.mid(from, at - from);
}

// The clause asks something of the user ("请于…前到营业厅办理", "please pay
// within 7 days"), as opposed to the company undertaking it. "请放心" and
// "please allow 3-5 days" are the company's politeness, not a request.
bool asksTheUser(const QString &clause)
{
    static const QRegularExpression demand(
        u"(?:请|請|麻烦您|麻煩您|务必|務必|您需|需要您|您须|您須|需您)(?!您?(?:放心|耐心|稍候|稍等|留意|注意查收|查收))"
        "|\\bplease\\b(?!\\s+(?:allow|expect|note|be\\s+assured|bear\\s+with))|\\bkindly\\b"
        "|\\byou\\s+(?:must|need\\s+to|have\\s+to)\\b|\\byou(?:'ll|\\s+will)\\s+need\\s+to\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return demand.match(clause).hasMatch();
}

// The sentence speaks of the future: "on Monday" is a promise in "we will
// call you on Monday", a report in "I called on Monday".
bool speaksOfTheFuture(const QString &sentence)
{
    static const QRegularExpression future(
        u"\\b(?:will|shall|going\\s+to|scheduled|booked|arranged|expect(?:ed)?|due)\\b|'ll\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return future.match(sentence).hasMatch();
}

// The day `weekday` (1 = Monday) falls on, on or after `today`; "next" means
// that day in the coming week.
QDate weekdayFrom(const QDate &today, int weekday, bool next)
{
    if (next)
        return today.addDays(7 - today.dayOfWeek() + weekday);
    return today.addDays((weekday - today.dayOfWeek() + 7) % 7);
}

QString sentenceAround(const QString &text, qsizetype start, qsizetype end)
{
    static const QString stops = u"。！？!?；;\n"_s;
    qsizetype from = start;
    while (from > 0 && !stops.contains(text.at(from - 1))
           && !(text.at(from - 1) == u' ' && from > 1 && text.at(from - 2) == u'.'))
        --from;
    qsizetype to = end;
    while (to < text.size() && !stops.contains(text.at(to)) && !(text.at(to) == u'.' && (to + 1 == text.size() || text.at(to + 1).isSpace())))
        ++to;
    QString sentence = text.mid(from, to - from).trimmed();
    // Operator SMS open with the sender in brackets: 【中国移动】.
    static const QRegularExpression sender(u"^【[^】]{1,20}】"_s);
    sentence.remove(sender);
    return sentence.trimmed();
}

} // namespace

PromiseParser::PromiseParser(BusinessCalendar calendar) : m_deadlines(std::move(calendar)) {}

std::optional<int> PromiseParser::parseNumber(const QString &input)
{
    const QString text = fold(input).trimmed().toLower();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok)
        return value;
    static const QHash<QString, int> words{
        {u"a"_s, 1}, {u"an"_s, 1}, {u"one"_s, 1}, {u"two"_s, 2}, {u"three"_s, 3}, {u"four"_s, 4}, {u"five"_s, 5},
        {u"six"_s, 6}, {u"seven"_s, 7}, {u"eight"_s, 8}, {u"nine"_s, 9}, {u"ten"_s, 10}, {u"eleven"_s, 11},
        {u"twelve"_s, 12}, {u"thirteen"_s, 13}, {u"fourteen"_s, 14}, {u"fifteen"_s, 15}, {u"sixteen"_s, 16},
        {u"seventeen"_s, 17}, {u"eighteen"_s, 18}, {u"nineteen"_s, 19}, {u"twenty"_s, 20}, {u"thirty"_s, 30},
        {u"forty"_s, 40}, {u"fifty"_s, 50}, {u"sixty"_s, 60}, {u"seventy"_s, 70}, {u"eighty"_s, 80}, {u"ninety"_s, 90}};
    if (text.at(0).isLetter() && text.at(0).unicode() < 0x80) {
        int total = 0;
        static const QRegularExpression separators(u"[- ]+"_s);
        for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
            if (!words.contains(part))
                return std::nullopt;
            total += words.value(part);
        }
        return total;
    }
    static const QString digits = u"零一二三四五六七八九"_s;
    int total = 0;
    int current = 0;
    for (const QChar c : text) {
        if (c == u'〇') {
            current = 0;
        } else if (c == u'两' || c == u'兩') {
            current = 2;
        } else if (const qsizetype d = digits.indexOf(c); d >= 0) {
            current = int(d);
        } else if (c == u'十') {
            total += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else if (c == u'百') {
            total += (current == 0 ? 1 : current) * 100;
            current = 0;
        } else {
            return std::nullopt;
        }
    }
    return total + current;
}

QList<PromiseSuggestion> PromiseParser::parse(const QString &original, const QDateTime &saidAt, Scope scope) const
{
    QList<PromiseSuggestion> found;
    if (!saidAt.isValid() || original.trimmed().isEmpty())
        return found;
    const QString text = fold(original);
    const QTimeZone zone = DeadlineCalculator::zoneFor(saidAt);
    const QDateTime said = DeadlineCalculator::inZone(saidAt, zone);
    const QDate today = said.date();
    const bool monthFirst = m_deadlines.calendar().jurisdiction() == u"US";

    auto overlaps = [&](qsizetype start, qsizetype end) {
        for (const PromiseSuggestion &s : std::as_const(found)) {
            if (start < s.start + s.length && s.start < end)
                return true;
        }
        return false;
    };
    auto add = [&](const Match &m, Kind kind, const QDateTime &due, double confidence) {
        PromiseSuggestion s;
        s.start = m.capturedStart(0);
        s.length = m.capturedLength(0);
        // Leading blanks are not part of the words.
        while (s.length > 0 && text.at(s.start).isSpace()) {
            ++s.start;
            --s.length;
        }
        // A full stop after "5pm" or "21 April" ends the sentence, not the match.
        while (s.length > 1 && (text.at(s.start + s.length - 1) == u'.' || text.at(s.start + s.length - 1) == u',')
               && (s.start + s.length == text.size() || text.at(s.start + s.length).isSpace()))
            --s.length;
        s.matched = original.mid(s.start, s.length);
        s.what = sentenceAround(original, s.start, s.start + s.length);
        s.kind = kind;
        s.vague = kind == Kind::Vague;
        s.due = due;
        s.confidence = confidence;
        s.askedOfUser = asksTheUser(clauseBefore(text, s.start) + text.mid(s.start, s.length));
        found << s;
        return &found.last();
    };
    // Runs one pattern over the text, skipping words an earlier pattern claimed.
    auto scan = [&](const QRegularExpression &re, const std::function<void(const Match &)> &handle) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const Match m = it.next();
            if (m.capturedLength(0) == 0 || overlaps(m.capturedStart(0), m.capturedEnd(0)))
                continue;
            handle(m);
        }
    };
    auto number = [](const Match &m, const QString &name) { return parseNumber(m.captured(name)).value_or(-1); };
    // The clock time of a match's h/min/half groups (with 下午 or pm applied).
    auto clock = [&](const Match &m, bool english) -> QTime {
        int hour = number(m, u"h"_s);
        int minute = m.captured(u"half"_s).isEmpty() ? 0 : 30;
        if (!m.captured(u"min"_s).isEmpty())
            minute = number(m, u"min"_s);
        hour = english ? hourFromAmPm(hour, m.captured(u"ampm"_s)) : hourIn24(hour, m.captured(u"period"_s));
        if (hour == 24 && minute == 0)
            return QTime(23, 59, 59);
        return QTime(hour, minute);
    };
    auto relative = [&](Kind kind, int n) -> QDateTime {
        switch (kind) {
        case Kind::Hours: return m_deadlines.addHours(said, n);
        case Kind::BusinessDays: return m_deadlines.addBusinessDays(said, n);
        case Kind::Weeks: return m_deadlines.addCalendarDays(said, qint64(n) * 7);
        case Kind::Months: return m_deadlines.addMonths(said, n);
        default: return m_deadlines.addCalendarDays(said, n);
        }
    };
    auto addRelative = [&](const Match &m, Kind kind, int n, double confidence) {
        if (n <= 0 || n > 1000)
            return;
        PromiseSuggestion *s = add(m, kind, relative(kind, n), confidence);
        if (kind == Kind::BusinessDays) {
            s->yearsWithoutHolidayData = m_deadlines.yearsWithoutData(today, s->due.date());
            s->provisionalYears = m_deadlines.provisionalYears(today, s->due.date());
        }
    };
    auto dayWord = [](const QString &word) {
        if (word.startsWith(u"明") || word == u"tomorrow")
            return 1;
        if (word.startsWith(u"后") || word.startsWith(u"後"))
            return 2;
        return 0;
    };

    // 1. Dates: "到5月31日", "5月31日前", "2021年4月21日18点前", "延期到5月31号".
    static const QRegularExpression zhDate = regex(
        u"(?<pre>延期到|延期至|延长到|延长至|延長到|延長至|顺延到|顺延至|順延到|順延至|推迟到|推遲到|截至|截止到|截止|到|至|于|於|在)?\\s*"
        "(?:(?<y>[0-9]{4})\\s*年\\s*)?(?<m>[0-9]{1,2}|[一二三四五六七八九十]{1,2})\\s*月\\s*(?<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*(?:日|号|號)"
        "(?:\\s*(?:" % zhTime % u"))?\\s*" % zhDeadlineAfter % u"?"_s);
    auto zhDateFound = [&](const Match &m) {
        const QString pre = m.captured(u"pre"_s);
        const bool marked = !m.captured(u"post"_s).isEmpty() || (!pre.isEmpty() && pre != u"于" && pre != u"於" && pre != u"在");
        if (!marked)
            return;
        const int month = number(m, u"m"_s);
        const int day = number(m, u"d"_s);
        // "截止4月3日已使用流量5GB": a statement as of a day, not a deadline.
        if (pre.startsWith(u"截") || m.captured(u"post"_s).startsWith(u"截")) {
            static const QRegularExpression asOf(u"^\\s*(?:您|你)?(?:已|共|累计|累計|剩余|剩餘|使用|用了|消费|消費|余额|餘額|的)"_s);
            if (asOf.match(text.mid(m.capturedEnd(0))).hasMatch())
                return;
            if (m.captured(u"y"_s).isEmpty() && QDate(today.year(), month, day).isValid() && QDate(today.year(), month, day) < today)
                return;
        }
        const QDate date = m.captured(u"y"_s).isEmpty() ? nextDate(today, month, day)
                                                        : QDate(m.captured(u"y"_s).toInt(), month, day);
        if (!date.isValid())
            return;
        const QTime time = m.captured(u"h"_s).isEmpty() ? QTime() : clock(m, false);
        if (!m.captured(u"h"_s).isEmpty() && !time.isValid())
            return;
        add(m, Kind::Date, time.isValid() ? DeadlineCalculator::atTime(date, time, zone)
                                          : DeadlineCalculator::endOfDay(date, zone), 0.9);
    };
    scan(zhDate, zhDateFound);
    // "2026-04-15前", "2026/4/15之前"
    static const QRegularExpression zhIsoDate = regex(
        u"(?<pre>延期到|延期至|延长到|延长至|延長到|延長至|顺延到|顺延至|順延到|順延至|截至|截止到|截止|到|至)?\\s*"
        "(?<y>[0-9]{4})[-/.](?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2})(?![0-9])\\s*(?:日|号|號)?"
        "(?:\\s*(?:" % zhTime % u"))?\\s*" % zhDeadlineAfter % u"?"_s);
    scan(zhIsoDate, zhDateFound);
    // "on Tuesday 7 April between 8am and 1pm": due when the window closes.
    static const QRegularExpression enAppointment = regex(
        u"\\b(?:on\\s+)?(?:" % enWeekday % u",?\\s+)?(?:the\\s+)?(?:(?<d1>[0-9]{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m1>" % enMonth
        % u")\\b\\.?|(?<m2>" % enMonth % u")\\.?\\s+(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?\\b)(?:,?\\s+(?<y>[0-9]{4}))?,?\\s+"
        "(?:between|from)\\s+[0-9]{1,2}(?::[0-9]{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?\\s*(?:and|to|-|–)\\s*"
        "(?<h>[0-9]{1,2})(?::(?<min>[0-9]{2}))?\\s*(?<ampm>a\\.?m\\.?|p\\.?m\\.?)"_s);
    scan(enAppointment, [&](const Match &m) {
        const int month = monthFromName(QString(m.captured(u"m1"_s) + m.captured(u"m2"_s)));
        const int day = QString(m.captured(u"d1"_s) + m.captured(u"d2"_s)).toInt();
        const QDate date = m.captured(u"y"_s).isEmpty() ? nextDate(today, month, day) : QDate(m.captured(u"y"_s).toInt(), month, day);
        const QTime time = clock(m, true);
        if (date.isValid() && time.isValid())
            add(m, Kind::Date, DeadlineCalculator::atTime(date, time, zone), 0.9);
    });
    static const QRegularExpression enDate = regex(
        u"\\b(?<pre>by|before|until|till|no later than|not later than|on or before|extended (?:to|until|till|through|thru)|valid (?:until|till|through|thru)"
        "|through|thru|deadline is|due(?: on| by)?|on)\\s+"
        "(?:(?:the\\s+)?end of\\s+)?(?:" % enWeekday % u",?\\s+)?(?:the\\s+)?"
        "(?:(?<iso>[0-9]{4}-[0-9]{2}-[0-9]{2})|(?<n1>[0-9]{1,2})/(?<n2>[0-9]{1,2})/(?<ny>[0-9]{4})|(?<d1>[0-9]{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m1>" % enMonth % u")\\b\\.?"
        "|(?<m2>" % enMonth % u")\\.?\\s+(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?\\b)(?:,?\\s+(?<y>[0-9]{4}))?"
        "(?:,?\\s*(?:at\\s+|by\\s+)?(?<h>[0-9]{1,2})(?::(?<min>[0-9]{2}))?\\s*(?<ampm>a\\.?m\\.?|p\\.?m\\.?))?"_s);
    scan(enDate, [&](const Match &m) {
        // "on 7 April" promises only in a sentence about what will happen.
        if (m.captured(u"pre"_s).toLower() == u"on" && !speaksOfTheFuture(sentenceAround(text, m.capturedStart(0), m.capturedEnd(0))))
            return;
        QDate date;
        if (!m.captured(u"iso"_s).isEmpty()) {
            date = QDate::fromString(m.captured(u"iso"_s), Qt::ISODate);
        } else if (!m.captured(u"ny"_s).isEmpty()) {
            // 14/04/2026: day first in the UK and most of the world, month first in the US;
            // a number above 12 settles it either way.
            const int a = m.captured(u"n1"_s).toInt();
            const int b = m.captured(u"n2"_s).toInt();
            const bool dayFirst = a > 12 || (b <= 12 && !monthFirst);
            date = QDate(m.captured(u"ny"_s).toInt(), dayFirst ? b : a, dayFirst ? a : b);
        } else {
            const int month = monthFromName(QString(m.captured(u"m1"_s) + m.captured(u"m2"_s)));
            const int day = QString(m.captured(u"d1"_s) + m.captured(u"d2"_s)).toInt();
            date = m.captured(u"y"_s).isEmpty() ? nextDate(today, month, day) : QDate(m.captured(u"y"_s).toInt(), month, day);
        }
        if (!date.isValid())
            return;
        const QTime time = m.captured(u"h"_s).isEmpty() ? QTime() : clock(m, true);
        add(m, Kind::Date, time.isValid() ? DeadlineCalculator::atTime(date, time, zone)
                                          : DeadlineCalculator::endOfDay(date, zone), 0.9);
    });

    // Dates in this or next month: "本月25日前", "下个月5号之前", "月底前", "by the end of the month".
    auto monthStart = [&](const QString &which) {
        const QDate first(today.year(), today.month(), 1);
        return which.startsWith(u"下") || which == u"次月" || which.toLower() == u"next" ? first.addMonths(1) : first;
    };
    static const QRegularExpression zhMonthDay = regex(
        u"(?<pre>延期到|延期至|延长到|延长至|延長到|延長至|截至|截止到|截止|到|至)?\\s*(?<which>本月|这个月|這個月|下月|下个月|下個月|次月)\\s*"
        "(?<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*(?:日|号|號)\\s*" % zhDeadlineAfter % u"?"_s);
    scan(zhMonthDay, [&](const Match &m) {
        if (m.captured(u"pre"_s).isEmpty() && m.captured(u"post"_s).isEmpty())
            return;
        const QDate first = monthStart(m.captured(u"which"_s));
        const QDate date(first.year(), first.month(), number(m, u"d"_s));
        if (date.isValid())
            add(m, Kind::Date, DeadlineCalculator::endOfDay(date, zone), 0.9);
    });
    static const QRegularExpression monthEnd = regex(
        u"(?:(?<which>本月|这个月|這個月|下月|下个月|下個月|次月)|(?<m>[0-9]{1,2}|[一二三四五六七八九十]{1,2})\\s*(?=月底|月末))?\\s*(?:月底|月末)(?:之前|以前|前)?"
        "|\\b(?:by|before|until)\\s+(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+|(?<which2>next)\\s+)?month\\b"_s);
    scan(monthEnd, [&](const Match &m) {
        QDate first = monthStart(m.captured(u"which"_s) + m.captured(u"which2"_s));
        if (!m.captured(u"m"_s).isEmpty()) {
            // "5月底前": that month's end, this year or, once past, next year.
            const int month = number(m, u"m"_s);
            if (month < 1 || month > 12)
                return;
            first = QDate(today.year(), month, 1);
            if (first.addDays(first.daysInMonth() - 1) < today)
                first = first.addYears(1);
        }
        add(m, Kind::Date, DeadlineCalculator::endOfDay(first.addDays(first.daysInMonth() - 1), zone), 0.8);
    });

    // 2. Relative durations: "48小时内", "3-5个工作日", "三個工作天內", "7天后", "一个月内".
    static const QRegularExpression zhRelative = regex(
        u"(?<n1>" % zhNumber % u")(?:\\s*(?:-|~|至|到)\\s*(?<n2>" % zhNumber % u"))?\\s*(?<ge>个|個)?\\s*"
        "(?<unit>小时|小時|钟头|鐘頭|工作日|工作天|营业日|營業日|天|日|周|週|星期|礼拜|禮拜|月)"
        "(?<after>之内|之內|以内|以內|内|內|之后|之後|以后|以後|后|後)?"_s);
    static const QRegularExpression zhExtend = regex(u"(?:延期|延长|延長|顺延|順延|展期)了?\\s*$"_s);
    scan(zhRelative, [&](const Match &m) {
        const QString unit = m.captured(u"unit"_s);
        const bool extension = zhExtend.match(text.left(m.capturedStart(0))).hasMatch();
        if (m.captured(u"after"_s).isEmpty() && !extension && !m.hasCaptured(u"n2"_s))
            return;
        if (unit == u"月" && m.captured(u"ge"_s).isEmpty())
            return; // "5月" is a month name, not a duration
        const bool range = !m.captured(u"n2"_s).isEmpty();
        const int n = number(m, range ? u"n2"_s : u"n1"_s); // a range promises its upper end
        Kind kind = Kind::CalendarDays;
        if (unit.contains(u"小") || unit.startsWith(u"钟") || unit.startsWith(u"鐘"))
            kind = Kind::Hours;
        else if (unit.startsWith(u"工作") || unit.startsWith(u"营") || unit.startsWith(u"營"))
            kind = Kind::BusinessDays;
        else if (unit == u"月")
            kind = Kind::Months;
        else if (unit != u"天" && unit != u"日")
            kind = Kind::Weeks;
        addRelative(m, kind, n, range ? 0.7 : 0.9);
    });
    static const QRegularExpression enRelative = regex(
        u"\\b(?<prep>within|in|in the next|over the next|inside of|during the next|after|allow(?: up to)?|takes?(?: up to)?|up to)\\s+"
        "(?:the\\s+next\\s+)?(?<n1>" % enNumber % u")(?:\\s*\\(\\s*[0-9]+\\s*\\))?(?:\\s*(?:-|–|to)\\s*(?<n2>" % enNumber % u"))?\\s*"
        "(?<biz>business\\s+|working\\s+)?(?<unit>hours?|hrs?|days?|weeks?|months?)\\b"_s);
    scan(enRelative, [&](const Match &m) {
        const QString unit = m.captured(u"unit"_s).toLower();
        const bool range = !m.captured(u"n2"_s).isEmpty();
        const int n = number(m, range ? u"n2"_s : u"n1"_s);
        Kind kind = Kind::CalendarDays;
        if (unit.startsWith(u'h'))
            kind = Kind::Hours;
        else if (unit.startsWith(u'w'))
            kind = Kind::Weeks;
        else if (unit.startsWith(u'm'))
            kind = Kind::Months;
        else if (!m.captured(u"biz"_s).isEmpty())
            kind = Kind::BusinessDays;
        addRelative(m, kind, n, range ? 0.7 : 0.9);
    });
    static const QRegularExpression enExtend = regex(
        u"\\bextend(?:ed|ing)?\\b[^.;!?\\n]{0,40}?\\bby\\s+(?<n1>" % enNumber % u")\\s+(?<unit>days?|weeks?|months?)\\b"_s);
    scan(enExtend, [&](const Match &m) {
        const QString unit = m.captured(u"unit"_s).toLower();
        const Kind kind = unit.startsWith(u'w') ? Kind::Weeks : unit.startsWith(u'm') ? Kind::Months : Kind::CalendarDays;
        addRelative(m, kind, number(m, u"n1"_s), 0.8);
    });

    // 3. Times of day: "晚上9点前", "今天下午5點前", "明天上午10点", "by 5pm", "by noon tomorrow".
    static const QRegularExpression zhClock = regex(
        u"(?<day>今天|今日|今晚|明天|明日|明早|明晚|后天|後天)?\\s*" % zhTime % u"\\s*" % zhDeadlineAfter % u"?"_s);
    scan(zhClock, [&](const Match &m) {
        const QString day = m.captured(u"day"_s);
        const bool marked = !m.captured(u"post"_s).isEmpty();
        if (!marked && day.isEmpty() && m.captured(u"period"_s).isEmpty())
            return; // a bare "9点" is too often a past time

        QString period = m.captured(u"period"_s);
        if (period.isEmpty() && (day == u"今晚" || day == u"明晚"))
            period = u"晚上"_s;
        int hour = hourIn24(number(m, u"h"_s), period);
        int minute = m.captured(u"half"_s).isEmpty() ? 0 : 30;
        if (!m.captured(u"min"_s).isEmpty())
            minute = number(m, u"min"_s);
        const QTime time = hour == 24 ? QTime(23, 59, 59) : QTime(hour, minute);
        if (!time.isValid())
            return;
        QDateTime due = DeadlineCalculator::atTime(today.addDays(dayWord(day)), time, zone);
        if (day.isEmpty() && due <= said) // "before 9" said at ten at night means tomorrow
            due = DeadlineCalculator::atTime(today.addDays(1), time, zone);
        add(m, Kind::TimeOfDay, due, marked ? 0.9 : day.isEmpty() ? 0.6 : 0.7);
    });
    static const QRegularExpression zhDay = regex(
        u"(?<day>今天|今日|明天|明日|后天|後天)(?<until>之内|之內|以内|以內|内|內|下班前|之前|前)"_s);
    scan(zhDay, [&](const Match &m) {
        const QDate date = today.addDays(dayWord(m.captured(u"day"_s)));
        const QDateTime due = m.captured(u"until"_s) == u"下班前" ? DeadlineCalculator::atTime(date, QTime(18, 0), zone)
                                                                  : DeadlineCalculator::endOfDay(date, zone);
        add(m, Kind::TimeOfDay, due, 0.8);
    });
    // "明天给您回电", "後天給您答覆": the day, without a "before".
    static const QRegularExpression zhDayAction = regex(
        u"(?<day>明天|明日|后天|後天)\\s*(?:会|會|将|將|就|再)?\\s*(?:给您|給您|为您|為您|帮您|幫您|跟您|和您)?\\s*"
        "(?:回电|回電|回复|回覆|答复|答覆|联系|聯繫|聯絡|处理|處理|办理|辦理|到账|到帳|上门|上門|寄出|送达|送達)"_s);
    scan(zhDayAction, [&](const Match &m) {
        add(m, Kind::TimeOfDay, DeadlineCalculator::endOfDay(today.addDays(dayWord(m.captured(u"day"_s))), zone), 0.7);
    });
    // "本周内", "下週內", "下周给您答复": by the end of that week (Sunday; weeks start on Monday).
    static const QRegularExpression zhWeek = regex(
        u"(?<which>本周|本週|这周|這週|这个星期|這個星期|下周|下週|下个星期|下個星期)"
        "(?:(?:之内|之內|以内|以內|内|內)|\\s*(?:会|會|将|將|再)?\\s*(?:给您|給您|为您|為您|帮您|幫您)?\\s*"
        "(?:回电|回電|回复|回覆|答复|答覆|联系|聯繫|聯絡|处理|處理|办理|辦理|到账|到帳|上门|上門|寄出))"_s);
    scan(zhWeek, [&](const Match &m) {
        const bool next = m.captured(u"which"_s).startsWith(u"下");
        const QDate sunday = today.addDays(7 - today.dayOfWeek() + (next ? 7 : 0));
        add(m, Kind::Weekday, DeadlineCalculator::endOfDay(sunday, zone), 0.8);
    });
    static const QRegularExpression enClock = regex(
        u"\\b(?<prep>by|before|until|no later than|not later than)\\s+(?:(?<day1>today|tomorrow|tonight)\\s+(?:at\\s+)?)?"
        "(?:(?<h>[0-9]{1,2})(?::(?<min>[0-9]{2}))?\\s*(?<ampm>a\\.?m\\.?|p\\.?m\\.?)|(?:the\\s+)?(?<word>noon|midday|midnight|close of business|cob"
        "|end of business(?: day)?|end of (?:the )?day|eod))"
        "(?:\\s+(?<day2>today|tomorrow|tonight)|,?\\s+(?:on\\s+)?(?:(?<next>next)\\s+|this\\s+)?(?<wd>" % enWeekday % u")\\b)?"_s);
    scan(enClock, [&](const Match &m) {
        const QString day = QString(m.captured(u"day1"_s) + m.captured(u"day2"_s)).toLower();
        const int wd = m.captured(u"wd"_s).isEmpty() ? 0 : weekdayFromName(m.captured(u"wd"_s));
        const QString word = m.captured(u"word"_s).toLower();
        QTime time;
        if (word.isEmpty())
            time = clock(m, true);
        else if (word == u"noon" || word == u"midday")
            time = QTime(12, 0);
        else if (word == u"close of business" || word == u"cob" || word.startsWith(u"end of business"))
            time = QTime(17, 0);
        else
            time = QTime(23, 59, 59);
        if (!time.isValid())
            return;
        if (wd > 0) {
            // "by 5pm on Monday": that day's 5pm, next week's when today's has passed.
            const bool next = !m.captured(u"next"_s).isEmpty();
            QDate date = weekdayFrom(today, wd, next);
            if (!next && DeadlineCalculator::atTime(date, time, zone) <= said)
                date = date.addDays(7);
            add(m, Kind::Weekday, DeadlineCalculator::atTime(date, time, zone), 0.9);
            return;
        }
        QDateTime due = DeadlineCalculator::atTime(today.addDays(dayWord(day)), time, zone);
        if (day.isEmpty() && due <= said)
            due = DeadlineCalculator::atTime(today.addDays(1), time, zone);
        add(m, Kind::TimeOfDay, due, 0.9);
    });
    static const QRegularExpression enDay = regex(
        u"\\b(?:by|before|until)\\s+(?:the\\s+end\\s+of\\s+)?(?<day>today|tomorrow|tonight)\\b"_s);
    scan(enDay, [&](const Match &m) {
        add(m, Kind::TimeOfDay,
            DeadlineCalculator::endOfDay(today.addDays(dayWord(m.captured(u"day"_s).toLower())), zone), 0.8);
    });

    // 4. Weekdays: "下周一前", "周五之前", "by Friday", "by next Monday".
    static const QRegularExpression zhWeekday = regex(
        u"(?<next>下个|下個|下)?(?:周|週|星期|礼拜|禮拜)(?<wd>[一二三四五六日天])(?:之前|以前|前|之内|之內|内|內|为止|為止)"_s);
    static const QRegularExpression enWeekdayRe = regex(
        u"\\b(?:by|before|until|no later than)\\s+(?:(?<next>next)\\s+|this\\s+)?(?<wd>" % enWeekday % u")\\b"_s);
    auto weekday = [&](const Match &m) {
        const int wd = weekdayFromName(m.captured(u"wd"_s));
        if (wd < 1)
            return;
        const QDate date = weekdayFrom(today, wd, !m.captured(u"next"_s).isEmpty());
        add(m, Kind::Weekday, DeadlineCalculator::endOfDay(date, zone), 0.8);
    };
    scan(zhWeekday, weekday);
    scan(enWeekdayRe, weekday);
    // "we'll call you on Monday": in a sentence about what will happen, that coming day.
    static const QRegularExpression enOnWeekday = regex(
        u"\\bon\\s+(?:(?<next>next)\\s+|this\\s+)?(?<wd>" % enWeekday % u")\\b"_s);
    scan(enOnWeekday, [&](const Match &m) {
        if (!speaksOfTheFuture(sentenceAround(text, m.capturedStart(0), m.capturedEnd(0))))
            return;
        const int wd = weekdayFromName(m.captured(u"wd"_s));
        QDate date = weekdayFrom(today, wd, !m.captured(u"next"_s).isEmpty());
        if (date == today && m.captured(u"next"_s).isEmpty())
            date = date.addDays(7); // "on Friday" said on a Friday means next week's
        add(m, Kind::Weekday, DeadlineCalculator::endOfDay(date, zone), 0.7);
    });
    // "An engineer will call you tomorrow."
    static const QRegularExpression enTomorrow = regex(u"\\btomorrow\\b"_s);
    scan(enTomorrow, [&](const Match &m) {
        add(m, Kind::TimeOfDay, DeadlineCalculator::endOfDay(today.addDays(1), zone), 0.6);
    });

    // 5. Vague words: flagged, with no date. Dropped where the same sentence gave a date.
    static const QRegularExpression zhVague = regex(
        u"尽快|盡快|儘快|尽早|盡早|尽速|盡速|稍后|稍後|近期|抓紧|抓緊|第一时间|第一時間|马上|馬上"_s);
    static const QRegularExpression enVague = regex(
        u"\\b(?:as soon as (?:possible|we can)|asap|as quickly as (?:possible|we can)|at the earliest opportunity|in due course|shortly|right away|promptly|soon)\\b"_s);
    const qsizetype dated = found.size();
    auto vague = [&](const Match &m) {
        const QString sentence = sentenceAround(original, m.capturedStart(0), m.capturedEnd(0));
        for (qsizetype i = 0; i < dated; ++i) {
            if (found.at(i).what == sentence)
                return;
        }
        for (qsizetype i = dated; i < found.size(); ++i) {
            if (found.at(i).what == sentence)
                return; // one vague promise per sentence
        }
        add(m, Kind::Vague, QDateTime(), 0.4);
    };
    scan(zhVague, vague);
    scan(enVague, vague);

    std::sort(found.begin(), found.end(),
              [](const PromiseSuggestion &a, const PromiseSuggestion &b) { return a.start < b.start; });
    QList<PromiseSuggestion> kept;
    for (const PromiseSuggestion &s : std::as_const(found)) {
        if (s.askedOfUser && scope == Scope::CompanyPromises)
            continue;
        // "48小时内…如未处理请在48小时后再次来电": one deadline, said twice.
        const bool again = !s.vague && std::any_of(kept.cbegin(), kept.cend(), [&](const PromiseSuggestion &k) {
            return !k.vague && k.due == s.due && k.askedOfUser == s.askedOfUser;
        });
        if (!again)
            kept << s;
    }
    return kept;
}

QList<int> PromiseParser::approximateYears(const Promise &promise, const Event &event) const
{
    if (!promise.due.isValid())
        return {};
    QStringList texts{promise.text};
    texts << event.quotes << event.summary << event.outcome;
    for (const QString &text : std::as_const(texts)) {
        for (const PromiseSuggestion &s : parse(text, event.occurred, Scope::AlsoAskedOfUser)) {
            if (s.due == promise.due && s.approximate()) {
                QList<int> years = s.yearsWithoutHolidayData + s.provisionalYears;
                std::sort(years.begin(), years.end());
                return years;
            }
        }
    }
    return {};
}

} // namespace plaint
