#include "pdfassembler.h"

#include "sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QPainter>

#include <qpdf/Buffer.hh>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace plaint {

namespace {

std::string num(double v)
{
    return QString::number(v, 'f', 4).toStdString();
}

// Streams a file (or parts of it) into qpdf when it writes, so 200 photos
// never sit in memory together.
std::function<void(Pipeline *)> fileParts(const QString &path, QList<QPair<qint64, qint64>> parts)
{
    return [path, parts](Pipeline *pipeline) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("evidence copy vanished");
        QList<QPair<qint64, qint64>> ranges = parts;
        if (ranges.isEmpty())
            ranges.append({0, file.size()});
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (const auto &[offset, length] : ranges) {
            file.seek(offset);
            qint64 left = length;
            while (left > 0) {
                const qint64 n = file.read(buffer.data(), qMin<qint64>(left, buffer.size()));
                if (n <= 0)
                    throw std::runtime_error("evidence copy is short");
                pipeline->write(reinterpret_cast<const unsigned char *>(buffer.constData()), size_t(n));
                left -= n;
            }
        }
        pipeline->finish();
    };
}

QPDFObjectHandle deviceSpace(int components)
{
    return QPDFObjectHandle::newName(components == 1 ? "/DeviceGray" : components == 4 ? "/DeviceCMYK" : "/DeviceRGB");
}

// An image XObject of the given size; BitsPerComponent and ColorSpace are
// set by the caller when they differ from 8-bit `space`.
QPDFObjectHandle newImage(QPDF &pdf, int width, int height, QPDFObjectHandle space)
{
    QPDFObjectHandle image = QPDFObjectHandle::newStream(&pdf);
    QPDFObjectHandle dict = image.getDict();
    dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
    dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Image"));
    dict.replaceKey("/Width", QPDFObjectHandle::newInteger(width));
    dict.replaceKey("/Height", QPDFObjectHandle::newInteger(height));
    dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(8));
    dict.replaceKey("/ColorSpace", space);
    return image;
}

QPDFObjectHandle imageXObject(QPDF &pdf, const DossierModel::Exhibit &x)
{
    const ExhibitFile &f = x.file;
    const auto null = QPDFObjectHandle::newNull();
    if (!f.rawPath.isEmpty()) {
        // Converted losslessly: raw 8-bit pixels, compressed by qpdf.
        QPDFObjectHandle image = newImage(pdf, f.width, f.height, deviceSpace(f.rawComponents));
        if (!f.alphaPath.isEmpty()) {
            QPDFObjectHandle mask = newImage(pdf, f.width, f.height, deviceSpace(1));
            mask.replaceStreamData(fileParts(f.alphaPath, {}), null, null);
            image.getDict().replaceKey("/SMask", mask);
        }
        image.replaceStreamData(fileParts(f.rawPath, {}), null, null);
        return image;
    }
    QPDFObjectHandle image = newImage(pdf, f.width, f.height, deviceSpace(f.components));
    QPDFObjectHandle dict = image.getDict();
    if (f.kind == ExhibitFile::Kind::Jpeg) {
        if (f.adobeInverted)
            dict.replaceKey("/Decode", QPDFObjectHandle::parse("[1 0 1 0 1 0 1 0]"));
        image.replaceStreamData(fileParts(f.strippedPath.isEmpty() ? f.path : f.strippedPath, {}),
                                QPDFObjectHandle::newName("/DCTDecode"), null);
        return image;
    }
    // PNG: the zlib stream of the IDAT chunks is what PDF's Flate filter with
    // the PNG predictors reads.
    dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(f.bitsPerComponent));
    if (f.pngColorType == 3) {
        QPDFObjectHandle indexed = QPDFObjectHandle::newArray();
        indexed.appendItem(QPDFObjectHandle::newName("/Indexed"));
        indexed.appendItem(QPDFObjectHandle::newName("/DeviceRGB"));
        indexed.appendItem(QPDFObjectHandle::newInteger(f.pngPalette.size() / 3 - 1));
        indexed.appendItem(QPDFObjectHandle::newString(f.pngPalette.toStdString()));
        dict.replaceKey("/ColorSpace", indexed);
    } else {
        dict.replaceKey("/ColorSpace", deviceSpace(f.pngColorType == 0 ? 1 : 3));
    }
    QPDFObjectHandle parms = QPDFObjectHandle::newDictionary();
    parms.replaceKey("/Predictor", QPDFObjectHandle::newInteger(15));
    parms.replaceKey("/Colors", QPDFObjectHandle::newInteger(f.pngColorType == 2 ? 3 : 1));
    parms.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(f.bitsPerComponent));
    parms.replaceKey("/Columns", QPDFObjectHandle::newInteger(f.width));
    image.replaceStreamData(fileParts(f.path, f.pngIdat), QPDFObjectHandle::newName("/FlateDecode"), parms);
    return image;
}

