#pragma once

#include "businesscalendar.h"
#include "importitem.h"
#include "promiseparser.h"
#include "result.h"
#include "vocabulary.h"

namespace plaint {

// The time-bound promises in the company's words of an imported message
// ("3个工作日内为您办理", "we'll call you back within 2 business days"),
// attached to the item as pending promises with their due times counted on
// the business-day calendar of the case's jurisdiction, so that "3个工作日内"
// said on 30 September in a Chinese case is due after National Day. Only
// what the company wrote (incoming messages) and only the parser's confident
// finds: a stored promise the user did not check must be one a reader would
// also see in the words.
class ImportedPromiseFinder final
{
public:
    explicit ImportedPromiseFinder(BusinessCalendar calendar = {}) : m_parser(std::move(calendar)) {}
    static Result<ImportedPromiseFinder> forJurisdiction(Jurisdiction jurisdiction);

    void addPromises(ImportItem &item) const;

private:
    PromiseParser m_parser;
};

} // namespace plaint
