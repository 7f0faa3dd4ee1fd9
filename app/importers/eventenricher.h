#pragma once

#include "importitem.h"

#include <QString>

namespace plaint {

// What every importer does with the words it brings in: the staff member's ID
// and the reference number are filled in when the words name them. (The
// promises in the company's words are found by ImportedPromiseFinder in
// analysis, on the calendar of the case's jurisdiction, by the front ends.)
class EventEnricher final
{
public:
    static void enrich(ImportItem &item, const QString &words);
};

} // namespace plaint
