#include "dossierwriter.h"

#include "dossiermodel.h"
#include "dossierrenderer.h"
#include "jpegmetadata.h"
#include "library.h"
#include "pagecanvas.h"
#include "pdfa1b.h"
#include "pdfassembler.h"
#include "pdfredaction.h"
#include "sha256.h"
#include "zipwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace plaint {

namespace {


QString hashOfParts(const QString &path, const QList<QPair<qint64, qint64>> &parts)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    for (const auto &[offset, length] : parts) {
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

QString hashOfFile(const QString &path)
{
    return hashOfParts(path, {{0, QFileInfo(path).size()}});
}

QString embedding(const DossierModel::Exhibit &x)
{
    const ExhibitFile &f = x.file;
    if (f.problem != ExhibitFile::Problem::None)
        return u"not-shown"_s;
    if (!f.rawPath.isEmpty())
        return x.masks.isEmpty() ? u"converted"_s : u"masked"_s;
    if (f.kind == ExhibitFile::Kind::Jpeg)
        return f.strippedPath.isEmpty() ? u"original-jpeg"_s : u"jpeg-metadata-removed"_s;
    if (f.kind == ExhibitFile::Kind::Png)
        return u"png-data"_s;
    if (f.kind == ExhibitFile::Kind::Pdf)
        return f.rasterPages.isEmpty() ? u"pdf-pages"_s : u"pdf-pages-as-pictures"_s;
    return u"listed"_s;
}

QByteArray manifestOf(const DossierModel &m, const DossierOptions &options, const QString &pdfaObstacle)
{
    QJsonArray exhibits;
    for (const DossierModel::Exhibit &x : m.exhibits) {
        const QString in = embedding(x);
        QJsonObject o{{u"number"_s, x.number},
                      {u"name"_s, x.name},
                      {u"sha256"_s, x.attachment.sha256},
                      {u"size"_s, x.attachment.size},
                      {u"mime_type"_s, x.attachment.mimeType},
                      {u"added"_s, x.attachment.added.toUTC().toString(Qt::ISODate)},
                      {u"in_dossier"_s, in},
                      {u"first_page"_s, x.firstPage},
                      {u"pages"_s, x.pageCount}};
        // What `plaint verify` hashes in the PDF: the JPEG stream is the file
        // itself (or, redacted, the file without its metadata); a PNG's
        // stream is its IDAT data; a converted image's decoded stream is its
        // raw pixels; a PDF's pages are their content streams, or, redacted,
        // the pictures made of them.
        if (in == u"original-jpeg") {
            o.insert(u"stream_sha256"_s, x.attachment.sha256);
        } else if (in == u"jpeg-metadata-removed") {
            o.insert(u"stream_sha256"_s, hashOfFile(x.file.strippedPath));
            o.insert(u"metadata_removed"_s, true);
        } else if (in == u"png-data") {
            o.insert(u"stream_sha256"_s, hashOfParts(x.file.path, x.file.pngIdat));
        } else if (!x.file.rawPath.isEmpty()) {
            o.insert(u"decoded_stream_sha256"_s, hashOfFile(x.file.rawPath));
        } else if (in == u"pdf-pages") {
            o.insert(u"page_content_sha256"_s, QJsonArray::fromStringList(PdfAssembler::pageContentHashes(x.file.path)));
        } else if (in == u"pdf-pages-as-pictures") {
            QJsonArray pages;
            for (const ExhibitFile::RasterPage &page : x.file.rasterPages)
                pages.append(hashOfFile(page.rawPath));
            o.insert(u"page_decoded_sha256"_s, pages);
            o.insert(u"redacted_copy"_s, true);
            o.insert(u"original_included"_s, false);
            o.insert(u"note"_s, u"redacted copy; the original is not included"_s);
        }
        if (x.title != x.name)
            o.insert(u"title"_s, x.title);
        if (x.provesGiven)
            o.insert(u"proves"_s, x.proves);
        if (!x.masks.isEmpty()) {
            QJsonArray masks;
            for (const QRectF &r : x.masks)
                masks.append(QJsonArray{r.x(), r.y(), r.width(), r.height()});
            o.insert(u"masks"_s, masks);
        }
        if (x.file.problem == ExhibitFile::Problem::Corrupt)
            o.insert(u"damage"_s, ExhibitFile::damageName(x.file.damage));
        if (x.file.durationMs >= 0)
            o.insert(u"duration_ms"_s, x.file.durationMs);
        exhibits.append(o);
    }
    QJsonObject root{{u"format"_s, u"plaint-dossier-manifest"_s},
                     {u"version"_s, 1},
                     {u"case"_s, m.caseTitle},
                     {u"audience"_s, options.audience},
                     {u"jurisdiction"_s, m.profile.jurisdiction()},
                     {u"language"_s, m.profile.language()},
                     {u"prepared"_s, m.preparedAt.toUTC().toString(Qt::ISODate)},
                     {u"journal_head"_s, m.journalHead},
                     {u"redacted"_s, m.redacted},
                     {u"exhibits"_s, exhibits}};
    if (pdfaObstacle.isEmpty())
        root.insert(u"pdfa"_s, u"1b"_s);
    else
        root.insert(u"pdfa_not_declared"_s, pdfaObstacle);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// What a redacted dossier needs beyond the model: JPEGs without their
// metadata, PDF exhibits as pictures with the hidden text blacked out.
void prepareForRedaction(DossierModel::Exhibit &x, const Redactor &redactor)
{
    ExhibitFile &f = x.file;
    if (f.problem != ExhibitFile::Problem::None)
        return;
    if (f.kind == ExhibitFile::Kind::Jpeg && f.rawPath.isEmpty()) {
        const QString stripped = f.path + u".stripped.jpg"_s;
        if (auto removed = JpegMetadata::strip(f.path, stripped); removed) {
            f.strippedPath = stripped;
        } else {
            f.problem = ExhibitFile::Problem::Corrupt;
            f.damage = ExhibitFile::Damage::Structure;
        }
    } else if (f.kind == ExhibitFile::Kind::Pdf) {
        PdfRedaction::rasterize(f, redactor);
    }
}

// Each exhibit's own work before layout (decoding it once, converting it,
// redacting it) touches only that exhibit, so it runs on every core. Only
// this thread asks whether the export was cancelled.
bool prepareAll(DossierModel &m, const DossierWriter::Cancelled &cancelled)
{
    DossierModel::Exhibit *exhibits = m.exhibits.data();
    const int count = int(m.exhibits.size());
    std::atomic<int> next{0};
    std::atomic<bool> stop{false};
    const auto work = [&](bool asks) {
        for (int i = next.fetch_add(1); i < count && !stop; i = next.fetch_add(1)) {
            if (asks && cancelled && cancelled()) {
                stop = true;
                return;
            }
            DossierModel::Exhibit &x = exhibits[i];
            ExhibitFile::decode(x.file);
            PdfAssembler::prepareImage(x);
            if (m.redacted)
                prepareForRedaction(x, m.redactor);
        }
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < qBound(1, QThread::idealThreadCount(), 4); ++t)
        helpers.emplace_back(work, false);
    work(true);
    for (std::thread &helper : helpers)
        helper.join();
    return !stop && !(cancelled && cancelled());
}

// Renames `from` over `to` in one step, after making sure its bytes are on disk.
Status replaceFile(const QString &from, const QString &to)
{
    {
        QFile file(from);
        if (!file.open(QIODevice::ReadWrite) || !file.flush())
            return Status::failure(QCoreApplication::translate("Dossier", "Cannot finish writing %1: %2").arg(to, file.errorString()));
#ifdef Q_OS_UNIX
        ::fsync(file.handle());
#endif
    }
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Status::failure(QCoreApplication::translate("Dossier", "Cannot write %1: %2").arg(to, QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

struct Made
{
    DossierModel model;
    DossierWriter::Outcome outcome;
};

// Everything up to a finished PDF at `target` (a temporary name).
Result<Made> make(const Library &library, const DossierOptions &options, DossierModel::Originals originals,
                  const QString &workDir, const QString &target, const DossierWriter::Cancelled &cancelled)
{
    using R = Result<Made>;
    if (auto fonts = PageCanvas::checkFonts(options.language); !fonts)
        return R::failure(fonts.error());
    auto model = DossierModel::build(library, options, workDir, cancelled);
    if (!model)
        return R::failure(model.error());
    DossierModel &m = model.value();
    m.originals = originals;
    if (!prepareAll(m, cancelled))
        return R::failure(QCoreApplication::translate("Dossier", "The export was cancelled."));

    // Measure, then draw with the page numbers the measuring found; once more
    // if printing them moved anything.
    DossierRenderer::Layout layout;
    const QString pages = QDir(workDir).filePath(u"pages.pdf"_s);
    for (int pass = 0; pass < 4; ++pass) {
        const bool last = pass > 0;
        auto next = DossierRenderer::render(m, last ? pages : QString(), layout);
        if (!next)
            return R::failure(next.error());
        const bool stable = next->pages == layout.pages;
        layout = *next;
        if (last && stable)
            break;
    }
    if (layout.unknownGlyphs > 0)
        m.warnings << QCoreApplication::translate("Dossier", "%1 characters could not be shown with the installed fonts and appear as boxes.")
                          .arg(layout.unknownGlyphs);
    for (const DossierModel::Exhibit &x : m.exhibits)
        if (x.file.problem != ExhibitFile::Problem::None)
            m.warnings << QCoreApplication::translate("Dossier", "Exhibit %1 (%2) could not be shown; the dossier says so on its page.").arg(x.number).arg(x.name);
    if (cancelled && cancelled())
        return R::failure(QCoreApplication::translate("Dossier", "The export was cancelled."));

    // PDF/A-1b where the dossier can be one (see PdfA1b), and why not otherwise.
    const bool attach = originals == DossierModel::Originals::Attached;
    const QString obstacle = PdfA1b::obstacle(m, attach);
    const QByteArray manifest = manifestOf(m, options, obstacle);
    PdfA1b::Info info;
    info.title = m.title + u" — "_s + m.caseTitle;
    info.author = m.complainant;
    info.subject = m.authority;
    info.keywords = u"plaint-journal-head:"_s + m.journalHead;
    info.creator = u"Plaint "_s + QStringLiteral(PLAINT_VERSION);
    info.producer = u"Plaint "_s + QStringLiteral(PLAINT_VERSION) + u" (cairo, qpdf)"_s;
    info.created = m.preparedAt;
    if (auto assembled = PdfAssembler::assemble(pages, m, layout, manifest, attach, target,
                                                obstacle.isEmpty() ? &info : nullptr);
        !assembled)
        return R::failure(assembled.error());

    Made made{m, {}};
    made.outcome.pages = layout.pages;
    made.outcome.exhibits = int(m.exhibits.size());
    made.outcome.journalHead = m.journalHead;
    made.outcome.warnings = m.warnings;
    made.outcome.manifest = manifest;
    return made;
}

Result<QString> temporaryBeside(const QString &path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Result<QString>::failure(QCoreApplication::translate("Dossier", "The folder %1 does not exist.").arg(info.absolutePath()));
    QTemporaryFile temp(info.absoluteDir().filePath(u".%1.XXXXXX.part"_s.arg(info.fileName())));
    temp.setAutoRemove(false);
    if (!temp.open())
        return Result<QString>::failure(QCoreApplication::translate("Dossier", "Cannot write in %1: %2").arg(info.absolutePath(), temp.errorString()));
    return temp.fileName();
}

} // namespace

Result<DossierWriter::Outcome> DossierWriter::writePdf(const Library &library, const DossierOptions &options,
                                                       const QString &path, const Cancelled &cancelled)
{
    QTemporaryDir work;
    if (!work.isValid())
        return Result<Outcome>::failure(QCoreApplication::translate("Dossier", "Cannot create a working folder: %1").arg(work.errorString()));
    auto temp = temporaryBeside(path);
    if (!temp)
        return Result<Outcome>::failure(temp.error());
    const auto originals = options.attachOriginals && !options.redact ? DossierModel::Originals::Attached
                                                                      : DossierModel::Originals::NotIncluded;
    auto made = make(library, options, originals, work.path(), *temp, cancelled);
    if (!made) {
        QFile::remove(*temp);
        return Result<Outcome>::failure(made.error());
    }
    if (auto moved = replaceFile(*temp, path); !moved) {
        QFile::remove(*temp);
        return Result<Outcome>::failure(moved.error());
    }
    Outcome outcome = made->outcome;
    outcome.path = path;
    outcome.bytes = QFileInfo(path).size();
    return outcome;
}

Result<DossierWriter::Outcome> DossierWriter::writeBundle(const Library &library, const DossierOptions &options,
                                                          const QString &path, const Cancelled &cancelled)
{
    if (options.redact)
        return Result<Outcome>::failure(
            QCoreApplication::translate("Dossier", "A bundle carries the original evidence, which is not redacted. Export the bundle without "
               "redaction, or a redacted PDF on its own."));
    QTemporaryDir work;
    if (!work.isValid())
        return Result<Outcome>::failure(QCoreApplication::translate("Dossier", "Cannot create a working folder: %1").arg(work.errorString()));
    const QString pdf = QDir(work.path()).filePath(u"dossier.pdf"_s);
    auto made = make(library, options, DossierModel::Originals::InBundle, work.path(), pdf, cancelled);
    if (!made)
        return Result<Outcome>::failure(made.error());
    auto temp = temporaryBeside(path);
    if (!temp)
        return Result<Outcome>::failure(temp.error());

    // Inside the ZIP: dossier.pdf, evidence/NNN-name, manifest.json, SHA256SUMS.
    auto fail = [&](const QString &error) {
        QFile::remove(*temp);
        return Result<Outcome>::failure(error);
    };
    ZipWriter zip(*temp);
    if (!zip.isOpen())
        return fail(zip.error());
    QStringList sums;
    auto add = [&](const QString &name, const QString &file, const QString &sha) -> bool {
        if (!zip.addFile(name, file))
            return false;
        sums << sha + u"  "_s + name;
        return true;
    };
    if (!add(u"dossier.pdf"_s, pdf, hashOfFile(pdf)))
        return fail(zip.error());
    QJsonArray files;
    for (const DossierModel::Exhibit &x : made->model.exhibits) {
        if (cancelled && cancelled())
            return fail(QCoreApplication::translate("Dossier", "The export was cancelled."));
        const QString name = u"evidence/%1-%2"_s.arg(x.number, 3, 10, QLatin1Char('0')).arg(ZipWriter::safeName(x.attachment.fileName));
        if (!add(name, x.file.path, x.attachment.sha256))
            return fail(zip.error());
        files.append(QJsonObject{{u"exhibit"_s, x.number}, {u"path"_s, name}, {u"sha256"_s, x.attachment.sha256}});
    }
    QJsonObject manifest = QJsonDocument::fromJson(made->outcome.manifest).object();
    manifest.insert(u"files"_s, files);
    manifest.insert(u"dossier_sha256"_s, sums.first().left(64));
    const QByteArray manifestJson = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!zip.addData(u"manifest.json"_s, manifestJson))
        return fail(zip.error());
    {
        Sha256 hash;
        hash.addData(manifestJson);
        sums << hash.hexResult() + u"  manifest.json"_s;
    }
    if (!zip.addData(u"SHA256SUMS"_s, (sums.join(u'\n') + u'\n').toUtf8()) || !zip.finish())
        return fail(zip.error());
    if (auto moved = replaceFile(*temp, path); !moved)
        return fail(moved.error());
    Outcome outcome = made->outcome;
    outcome.path = path;
    outcome.bytes = QFileInfo(path).size();
    return outcome;
}

} // namespace plaint
