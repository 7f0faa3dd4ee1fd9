#pragma once

#include "importer.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace plaint {

// A pasted SMS thread or chat transcript, split into one event per message
// at the times written in it. A line starts a message only when the whole
// line has the shape of a header, never because a date or a time appears
// somewhere in it:
//   "2021-03-18 10:15:23 10086: words"        a time, a sender, a colon
//   "[2021/3/18 10:15] 客服：words"            the same in brackets
//   "10:15 我: words", "上午10:15 客服: words"  a time of day on the current date
//   "客服小王 2021-03-18 10:15:23"             a sender and a time alone on a line;
//                                             the words follow (WeChat, QQ)
//   "2021年3月18日", "—— 3月18日 星期四 ——"     a date alone sets the day
//   "2021-03-18 10:15 words"                   a full date and time, then words
// "10:30前会有专员联系您" or "9:00 到店办理" inside a message are words. Dates
// without a year take it from the dates before them (or the day the text was
// copied); 今天/昨天/前天 count from the day it was copied. 上午12:30 is 00:30.
// Messages from "我", "me" or "You" are outgoing; others incoming. Whatever
// cannot be placed (words before the first time, a time on no known day, an
// impossible date) is reported, never dropped silently.
class TranscriptImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptImporter)
    Q_DISABLE_COPY_MOVE(TranscriptImporter)

public:
    static constexpr qint64 kMaxBytes = 16LL * 1024 * 1024;

    struct Message
    {
        QDateTime at;
        QString sender;
        QString text;
        int line = 0;           // where its header is, from 1
    };
    // Lines that belong to no message, and why.
    struct Unplaced
    {
        int firstLine = 0;
        int lastLine = 0;
        QString text;
        QString why;
    };
    struct Parsed
    {
        QList<Message> messages;
        QList<Unplaced> unplaced;
    };

    // `copiedOn`: the day the text was copied. Without it, 今天/昨天 and
    // times on no written day cannot be dated and are reported.
    TranscriptImporter(const QString &text, Channel channel = Channel::Chat, const QDate &copiedOn = {});
    Result<std::optional<ImportItem>> next() override;
    qsizetype position() const { return m_index; }
    qsizetype messageCount() const { return m_parsed.messages.size(); }

    static Parsed parse(const QString &text, const QDate &copiedOn = {});

private:
    static QString beforeFirst();

    Parsed m_parsed;
    Channel m_channel;
    qsizetype m_index = 0;
    bool m_reported = false;
};

} // namespace plaint
