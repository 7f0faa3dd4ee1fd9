#include "dossierfixture.h"
#include "pdfcheck.h"
#include "pagecanvas.h"
#include "dossierprofile.h"
#include "dossierverifier.h"
#include "dossierwriter.h"
#include "zipreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;
using namespace plaint::test;

namespace {

// Text with every kind of white space removed, for the dossier's own words
// (what the user typed is compared exactly, with appearsAsTyped).
QString squeezed(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (!c.isSpace())
            out += c;
    return out;
}

QJsonObject manifestOf(const DossierWriter::Outcome &outcome)
{
    return QJsonDocument::fromJson(outcome.manifest).object();
}

QJsonObject exhibitNamed(const QJsonObject &manifest, const QString &name)
{
    for (const QJsonValue &v : manifest.value(u"exhibits"_s).toArray())
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    return {};
}

const QDateTime kNow = QDateTime::fromString(u"2021-05-01T12:00:00+08:00"_s, Qt::ISODate);

} // namespace

class TestDossier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyAudienceAndLanguage_data();
    void everyAudienceAndLanguage();
    void evidenceGoesInAsItIs();
    void badEvidenceIsNotedNotFatal();
    void redactionLeavesNoTrace();
    void maskedImageIsBurntIn();
    void bundlePassesSha256sum();
    void verifyCatchesTampering();
    void verifyAgainstTheLibrary();
    void missingFontIsAClearError();
    void failedExportLeavesNothingBehind();
    void periodLimitsTheChronology();
    void newJurisdictionOrAudienceIsAFile();
    void requiredDetailsAreNamed();
    void attachedOriginalsComeBackBitForBit();
    void factsSayWhatWasRecorded();
    void escalationSaysWhatMayCloseTheWay();
    void cleanupTestCase();

private:
    DossierOptions options(const QString &audience = u"regulator"_s, const QString &language = u"en"_s) const;
    std::unique_ptr<Library> library() const;

    DossierFixture m_fixture;
};

void TestDossier::initTestCase()
{
    QVERIFY(m_fixture.make());
    for (const QString &tool : {u"pdftotext"_s, u"pdfimages"_s, u"pdffonts"_s, u"qpdf"_s, u"sha256sum"_s, u"pdfinfo"_s})
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(), qPrintable(tool + u" is needed (make deps)"_s));
}

DossierOptions TestDossier::options(const QString &audience, const QString &language) const
{
    DossierOptions o;
    o.caseId = m_fixture.caseId;
    o.audience = audience;
    o.language = language;
    o.now = kNow;
    o.complainant.name = u"张三"_s;
    o.complainant.phones = {u"13800138000"_s};
    return o;
}

std::unique_ptr<Library> TestDossier::library() const
{
    auto opened = Library::open(m_fixture.libraryPath, Library::OpenMode::ReadOnly);
    return opened ? std::move(opened.value()) : nullptr;
}

void TestDossier::everyAudienceAndLanguage_data()
{
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QString>("jurisdiction");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("indexTitle");
    // Every audience in every language for China; every audience of every
    // other jurisdiction in a language each, so all three languages meet
    // every jurisdiction's wording.
    int turn = 0;
    for (const QString &jurisdiction : DossierProfile::jurisdictions()) {
        for (const QString &a : DossierProfile::audiences()) {
            QStringList languages = DossierProfile::languages();
            if (jurisdiction != u"CN")
                languages = {languages.at(turn++ % languages.size())};
            for (const QString &language : std::as_const(languages)) {
                auto profile = DossierProfile::load(a, jurisdiction, language);
                QVERIFY(profile);
                QVERIFY2(profile->missingKeys().isEmpty(), qPrintable(profile->missingKeys().join(u", "_s)));
                QTest::addRow("%s-%s-%s", qPrintable(a), qPrintable(jurisdiction), qPrintable(language))
                    << a << jurisdiction << language << profile->text(u"section_index"_s);
            }
        }
    }
}

