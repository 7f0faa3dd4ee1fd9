#pragma once

#include "dossiermodel.h"
#include "dossierrenderer.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace plaint {

// Puts the evidence into the pages the renderer left room for, with qpdf:
// a JPEG goes in as its own bytes (DCTDecode), a PNG's compressed data as it
// is (FlateDecode with the PNG predictor), other images losslessly; the pages
// of a PDF exhibit as form XObjects of the original pages. Adds the manifest
// (and the originals, when asked) as embedded files, and writes `output`.
class PdfAssembler final
{
public:
    static Status assemble(const QString &pagesPdf, const DossierModel &model, const DossierRenderer::Layout &layout,
                           const QByteArray &manifest, bool attachOriginals, const QString &output);

    // Turns images that cannot go in as they are (transparency, interlacing,
    // other formats, masks) into raw pixels beside the working copy; marks
    // the exhibit's problem when that cannot be done.
    static void prepareImage(DossierModel::Exhibit &exhibit);

    static QString imageName(int exhibitNumber);
};

} // namespace plaint
