#pragma once

#include "dossiermodel.h"
#include "dossierrenderer.h"
#include "pdfa1b.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace plaint {

// Puts the evidence into the pages the renderer left room for, with qpdf:
// a JPEG goes in as its own bytes (DCTDecode), a PNG's compressed data as it
// is (FlateDecode with the PNG predictor), other images losslessly; the pages
// of a PDF exhibit as form XObjects of the original pages. Adds the manifest
// (and the originals, when asked) as embedded files, and writes `output`.
class PdfAssembler final
{
public:
    // With `pdfa`, the file is made a PDF/A-1b (see PdfA1b) and the manifest
    // is a stream of the catalog (/PlaintManifest) rather than an embedded file.
    static Status assemble(const QString &pagesPdf, const DossierModel &model, const DossierRenderer::Layout &layout,
                           const QByteArray &manifest, bool attachOriginals, const QString &output,
                           const PdfA1b::Info *pdfa = nullptr);

    // Turns images that cannot go in as they are (transparency, interlacing,
    // other formats, masks) into raw pixels beside the working copy; marks
    // the exhibit's problem when that cannot be done.
    static void prepareImage(DossierModel::Exhibit &exhibit);

    static QString imageName(int exhibitNumber);
    static QString pageName(int exhibitNumber, int page); // 1-based page
    // SHA-256 of each page's content stream, as the dossier carries it (a
    // form XObject made from the page), for `plaint verify`.
    static QStringList pageContentHashes(const QString &pdfPath);
};

} // namespace plaint