void TestDossier::everyAudienceAndLanguage()
{
    QFETCH(QString, audience);
    QFETCH(QString, jurisdiction);
    QFETCH(QString, language);
    QFETCH(QString, indexTitle);
    auto lib = library();
    QVERIFY(lib);
    const QString out = m_fixture.path(u"dossier-%1-%2-%3.pdf"_s.arg(audience, jurisdiction, language));
    DossierOptions o = options(audience, language);
    o.jurisdiction = jurisdiction;
    o.complainant.email = u"zhang.san@example.org"_s; // what every form may ask for
    o.complainant.address = u"广州市天河区体育西路191号"_s;
    auto outcome = DossierWriter::writePdf(*lib, o, out);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    QCOMPARE(outcome->exhibits, 9);

    // QtPdf reads it: the pages, the text exactly as typed, the outline.
    QPdfDocument doc;
    QCOMPARE(doc.load(out), QPdfDocument::Error::None);
    QCOMPARE(doc.pageCount(), outcome->pages);
    // What was typed comes back as typed, line by line, from QtPdf and from
    // pdftotext in both its reading orders (-raw: as drawn; -layout: as
    // laid out, columns side by side).
    const QString qtText = qtPdfText(doc);
    const QString raw = run(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, out, u"-"_s});
    const QString laidOut = run(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, out, u"-"_s});
    for (const QString &typed : DossierFixture::typedTexts()) {
        QVERIFY2(appearsAsTyped(qtText, typed), qPrintable(u"QtPdf does not give back: "_s + typed));
        QVERIFY2(appearsAsTyped(raw, typed), qPrintable(u"pdftotext -raw does not give back: "_s + typed));
        QVERIFY2(appearsAsTyped(laidOut, typed, true), qPrintable(u"pdftotext -layout does not give back: "_s + typed));
        // The comparison itself tells one changed code point.
        QString wrong = typed;
        wrong[wrong.size() / 2] = QChar(0x25A1);
        QVERIFY(!appearsAsTyped(qtText, wrong) && !appearsAsTyped(raw, wrong) && !appearsAsTyped(laidOut, wrong, true));
    }
    const QString popplerText = squeezed(raw);
    QVERIFY(popplerText.contains(squeezed(indexTitle)));
    QPdfBookmarkModel bookmarks;
    bookmarks.setDocument(&doc);
    const QStringList titles = bookmarkTitles(bookmarks);
    QVERIFY2(titles.contains(indexTitle), qPrintable(titles.join(u" | "_s)));
    int exhibitBookmarks = 0;
    for (const QString &t : titles)
        exhibitBookmarks += t.contains(u"photo.jpg"_s) || t.contains(u"bill.pdf"_s) || t.contains(u"call.wav"_s);
    QCOMPARE(exhibitBookmarks, 3);

    // poppler-utils and qpdf: fonts embedded, structure sound.
    const QString fonts = run(u"pdffonts"_s, {out});
    // The dossier's own fonts (a PDF exhibit keeps whatever its author used).
    int ours = 0;
    for (const QString &line : fonts.split(u'\n', Qt::SkipEmptyParts).mid(2)) {
        if (!line.contains(u"NotoSans"_s))
            continue;
        ++ours;
        QVERIFY2(line.contains(QRegularExpression(u"\\s+yes\\s+yes\\s+yes\\s+"_s)), qPrintable(fonts));
    }
    QVERIFY2(ours >= 2, qPrintable(fonts));
    int code = -1;
    const QString check = run(u"qpdf"_s, {u"--check"_s, out}, &code);
    QVERIFY2(code == 0, qPrintable(check));
    QVERIFY(DossierVerifier::verify(out).ok);
}

