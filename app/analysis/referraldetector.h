#pragma once

#include "vocabulary.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace plaint {

// Recognises the company sending the user elsewhere for the same request:
// "only the shop can do it", "只能在网上办理", "請撥打客服熱線",
// "只能到門市辦理", "that's a different department". The lexicon covers
// zh_CN, zh_TW and en; a referral names where the user was sent.
class ReferralDetector final
{
public:
    struct Referral
    {
        QString target;  // "store", "app", "hotline" or "department"
        QString phrase;  // the words that made it a referral
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
    };
    QList<Pattern> m_patterns;
};

} // namespace plaint
