#include "corpus.h"

#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// Chinese clauses carrying one planted word each, and the share of events
// that get one. The fillers contain none of the planted words.
struct Planted
{
    double share;
    QStringList clauses;
};

const QList<Planted> &plantedChinese()
{
    static const QList<Planted> planted{
        {0.40, {u"要求退款"_s, u"客服答应三天内退款"_s, u"退款仍未到账"_s, u"申请退款被拒"_s}},
        {0.20, {u"我要投诉"_s, u"投诉单已受理"_s, u"说投诉没有用"_s}},
        {0.05, {u"处理时间再次延期"_s, u"对方说要延期处理"_s}},
        {0.01, {u"要求赔偿损失"_s}},
    };
    return planted;
}

const QStringList kChineseFillers{
    u"客服说系统正在升级"_s, u"电话转接了三次"_s, u"对方挂断了电话"_s, u"要求提供账单明细"_s,
    u"经理会回电"_s,          u"套餐费用多扣了"_s,   u"宽带一直断线"_s,     u"上门维修没有人来"_s,
    u"排队等了四十分钟"_s,    u"说需要再核实一下"_s,
};

const QStringList kEnglishSentences{
    u"Called customer service."_s,
    u"Agent promised a callback within 48 hours."_s,
    u"Was transferred three times."_s,
    u"Asked for the billing statement."_s,
    u"They said the system is being upgraded."_s,
    u"Waited 40 minutes on hold."_s,
    u"Sent the complaint by email."_s,
    u"Store staff refused to give a receipt."_s,
};

// Present in exactly 1% of events, and nowhere else.
const QString kRareEnglish = u"ombudsman"_s;

const QStringList kQuotes{
    u"我们会在三个工作日内处理"_s,
    u"This will be fixed by Friday."_s,
    u"系统没有您的记录"_s,
    u"I can't see any record of that call."_s,
    u"领导会给您回电话"_s,
    u"It's already been escalated to the back office."_s,
};

const QStringList kOutcomes{
    QString(), QString(), u"未解决"_s, u"Unresolved; will call again"_s, u"答应回电"_s, u"Ticket opened"_s,
};

const QStringList kSurnames{u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"赵"_s, u"黄"_s};

constexpr std::array kChannels{plaint::Channel::Phone, plaint::Channel::Phone, plaint::Channel::Phone,
                               plaint::Channel::Chat,  plaint::Channel::App,   plaint::Channel::Sms,
                               plaint::Channel::Email, plaint::Channel::Store, plaint::Channel::Letter};

} // namespace

Corpus::Corpus(quint32 seed)
    : m_random(seed),
      m_clock(QDateTime(QDate(2021, 1, 4), QTime(9, 0), QTimeZone(8 * 3600)))
{
    // 300 agents; 23338 is one of them, so the benchmark can look it up.
    m_agentCodes << u"23338"_s;
    while (m_agentCodes.size() < 300) {
        const QString code = QString::number(10000 + m_random.bounded(90000));
        if (!m_agentCodes.contains(code))
            m_agentCodes << code;
    }
    for (qsizetype i = 0; i < m_agentCodes.size(); ++i)
        m_agentNames << kSurnames.at(i % kSurnames.size()) + (i % 2 ? u"先生"_s : u"女士"_s);
}

QList<Corpus::Word> Corpus::searchTerms()
{
    return {
        {u"退款"_s, u"Chinese 2-char, common"_s, 0.40},
        {u"延期"_s, u"Chinese 2-char, 5%"_s, 0.05},
        {kRareEnglish, u"English word, 1%"_s, 0.01},
        {u"GD20210418"_s, u"reference fragment"_s, 0.0},
        {u"23338"_s, u"agent ID"_s, 0.0},
    };
}

QByteArray Corpus::randomBytes(QRandomGenerator &random, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    const qsizetype words = size / qsizetype(sizeof(quint32));
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), words);
    for (qsizetype i = words * qsizetype(sizeof(quint32)); i < size; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

QString Corpus::summary(bool withAgentMention, const QString &agentCode)
{
    QStringList clauses;
    for (const Planted &planted : plantedChinese()) {
        if (m_random.generateDouble() < planted.share)
            clauses << planted.clauses.at(m_random.bounded(int(planted.clauses.size())));
    }
    const int fillers = 1 + m_random.bounded(2);
    for (int i = 0; i < fillers; ++i)
        clauses.insert(m_random.bounded(int(clauses.size()) + 1), kChineseFillers.at(m_random.bounded(int(kChineseFillers.size()))));
    if (withAgentMention)
        clauses.prepend(u"接线员工号"_s + agentCode);
    QString text = clauses.join(u"，"_s) + u"。"_s;
    if (m_random.bounded(2) == 0)
        text += u' ' + kEnglishSentences.at(m_random.bounded(int(kEnglishSentences.size())));
    if (m_index % 100 == 42)
        text += u" Mentioned the "_s + kRareEnglish + u'.';
    return text;
}

plaint::Event Corpus::nextEvent(qint64 caseId)
{
    plaint::Event e;
    e.caseId = caseId;
    // About 96 events a day: 100,000 events span almost three years.
    m_clock = m_clock.addSecs(60 * (1 + m_random.bounded(29)));
    e.occurred = m_clock;
    e.channel = kChannels.at(m_random.bounded(int(kChannels.size())));
    e.direction = m_random.bounded(4) == 0 ? plaint::Direction::Incoming : plaint::Direction::Outgoing;
    if (e.channel == plaint::Channel::Phone)
        e.durationSeconds = 60 + m_random.bounded(3540);
    bool agentMention = false;
    if (m_random.bounded(10) < 7) {
        const int agent = m_random.bounded(int(m_agentCodes.size()));
        e.agentCode = m_agentCodes.at(agent);
        if (m_random.bounded(10) < 3)
            e.agentName = m_agentNames.at(agent);
        agentMention = m_random.bounded(2) == 0;
    }
    if (m_random.bounded(10) < 4) {
        const QDate day = m_clock.date();
        m_referenceSeq = day == m_referenceDay ? m_referenceSeq + 1 : 1;
        m_referenceDay = day;
        e.reference = u"GD%1-%2"_s.arg(day.toString(u"yyyyMMdd"_s)).arg(m_referenceSeq, 4, 10, QChar(u'0'));
    }
    e.summary = summary(agentMention, e.agentCode);
    if (m_random.bounded(4) == 0) {
        const int quotes = 1 + m_random.bounded(2);
        for (int i = 0; i < quotes; ++i)
            e.quotes << kQuotes.at(m_random.bounded(int(kQuotes.size())));
    }
    e.outcome = kOutcomes.at(m_random.bounded(int(kOutcomes.size())));
    ++m_index;
    return e;
}
