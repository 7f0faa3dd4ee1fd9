#include "dossierverifier.h"

#include "library.h"
#include "exhibitfile.h"
#include "jpegmetadata.h"
#include "dossiermodel.h"
#include "pdfassembler.h"
#include "sha256.h"
#include "zipreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

using namespace Qt::StringLiterals;

namespace plaint {

namespace {


QString hashOf(const std::shared_ptr<Buffer> &buffer)
{
    Sha256 hash;
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize())));
    return hash.hexResult();
}

QString hashOfFile(const QString &path, const QList<QPair<qint64, qint64>> &parts = {})
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    const QList<QPair<qint64, qint64>> ranges = parts.isEmpty() ? QList<QPair<qint64, qint64>>{{0, file.size()}} : parts;
    for (const auto &[offset, length] : ranges) {
        file.seek(offset);
        qint64 left = length;
        while (left > 0) {
            const QByteArray chunk = file.read(qMin<qint64>(left, 1 << 20));
            if (chunk.isEmpty())
                return {};
            hash.addData(chunk);
            left -= chunk.size();
        }
    }
    return hash.hexResult();
}

// The journal head printed on the cover: the one 64-digit hexadecimal run
// on the first page (line breaks may fall inside it).
QString coverHead(const QString &path)
{
    QPdfDocument doc;
    if (doc.load(path) != QPdfDocument::Error::None || doc.pageCount() < 1)
        return {};
    QString text = doc.getAllText(0).text();
    text.remove(QRegularExpression(u"\\s+"_s));
    static const QRegularExpression hex(u"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])"_s);
    const auto match = hex.match(text);
    return match.hasMatch() ? match.captured() : QString();
}

} // namespace

DossierVerifier::Report DossierVerifier::verify(const QString &path, const Library *library)
{
    Report report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.ok = false;
        report.problems << QCoreApplication::translate("Dossier", "Cannot read %1: %2").arg(path, file.errorString());
        return report;
    }
    const QByteArray head = file.read(5);
    file.close();
    if (head.startsWith("%PDF-")) {
        verifyPdf(path, report);
    } else if (head.startsWith("PK")) {
        report.isBundle = true;
        verifyBundle(path, report);
    } else {
        report.ok = false;
        report.problems << QCoreApplication::translate("Dossier", "%1 is neither a dossier PDF nor a dossier bundle (ZIP).").arg(path);
        return report;
    }
    if (library && report.ok)
        verifyAgainstLibrary(*library, report);
    return report;
}

