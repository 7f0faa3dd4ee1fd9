#pragma once

#include "dossiermodel.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

namespace plaint {

// Lays the dossier model out on A4 pages. Exhibit images and the pages of PDF
// exhibits are not drawn here: the renderer leaves their place empty and says
// where (Slot), and PdfAssembler puts the evidence there as it is.
class DossierRenderer final
{
public:
    struct Slot
    {
        int page = 0;         // 1-based
        QRectF rect;          // in points, from the page's top-left corner
        int exhibit = 0;      // index into DossierModel::exhibits
        int pdfPage = -1;     // the exhibit's page, for PDF exhibits
    };
    struct Layout
    {
        int pages = 0;
        QList<Slot> places;
        QHash<QString, int> sectionPages; // section id → first page
        int unknownGlyphs = 0;
    };

    // Renders `model` into `path` (empty: measure only). `previous` is the
    // layout of a measuring pass, whose page numbers the contents and the
    // exhibit index print.
    static Result<Layout> render(DossierModel &model, const QString &path, const Layout &previous);
};

} // namespace plaint
