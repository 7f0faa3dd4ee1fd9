#pragma once

#include "businesscalendar.h"
#include "deadlinecalculator.h"
#include "event.h"
#include "promisesuggestion.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace plaint {

// Finds time-bound promises in what the company's staff said or wrote, in
// Simplified Chinese, Traditional Chinese and English: relative durations
// ("48小时内", "三個工作天內", "within 2 business days"), dates with or
// without a year ("延期到5月31号", "by 21 April"), times of day ("晚上9点前",
// "by 5pm") and vague ones ("尽快", "as soon as possible"). Due times are
// computed from the moment the words were said, in its UTC offset.
class PromiseParser final
{
public:
    enum class Scope {
        CompanyPromises, // what the company undertakes to do
        AlsoAskedOfUser, // and, marked askedOfUser, the deadlines it sets the user
    };

    explicit PromiseParser(BusinessCalendar calendar = {});

    // Every promise found, in the order of the text; one per due time (the
    // same deadline said twice is proposed once).
    QList<PromiseSuggestion> parse(const QString &text, const QDateTime &said, Scope scope = Scope::CompanyPromises) const;

    // The years a stored promise's due time was counted across without final
    // holiday data, when that due time is still the one Plaint worked out
    // from the words (the promise's text, the event's quotes, summary or
    // outcome); empty when it is exact or the user set it themselves.
    QList<int> approximateYears(const Promise &promise, const Event &event) const;

    // "48", "４８", "三", "十五", "两", "二十四", "seven", "twenty-four", "a".
    static std::optional<int> parseNumber(const QString &text);

private:
    DeadlineCalculator m_deadlines;
};

} // namespace plaint
