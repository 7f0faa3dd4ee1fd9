#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace plaint {

class Library;

// Checks a dossier PDF or bundle as its reader would: the evidence in it is
// the evidence it names (SHA-256), a JPEG exhibit is the original file byte
// for byte, the bundle's files match SHA256SUMS, and, given the library, the
// journal head the dossier prints is in the library's unbroken journal, and
// every exhibit is made from the library's own evidence.
class DossierVerifier final
{
public:
    struct Report
    {
        bool ok = true;
        bool isBundle = false;
        QString journalHead;
        int exhibits = 0;
        int exhibitsChecked = 0;   // hashes recomputed from the file
        int originalsExact = 0;    // JPEG streams that are the original file
        QStringList checks;        // what was checked and found right
        QStringList problems;
        QJsonObject manifest;
        // What the PDF itself holds, per exhibit number: the SHA-256 of its
        // image stream (as the manifest says it was hashed), or of each page.
        QHash<int, QStringList> pdfHashes;
        QString coverJournalHead;  // as printed on the cover
    };

    static Report verify(const QString &path, const Library *library = nullptr);

private:
    static void verifyPdf(const QString &path, Report &report);
    static void verifyBundle(const QString &path, Report &report);
    static void verifyAgainstLibrary(const Library &library, Report &report);
};

} // namespace plaint
