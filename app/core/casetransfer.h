#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace plaint {

class Library;

// A case file (.plaint) is a library holding one case: its events, promises,
// evidence, earlier versions, the agents it names, and the journal entries of
// exactly those records, re-chained into a journal of its own, so that
// `plaint verify --library FILE.plaint` checks it like any library. This is
// how a consumer hands a whole case to a lawyer or a consumer association.
class CaseTransfer final
{
    Q_DECLARE_TR_FUNCTIONS(CaseTransfer)

public:
    // Evidence bytes copied so far out of the total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Summary
    {
        qint64 caseId = 0; // in the destination: the file for export, the library for import
        QString title;
        qint64 events = 0;
        qint64 promises = 0;
        qint64 attachments = 0;
        qint64 evidenceBytes = 0;
        qint64 journalEntries = 0; // of the case file
        QString journalHead; // of the case file
    };

    // Writes the case to `filePath` through a temporary file in the same
    // folder, renamed over it only when complete.
    static Result<Summary> exportCase(
        const Library &source, qint64 caseId, const QString &filePath, const Progress &progress = {});

    // What a file handed to Plaint holds (a double-click, `plaint FILE`),
    // read without writing to it, so the window can decide what to offer.
    struct Contents
    {
        enum class Kind {
            CaseFile, // exactly one case: it can be imported
            Library, // no case, or several: a library of its own
            OwnLibrary, // the library Plaint is using
        };
        Kind kind = Kind::CaseFile;
        int schemaVersion = 0;
        qint64 cases = 0; // trashed ones included
        QString title; // the case's, for a case file
    };
    // Fails, with a sentence for people, for a file that is not Plaint's
    // (or is from a newer Plaint).
    static Result<Contents> inspect(const QString &filePath, const QString &ownLibraryPath = {});

    enum class Duplicate { Refuse, ImportAsCopy };

    // Checks the file (its journal chain, every record against its journal
    // entry, every piece of evidence against its SHA-256) and adds the case to
    // `destination` with new ids, in one transaction that also journals every
    // record it adds. Anything wrong: nothing is added, and the error says what.
    // A file from an earlier Plaint is upgraded on a temporary copy beside
    // the library first: the sender's file is never written to.
    // A case already in the library (same company and creation time) is
    // refused, or with ImportAsCopy added again as "<title> (imported N)".
    // When the case is refused as already there, `existingCaseId` (if given) says which it is.
    static Result<Summary> importCase(Library &destination, const QString &filePath,
        Duplicate duplicate = Duplicate::Refuse, const Progress &progress = {}, qint64 *existingCaseId = nullptr);
};

} // namespace plaint