// The matrix that draws the unit square of an image into `r` (PDF
// coordinates), turned the way its EXIF orientation says.
std::string placement(int orientation, double x, double y, double w, double h)
{
    QList<double> m;
    switch (orientation) {
    case 2: m = {-w, 0, 0, h, x + w, y}; break;
    case 3: m = {-w, 0, 0, -h, x + w, y + h}; break;
    case 4: m = {w, 0, 0, -h, x, y + h}; break;
    case 5: m = {0, -h, -w, 0, x + w, y + h}; break;
    case 6: m = {0, -h, w, 0, x, y + h}; break;
    case 7: m = {0, h, w, 0, x, y}; break;
    case 8: m = {0, h, -w, 0, x + w, y}; break;
    default: m = {w, 0, 0, h, x, y}; break;
    }
    std::string s;
    for (double v : m)
        s += num(v) + " ";
    return s + "cm";
}

} // namespace

QString PdfAssembler::imageName(int exhibitNumber)
{
    return u"/PlaintExhibit%1"_s.arg(exhibitNumber);
}

QString PdfAssembler::pageName(int exhibitNumber, int page)
{
    return u"/PlaintExhibit%1Page%2"_s.arg(exhibitNumber).arg(page);
}

QStringList PdfAssembler::pageContentHashes(const QString &pdfPath)
{
    QStringList hashes;
    try {
        QPDF source;
        source.setSuppressWarnings(true);
        source.processFile(QFile::encodeName(pdfPath).constData());
        for (auto &page : QPDFPageDocumentHelper(source).getAllPages()) {
            auto data = page.getFormXObjectForPage().getStreamData(qpdf_dl_generalized);
            Sha256 hash;
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize())));
            hashes << hash.hexResult();
        }
    } catch (const std::exception &) {
        hashes.clear();
    }
    return hashes;
}

