#pragma once

#include "importitem.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace plaint {

// Something an importer read but did not turn into an event, and why.
struct SkippedRecord
{
    QString what;   // e.g. "SMS from 10010 at 2021-03-18 10:15"
    QString why;    // a sentence for the user
};

// A source of imported events, read one at a time so a 2 GB backup never
// sits in memory: next() gives the next item, std::nullopt at the end, or a
// failure that abandons the whole import (Library::importEvents rolls back).
class Importer
{
public:
    virtual ~Importer() = default;
    virtual Result<std::optional<ImportItem>> next() = 0;
    const QList<SkippedRecord> &skipped() const { return m_skipped; }

protected:
    Importer() = default;
    void skip(QString what, QString why) { m_skipped.append({std::move(what), std::move(why)}); }

private:
    QList<SkippedRecord> m_skipped;
};

} // namespace plaint