void TestDossier::evidenceGoesInAsItIs()
{
    auto lib = library();
    const QString out = m_fixture.path(u"exact.pdf"_s);
    auto outcome = DossierWriter::writePdf(*lib, options(), out);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    const QJsonObject manifest = manifestOf(*outcome);
    QCOMPARE(exhibitNamed(manifest, u"photo.jpg"_s).value(u"in_dossier"_s).toString(), u"original-jpeg"_s);
    QCOMPARE(exhibitNamed(manifest, u"screenshot.png"_s).value(u"in_dossier"_s).toString(), u"png-data"_s);
    QCOMPARE(exhibitNamed(manifest, u"sticker.png"_s).value(u"in_dossier"_s).toString(), u"converted"_s);
    QCOMPARE(exhibitNamed(manifest, u"bill.pdf"_s).value(u"pages"_s).toInt(), 2);

    // pdfimages -all gives back the JPEG's own bytes.
    const QString prefix = m_fixture.path(u"extracted"_s);
    run(u"pdfimages"_s, {u"-all"_s, out, prefix});
    const QByteArray original = fileBytes(m_fixture.files.value(u"photo.jpg"_s));
    bool found = false;
    for (const QFileInfo &f : QDir(m_fixture.dir.path()).entryInfoList({u"extracted*.jpg"_s}))
        found = found || fileBytes(f.filePath()) == original;
    QVERIFY2(found, "no extracted JPEG equals the original file");
    // The screenshot's pixels come back unchanged (lossless).
    QImage shot(m_fixture.files.value(u"screenshot.png"_s));
    bool samePixels = false;
    for (const QFileInfo &f : QDir(m_fixture.dir.path()).entryInfoList({u"extracted*.png"_s})) {
        QImage back(f.filePath());
        if (back.size() == shot.size())
            samePixels = samePixels || back.convertToFormat(QImage::Format_RGB888) == shot.convertToFormat(QImage::Format_RGB888);
    }
    QVERIFY2(samePixels, "the screenshot's pixels changed");

    // Each page of the PDF exhibit carries its stamp.
    QPdfDocument doc;
    QCOMPARE(doc.load(out), QPdfDocument::Error::None);
    const int first = exhibitNamed(manifest, u"bill.pdf"_s).value(u"first_page"_s).toInt();
    const int number = exhibitNamed(manifest, u"bill.pdf"_s).value(u"number"_s).toInt();
    QVERIFY(doc.getAllText(first - 1).text().contains(u"Exhibit %1 · page 1 of 2"_s.arg(number)));
    QVERIFY(doc.getAllText(first).text().contains(u"Exhibit %1 · page 2 of 2"_s.arg(number)));
    // The bill's own words are on those pages, imported, not redrawn.
    QVERIFY(doc.getAllText(first).text().contains(u"Second page of the bill"_s));
    // The recording is listed with its duration.
    QVERIFY(squeezed(qtPdfText(doc)).contains(u"Duration:0:03"_s));
}

void TestDossier::badEvidenceIsNotedNotFatal()
{
    auto lib = library();
    const QString out = m_fixture.path(u"bad.pdf"_s);
    auto outcome = DossierWriter::writePdf(*lib, options(), out);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    const QJsonObject manifest = manifestOf(*outcome);
    for (const QString &name : {u"damaged.jpg"_s, u"empty.png"_s, u"huge.png"_s, u"locked.pdf"_s})
        QCOMPARE(exhibitNamed(manifest, name).value(u"in_dossier"_s).toString(), u"not-shown"_s);
    QCOMPARE(outcome->warnings.size(), 4);
    const QString text = squeezed(run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, out, u"-"_s}));
    for (const QString &reason : {u"thispictureisdamaged:itsheaderisnotthatofavalidpicture"_s, u"thefileisempty"_s, u"thePDFisprotectedbyapassword"_s,
                                  u"theimageistoolargetoconvert(300megapixels)"_s})
        QVERIFY2(text.contains(reason), qPrintable(reason));
}

