#pragma once

#include "importitem.h"
#include "promiseparser.h"

#include <QString>

namespace plaint {

// What every importer does with the words it brings in: the staff member's ID
// and the reference number are filled in when the words name them, and, when
// asked, the time-bound promises the company's words make are attached.
class EventEnricher final
{
public:
    explicit EventEnricher(bool suggestPromises = false) : m_suggestPromises(suggestPromises) {}
    // `fromCompany`: the words are the company's (an incoming message), so a
    // promise in them is the company's promise.
    void enrich(ImportItem &item, const QString &words, bool fromCompany) const;

private:
    PromiseParser m_promises;
    bool m_suggestPromises = false;
};

} // namespace plaint
