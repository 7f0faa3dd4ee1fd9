#include "eventenricher.h"

#include "agentreferencedetector.h"

namespace plaint {

void EventEnricher::enrich(ImportItem &item, const QString &words)
{
    const AgentReferenceDetector::Found found = AgentReferenceDetector::detect(words);
    if (item.event.agentCode.isEmpty())
        item.event.agentCode = found.agentCode;
    if (item.event.reference.isEmpty())
        item.event.reference = found.reference;
}

} // namespace plaint