void TestDossier::redactionLeavesNoTrace()
{
    auto lib = library();
    const QString out = m_fixture.path(u"redacted.pdf"_s);
    DossierOptions o = options(u"court"_s, u"zh_CN"_s);
    o.redact = true;
    o.complainant.email = u"zhang.san@example.org"_s;
    o.complainant.address = u"广州市天河区体育西路191号"_s;
    o.complainant.idNumber = u"11010519491231002X"_s;
    o.redactTerms = {u"张三"_s};
    o.attachOriginals = true; // must be ignored: the originals are not redacted
    auto outcome = DossierWriter::writePdf(*lib, o, out);
    QVERIFY2(outcome, qPrintable(outcome.error()));

    const QStringList secrets{u"13800138000"_s, u"zhang.san@example.org"_s, u"体育西路191号"_s,
                              u"11010519491231002X"_s, u"张三"_s};
    // Page text, by both readers.
    QPdfDocument doc;
    QCOMPARE(doc.load(out), QPdfDocument::Error::None);
    const QString qtText = qtPdfText(doc);
    const QString popplerText = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, out, u"-"_s});
    QVERIFY(qtText.contains(QChar(0x2588)));
    // Metadata, bookmarks, embedded files.
    const QString info = run(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, out}) + run(u"pdfinfo"_s, {u"-meta"_s, out});
    QPdfBookmarkModel bookmarks;
    bookmarks.setDocument(&doc);
    const QString titles = bookmarkTitles(bookmarks).join(u'\n');
    const QString attachments = run(u"pdfdetach"_s, {u"-list"_s, u"-enc"_s, u"UTF-8"_s, out});
    QVERIFY2(!attachments.contains(u"photo.jpg"_s), "a redacted dossier must not carry the originals");
    QTemporaryDir detached;
    run(u"pdfdetach"_s, {u"-saveall"_s, u"-o"_s, detached.path(), out});
    QString embedded;
    for (const QFileInfo &f : QDir(detached.path()).entryInfoList(QDir::Files))
        embedded += QString::fromUtf8(fileBytes(f.filePath()));
    // The raw bytes, with every stream uncompressed by qpdf, in UTF-8, UTF-16
    // and the hex form PDF strings can take.
    const QString flat = m_fixture.path(u"redacted-flat.pdf"_s);
    run(u"qpdf"_s, {u"--qdf"_s, u"--object-streams=disable"_s, u"--stream-data=uncompress"_s, out, flat});
    const QByteArray raw = fileBytes(out) + fileBytes(flat);
    QVERIFY(raw.size() > 1000);
    for (const QString &secret : secrets) {
        QVERIFY2(!qtText.contains(secret), qPrintable(u"QtPdf text has "_s + secret));
        QVERIFY2(!popplerText.contains(secret), qPrintable(u"pdftotext has "_s + secret));
        QVERIFY2(!info.contains(secret), qPrintable(u"metadata has "_s + secret));
        QVERIFY2(!titles.contains(secret), qPrintable(u"bookmarks have "_s + secret));
        QVERIFY2(!embedded.contains(secret), qPrintable(u"an embedded file has "_s + secret));
        QByteArray utf16;
        for (QChar c : secret) {
            utf16.append(char(c.unicode() >> 8));
            utf16.append(char(c.unicode() & 0xFF));
        }
        for (const QByteArray &form : {secret.toUtf8(), utf16, utf16.toHex(), utf16.toHex().toUpper()})
            QVERIFY2(!raw.contains(form), qPrintable(u"raw bytes have "_s + secret));
    }
    // What is not personal stays readable.
    QVERIFY(squeezed(popplerText).contains(u"GD20210406-0117"_s));
    QVERIFY(squeezed(popplerText).contains(u"23338"_s));
}

void TestDossier::maskedImageIsBurntIn()
{
    auto lib = library();
    auto events = lib->timeline(m_fixture.caseId, 0, -1, true);
    QVERIFY(events);
    QString sha;
    for (const Event &e : *events)
        for (const Attachment &a : e.attachments)
            if (a.fileName == u"screenshot.png")
                sha = a.sha256;
    QVERIFY(!sha.isEmpty());
    DossierOptions o = options();
    o.masks[sha] << QRectF(0, 0, 540, 120);
    const QString out = m_fixture.path(u"masked.pdf"_s);
    auto outcome = DossierWriter::writePdf(*lib, o, out);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    QCOMPARE(exhibitNamed(manifestOf(*outcome), u"screenshot.png"_s).value(u"in_dossier"_s).toString(), u"masked"_s);
    // The masked band is black in the image the PDF carries.
    QTemporaryDir images;
    run(u"pdfimages"_s, {u"-png"_s, out, images.filePath(u"i"_s)});
    bool masked = false;
    for (const QFileInfo &f : QDir(images.path()).entryInfoList({u"*.png"_s})) {
        const QImage img(f.filePath());
        if (img.size() == QSize(540, 1200))
            masked = qGray(img.pixel(270, 60)) == 0 && qGray(img.pixel(270, 600)) > 200;
    }
    QVERIFY(masked);
    QVERIFY(DossierVerifier::verify(out).ok);
}

