#include "transcriptimporter.h"

#include "backupxml.h"
#include "eventenricher.h"
#include "sha256.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

constexpr auto kOptions = QRegularExpression::UseUnicodePropertiesOption;

// A date and/or a time of day, as chat and SMS apps write them.
const QString kStamp =
    uR"((?:(?:(?<y>\d{4})\s*[-/.年]\s*(?<mo>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})(?!\d)\s*[日号號]?)"
    uR"(|(?<mo2>\d{1,2})\s*月\s*(?<d2>\d{1,2})\s*[日号號])"
    uR"(|(?<rel>今天|昨天|前天|[Tt]oday|[Yy]esterday)))"
    uR"((?:\s*[(（]?(?:星期|周|週|禮拜|礼拜)[一二三四五六日天][)）]?)?)"
    uR"((?:\s*T?\s*(?<period>上午|下午|中午|晚上|凌晨|早上|早晨|傍晚)?\s*(?<h>\d{1,2})\s*[:：]\s*(?<mi>\d{2})(?!\d))"
    uR"((?:\s*[:：]\s*(?<s>\d{2})(?!\d))?(?:\s*(?<ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?)"
    uR"(|(?<period2>上午|下午|中午|晚上|凌晨|早上|早晨|傍晚)?\s*(?<h2>\d{1,2})\s*[:：]\s*(?<mi2>\d{2})(?!\d))"
    uR"((?:\s*[:：]\s*(?<s2>\d{2})(?!\d))?(?:\s*(?<ampm2>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?))"_s;
const QString kOpen = uR"([\[【(（<])"_s;
const QString kClose = uR"([\]】)）>])"_s;
const QString kRule = uR"([-—–=*·\s]*)"_s;

// The shapes a header line has; each must match the whole line.
const QRegularExpression &alone()
{
    static const QRegularExpression r(u"^"_s + kRule + kOpen + u"?\\s*(?<stamp>"_s + kStamp + u")\\s*"_s + kClose + u"?"_s
                                          + kRule + u"$"_s,
                                      kOptions);
    return r;
}
const QRegularExpression &stampSenderColon()
{
    static const QRegularExpression r(u"^"_s + kOpen + u"?\\s*(?<stamp>"_s + kStamp + u")(?:\\s*"_s + kClose
                                          + u"\\s*|\\s+)(?!\\d{1,2}\\s*[:：]\\s*\\d{2})(?<sender>[^:：\\s][^:：]{0,29}?)\\s*[:：]\\s*(?<text>.*)$"_s,
                                      kOptions);
    return r;
}
const QRegularExpression &senderStamp()
{
    static const QRegularExpression r(u"^(?<sender>[^:：\\s].{0,29}?)\\s+"_s + kOpen + u"?\\s*(?<stamp>"_s + kStamp
                                          + u")\\s*"_s + kClose + u"?$"_s,
                                      kOptions);
    return r;
}
const QRegularExpression &stampText()
{
    static const QRegularExpression r(u"^"_s + kOpen + u"?\\s*(?<stamp>"_s + kStamp + u")(?:\\s*"_s + kClose
                                          + u"\\s*|\\s+)(?<text>.+)$"_s,
                                      kOptions);
    return r;
}

int number(const QString &digits)
{
    int value = 0;
    for (const QChar c : digits) {
        if (!c.isDigit())
            return -1;
        value = value * 10 + c.digitValue();
    }
    return digits.isEmpty() ? -1 : value;
}

QString captured(const QRegularExpressionMatch &m, const QString &name, const QString &alternative = {})
{
    const QString value = m.captured(name);
    return value.isEmpty() && !alternative.isEmpty() ? m.captured(alternative) : value;
}

// A name a person or a company goes by, not the start of a sentence.
bool plausibleSender(const QString &sender)
{
    const QString s = sender.trimmed();
    if (s.isEmpty() || s.size() > 30)
        return false;
    static const QRegularExpression sentence(uR"([，。！？；、,!?;…"“”])"_s);
    if (s.contains(sentence))
        return false;
    // "请于 2021-05-31 23:59", "有效期至 2021-05-31": words leading to a date.
    static const QStringList leadIns{u"于"_s, u"於"_s, u"在"_s, u"到"_s, u"至"_s, u"前"_s, u"截止"_s, u"截至"_s,
                                     u"时间"_s, u"時間"_s, u"日期"_s, u"期限"_s, u"by"_s, u"on"_s, u"at"_s,
                                     u"until"_s, u"before"_s, u"after"_s, u"since"_s, u"from"_s, u"till"_s};
    for (const QString &word : leadIns) {
        if (s.endsWith(word, Qt::CaseInsensitive)
            && (word.at(0).unicode() > 0x7F || s.size() == word.size() || !s.at(s.size() - word.size() - 1).isLetter()))
            return false;
    }
    return true;
}

