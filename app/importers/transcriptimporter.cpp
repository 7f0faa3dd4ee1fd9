#include "transcriptimporter.h"

#include "backupxml.h"
#include "sha256.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

struct Stamp
{
    qsizetype start = 0;
    qsizetype end = 0;
    QDate date;                // invalid: a time of day only
    QTime time;
};

int ascii(const QString &digits)
{
    int value = 0;
    for (const QChar c : digits) {
        if (!c.isDigit())
            return -1;
        value = value * 10 + c.digitValue();
    }
    return value;
}

// A date, optionally followed by a time; or a time alone at the start of a line.
std::optional<Stamp> findStamp(const QString &line)
{
    static const QRegularExpression dated(
        u"(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号號]?"
        "(?:\\s*(?:[(（]?(?:星期|周|週|禮拜|礼拜)[一二三四五六日天][)）]?)?\\s*T?\\s*(上午|下午|中午|晚上|凌晨|早上)?\\s*"
        "(\\d{1,2})\\s*[:：点點時时]\\s*(\\d{1,2})(?:\\s*[:：分]\\s*(\\d{1,2}))?\\s*(am|pm|AM|PM)?)?"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression timeOnly(
        u"^\\s*[\\[【(（]?\\s*(上午|下午|中午|晚上|凌晨|早上)?\\s*(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?\\s*(am|pm|AM|PM)?\\s*[\\]】)）]?"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    auto hourOf = [](int hour, const QString &period, const QString &ampm) {
        const bool afternoon = period == u"下午" || period == u"晚上" || ampm.compare(u"pm"_s, Qt::CaseInsensitive) == 0;
        const bool morning = ampm.compare(u"am"_s, Qt::CaseInsensitive) == 0;
        if (afternoon && hour < 12)
            return hour + 12;
        if (morning && hour == 12)
            return 0;
        if (period == u"中午" && hour < 6)
            return hour + 12;
        return hour;
    };
    QRegularExpressionMatch m = dated.match(line);
    if (m.hasMatch()) {
        Stamp s;
        s.start = m.capturedStart();
        s.end = m.capturedEnd();
        s.date = QDate(ascii(m.captured(1)), ascii(m.captured(2)), ascii(m.captured(3)));
        if (!s.date.isValid())
            return std::nullopt;
        if (m.hasCaptured(5) && !m.captured(5).isEmpty()) {
            s.time = QTime(hourOf(ascii(m.captured(5)), m.captured(4), m.captured(8)), ascii(m.captured(6)),
                           m.captured(7).isEmpty() ? 0 : ascii(m.captured(7)));
            if (!s.time.isValid())
                return std::nullopt;
        }
        return s;
    }
    m = timeOnly.match(line);
    if (m.hasMatch()) {
        Stamp s;
        s.start = m.capturedStart();
        s.end = m.capturedEnd();
        s.time = QTime(hourOf(ascii(m.captured(2)), m.captured(1), m.captured(5)), ascii(m.captured(3)),
                       m.captured(4).isEmpty() ? 0 : ascii(m.captured(4)));
        if (!s.time.isValid())
            return std::nullopt;
        return s;
    }
    return std::nullopt;
}

bool isMe(const QString &sender)
{
    static const QStringList me{u"我"_s, u"me"_s, u"you"_s, u"i"_s, u"本人"_s};
    return me.contains(sender.trimmed().toLower());
}

QString cleanSender(QString s)
{
    s = s.trimmed();
    static const QRegularExpression brackets(u"^[\\[【(（<]|[\\]】)）>]$"_s);
    s.remove(brackets);
    return s.trimmed();
}

} // namespace

QList<TranscriptImporter::Message> TranscriptImporter::split(const QString &text)
{
    QList<Message> messages;
    QDate currentDate;
    Message *open = nullptr;
    const QStringList lines = QString(text).replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n').split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        const std::optional<Stamp> stamp = line.isEmpty() ? std::nullopt : findStamp(line);
        if (stamp && !stamp->time.isValid()) {
            // A date on its own line sets the day for the times that follow.
            const QString rest = QString(line).remove(stamp->start, stamp->end - stamp->start).trimmed();
            if (rest.size() <= 12) {
                currentDate = stamp->date;
                continue;
            }
        }
        if (stamp && stamp->time.isValid() && (stamp->date.isValid() || currentDate.isValid())) {
            const QDate date = stamp->date.isValid() ? stamp->date : currentDate;
            currentDate = date;
            const QDateTime local(date, stamp->time);
            Message m;
            m.at = local.toOffsetFromUtc(local.offsetFromUtc());
            // Brackets around the time ("[2021-03-19 09:30]", "【10:15】") are not a sender.
            static const QRegularExpression openBracket(u"[\\[【(（]\\s*$"_s);
            static const QRegularExpression closeBracket(u"^\\s*[\\]】)）]"_s);
            const QString before = line.left(stamp->start).remove(openBracket).trimmed();
            QString after = line.mid(stamp->end).remove(closeBracket).trimmed();
            // "Sender 2021-03-18 10:15" (the words follow on the next lines) or
            // "2021-03-18 10:15 Sender: words" or "[10:15] Sender：words".
            static const QRegularExpression senderColon(u"^([^:：]{1,30})[:：]\\s*(.*)$"_s);
            if (!before.isEmpty() && before.size() <= 40) {
                m.sender = cleanSender(before);
                static const QRegularExpression leadingColon(u"^[:：]\\s*"_s);
                after.remove(leadingColon);
                m.text = after;
            } else if (const QRegularExpressionMatch sm = senderColon.match(after); sm.hasMatch()) {
                m.sender = cleanSender(sm.captured(1));
                m.text = sm.captured(2);
            } else {
                m.text = after;
            }
            messages.append(m);
            open = &messages.last();
            continue;
        }
        if (open) {
            if (!open->text.isEmpty())
                open->text += u'\n';
            open->text += rawLine.trimmed();
        }
    }
    for (Message &m : messages)
        m.text = m.text.trimmed();
    messages.removeIf([](const Message &m) { return m.text.isEmpty(); });
    return messages;
}

TranscriptImporter::TranscriptImporter(const QString &text, Channel channel, bool suggestPromises)
    : m_messages(split(text)), m_channel(channel), m_enricher(suggestPromises)
{
    m_empty = m_messages.isEmpty();
}

Result<std::optional<ImportItem>> TranscriptImporter::next()
{
    if (m_empty)
        return Result<std::optional<ImportItem>>::failure(
            tr("No dated messages were found in the text. Each message needs its time, e.g. "
               "\"2021-03-18 10:15 10086: ...\" or a date line followed by \"10:15 客服: ...\" lines."));
    if (m_index >= m_messages.size())
        return std::optional<ImportItem>();
    const Message &m = m_messages.at(m_index++);
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
    m_enricher.enrich(item, m.text, !mine);
    return std::optional<ImportItem>(std::move(item));
}

} // namespace plaint