void DossierVerifier::verifyPdf(const QString &path, Report &report)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(QFile::encodeName(path).constData());
        QPDFEmbeddedFileDocumentHelper embedded(pdf);
        auto manifestSpec = embedded.getEmbeddedFile("plaint-manifest.json");
        // A PDF/A dossier keeps it in the catalog (PDF/A-1 has no embedded files).
        QPDFObjectHandle inCatalog = pdf.getRoot().getKey("/PlaintManifest");
        if (!manifestSpec && !inCatalog.isStream()) {
            report.ok = false;
            report.problems << QCoreApplication::translate("Dossier", "%1 has no Plaint manifest: it is not a Plaint dossier, or it was rewritten by "
                                  "another program.")
                                   .arg(path);
            return;
        }
        if (manifestSpec && inCatalog.isStream()) {
            report.ok = false;
            report.problems << QCoreApplication::translate("Dossier", "%1 has two manifests: Plaint writes one, so the file was changed after it was made.").arg(path);
            return;
        }
        auto data = manifestSpec ? manifestSpec->getEmbeddedFileStream().getStreamData()
                                 : inCatalog.getStreamData(qpdf_dl_generalized);
        const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize())));
        report.manifest = doc.object();
        if (report.manifest.value(u"format"_s).toString() != u"plaint-dossier-manifest") {
            report.ok = false;
            report.problems << QCoreApplication::translate("Dossier", "The manifest inside %1 is damaged.").arg(path);
            return;
        }
        report.journalHead = report.manifest.value(u"journal_head"_s).toString();
        report.checks << QCoreApplication::translate("Dossier", "Manifest found: %1 exhibits, journal head %2.")
                             .arg(report.manifest.value(u"exhibits"_s).toArray().size())
                             .arg(report.journalHead);

        report.coverJournalHead = coverHead(path);
        if (report.coverJournalHead != report.journalHead) {
            report.ok = false;
            report.problems << QCoreApplication::translate("Dossier", "The journal head printed on the cover (%1) is not the one in the manifest (%2).")
                                   .arg(report.coverJournalHead.isEmpty() ? u"—"_s : report.coverJournalHead, report.journalHead);
        } else {
            report.checks << QCoreApplication::translate("Dossier", "The cover prints the manifest's journal head.");
        }

        // Every exhibit image and page, wherever it is drawn.
        QHash<QString, QPDFObjectHandle> images;
        for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            QPDFObjectHandle xobjects = page.getAttribute("/Resources", false).getKey("/XObject");
            if (!xobjects.isDictionary())
                continue;
            for (const std::string &key : xobjects.getKeys())
                if (key.rfind("/PlaintExhibit", 0) == 0)
                    images.insert(QString::fromStdString(key), xobjects.getKey(key));
        }
        QHash<QString, QString> originals; // embedded originals by file name → sha
        for (const auto &[name, spec] : embedded.getEmbeddedFiles()) {
            if (name == "plaint-manifest.json")
                continue;
            originals.insert(QString::fromStdString(name), hashOf(spec->getEmbeddedFileStream().getStreamData()));
        }

        const QJsonArray exhibits = report.manifest.value(u"exhibits"_s).toArray();
        report.exhibits = int(exhibits.size());
        QSet<QString> seen;
        for (const QJsonValue &v : exhibits) {
            const QJsonObject x = v.toObject();
            const int number = x.value(u"number"_s).toInt();
            const QString sha = x.value(u"sha256"_s).toString();
            const QString name = PdfAssembler::imageName(number);
            if (x.contains(u"stream_sha256"_s) || x.contains(u"decoded_stream_sha256"_s)) {
                if (!images.contains(name)) {
                    report.ok = false;
                    report.problems << QCoreApplication::translate("Dossier", "Exhibit %1: its image is missing from the PDF.").arg(number);
                    continue;
                }
                seen.insert(name);
                QPDFObjectHandle image = images.value(name);
                const bool raw = x.contains(u"stream_sha256"_s);
                const QString expected = x.value(raw ? u"stream_sha256"_s : u"decoded_stream_sha256"_s).toString();
                const QString actual = hashOf(raw ? image.getRawStreamData() : image.getStreamData(qpdf_dl_generalized));
                report.pdfHashes.insert(number, {actual});
                if (actual != expected) {
                    report.ok = false;
                    report.problems << QCoreApplication::translate("Dossier", "Exhibit %1: the image in the PDF is not the one the dossier was made with.")
                                           .arg(number);
                    continue;
                }
                ++report.exhibitsChecked;
                if (raw && expected == sha) {
                    ++report.originalsExact;
                    report.checks << QCoreApplication::translate("Dossier", "Exhibit %1: the JPEG in the PDF is the original file, SHA-256 %2.").arg(number).arg(sha);
                } else {
                    report.checks << QCoreApplication::translate("Dossier", "Exhibit %1: the image data matches the manifest.").arg(number);
                }
            }
            for (const QString &key : {u"page_content_sha256"_s, u"page_decoded_sha256"_s}) {
                if (!x.contains(key))
                    continue;
                const QJsonArray expected = x.value(key).toArray();
                QStringList actual;
                bool right = true;
                for (int page = 0; page < expected.size(); ++page) {
                    const QString pageName = PdfAssembler::pageName(number, page + 1);
                    if (!images.contains(pageName)) {
                        right = false;
                        actual << QString();
                        continue;
                    }
                    seen.insert(pageName);
                    QPDFObjectHandle object = images.value(pageName);
                    actual << hashOf(object.getStreamData(qpdf_dl_generalized));
                    right = right && actual.last() == expected.at(page).toString();
                }
                report.pdfHashes.insert(number, actual);
                if (!right || expected.isEmpty()) {
                    report.ok = false;
                    report.problems << QCoreApplication::translate("Dossier", "Exhibit %1: its pages in the PDF are not the ones the dossier was made with.").arg(number);
                } else {
                    ++report.exhibitsChecked;
                    report.checks << QCoreApplication::translate("Dossier", "Exhibit %1: its %2 pages match the manifest.").arg(number).arg(expected.size());
                }
            }
            for (auto it = originals.constBegin(); it != originals.constEnd(); ++it) {
                if (!it.key().startsWith(u"exhibit-%1-"_s.arg(number, 3, 10, QLatin1Char('0'))))
                    continue;
                if (it.value() != sha) {
                    report.ok = false;
                    report.problems << QCoreApplication::translate("Dossier", "Exhibit %1: the attached original does not match its SHA-256.").arg(number);
                } else {
                    ++report.exhibitsChecked;
                    report.checks << QCoreApplication::translate("Dossier", "Exhibit %1: the attached original file matches SHA-256 %2.").arg(number).arg(sha);
                }
            }
        }
        // Evidence drawn in the PDF that the manifest does not account for.
        for (auto it = images.constBegin(); it != images.constEnd(); ++it) {
            if (seen.contains(it.key()))
                continue;
            report.ok = false;
            report.problems << QCoreApplication::translate("Dossier", "The PDF shows %1, which the manifest does not account for.").arg(it.key().mid(1));
        }
    } catch (const std::exception &e) {
        report.ok = false;
        report.problems << QCoreApplication::translate("Dossier", "%1 cannot be read as a PDF: %2").arg(path, QString::fromLocal8Bit(e.what()));
    }
}