void TestDossier::bundlePassesSha256sum()
{
    auto lib = library();
    const QString zip = m_fixture.path(u"bundle.zip"_s);
    auto outcome = DossierWriter::writeBundle(*lib, options(u"court"_s, u"zh_TW"_s), zip);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    QTemporaryDir unpacked;
    int code = -1;
    const QString unzip = run(u"python3"_s, {u"-m"_s, u"zipfile"_s, u"-e"_s, zip, unpacked.path()}, &code);
    QVERIFY2(code == 0, qPrintable(unzip));
    QProcess sums;
    sums.setWorkingDirectory(unpacked.path());
    sums.start(u"sha256sum"_s, {u"-c"_s, u"SHA256SUMS"_s});
    QVERIFY(sums.waitForFinished(60000));
    QVERIFY2(sums.exitCode() == 0, sums.readAllStandardOutput().constData());
    // Every original, byte for byte.
    for (auto it = m_fixture.files.constBegin(); it != m_fixture.files.constEnd(); ++it) {
        const QStringList matches = QDir(unpacked.filePath(u"evidence"_s)).entryList({u"*-"_s + it.key()});
        QCOMPARE(matches.size(), 1);
        QVERIFY(fileBytes(unpacked.filePath(u"evidence/"_s + matches.first())) == fileBytes(it.value()));
    }
    const auto report = DossierVerifier::verify(zip);
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
    QVERIFY(report.isBundle);
    QCOMPARE(report.journalHead, outcome->journalHead);

    // Redaction and a bundle of originals do not go together.
    DossierOptions redacted = options();
    redacted.redact = true;
    auto refused = DossierWriter::writeBundle(*lib, redacted, m_fixture.path(u"refused.zip"_s));
    QVERIFY(!refused);
    QVERIFY(!QFile::exists(m_fixture.path(u"refused.zip"_s)));
}

void TestDossier::verifyCatchesTampering()
{
    auto lib = library();
    const QString out = m_fixture.path(u"tamper.pdf"_s);
    QVERIFY(DossierWriter::writePdf(*lib, options(), out));
    QVERIFY(DossierVerifier::verify(out).ok);
    // Change one byte in the middle of the JPEG's stream.
    QByteArray bytes = fileBytes(out);
    const QByteArray original = fileBytes(m_fixture.files.value(u"photo.jpg"_s));
    const qsizetype at = bytes.indexOf(original.mid(original.size() / 2, 64));
    QVERIFY(at > 0);
    bytes[at + 10] = char(bytes.at(at + 10) ^ 0x55);
    const QString bad = m_fixture.path(u"tampered.pdf"_s);
    QVERIFY(writeFile(bad, bytes));
    const auto report = DossierVerifier::verify(bad);
    QVERIFY(!report.ok);
    QVERIFY2(report.problems.join(u'\n').contains(u"Exhibit 1"_s), qPrintable(report.problems.join(u'\n')));

    // A bundle with one evidence byte changed.
    const QString zip = m_fixture.path(u"tamper.zip"_s);
    QVERIFY(DossierWriter::writeBundle(*lib, options(), zip));
    QByteArray zipBytes = fileBytes(zip);
    const qsizetype inZip = zipBytes.indexOf(original.mid(original.size() / 2, 64));
    QVERIFY(inZip > 0);
    zipBytes[inZip + 5] = char(zipBytes.at(inZip + 5) ^ 0x01);
    QVERIFY(writeFile(zip, zipBytes));
    QVERIFY(!DossierVerifier::verify(zip).ok);
    // Not a dossier at all.
    QVERIFY(!DossierVerifier::verify(m_fixture.files.value(u"bill.pdf"_s)).ok);
    QVERIFY(!DossierVerifier::verify(m_fixture.files.value(u"photo.jpg"_s)).ok);
}

void TestDossier::verifyAgainstTheLibrary()
{
    auto lib = library();
    const QString out = m_fixture.path(u"against.pdf"_s);
    QVERIFY(DossierWriter::writePdf(*lib, options(), out));
    const auto report = DossierVerifier::verify(out, lib.get());
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
    // Another library never had that journal head.
    const QString otherPath = m_fixture.path(u"other.plaint"_s);
    {
        auto other = Library::open(otherPath);
        QVERIFY(other);
        QVERIFY((*other)->addCase(sampleCase()));
    }
    auto other = Library::open(otherPath, Library::OpenMode::ReadOnly);
    QVERIFY(other);
    QVERIFY(!DossierVerifier::verify(out, other->get()).ok);
}