void PdfAssembler::prepareImage(DossierModel::Exhibit &x)
{
    ExhibitFile &f = x.file;
    const bool image = f.kind == ExhibitFile::Kind::Jpeg || f.kind == ExhibitFile::Kind::Png || f.kind == ExhibitFile::Kind::Image;
    if (!image || f.problem != ExhibitFile::Problem::None || (f.passesThrough() && x.masks.isEmpty()))
        return;
    if (f.megapixels() > ExhibitFile::kMaxMegapixelsToConvert) {
        f.problem = ExhibitFile::Problem::TooLarge;
        return;
    }
    QImageReader reader(f.path);
    reader.setAutoTransform(true);
    QImage img = reader.read();
    if (img.isNull()) {
        f.problem = ExhibitFile::Problem::Corrupt;
        return;
    }
    // Masks are drawn in the image as the user sees it, and burnt into the
    // pixels: a box drawn over the picture would leave it in the file.
    if (!x.masks.isEmpty()) {
        img = img.convertToFormat(img.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
        QPainter painter(&img);
        for (const QRectF &r : std::as_const(x.masks))
            painter.fillRect(r, Qt::black);
    }
    const bool alpha = img.hasAlphaChannel();
    const bool gray = img.isGrayscale() && !alpha;
    img = img.convertToFormat(alpha ? QImage::Format_RGBA8888 : gray ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    QFile raw(f.path + u".raw"_s);
    QFile mask(f.path + u".alpha"_s);
    if (!raw.open(QIODevice::WriteOnly) || (alpha && !mask.open(QIODevice::WriteOnly))) {
        f.problem = ExhibitFile::Problem::Corrupt;
        return;
    }
    const int channels = alpha ? 4 : gray ? 1 : 3;
    QByteArray colour;
    QByteArray opacity;
    for (int row = 0; row < img.height(); ++row) {
        const uchar *line = img.constScanLine(row);
        if (!alpha) {
            raw.write(reinterpret_cast<const char *>(line), qint64(img.width()) * channels);
            continue;
        }
        colour.resize(qsizetype(img.width()) * 3);
        opacity.resize(img.width());
        for (int col = 0; col < img.width(); ++col) {
            colour[col * 3] = char(line[col * 4]);
            colour[col * 3 + 1] = char(line[col * 4 + 1]);
            colour[col * 3 + 2] = char(line[col * 4 + 2]);
            opacity[col] = char(line[col * 4 + 3]);
        }
        raw.write(colour);
        mask.write(opacity);
    }
    f.rawPath = raw.fileName();
    f.alphaPath = alpha ? mask.fileName() : QString();
    f.rawComponents = gray ? 1 : 3;
    f.width = img.width();
    f.height = img.height();
    f.orientation = 1;
}

Status PdfAssembler::assemble(const QString &pagesPdf, const DossierModel &model, const DossierRenderer::Layout &layout,
                              const QByteArray &manifest, bool attachOriginals, const QString &output,
                              const PdfA1b::Info *pdfa)
{
    try {
        QPDF pdf;
        pdf.processFile(QFile::encodeName(pagesPdf).constData());
        auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
        if (int(pages.size()) != layout.pages)
            return Status::failure(QCoreApplication::translate("Dossier", "The dossier's pages do not match their layout."));

        std::map<int, std::unique_ptr<QPDF>> sources; // PDF exhibits, open until the file is written
        std::map<int, QPDFObjectHandle> images;
        std::map<int, std::string> contentByPage;
        const auto null = QPDFObjectHandle::newNull();
        for (const DossierRenderer::Slot &slot : layout.places) {
            const DossierModel::Exhibit &x = model.exhibits.at(slot.exhibit);
            QPDFPageObjectHelper page = pages.at(size_t(slot.page - 1));
            const auto box = page.getMediaBox().getArrayAsRectangle();
            const double top = box.ury;
            const double llx = slot.rect.x();
            const double lly = top - slot.rect.y() - slot.rect.height();
            QPDFObjectHandle resources = page.getAttribute("/Resources", true);
            if (!resources.isDictionary()) {
                resources = QPDFObjectHandle::newDictionary();
                page.getObjectHandle().replaceKey("/Resources", resources);
            }
            QPDFObjectHandle xobjects = resources.getKey("/XObject");
            if (!xobjects.isDictionary()) {
                xobjects = QPDFObjectHandle::newDictionary();
                resources.replaceKey("/XObject", xobjects);
            } else if (xobjects.isIndirect()) {
                xobjects = xobjects.shallowCopy();
                resources.replaceKey("/XObject", xobjects);
            }
            std::string content;
            if (slot.pdfPage < 0) {
                auto it = images.find(slot.exhibit);
                if (it == images.end())
                    it = images.emplace(slot.exhibit, imageXObject(pdf, x)).first;
                const std::string name = imageName(x.number).toStdString();
                xobjects.replaceKey(name, it->second);
                content = "q " + placement(x.file.orientation, llx, lly, slot.rect.width(), slot.rect.height()) + " "
                    + name + " Do Q\n";
            } else if (!x.file.rasterPages.isEmpty()) {
                // Redacted: the page as a picture, no text.
                if (size_t(slot.pdfPage) >= size_t(x.file.rasterPages.size()))
                    continue;
                const ExhibitFile::RasterPage &raster = x.file.rasterPages.at(slot.pdfPage);
                QPDFObjectHandle picture = newImage(pdf, raster.width, raster.height, deviceSpace(3));
                picture.replaceStreamData(fileParts(raster.rawPath, {}), null, null);
                const std::string name = pageName(x.number, slot.pdfPage + 1).toStdString();
                xobjects.replaceKey(name, picture);
                content = "q " + placement(1, llx, lly, slot.rect.width(), slot.rect.height()) + " " + name + " Do Q\n";
            } else {
                auto &source = sources[slot.exhibit];
                if (!source) {
                    source = std::make_unique<QPDF>();
                    source->setSuppressWarnings(true);
                    source->processFile(QFile::encodeName(x.file.path).constData());
                }
                auto sourcePages = QPDFPageDocumentHelper(*source).getAllPages();
                if (size_t(slot.pdfPage) >= sourcePages.size())
                    continue;
                QPDFObjectHandle form = pdf.copyForeignObject(sourcePages.at(size_t(slot.pdfPage)).getFormXObjectForPage());
                const std::string name = pageName(x.number, slot.pdfPage + 1).toStdString();
                xobjects.replaceKey(name, form);
                content = page.placeFormXObject(form, name,
                                                QPDFObjectHandle::Rectangle(llx, lly, llx + slot.rect.width(),
                                                                            lly + slot.rect.height()),
                                                true, true, true);
            }
            contentByPage[slot.page] += content;
        }
        for (const auto &[pageNumber, content] : contentByPage) {
            QPDFPageObjectHelper page = pages.at(size_t(pageNumber - 1));
            page.addPageContents(QPDFObjectHandle::newStream(&pdf, "q\n"), true);
            page.addPageContents(QPDFObjectHandle::newStream(&pdf, "\nQ\n" + content), false);
        }

        // What `plaint verify` reads back: the exhibits and their hashes.
        QPDFEmbeddedFileDocumentHelper embedded(pdf);
        if (pdfa) {
            // PDF/A-1 allows no embedded files: the manifest is a stream of the catalog.
            QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf, manifest.toStdString());
            stream.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/application#2Fjson"));
            pdf.getRoot().replaceKey("/PlaintManifest", stream);
        } else {
            auto manifestStream = QPDFEFStreamObjectHelper::createEFStream(pdf, manifest.toStdString());
            manifestStream.setSubtype("application/json");
            auto manifestSpec = QPDFFileSpecObjectHelper::createFileSpec(pdf, "plaint-manifest.json", manifestStream);
            manifestSpec.setDescription("Plaint manifest: exhibits, their SHA-256 and the journal head");
            embedded.replaceEmbeddedFile("plaint-manifest.json", manifestSpec);
        }
        if (attachOriginals) {
            for (const DossierModel::Exhibit &x : model.exhibits) {
                auto stream = QPDFEFStreamObjectHelper::createEFStream(pdf, fileParts(x.file.path, {}));
                stream.setSubtype(x.attachment.mimeType.toStdString());
                const std::string name = u"exhibit-%1-%2"_s.arg(x.number, 3, 10, QLatin1Char('0')).arg(x.name).toStdString();
                auto spec = QPDFFileSpecObjectHelper::createFileSpec(pdf, name, stream);
                spec.setDescription(u"Exhibit %1, SHA-256 %2"_s.arg(x.number).arg(x.attachment.sha256).toStdString());
                embedded.replaceEmbeddedFile(name, spec);
            }
        }

        QPDFObjectHandle root = pdf.getRoot();
        root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(
                                     model.profile.language() == u"en" ? "en" : model.profile.language() == u"zh_TW" ? "zh-TW" : "zh-CN"));
        QPDFObjectHandle preferences = QPDFObjectHandle::newDictionary();
        preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        root.replaceKey("/ViewerPreferences", preferences);

        if (pdfa)
            PdfA1b::apply(pdf, *pdfa);
        const QByteArray outputName = QFile::encodeName(output); // QPDFWriter keeps the pointer
        QPDFWriter writer(pdf, outputName.constData());
        // PDF/A-1 is PDF 1.4: no object or cross-reference streams.
        writer.setObjectStreamMode(pdfa ? qpdf_o_disable : qpdf_o_generate);
        writer.setNewlineBeforeEndstream(pdfa != nullptr);
        writer.setDecodeLevel(qpdf_dl_generalized); // never touches the JPEG streams
        writer.setDeterministicID(true);
        writer.write();
    } catch (const std::exception &e) {
        return Status::failure(QCoreApplication::translate("Dossier", "The dossier PDF could not be assembled: %1")
                                   .arg(QString::fromLocal8Bit(e.what())));
    }
    return {};
}

} // namespace plaint