void DossierVerifier::verifyBundle(const QString &path, Report &report)
{
    ZipReader zip(path);
    if (!zip.isOpen()) {
        report.ok = false;
        report.problems << zip.error();
        return;
    }
    const ZipReader::Entry *sums = zip.find(u"SHA256SUMS"_s);
    const ZipReader::Entry *manifest = zip.find(u"manifest.json"_s);
    const ZipReader::Entry *dossier = zip.find(u"dossier.pdf"_s);
    if (!sums || !manifest || !dossier) {
        report.ok = false;
        report.problems << QCoreApplication::translate("Dossier", "%1 is not a Plaint bundle: it needs dossier.pdf, manifest.json and SHA256SUMS.").arg(path);
        return;
    }
    // SHA256SUMS: every line's file is there and hashes right.
    const QStringList lines = QString::fromUtf8(zip.readAll(*sums)).split(u'\n', Qt::SkipEmptyParts);
    QHash<QString, QString> listed;
    for (const QString &line : lines) {
        const qsizetype gap = line.indexOf(u"  "_s);
        if (gap != 64) {
            report.ok = false;
            report.problems << QCoreApplication::translate("Dossier", "SHA256SUMS has a line that is not \"hash  file\": %1").arg(line.left(80));
            continue;
        }
        listed.insert(line.mid(66), line.left(64));
    }
    for (const ZipReader::Entry &entry : zip.entries()) {
        if (entry.name == u"SHA256SUMS")
            continue;
        if (!listed.contains(entry.name)) {
            report.ok = false;
            report.problems << QCoreApplication::translate("Dossier", "%1 is in the bundle but not in SHA256SUMS.").arg(entry.name);
            continue;
        }
        Sha256 hash;
        if (!zip.read(entry, [&hash](const QByteArray &piece) { hash.addData(piece); })) {
            report.ok = false;
            report.problems << QCoreApplication::translate("Dossier", "%1 in the bundle is damaged.").arg(entry.name);
            continue;
        }
        const QString actual = hash.hexResult();
        if (actual != listed.value(entry.name)) {
            report.ok = false;
            report.problems << QCoreApplication::translate("Dossier", "%1 does not match its SHA-256 in SHA256SUMS.").arg(entry.name);
        } else {
            report.checks << QCoreApplication::translate("Dossier", "%1 matches SHA-256 %2.").arg(entry.name, actual);
        }
        listed.remove(entry.name);
    }
    for (auto it = listed.constBegin(); it != listed.constEnd(); ++it) {
        report.ok = false;
        report.problems << QCoreApplication::translate("Dossier", "%1 is in SHA256SUMS but missing from the bundle.").arg(it.key());
    }

    // The manifest: each evidence file is the exhibit it says.
    const QJsonObject bundleManifest = QJsonDocument::fromJson(zip.readAll(*manifest)).object();
    QHash<int, QString> exhibitSha;
    for (const QJsonValue &v : bundleManifest.value(u"exhibits"_s).toArray())
        exhibitSha.insert(v.toObject().value(u"number"_s).toInt(), v.toObject().value(u"sha256"_s).toString());
    for (const QJsonValue &v : bundleManifest.value(u"files"_s).toArray()) {
        const QJsonObject f = v.toObject();
        const ZipReader::Entry *entry = zip.find(f.value(u"path"_s).toString());
        if (!entry || exhibitSha.value(f.value(u"exhibit"_s).toInt()) != f.value(u"sha256"_s).toString()) {
            report.ok = false;
            report.problems << QCoreApplication::translate("Dossier", "The manifest names %1, which does not match the bundle.").arg(f.value(u"path"_s).toString());
        }
    }

    // And the dossier inside it.
    QTemporaryDir work;
    const QString pdf = QDir(work.path()).filePath(u"dossier.pdf"_s);
    QFile out(pdf);
    if (!work.isValid() || !out.open(QIODevice::WriteOnly)) {
        report.ok = false;
        report.problems << QCoreApplication::translate("Dossier", "Cannot make a working copy of the dossier to check it.");
        return;
    }
    zip.read(*dossier, [&out](const QByteArray &piece) { out.write(piece); });
    out.close();
    Report inner;
    verifyPdf(pdf, inner);
    report.ok = report.ok && inner.ok;
    report.problems << inner.problems;
    report.checks << inner.checks;
    report.manifest = inner.manifest;
    report.journalHead = inner.journalHead;
    report.pdfHashes = inner.pdfHashes;
    report.coverJournalHead = inner.coverJournalHead;
    report.exhibits = inner.exhibits;
    report.exhibitsChecked = inner.exhibitsChecked + int(bundleManifest.value(u"files"_s).toArray().size());
    report.originalsExact = inner.originalsExact;
    if (inner.journalHead != bundleManifest.value(u"journal_head"_s).toString()) {
        report.ok = false;
        report.problems << QCoreApplication::translate("Dossier", "The dossier and the bundle's manifest name different journal heads.");
    }
}