void TestDossier::missingFontIsAClearError()
{
    // A fontconfig that knows no fonts at all.
    const QString conf = m_fixture.path(u"nofonts.conf"_s);
    QVERIFY(writeFile(conf, "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig>"
                            "<cachedir>" + m_fixture.path(u"fc-cache"_s).toUtf8() + "</cachedir></fontconfig>"));
    const QString out = m_fixture.path(u"nofont.pdf"_s);
    QVERIFY(writeFile(out, "what was there before"));
    QProcess plaint;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FONTCONFIG_FILE"_s, conf);
    plaint.setProcessEnvironment(env);
    plaint.start(QStringLiteral(PLAINT_BINARY), {u"--library"_s, m_fixture.libraryPath, u"export"_s, u"--case"_s,
                                                 QString::number(m_fixture.caseId), u"--audience"_s, u"court"_s,
                                                 u"--lang"_s, u"zh_CN"_s, u"-o"_s, out});
    QVERIFY(plaint.waitForFinished(60000));
    QCOMPARE(plaint.exitCode(), 2);
    const QString error = QString::fromUtf8(plaint.readAllStandardError());
    QVERIFY2(error.contains(u"fonts-noto-cjk"_s), qPrintable(error));
    QCOMPARE(error.count(u'\n'), 1);
    QCOMPARE(fileBytes(out), QByteArray("what was there before"));
}

void TestDossier::failedExportLeavesNothingBehind()
{
    auto lib = library();
    const QString out = m_fixture.path(u"keep.pdf"_s);
    QVERIFY(writeFile(out, "an earlier dossier"));
    DossierOptions o = options();
    o.caseId = 999;
    QVERIFY(!DossierWriter::writePdf(*lib, o, out));
    o = options();
    o.jurisdiction = u"../strings"_s;
    QVERIFY(!DossierWriter::writePdf(*lib, o, out));
    int cancelChecks = 0;
    auto cancelled = DossierWriter::writePdf(*lib, options(), out, [&cancelChecks] { return ++cancelChecks > 3; });
    QVERIFY(!cancelled);
    QCOMPARE(fileBytes(out), QByteArray("an earlier dossier"));
    QVERIFY(QDir(m_fixture.dir.path()).entryList({u"*.part"_s}, QDir::Files | QDir::Hidden).isEmpty());
    QVERIFY(!DossierWriter::writePdf(*lib, options(), m_fixture.path(u"no/such/folder/x.pdf"_s)));
}

void TestDossier::periodLimitsTheChronology()
{
    auto lib = library();
    DossierOptions o = options();
    o.from = QDate(2021, 4, 7);
    o.to = QDate(2021, 4, 7);
    const QString out = m_fixture.path(u"period.pdf"_s);
    auto outcome = DossierWriter::writePdf(*lib, o, out);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    QCOMPARE(outcome->exhibits, 4); // the visit's four files only
    const QString text = squeezed(run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, out, u"-"_s}));
    QVERIFY(text.contains(squeezed(DossierFixture::typedTexts().at(2))));
    QVERIFY(!text.contains(squeezed(DossierFixture::typedTexts().at(0))));
}

void TestDossier::newJurisdictionOrAudienceIsAFile()
{
    // ZZ and "ombudsman" are only in this test's resources.
    QVERIFY2(DossierProfile::jurisdictions().contains(u"ZZ"_s), qPrintable(DossierProfile::jurisdictions().join(u' ')));
    QCOMPARE(DossierProfile::jurisdictions().last(), u"generic"_s);
    QCOMPARE(DossierProfile::audiences(), (QStringList{u"regulator"_s, u"association"_s, u"court"_s, u"ombudsman"_s}));
    QCOMPARE(DossierProfile::jurisdictionName(u"ZZ"_s, u"zh_TW"_s), u"測試國"_s);
    QCOMPARE(DossierProfile::audienceName(u"ombudsman"_s, u"en"_s), u"An ombudsman"_s);
    auto lib = library();
    DossierOptions o = options(u"ombudsman"_s, u"zh_CN"_s);
    o.jurisdiction = u"ZZ"_s;
    o.complainant.address = u"测试国某路1号"_s;
    const QString out = m_fixture.path(u"zz.pdf"_s);
    auto outcome = DossierWriter::writePdf(*lib, o, out);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    const QString text = squeezed(run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, out, u"-"_s}));
    QVERIFY(text.contains(u"致申诉专员的投诉材料"_s));
    QVERIFY(text.contains(u"测试国综合申诉专员"_s));
    QCOMPARE(QJsonDocument::fromJson(outcome->manifest).object().value(u"jurisdiction"_s).toString(), u"ZZ"_s);
    // The command line offers them too.
    QProcess plaint;
    plaint.start(QStringLiteral(PLAINT_BINARY), {u"--library"_s, m_fixture.libraryPath, u"export"_s, u"--case"_s,
                                                 QString::number(m_fixture.caseId), u"--audience"_s, u"judge"_s,
                                                 u"--lang"_s, u"en"_s, u"-o"_s, m_fixture.path(u"judge.pdf"_s)});
    QVERIFY(plaint.waitForFinished(60000));
    QCOMPARE(plaint.exitCode(), 2);
    QVERIFY(QString::fromUtf8(plaint.readAllStandardError()).contains(u"regulator, association, court"_s));
}

