#include "pdfredaction.h"

#include "redactor.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plaint {

void PdfRedaction::rasterize(ExhibitFile &f, const Redactor &redactor, int dpi)
{
    QPdfDocument doc;
    if (doc.load(f.path) != QPdfDocument::Error::None || doc.pageCount() != f.pages) {
        f.problem = ExhibitFile::Problem::UnreadablePdf;
        return;
    }
    const double scale = dpi / 72.0;
    for (int page = 0; page < doc.pageCount(); ++page) {
        const QSizeF points = doc.pagePointSize(page);
        const QSize pixels((points * scale).toSize());
        if (pixels.isEmpty() || double(pixels.width()) * pixels.height() > 100e6) {
            f.problem = ExhibitFile::Problem::UnreadablePdf;
            f.rasterPages.clear();
            return;
        }
        QImage picture(pixels, QImage::Format_RGB32);
        picture.fill(Qt::white);
        QPainter painter(&picture);
        painter.drawImage(0, 0, doc.render(page, pixels));
        // Every hit of every hidden term, where the page's text has it.
        int boxes = 0;
        const QString text = doc.getAllText(page).text();
        for (const auto &[start, length] : redactor.spans(text)) {
            const QPdfSelection hit = doc.getSelectionAtIndex(page, int(start), int(length));
            // One box per line of the hit, as tall as its tallest glyph and
            // then some: boxes fitted to each glyph would show the words'
            // outlines, and gaps between them their lengths.
            QList<QRectF> lines;
            for (const QPolygonF &polygon : hit.bounds()) {
                const QRectF r = polygon.boundingRect();
                auto line = std::find_if(lines.begin(), lines.end(), [&r](const QRectF &l) {
                    const double overlap = qMin(l.bottom(), r.bottom()) - qMax(l.top(), r.top());
                    return overlap > 0.4 * qMin(l.height(), r.height());
                });
                if (line == lines.end())
                    lines.append(r);
                else
                    *line = line->united(r);
            }
            for (const QRectF &line : std::as_const(lines)) {
                const double pad = qMax(1.5, line.height() * 0.3);
                const QRectF box = line.adjusted(-pad, -pad, pad, pad);
                painter.fillRect(QRectF(box.topLeft() * scale, box.size() * scale), Qt::black);
                ++boxes;
            }
        }
        painter.end();
        const QImage rgb = picture.convertToFormat(QImage::Format_RGB888);
        ExhibitFile::RasterPage raster;
        raster.rawPath = f.path + u".page%1.raw"_s.arg(page + 1);
        raster.width = rgb.width();
        raster.height = rgb.height();
        raster.boxes = boxes;
        QFile raw(raster.rawPath);
        if (!raw.open(QIODevice::WriteOnly)) {
            f.problem = ExhibitFile::Problem::UnreadablePdf;
            f.rasterPages.clear();
            return;
        }
        for (int row = 0; row < rgb.height(); ++row)
            raw.write(reinterpret_cast<const char *>(rgb.constScanLine(row)), qint64(rgb.width()) * 3);
        f.rasterPages.append(raster);
    }
}

} // namespace plaint
