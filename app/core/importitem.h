#pragma once

#include "event.h"
#include "promise.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace plaint {

// A piece of evidence that arrives as bytes rather than as a file on disk:
// an MMS picture, an e-mail attachment, the raw message itself.
struct ImportedEvidence
{
    QString fileName;      // any folder part is dropped when stored
    QByteArray data;
};

// One event brought in from a record the user already has (a phone backup, a
// mailbox, a pasted transcript). The source key names it in that record,
// stably, so importing the same record twice adds it once.
struct ImportItem
{
    Event event;           // caseId is set by the import
    QString sourceKey;
    QList<ImportedEvidence> evidence;
    QStringList files;     // evidence already on disk (photos, screenshots)
    QList<Promise> promises;
};

} // namespace plaint