void DossierVerifier::verifyAgainstLibrary(const Library &library, Report &report)
{
    auto mark = library.journalMark(report.journalHead);
    if (!mark) {
        report.ok = false;
        report.problems << mark.error();
        return;
    }
    if (mark->seq == 0) {
        report.ok = false;
        report.problems << QCoreApplication::translate("Dossier", "The journal head %1 is not in the library %2: the dossier was not made from it, or "
                              "the library's history was changed.")
                               .arg(report.journalHead, library.path());
        return;
    }
    // The chain itself, recomputed: a head that is merely present in an
    // edited journal proves nothing.
    const Library::Check chain = library.verify(false);
    if (!chain.ok && (chain.firstBadEntry == 0 || chain.firstBadEntry <= mark->seq)) {
        report.ok = false;
        report.problems << QCoreApplication::translate("Dossier", "The library's journal does not check out up to the dossier's head (entry %1): its history was changed.")
                               .arg(mark->seq);
        report.problems << chain.problems;
        return;
    }
    report.checks << QCoreApplication::translate("Dossier", "The journal head is entry %1 of the library's journal; %2 entries were added since.")
                         .arg(mark->seq)
                         .arg(mark->later);
    report.checks << QCoreApplication::translate("Dossier", "The library's journal chain was recomputed and is unbroken up to that entry.");
    if (!chain.ok)
        report.checks << QCoreApplication::translate("Dossier", "The library's journal is damaged at entry %1, after this dossier was made: check it with plaint verify --library.")
                             .arg(chain.firstBadEntry);

    // Each exhibit: the library's evidence, and what the PDF shows is made from it.
    QTemporaryDir work;
    for (const QJsonValue &v : report.manifest.value(u"exhibits"_s).toArray()) {
        const QJsonObject x = v.toObject();
        const int number = x.value(u"number"_s).toInt();
        const QString sha = x.value(u"sha256"_s).toString();
        auto fail = [&](const QString &why) {
            report.ok = false;
            report.problems << why;
        };
        auto has = library.hasEvidence(sha);
        if (!has || !*has) {
            fail(QCoreApplication::translate("Dossier", "Exhibit %1 is not in the library.").arg(number));
            continue;
        }
        const QString copy = QDir(work.path()).filePath(u"exhibit-%1.bin"_s.arg(number));
        {
            QFile out(copy);
            if (!work.isValid() || !out.open(QIODevice::WriteOnly) || !library.readEvidence(sha, out)) {
                fail(QCoreApplication::translate("Dossier", "Exhibit %1 cannot be read from the library.").arg(number));
                continue;
            }
        }
        if (hashOfFile(copy) != sha) {
            fail(QCoreApplication::translate("Dossier", "Exhibit %1: the library's copy does not match its SHA-256.").arg(number));
            continue;
        }
        const QString in = x.value(u"in_dossier"_s).toString();
        const QStringList inPdf = report.pdfHashes.value(number);
        DossierModel::Exhibit exhibit;
        exhibit.file = ExhibitFile::probe(copy, x.value(u"mime_type"_s).toString());
        QStringList expected;
        if (in == u"original-jpeg") {
            expected << sha;
        } else if (in == u"jpeg-metadata-removed") {
            if (JpegMetadata::strip(copy, copy + u".stripped"_s))
                expected << hashOfFile(copy + u".stripped"_s);
        } else if (in == u"png-data") {
            expected << hashOfFile(copy, exhibit.file.pngIdat);
        } else if (in == u"converted" || in == u"masked") {
            for (const QJsonValue &m : x.value(u"masks"_s).toArray()) {
                const QJsonArray r = m.toArray();
                exhibit.masks << QRectF(r.at(0).toDouble(), r.at(1).toDouble(), r.at(2).toDouble(), r.at(3).toDouble());
            }
            PdfAssembler::prepareImage(exhibit);
            if (!exhibit.file.rawPath.isEmpty())
                expected << hashOfFile(exhibit.file.rawPath);
        } else if (in == u"pdf-pages") {
            expected = PdfAssembler::pageContentHashes(copy);
        } else if (in == u"pdf-pages-as-pictures") {
            // The words hidden are not in the dossier, so the pictures cannot
            // be made again; their number can be checked.
            if (exhibit.file.pages != inPdf.size())
                fail(QCoreApplication::translate("Dossier", "Exhibit %1: the library's PDF has %2 pages, the dossier shows %3.")
                         .arg(number).arg(exhibit.file.pages).arg(inPdf.size()));
            else
                report.checks << QCoreApplication::translate("Dossier", "Exhibit %1 is in the library; its %2 pages are shown as redacted pictures, which cannot be re-made without the hidden words.")
                                     .arg(number).arg(inPdf.size());
            continue;
        } else {
            // Listed or not shown: the library decides whether it could have been shown.
            const bool image = exhibit.file.kind == ExhibitFile::Kind::Jpeg || exhibit.file.kind == ExhibitFile::Kind::Png;
            if ((image || exhibit.file.kind == ExhibitFile::Kind::Pdf) && exhibit.file.problem == ExhibitFile::Problem::None)
                fail(QCoreApplication::translate("Dossier", "Exhibit %1: the dossier does not show it, but the library's file can be shown.").arg(number));
            else
                report.checks << QCoreApplication::translate("Dossier", "Exhibit %1 is the library's evidence %2.").arg(number).arg(sha);
            continue;
        }
        if (expected.isEmpty() || expected != inPdf) {
            fail(QCoreApplication::translate("Dossier", "Exhibit %1: what the PDF shows is not made from the library's evidence %2.").arg(number).arg(sha));
            continue;
        }
        report.checks << QCoreApplication::translate("Dossier", "Exhibit %1: what the PDF shows is made from the library's evidence %2.").arg(number).arg(sha);
    }
}

} // namespace plaint