QString cleanSender(QString s)
{
    s = s.trimmed();
    // "【客服】" is 客服; "客服小王(12345)" keeps its number.
    static const QString open = u"[【(（<"_s;
    static const QString close = u"]】)）>"_s;
    if (s.size() > 2 && open.indexOf(s.front()) >= 0 && open.indexOf(s.front()) == close.indexOf(s.back()))
        s = s.mid(1, s.size() - 2);
    return s.trimmed();
}

bool isMe(const QString &sender)
{
    static const QStringList me{u"我"_s, u"me"_s, u"you"_s, u"i"_s, u"本人"_s, u"自己"_s};
    return me.contains(sender.trimmed().toLower());
}

// Reading a stamp against what came before it.
class Calendar
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptImporter)

public:
    explicit Calendar(const QDate &copiedOn) : m_copiedOn(copiedOn) {}

    struct Read
    {
        QDateTime at;     // invalid: see why
        QDate date;       // a date line without a time
        QString why;
    };

    Read read(const QRegularExpressionMatch &m)
    {
        Read r;
        QDate date;
        if (!m.captured(u"y"_s).isEmpty()) {
            date = QDate(number(m.captured(u"y"_s)), number(m.captured(u"mo"_s)), number(m.captured(u"d"_s)));
            if (!date.isValid()) {
                r.why = tr("%1 is not a date").arg(m.captured(u"stamp"_s).trimmed());
                return r;
            }
        } else if (!m.captured(u"mo2"_s).isEmpty()) {
            const int month = number(m.captured(u"mo2"_s));
            const int day = number(m.captured(u"d2"_s));
            date = withoutYear(month, day);
            if (!date.isValid()) {
                r.why = QDate(2000, month, day).isValid()
                    ? tr("it says %1 without a year, and nothing before it or the day the text was copied gives one")
                          .arg(m.captured(u"stamp"_s).trimmed())
                    : tr("%1 is not a date").arg(m.captured(u"stamp"_s).trimmed());
                return r;
            }
        } else if (const QString rel = m.captured(u"rel"_s).toLower(); !rel.isEmpty()) {
            if (!m_copiedOn.isValid()) {
                r.why = tr("it says \"%1\", but not on which day the text was copied").arg(m.captured(u"rel"_s));
                return r;
            }
            date = m_copiedOn.addDays(rel == u"今天" || rel == u"today" ? 0 : rel == u"前天" ? -2 : -1);
        }
        const QString hour = captured(m, u"h"_s, u"h2"_s);
        if (hour.isEmpty()) {
            if (date.isValid())
                m_current = date;
            r.date = date;
            return r;
        }
        if (!date.isValid())
            date = m_current;
        if (!date.isValid()) {
            r.why = m_copiedOn.isValid()
                ? tr("its time %1 is on no day written before it").arg(m.captured(u"stamp"_s).trimmed())
                : tr("its time %1 is on no day written before it, and the day the text was copied was not given")
                      .arg(m.captured(u"stamp"_s).trimmed());
            return r;
        }
        int h = number(hour);
        const int minute = number(captured(m, u"mi"_s, u"mi2"_s));
        const QString seconds = captured(m, u"s"_s, u"s2"_s);
        const int second = seconds.isEmpty() ? 0 : number(seconds);
        const QString period = captured(m, u"period"_s, u"period2"_s);
        const QString ampm = captured(m, u"ampm"_s, u"ampm2"_s).toLower().remove(u'.');
        int dayAfter = 0;
        if (h <= 12 && (period == u"下午" || period == u"傍晚" || period == u"晚上" || ampm == u"pm")) {
            if (h < 12) {
                h += 12;
            } else if (period == u"晚上") { // 晚上12点: midnight, the start of the next day
                h = 0;
                dayAfter = 1;
            }
        } else if (h == 12 && (period == u"上午" || period == u"凌晨" || period == u"早上" || period == u"早晨"
                               || ampm == u"am")) {
            h = 0; // 上午12:30 is half past midnight
        } else if (period == u"中午" && h < 6) {
            h += 12;
        }
        const QTime time(h, minute, second);
        if (!time.isValid()) {
            r.why = tr("%1 is not a time of day").arg(m.captured(u"stamp"_s).trimmed());
            return r;
        }
        date = date.addDays(dayAfter);
        m_current = date;
        const QDateTime local(date, time);
        r.at = local.toOffsetFromUtc(local.offsetFromUtc());
        return r;
    }

