#pragma once

#include "eventenricher.h"
#include "importer.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace plaint {

// A pasted SMS thread or chat transcript, split into one event per message
// at the times written in it: "2021-03-18 10:15:23 10086: ...",
// "[2021/3/18 10:15] 客服: ...", "客服小王 2021-03-18 10:15:23" on a line of
// its own followed by the words (as WeChat and QQ copy them), "2021年3月18日"
// on its own line and then "10:15 我: ..." lines, 上午/下午 times. Messages
// from "我", "me" or "You" are outgoing; others incoming. Agent IDs and
// reference numbers in the words are filled in.
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
    };

    TranscriptImporter(const QString &text, Channel channel = Channel::Chat, bool suggestPromises = false);
    Result<std::optional<ImportItem>> next() override;

    // The messages found, for tests and previews.
    static QList<Message> split(const QString &text);

private:
    QList<Message> m_messages;
    Channel m_channel;
    EventEnricher m_enricher;
    qsizetype m_index = 0;
    bool m_empty = false;
};

} // namespace plaint
