#pragma once

#include "importitem.h"
#include "result.h"

#include <QList>
#include <QString>

#include <atomic>

#include <optional>

namespace plaint {

// Something an importer read but did not turn into an event, and why; or,
// among the warnings, something it imported that is not whole.
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
    // Imported, but with something the user must know: an attachment cut
    // off, text in another encoding than it said.
    const QList<SkippedRecord> &warnings() const { return m_warnings; }
    // Long reads (thousands of other people's messages between two wanted
    // ones) look at this flag and stop with a failure when it turns true.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

protected:
    Importer() = default;
    void skip(QString what, QString why) { m_skipped.append({std::move(what), std::move(why)}); }
    void warn(QString what, QString why) { m_warnings.append({std::move(what), std::move(why)}); }
    bool cancelRequested() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

private:
    QList<SkippedRecord> m_skipped;
    QList<SkippedRecord> m_warnings;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace plaint