private:
    QDate withoutYear(int month, int day) const
    {
        if (m_current.isValid()) {
            QDate d(m_current.year(), month, day);
            // A transcript runs forwards: "1月2日" after "12月30日" is the next year.
            if (d.isValid() && d.daysTo(m_current) > 183)
                d = QDate(m_current.year() + 1, month, day);
            return d;
        }
        if (m_copiedOn.isValid()) {
            QDate d(m_copiedOn.year(), month, day);
            if (d.isValid() && d > m_copiedOn)
                d = QDate(m_copiedOn.year() - 1, month, day);
            return d;
        }
        return {};
    }

    QDate m_copiedOn;
    QDate m_current;
};

} // namespace

QString TranscriptImporter::beforeFirst()
{
    return tr("they come before the first dated message");
}

TranscriptImporter::Parsed TranscriptImporter::parse(const QString &text, const QDate &copiedOn)
{
    Parsed parsed;
    Calendar calendar(copiedOn);
    const QStringList lines = QString(text).replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n').split(u'\n');

    // The message being read, or the lines that cannot be placed.
    Message open;
    bool haveOpen = false;
    Unplaced loose;
    auto keepLoose = [&] {
        if (!loose.text.trimmed().isEmpty())
            parsed.unplaced.append(loose);
        loose = {};
    };
    auto closeOpen = [&] {
        if (!haveOpen)
            return;
        open.text = open.text.trimmed();
        if (open.text.isEmpty()) {
            parsed.unplaced.append({open.line, open.line,
                                    open.sender.isEmpty() ? open.at.toString(u"yyyy-MM-dd HH:mm"_s)
                                                          : open.sender + u' ' + open.at.toString(u"yyyy-MM-dd HH:mm"_s),
                                    tr("no words follow this time")});
        } else {
            parsed.messages.append(open);
        }
        open = {};
        haveOpen = false;
    };
    auto addLine = [&](int lineNumber, const QString &line) {
        if (haveOpen) {
            if (!open.text.isEmpty() || !line.trimmed().isEmpty())
                open.text += (open.text.isEmpty() ? QString() : u"\n"_s) + line.trimmed();
            return;
        }
        if (line.trimmed().isEmpty() && loose.text.isEmpty())
            return;
        if (loose.firstLine == 0) {
            loose.firstLine = lineNumber;
            if (loose.why.isEmpty())
                loose.why = beforeFirst();
        }
        loose.lastLine = lineNumber;
        loose.text += (loose.text.isEmpty() ? QString() : u"\n"_s) + line.trimmed();
    };
    // A header whose time cannot be read: it and its words are reported together.
    auto startUnplaced = [&](int lineNumber, const QString &line, const QString &why) {
        closeOpen();
        keepLoose();
        loose.firstLine = lineNumber;
        loose.lastLine = lineNumber;
        loose.text = line;
        loose.why = why;
    };
    auto startMessage = [&](int lineNumber, const Calendar::Read &read, const QString &sender, const QString &words) {
        closeOpen();
        keepLoose();
        open.at = read.at;
        open.sender = cleanSender(sender);
        open.text = words.trimmed();
        open.line = lineNumber;
        haveOpen = true;
    };

    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            addLine(lineNumber, line);
            continue;
        }
        QRegularExpressionMatch m = alone().match(line);
        // "昨天" alone is a word someone wrote, not a day.
        if (m.hasMatch() && !(m.captured(u"rel"_s).size() > 0 && m.captured(u"h"_s).isEmpty())) {
            const Calendar::Read read = calendar.read(m);
            if (read.date.isValid()) { // a date line: the day for the times that follow
                closeOpen();
                keepLoose();
                continue;
            }
            if (!read.at.isValid())
                startUnplaced(lineNumber, line, read.why);
            else
                startMessage(lineNumber, read, {}, {});
            continue;
        }
        m = stampSenderColon().match(line);
        if (m.hasMatch() && plausibleSender(m.captured(u"sender"_s))) {
            const Calendar::Read read = calendar.read(m);
            if (!read.at.isValid() && read.date.isValid()) {
                // "2021-03-18 10086: words": a day but no time is no message time.
                startUnplaced(lineNumber, line, tr("it has a date but no time"));
                continue;
            }
            if (!read.at.isValid())
                startUnplaced(lineNumber, line, read.why);
            else
                startMessage(lineNumber, read, m.captured(u"sender"_s), m.captured(u"text"_s));
            continue;
        }
        m = senderStamp().match(line);
        // A time alone after a name must have its seconds, as QQ and WeChat write it:
        // "明天 10:00" is words, "客服小王 10:15:23" a header.
        if (m.hasMatch() && plausibleSender(m.captured(u"sender"_s))
            && (!m.captured(u"h"_s).isEmpty() || !m.captured(u"s2"_s).isEmpty())) {
            const Calendar::Read read = calendar.read(m);
            if (!read.at.isValid())
                startUnplaced(lineNumber, line, read.why);
            else
                startMessage(lineNumber, read, m.captured(u"sender"_s), {});
            continue;
        }
        m = stampText().match(line);
        // Without a sender only a full date and time starts a message: "9:00 到店办理" is words.
        if (m.hasMatch() && !m.captured(u"y"_s).isEmpty() && !m.captured(u"h"_s).isEmpty()) {
            const Calendar::Read read = calendar.read(m);
            if (!read.at.isValid())
                startUnplaced(lineNumber, line, read.why);
            else
                startMessage(lineNumber, read, {}, m.captured(u"text"_s));
            continue;
        }
        addLine(lineNumber, lines.at(i));
    }
    closeOpen();
    keepLoose();
    std::sort(parsed.unplaced.begin(), parsed.unplaced.end(),
              [](const Unplaced &a, const Unplaced &b) { return a.firstLine < b.firstLine; });
    return parsed;
}

