#include "importedpromisefinder.h"

namespace plaint {

Result<ImportedPromiseFinder> ImportedPromiseFinder::forJurisdiction(Jurisdiction jurisdiction)
{
    auto calendar = BusinessCalendar::forJurisdiction(jurisdiction);
    if (!calendar)
        return Result<ImportedPromiseFinder>::failure(calendar.error());
    return ImportedPromiseFinder(std::move(*calendar));
}

void ImportedPromiseFinder::addPromises(ImportItem &item) const
{
    if (item.event.direction != Direction::Incoming)
        return;
    const QString words = item.event.quotes.join(u'\n');
    if (words.trimmed().isEmpty())
        return;
    for (const PromiseSuggestion &s : m_parser.parse(words, item.event.occurred)) {
        if (s.confidence < 0.6 || s.what.trimmed().isEmpty())
            continue;
        Promise p;
        p.text = s.what.trimmed();
        p.due = s.due;
        p.agentCode = item.event.agentCode;
        item.promises.append(p);
    }
}

} // namespace plaint
