#pragma once

#include "vocabulary.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace plaint {

// Recognises the company sending the user elsewhere for their request:
// "only the shop can do it", "只能在网上办理", "這個要請您撥打客服專線辦理",
// "一定要到門市辦理", "請洽門市", "that's a different department". The
// lexicon covers zh_CN, zh_TW and en; a referral names where the user was sent.
//
// Operators' boilerplate is not a referral: "如有疑问请拨打10086",
// "详询10086", "请登录中国移动APP查询", "if you have any questions, call…"
// point somewhere for questions or look-ups, not for the request. A referral
// is firm ("只能", "必须", "一定要", "only", "can only", "have to") or polite
// ("请您到营业厅办理", "please call the hotline"); CaseAnalysis takes polite
// ones only from a conversation, not from a message the company sent out.
class ReferralDetector final
{
public:
    struct Referral
    {
        QString target;  // "store", "app", "hotline" or "department"
        QString phrase;  // the words that made it a referral
        bool firm = false; // "only/must" wording, rather than a polite "please"
    };

    ReferralDetector();

    std::optional<Referral> detect(const QString &text) const;

    // Where an event on this channel took place, in the same words as targets
    // ("hotline" for a phone call); empty for notes.
    static QString placeOf(Channel channel);

private:
    struct Pattern
    {
        QString target;
        QRegularExpression expression;
        bool firm = false;
    };
    QList<Pattern> m_patterns;
};

} // namespace plaint
