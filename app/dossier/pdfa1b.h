#pragma once

#include "dossiermodel.h"

#include <QString>

class QPDF;

namespace plaint {

// PDF/A-1b (ISO 19005-1, level B: the pages look the same everywhere, for
// ever), declared only for a dossier that can honestly be one, and checked
// in the tests with an independent validator (Apache PDFBox preflight).
//
// A dossier qualifies when everything on its pages is Plaint's own drawing or
// pictures without transparency: PDF/A-1 forbids transparency (an image with
// an alpha channel needs a soft mask) and embedded files (the originals), and
// a PDF exhibit's own pages carry whatever their author put in them (fonts
// not embedded, transparency), so a dossier showing one makes no claim.
// Redacted PDF exhibits are pictures, and qualify.
//
// What a qualifying dossier gets: XMP metadata matching the document
// information and naming the conformance, an sRGB output intent (the ICC
// profile of Debian's icc-profiles-free), a CIDSet for each CID font subset,
// no transparency groups, no object or cross-reference streams, an end of
// line before each endstream; and the manifest as a stream of the catalog
// (/PlaintManifest) instead of an embedded file.
class PdfA1b final
{
public:
    struct Info
    {
        QString title, author, subject, keywords, creator, producer;
        QDateTime created;
    };

    // Empty when the dossier qualifies; else why not, for the manifest.
    static QString obstacle(const DossierModel &model, bool attachOriginals);
    // Makes `pdf` a PDF/A-1b file (the writer must then disable object
    // streams and put a newline before endstream).
    static void apply(QPDF &pdf, const Info &info);
};

} // namespace plaint
