// `plaint verify` against the library a dossier was made from: a forger who
// swaps a picture or a bill page and rewrites the manifest to match, or who
// edits the journal, must not get a clean report.

#include "dossierfixture.h"
#include "dossierverifier.h"
#include "dossierwriter.h"
#include "pagecanvas.h"
#include "pdfassembler.h"
#include "sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <functional>

using namespace Qt::StringLiterals;
using namespace plaint;
using namespace plaint::test;

namespace {

QString sha(const QByteArray &bytes)
{
    Sha256 hash;
    hash.addData(bytes);
    return hash.hexResult();
}

QByteArray bytes(const std::shared_ptr<Buffer> &b)
{
    return QByteArray(reinterpret_cast<const char *>(b->getBuffer()), qsizetype(b->getSize()));
}

// Rewrites a dossier: `change` may replace exhibit streams and edits the
// manifest, which is written back as the embedded manifest.
void forge(const QString &in, const QString &out, const std::function<void(QPDF &, QHash<QString, QPDFObjectHandle> &, QJsonObject &)> &change)
{
    QPDF pdf;
    pdf.processFile(QFile::encodeName(in).constData());
    QHash<QString, QPDFObjectHandle> objects;
    for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QPDFObjectHandle xobjects = page.getAttribute("/Resources", false).getKey("/XObject");
        if (xobjects.isDictionary())
            for (const std::string &key : xobjects.getKeys())
                objects.insert(QString::fromStdString(key), xobjects.getKey(key));
    }
    QPDFEmbeddedFileDocumentHelper embedded(pdf);
    QJsonObject manifest = QJsonDocument::fromJson(bytes(embedded.getEmbeddedFile("plaint-manifest.json")->getEmbeddedFileStream().getStreamData()))
                               .object();
    change(pdf, objects, manifest);
    auto stream = QPDFEFStreamObjectHelper::createEFStream(pdf, QJsonDocument(manifest).toJson().toStdString());
    embedded.replaceEmbeddedFile("plaint-manifest.json",
                                 QPDFFileSpecObjectHelper::createFileSpec(pdf, "plaint-manifest.json", stream));
    const QByteArray outName = QFile::encodeName(out); // QPDFWriter keeps the pointer
    QPDFWriter writer(pdf, outName.constData());
    writer.write();
}

// Edits the manifest's entry for the exhibit named `name`.
void editExhibit(QJsonObject &manifest, const QString &name, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray exhibits = manifest.value(u"exhibits"_s).toArray();
    for (qsizetype i = 0; i < exhibits.size(); ++i) {
        QJsonObject x = exhibits.at(i).toObject();
        if (x.value(u"name"_s).toString() != name)
            continue;
        edit(x);
        exhibits.replace(i, x);
    }
    manifest.insert(u"exhibits"_s, exhibits);
}

const QDateTime kNow = QDateTime::fromString(u"2021-05-01T12:00:00+08:00"_s, Qt::ISODate);

} // namespace

class TestDossierVerify : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void honestDossierVerifies();
    void swappedPictureWithRewrittenManifestFails();
    void swappedBillPageFails();
    void coverAndManifestMustNameTheSameHead();
    void editedJournalFails();
    void cleanupTestCase();

private:
    std::unique_ptr<Library> library(const QString &path = {}) const
    {
        return openLibrary(path.isEmpty() ? m_fixture.libraryPath : path, Library::OpenMode::ReadOnly);
    }
    DossierFixture m_fixture;
    QString m_pdf;
};

void TestDossierVerify::initTestCase()
{
    QVERIFY(m_fixture.make());
    auto lib = library();
    DossierOptions o;
    o.caseId = m_fixture.caseId;
    o.audience = u"court"_s;
    o.language = u"en"_s;
    o.now = kNow;
    o.complainant.name = u"Zhang San"_s;
    o.complainant.phones = {u"13800138000"_s};
    m_pdf = m_fixture.path(u"court.pdf"_s);
    auto made = DossierWriter::writePdf(*lib, o, m_pdf);
    QVERIFY2(made, qPrintable(made.error()));
}

void TestDossierVerify::honestDossierVerifies()
{
    auto lib = library();
    const auto report = DossierVerifier::verify(m_pdf, lib.get());
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
    const QString checks = report.checks.join(u'\n');
    QVERIFY(checks.contains(u"The cover prints the manifest's journal head."_s));
    QVERIFY(checks.contains(u"journal chain was recomputed"_s));
    QVERIFY2(checks.contains(u"is made from the library's evidence"_s), qPrintable(checks));
    QVERIFY(checks.contains(u"its 2 pages match the manifest"_s)); // the bill
    QCOMPARE(report.coverJournalHead, report.journalHead);
}