TranscriptImporter::TranscriptImporter(const QString &text, Channel channel, const QDate &copiedOn)
    : m_parsed(parse(text, copiedOn)), m_channel(channel)
{
}

Result<std::optional<ImportItem>> TranscriptImporter::next()
{
    using R = Result<std::optional<ImportItem>>;
    if (m_parsed.messages.isEmpty()) {
        // A header that could not be dated says more than the general advice.
        for (const Unplaced &u : std::as_const(m_parsed.unplaced)) {
            if (u.why == beforeFirst())
                continue;
            return R::failure(tr("No message in the text could be dated: line %1 (\"%2\"): %3.")
                                  .arg(u.firstLine)
                                  .arg(backupxml::excerpt(u.text, 40), u.why));
        }
        return R::failure(tr("No dated messages were found in the text. Each message needs its time, e.g. "
                             "\"2021-03-18 10:15 10086: ...\" or a date line followed by \"10:15 客服: ...\" lines."));
    }
    if (!m_reported) {
        m_reported = true;
        for (const Unplaced &u : std::as_const(m_parsed.unplaced)) {
            const QString where = u.firstLine == u.lastLine ? tr("line %1").arg(u.firstLine)
                                                            : tr("lines %1–%2").arg(u.firstLine).arg(u.lastLine);
            skip(tr("%1 (\"%2\")").arg(where, backupxml::excerpt(u.text, 40)), u.why);
        }
    }
    if (m_index >= m_parsed.messages.size())
        return std::optional<ImportItem>();
    const Message &m = m_parsed.messages.at(m_index++);
    ImportItem item;
    item.event.occurred = m.at;
    item.event.channel = m_channel;
    const bool mine = isMe(m.sender);
    item.event.direction = m.sender.isEmpty() ? Direction::Note : mine ? Direction::Outgoing : Direction::Incoming;
    const QString excerpt = backupxml::excerpt(m.text);
    item.event.summary = m.sender.isEmpty() ? excerpt : tr("%1: %2").arg(m.sender, excerpt);
    item.event.quotes = {m.text};
    Sha256 hash;
    hash.addData(m.sender.toUtf8());
    hash.addData("\n");
    hash.addData(m.text.toUtf8());
    item.sourceKey = u"text:%1:%2"_s.arg(m.at.toMSecsSinceEpoch()).arg(hash.hexResult().left(24));
    EventEnricher::enrich(item, m.text);
    return std::optional<ImportItem>(std::move(item));
}

} // namespace plaint
