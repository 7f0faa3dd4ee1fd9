#include "eventenricher.h"

#include "agentreferencedetector.h"

namespace plaint {

void EventEnricher::enrich(ImportItem &item, const QString &words, bool fromCompany) const
{
    const AgentReferenceDetector::Found found = AgentReferenceDetector::detect(words);
    if (item.event.agentCode.isEmpty())
        item.event.agentCode = found.agentCode;
    if (item.event.reference.isEmpty())
        item.event.reference = found.reference;
    if (!m_suggestPromises || !fromCompany)
        return;
    // Only the parser's confident finds: a stored promise the user did not
    // check must be one a reader would also see in the words.
    for (const PromiseSuggestion &s : m_promises.parse(words, item.event.occurred)) {
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