void TestDossierVerify::swappedPictureWithRewrittenManifestFails()
{
    // Another photo of the same size, in place of exhibit 1's JPEG.
    QImage other(1200, 900, QImage::Format_RGB32);
    other.fill(Qt::darkRed);
    const QString otherPath = m_fixture.path(u"other.jpg"_s);
    QVERIFY(other.save(otherPath, "JPEG", 88));
    const QByteArray otherJpeg = fileBytes(otherPath);
    for (const bool keepSha : {false, true}) {
        const QString forged = m_fixture.path(u"forged-photo-%1.pdf"_s.arg(keepSha));
        forge(m_pdf, forged, [&](QPDF &, QHash<QString, QPDFObjectHandle> &objects, QJsonObject &manifest) {
            editExhibit(manifest, u"photo.jpg"_s, [&](QJsonObject &x) {
                const QString name = PdfAssembler::imageName(x.value(u"number"_s).toInt());
                objects[name].replaceStreamData(otherJpeg.toStdString(), QPDFObjectHandle::newName("/DCTDecode"),
                                                QPDFObjectHandle::newNull());
                // Made to agree with itself: the new picture's hash everywhere,
                // or the library's hash kept and only the stream's changed.
                if (!keepSha)
                    x.insert(u"sha256"_s, sha(otherJpeg));
                x.insert(u"stream_sha256"_s, sha(otherJpeg));
            });
        });
        const auto alone = DossierVerifier::verify(forged);
        if (!keepSha)
            QVERIFY2(alone.ok, "without the library, a self-consistent forgery cannot be told");
        auto lib = library();
        const auto report = DossierVerifier::verify(forged, lib.get());
        QVERIFY2(!report.ok, qPrintable(report.checks.join(u'\n')));
        QVERIFY2(report.problems.join(u'\n').contains(u"Exhibit 1"_s), qPrintable(report.problems.join(u'\n')));
    }
}

void TestDossierVerify::swappedBillPageFails()
{
    const QString forged = m_fixture.path(u"forged-bill.pdf"_s);
    forge(m_pdf, forged, [](QPDF &, QHash<QString, QPDFObjectHandle> &objects, QJsonObject &manifest) {
        editExhibit(manifest, u"bill.pdf"_s, [&](QJsonObject &x) {
            QPDFObjectHandle form = objects.value(PdfAssembler::pageName(x.value(u"number"_s).toInt(), 1));
            std::string content = bytes(form.getStreamData(qpdf_dl_generalized)).toStdString();
            content += "\nq 0 0 0 rg 10 10 100 20 re f Q\n"; // a box drawn over the bill
            form.replaceStreamData(content, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
            QJsonArray pages = x.value(u"page_content_sha256"_s).toArray();
            pages.replace(0, sha(QByteArray::fromStdString(content)));
            x.insert(u"page_content_sha256"_s, pages);
        });
    });
    QVERIFY(DossierVerifier::verify(forged).ok);
    auto lib = library();
    const auto report = DossierVerifier::verify(forged, lib.get());
    QVERIFY(!report.ok);
    QVERIFY2(report.problems.join(u'\n').contains(u"not made from the library's evidence"_s), qPrintable(report.problems.join(u'\n')));

    // And without rewriting the manifest, the plain check sees the change.
    const QString changed = m_fixture.path(u"changed-bill.pdf"_s);
    forge(m_pdf, changed, [](QPDF &, QHash<QString, QPDFObjectHandle> &objects, QJsonObject &manifest) {
        editExhibit(manifest, u"bill.pdf"_s, [&](QJsonObject &x) {
            QPDFObjectHandle form = objects.value(PdfAssembler::pageName(x.value(u"number"_s).toInt(), 2));
            form.replaceStreamData("q Q", QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
        });
    });
    QVERIFY(!DossierVerifier::verify(changed).ok);
}

void TestDossierVerify::coverAndManifestMustNameTheSameHead()
{
    const QString forged = m_fixture.path(u"forged-head.pdf"_s);
    forge(m_pdf, forged, [](QPDF &, QHash<QString, QPDFObjectHandle> &, QJsonObject &manifest) {
        manifest.insert(u"journal_head"_s, QString(64, u'a'));
    });
    const auto report = DossierVerifier::verify(forged);
    QVERIFY(!report.ok);
    QVERIFY2(report.problems.join(u'\n').contains(u"printed on the cover"_s), qPrintable(report.problems.join(u'\n')));
}

void TestDossierVerify::editedJournalFails()
{
    // A copy of the library whose journal entry for the case was rewritten
    // (the append-only trigger dropped first, as a forger would).
    const QString copy = m_fixture.path(u"edited.plaint"_s);
    QVERIFY(QFile::copy(m_fixture.libraryPath, copy));
    {
        RawConnection raw(copy);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.exec(u"DROP TRIGGER journal_append_only"_s), QString());
        QCOMPARE(raw.exec(u"UPDATE journal SET payload = replace(payload, 'Bright Mobile', 'Brite Mobile') WHERE seq = 1"_s),
                 QString());
    }
    auto edited = library(copy);
    QVERIFY(edited);
    const auto report = DossierVerifier::verify(m_pdf, edited.get());
    QVERIFY(!report.ok);
    QVERIFY2(report.problems.join(u'\n').contains(u"does not check out up to the dossier's head"_s),
             qPrintable(report.problems.join(u'\n')));
    // The same through the command line: exit code 1.
    QProcess plaint;
    plaint.start(QStringLiteral(PLAINT_BINARY), {u"verify"_s, m_pdf, u"--library"_s, copy});
    QVERIFY(plaint.waitForFinished(60000));
    QCOMPARE(plaint.exitCode(), 1);
    // The untouched library still vouches for the dossier.
    QProcess honest;
    honest.start(QStringLiteral(PLAINT_BINARY), {u"verify"_s, m_pdf, u"--library"_s, m_fixture.libraryPath});
    QVERIFY(honest.waitForFinished(60000));
    QCOMPARE(honest.exitCode(), 0);
}

void TestDossierVerify::cleanupTestCase()
{
    PageCanvas::releaseFontCaches();
}

QTEST_MAIN(TestDossierVerify)
#include "tst_dossierverify.moc"