void TestDossier::requiredDetailsAreNamed()
{
    auto lib = library();
    const QString out = m_fixture.path(u"required.pdf"_s);
    QVERIFY(writeFile(out, "an earlier dossier"));
    // Testland's regulator needs an e-mail address, which is not given.
    DossierOptions o = options(u"regulator"_s, u"en"_s);
    o.jurisdiction = u"ZZ"_s;
    auto refused = DossierWriter::writePdf(*lib, o, out);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"Testland Communications Ombudsman needs details that are missing: your e-mail address."_s),
             qPrintable(refused.error()));
    QCOMPARE(fileBytes(out), QByteArray("an earlier dossier"));
    // A preview says so and is made all the same.
    o.missingDetailsAreWarnings = true;
    auto preview = DossierWriter::writePdf(*lib, o, m_fixture.path(u"required-preview.pdf"_s));
    QVERIFY(preview);
    QVERIFY(preview->warnings.join(u'\n').contains(u"your e-mail address"_s));
    o.missingDetailsAreWarnings = false;
    o.complainant.email = u"zhang.san@example.org"_s;
    QVERIFY(DossierWriter::writePdf(*lib, o, out));
    // China's appeal centre needs the complainant's name and phone number.
    DossierOptions cn = options(u"regulator"_s, u"zh_CN"_s);
    cn.complainant.name.clear();
    cn.complainant.phones.clear();
    auto missing = DossierWriter::writePdf(*lib, cn, out);
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(u"your name; your phone number"_s), qPrintable(missing.error()));
}

void TestDossier::attachedOriginalsComeBackBitForBit()
{
    auto lib = library();
    DossierOptions o = options(u"court"_s, u"en"_s);
    o.attachOriginals = true;
    const QString out = m_fixture.path(u"attached.pdf"_s);
    auto outcome = DossierWriter::writePdf(*lib, o, out);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    const QString list = run(u"pdfdetach"_s, {u"-list"_s, u"-enc"_s, u"UTF-8"_s, out});
    QVERIFY2(list.startsWith(u"10 embedded files"_s), qPrintable(list)); // nine originals and the manifest
    QTemporaryDir detached;
    int code = -1;
    run(u"pdfdetach"_s, {u"-saveall"_s, u"-o"_s, detached.path(), out}, &code);
    QCOMPARE(code, 0);
    for (auto it = m_fixture.files.constBegin(); it != m_fixture.files.constEnd(); ++it) {
        const QStringList found = QDir(detached.path()).entryList({u"exhibit-*-"_s + it.key()});
        QVERIFY2(found.size() == 1, qPrintable(it.key() + u": "_s + list));
        QVERIFY2(fileBytes(detached.filePath(found.first())) == fileBytes(it.value()), qPrintable(it.key()));
    }
    const auto report = DossierVerifier::verify(out, lib.get());
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
    QVERIFY(report.checks.join(u'\n').contains(u"the attached original file matches"_s));
    // The exhibit pages say where the original is: attached.
    QVERIFY(squeezed(run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, out, u"-"_s})).contains(u"isattachedtothisPDF"_s));
}

