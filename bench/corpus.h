#pragma once

#include "event.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// A long, realistic timeline for one case, the same on every run: summaries
// in Chinese and English, quotes, agent IDs such as 23338, reference numbers
// such as GD20210418-0001, and words whose share of events is known, so that
// search is measured on terms with few, some and many hits.
class Corpus final
{
public:
    // A word the corpus plants in a known share of events.
    struct Word
    {
        QString term;
        QString kind;   // what sort of query it stands for
        double share;   // intended fraction of events containing it
    };

    explicit Corpus(quint32 seed);

    // The next event of the case; events come out in timeline order.
    plaint::Event nextEvent(qint64 caseId);

    // Terms the benchmark searches for, with the share each was planted in.
    static QList<Word> searchTerms();

    // Random bytes: content that neither compresses nor deduplicates.
    static QByteArray randomBytes(QRandomGenerator &random, qsizetype size);

private:
    QString summary(bool withAgentMention, const QString &agentCode);

    QRandomGenerator m_random;
    int m_index = 0;
    QDateTime m_clock;
    QDate m_referenceDay;
    int m_referenceSeq = 0;
    QStringList m_agentCodes;
    QStringList m_agentNames;
};