void TestDossier::factsSayWhatWasRecorded()
{
    // The fixture's call has no hold time and its visit no travel time.
    auto lib = library();
    const QString out = m_fixture.path(u"facts.pdf"_s);
    QVERIFY(DossierWriter::writePdf(*lib, options(u"regulator"_s, u"en"_s), out));
    QString text = run(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, out, u"-"_s});
    text.replace(QRegularExpression(u"\\s+"_s), u" "_s);
    QVERIFY2(text.contains(u"Time on hold: not recorded."_s), qPrintable(text.left(3000)));
    QVERIFY(text.contains(u"Travel time to and from the store: not recorded."_s));
    QVERIFY(!text.contains(u"included in call time"_s));
    // The operator's answer is its own (the app's incoming message), with its date.
    QVERIFY(text.contains(u"What did the operator answer? App says only a shop can do it."_s));
    QVERIFY(text.contains(u"When did the operator answer? 9 April 2021, 09:00"_s));
    // One offset for every time: said once on the cover, not after each time.
    QVERIFY(text.contains(u"All times are local times, UTC+08:00."_s));
    QVERIFY(!text.contains(u"09:00 UTC+08:00"_s));

    // With hold and travel recorded, the facts give them.
    const QString copy = m_fixture.path(u"facts.plaint"_s);
    QVERIFY(QFile::copy(m_fixture.libraryPath, copy));
    {
        auto writable = openLibrary(copy);
        QVERIFY(writable);
        auto events = writable->timeline(m_fixture.caseId, 0, -1, true);
        QVERIFY(events);
        for (Event e : *events) {
            if (e.channel == Channel::Phone)
                e.holdSeconds = 22 * 60;
            else if (e.channel == Channel::Store)
                e.travelSeconds = 40 * 60;
            else
                continue;
            QVERIFY(writable->updateEvent(e));
        }
    }
    auto recorded = openLibrary(copy, Library::OpenMode::ReadOnly);
    QVERIFY(DossierWriter::writePdf(*recorded, options(u"regulator"_s, u"zh_CN"_s), out));
    text = run(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, out, u"-"_s});
    text.remove(QRegularExpression(u"\\s+"_s));
    QVERIFY2(text.contains(u"其中等待时间共计22分钟"_s), qPrintable(text.left(3000)));
    QVERIFY(text.contains(u"往返营业厅的路程时间共计40分钟"_s));
    QVERIFY(text.contains(u"申诉人为此事共花费了至少2小时7分钟"_s)); // 37 + 50 + 40 (the hold is inside the call)
}

// The next step comes with what bears on it, in the dossier's language: the
// dates to act by, and that complaining to 12315 first closes the 12300 appeal.
void TestDossier::escalationSaysWhatMayCloseTheWay()
{
    auto lib = library();
    const QString out = m_fixture.path(u"escalation.pdf"_s);
    QVERIFY(DossierWriter::writePdf(*lib, options(u"regulator"_s, u"en"_s), out));
    QString text = run(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, out, u"-"_s});
    text.replace(QRegularExpression(u"\\s+"_s), u" "_s);
    QVERIFY2(text.contains(u"Appeal to 12300 before you complain to 12315"_s), qPrintable(text.left(4000)));
    static const QRegularExpression billing(u"Time limit: by \\d{1,2} \\w+ \\d{4} \\(a billing dispute: 5 months"_s);
    QVERIFY2(text.contains(billing), qPrintable(text.mid(text.indexOf(u"Escalation You may"_s), 2000)));

    QVERIFY(DossierWriter::writePdf(*lib, options(u"regulator"_s, u"zh_TW"_s), out));
    text = run(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, out, u"-"_s});
    text.remove(QRegularExpression(u"\\s+"_s));
    QVERIFY2(text.contains(u"請先向12300申訴"_s), qPrintable(text.left(4000)));
    QVERIFY(text.contains(u"時限："_s));
    // All of it in the dossier's language: none of the window's English notes.
    QVERIFY(!text.contains(u"Timelimit"_s));
    QVERIFY(!text.contains(u"Thosedates"_s));
    QVERIFY(!text.contains(u"waitingperiod"_s));
}

void TestDossier::cleanupTestCase()
{
    PageCanvas::releaseFontCaches();
}

QTEST_MAIN(TestDossier)
#include "tst_dossier.moc"
