// Evidence as a reader meets it in the dossier: damaged pictures listed, not
// embedded as garbage; every JPEG given back bit for bit; and, redacted, no
// trace of what was hidden in a PDF exhibit's text or in a JPEG's metadata.

#include "dossierverifier.h"
#include "dossierwriter.h"
#include "jpegmetadata.h"
#include "library.h"
#include "pagecanvas.h"
#include "pdfcheck.h"
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

#include <cstdio>

#include <jpeglib.h>
#include <sys/resource.h>
#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace plaint;
using namespace plaint::test;

namespace {

const QDateTime kNow = QDateTime::fromString(u"2021-05-01T12:00:00+08:00"_s, Qt::ISODate);
const QString kPhone = u"13800138000"_s;
const QString kName = u"Zhang San"_s;
const QString kAddress = u"广州市天河区体育西路191号"_s;
const QString kChineseName = u"张三"_s;

QByteArray segment(uchar marker, const QByteArray &body)
{
    QByteArray s;
    s.append(char(0xFF));
    s.append(char(marker));
    char length[2];
    qToBigEndian(quint16(body.size() + 2), length);
    s.append(length, 2);
    return s + body;
}

// A TIFF structure with one ASCII tag, as EXIF's APP1 carries it.
QByteArray exifWithArtist(const QString &artist)
{
    QByteArray value = artist.toUtf8() + '\0';
    QByteArray tiff("MM\0\x2A\0\0\0\x08", 8);
    auto u16 = [&tiff](quint16 v) { char d[2]; qToBigEndian(v, d); tiff.append(d, 2); };
    auto u32 = [&tiff](quint32 v) { char d[4]; qToBigEndian(v, d); tiff.append(d, 4); };
    u16(1);          // one entry
    u16(0x013B);     // Artist
    u16(2);          // ASCII
    u32(quint32(value.size()));
    u32(8 + 2 + 12 + 4); // right after the IFD
    u32(0);          // no next IFD
    tiff += value;
    return QByteArray("Exif\0\0", 6) + tiff;
}

// Segments inserted right after SOI.
QByteArray withSegments(const QByteArray &jpeg, const QByteArray &segments)
{
    return jpeg.left(2) + segments + jpeg.mid(2);
}

// The scan and what follows: the image data a stripped copy keeps bit for bit.
QByteArray imageData(const QByteArray &jpeg)
{
    return jpeg.mid(jpeg.indexOf(QByteArray("\xFF\xDA", 2)));
}

quint32 crcOf(const QByteArray &typeAndData)
{
    return quint32(crc32(0L, reinterpret_cast<const Bytef *>(typeAndData.constData()), uInt(typeAndData.size())));
}

// The PNG with some bytes in the middle of its first IDAT changed; `fixCrc`
// writes a CRC that matches, so only the zlib data are wrong.
QByteArray corruptIdat(QByteArray png, bool fixCrc)
{
    const qsizetype idat = png.indexOf("IDAT");
    const qint64 length = qFromBigEndian<quint32>(png.constData() + idat - 4);
    for (qsizetype i = idat + 4 + length / 2; i < idat + 4 + length / 2 + 16; ++i)
        png[i] = char(png.at(i) ^ 0x5A);
    if (fixCrc) {
        char crc[4];
        qToBigEndian(crcOf(png.mid(idat, 4 + length)), crc);
        png.replace(idat + 4 + length, 4, QByteArray(crc, 4));
    }
    return png;
}

// A JPEG whose header says 20000 × 15000 and whose scan has no data at all.
QByteArray headerOnlyJpeg(const QByteArray &small)
{
    QByteArray head = small.left(small.indexOf(QByteArray("\xFF\xDA", 2)));
    const qsizetype sof = head.indexOf(QByteArray("\xFF\xC0", 2));
    qToBigEndian(quint16(15000), head.data() + sof + 5);
    qToBigEndian(quint16(20000), head.data() + sof + 7);
    const qsizetype sos = small.indexOf(QByteArray("\xFF\xDA", 2));
    const int sosLength = qFromBigEndian<quint16>(small.constData() + sos + 2);
    return head + small.mid(sos, 2 + sosLength) + QByteArray("\xFF\xD9", 2);
}

// A baseline JPEG of `width` × `height`, written row by row (never whole in memory).
bool writeLargeJpeg(const QString &path, int width, int height)
{
    FILE *file = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!file)
        return false;
    jpeg_compress_struct info;
    jpeg_error_mgr errors;
    info.err = jpeg_std_error(&errors);
    jpeg_create_compress(&info);
    jpeg_stdio_dest(&info, file);
    info.image_width = JDIMENSION(width);
    info.image_height = JDIMENSION(height);
    info.input_components = 3;
    info.in_color_space = JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, 40, TRUE);
    info.dct_method = JDCT_IFAST;
    jpeg_start_compress(&info, TRUE);
    QByteArray row(width * 3, Qt::Uninitialized);
    while (info.next_scanline < info.image_height) {
        const int y = int(info.next_scanline);
        for (int x = 0; x < width; ++x) {
            row[x * 3] = char((x / 40) % 256);
            row[x * 3 + 1] = char((y / 30) % 256);
            row[x * 3 + 2] = char(((x + y) / 64) % 256);
        }
        JSAMPROW pointer = reinterpret_cast<JSAMPROW>(row.data());
        jpeg_write_scanlines(&info, &pointer, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    std::fclose(file);
    return true;
}

QJsonObject exhibitNamed(const QByteArray &manifest, const QString &name)
{
    for (const QJsonValue &v : QJsonDocument::fromJson(manifest).object().value(u"exhibits"_s).toArray())
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    return {};
}

QStringList extractedJpegs(const QString &pdf, const QString &folder)
{
    run(u"pdfimages"_s, {u"-all"_s, pdf, QDir(folder).filePath(u"x"_s)});
    QStringList out;
    for (const QFileInfo &f : QDir(folder).entryInfoList({u"x*.jpg"_s}))
        out << f.filePath();
    return out;
}

} // namespace

class TestDossierEvidence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void largeJpegGoesInAsItIsInBoundedMemory();
    void damagedPicturesAreListedNotEmbedded();
    void everyJpegComesBackBitExact_data();
    void everyJpegComesBackBitExact();
    void redactedJpegLosesItsMetadata();
    void redactedPdfExhibitKeepsNoText();
    void pdfaDeclaredOnlyWhereTheValidatorPasses_data();
    void pdfaDeclaredOnlyWhereTheValidatorPasses();
    void cleanupTestCase();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<Library> library() const;
    DossierOptions options(const QString &audience = u"regulator"_s, const QString &language = u"en"_s) const;

    QTemporaryDir m_dir;
    qint64 m_case = 0;
    QMap<QString, QString> m_files;
};

void TestDossierEvidence::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QImage photo(800, 600, QImage::Format_RGB32);
    for (int y = 0; y < photo.height(); ++y)
        for (int x = 0; x < photo.width(); ++x)
            photo.setPixel(x, y, qRgb((x * 5) % 256, (y * 3) % 256, (x + 2 * y) % 256));
    QVERIFY(photo.save(path(u"photo.jpg"_s), "JPEG", 85));
    const QByteArray plain = fileBytes(path(u"photo.jpg"_s));
    // A camera photo: EXIF naming the owner, XMP, a comment with an address.
    const QByteArray xmp = QByteArray("http://ns.adobe.com/xap/1.0/\0", 29)
        + "<x:xmpmeta><dc:creator>" + kChineseName.toUtf8() + "</dc:creator></x:xmpmeta>";
    QVERIFY(writeFile(path(u"camera.jpg"_s), withSegments(plain, segment(0xE1, exifWithArtist(kPhone)) + segment(0xE1, xmp)
                                                               + segment(0xFE, kAddress.toUtf8()))));
    {
        QImageWriter writer(path(u"progressive.jpg"_s), "jpeg");
        writer.setQuality(80);
        writer.setProgressiveScanWrite(true);
        QVERIFY(writer.write(photo.scaled(640, 480)));
    }
    QVERIFY(fileBytes(path(u"progressive.jpg"_s)).contains(QByteArray("\xFF\xC2", 2)));
    QImage shot(360, 640, QImage::Format_RGB888);
    shot.fill(QColor(0xF4, 0xF6, 0xF8));
    {
        QPainter p(&shot);
        p.fillRect(0, 0, 360, 80, QColor(0x1B, 0x3A, 0x5C));
        p.fillRect(30, 200, 300, 40, QColor(0x30, 0x90, 0x40));
    }
    QVERIFY(shot.save(path(u"screenshot.png"_s), "PNG"));
    const QByteArray png = fileBytes(path(u"screenshot.png"_s));
    QVERIFY(writeFile(path(u"truncated.jpg"_s), plain.left(plain.size() * 6 / 10)));
    QVERIFY(writeFile(path(u"badzlib.png"_s), corruptIdat(png, true)));
    QVERIFY(writeFile(path(u"badcrc.png"_s), corruptIdat(png, false)));
    QVERIFY(writeFile(path(u"headeronly.jpg"_s), headerOnlyJpeg(plain)));
    // A bill that names its holder: its text must not survive redaction.
    {
        QPdfWriter bill(path(u"bill.pdf"_s));
        bill.setPageSize(QPageSize(QPageSize::A5));
        bill.setResolution(72);
        bill.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&bill);
        p.setFont(QFont(u"Noto Sans"_s, 12));
        p.drawText(QPointF(40, 80), u"Account holder: Zhang San, mobile 13800138000"_s);
        p.drawText(QPointF(40, 140), u"Monthly bill: 189.00 CNY"_s);
        p.drawText(QPointF(40, 170), u"Plan 189, data 30 GB"_s);
        bill.newPage();
        p.drawText(QPointF(40, 80), u"Second page of the bill"_s);
    }
    for (const QString &name : {u"photo.jpg"_s, u"camera.jpg"_s, u"progressive.jpg"_s, u"screenshot.png"_s,
                                u"truncated.jpg"_s, u"badzlib.png"_s, u"badcrc.png"_s, u"headeronly.jpg"_s, u"bill.pdf"_s})
        m_files.insert(name, path(name));

    auto lib = openLibrary(path(u"library.plaint"_s));
    QVERIFY(lib);
    Case c = sampleCase();
    c.jurisdiction = Jurisdiction::CN;
    auto added = lib->addCase(c);
    QVERIFY(added);
    m_case = *added;
    Event call = sampleEvent(m_case, u"Hotline call about the plan"_s);
    call.occurred = QDateTime::fromString(u"2021-04-06T10:15:00+08:00"_s, Qt::ISODate);
    call.channel = Channel::Phone;
    QVERIFY(lib->addEvent(call, {m_files.value(u"photo.jpg"_s), m_files.value(u"camera.jpg"_s),
                                 m_files.value(u"progressive.jpg"_s), m_files.value(u"screenshot.png"_s)}));
    Event answer = sampleEvent(m_case, u"The operator's reply, with the bill"_s);
    answer.occurred = QDateTime::fromString(u"2021-04-08T09:00:00+08:00"_s, Qt::ISODate);
    answer.channel = Channel::Email;
    answer.direction = Direction::Incoming;
    QVERIFY(lib->addEvent(answer, {m_files.value(u"bill.pdf"_s), m_files.value(u"truncated.jpg"_s),
                                   m_files.value(u"badzlib.png"_s), m_files.value(u"badcrc.png"_s),
                                   m_files.value(u"headeronly.jpg"_s)}));
}

std::unique_ptr<Library> TestDossierEvidence::library() const
{
    return openLibrary(m_dir.filePath(u"library.plaint"_s), Library::OpenMode::ReadOnly);
}

DossierOptions TestDossierEvidence::options(const QString &audience, const QString &language) const
{
    DossierOptions o;
    o.caseId = m_case;
    o.audience = audience;
    o.language = language;
    o.now = kNow;
    o.complainant.name = kName;
    o.complainant.phones = {kPhone};
    return o;
}

void TestDossierEvidence::largeJpegGoesInAsItIsInBoundedMemory()
{
    // 300 megapixels: decoding it whole would take 900 MB (RGB) or 1.2 GB (a QImage).
    const QString big = path(u"large.jpg"_s);
    QVERIFY(writeLargeJpeg(big, 20000, 15000));
    const QString libraryPath = path(u"large.plaint"_s);
    qint64 caseId = 0;
    {
        auto lib = openLibrary(libraryPath);
        QVERIFY(lib);
        auto added = lib->addCase(sampleCase());
        QVERIFY(added);
        caseId = *added;
        QVERIFY(lib->addEvent(sampleEvent(caseId, u"A photo of the whole contract"_s), {big}));
    }
    const QString out = path(u"large.pdf"_s);
    QProcess plaint;
    plaint.start(QStringLiteral(PLAINT_BINARY), {u"--library"_s, libraryPath, u"export"_s, u"--case"_s,
                                                 QString::number(caseId), u"--audience"_s, u"court"_s, u"--lang"_s,
                                                 u"en"_s, u"--complainant"_s, kName, u"-o"_s, out, u"--json"_s});
    QVERIFY(plaint.waitForFinished(300000));
    QVERIFY2(plaint.exitCode() == 0, plaint.readAllStandardError().constData());
    // The largest child so far is this export; the tools run later.
    rusage usage{};
    QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
    const double peakMb = double(usage.ru_maxrss) / 1024.0;
    qInfo("peak memory of the export of a 300-megapixel JPEG: %.0f MB", peakMb);
#if defined(__SANITIZE_ADDRESS__)
    const double bound = 1000; // AddressSanitizer's shadow memory and quarantine come on top
#else
    const double bound = 400;
#endif
    QVERIFY2(peakMb < bound, qPrintable(u"peak %1 MB"_s.arg(peakMb)));
    const QJsonObject outcome = QJsonDocument::fromJson(plaint.readAllStandardOutput()).object();
    QCOMPARE(outcome.value(u"warnings"_s).toArray().size(), 0);
    QTemporaryDir images;
    const QStringList jpegs = extractedJpegs(out, images.path());
    QCOMPARE(jpegs.size(), 1);
    QVERIFY(fileBytes(jpegs.first()) == fileBytes(big));
    QFile::remove(big);
}

void TestDossierEvidence::damagedPicturesAreListedNotEmbedded()
{
    auto lib = library();
    const QString out = path(u"damaged.pdf"_s);
    auto outcome = DossierWriter::writePdf(*lib, options(), out);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    const QMap<QString, QString> damage{{u"truncated.jpg"_s, u"truncated"_s},
                                        {u"badzlib.png"_s, u"data"_s},
                                        {u"badcrc.png"_s, u"checksum"_s},
                                        {u"headeronly.jpg"_s, u"truncated"_s}};
    for (auto it = damage.constBegin(); it != damage.constEnd(); ++it) {
        const QJsonObject x = exhibitNamed(outcome->manifest, it.key());
        QCOMPARE(x.value(u"in_dossier"_s).toString(), u"not-shown"_s);
        QCOMPARE(x.value(u"damage"_s).toString(), it.value());
    }
    for (const QString &good : {u"photo.jpg"_s, u"camera.jpg"_s, u"progressive.jpg"_s})
        QCOMPARE(exhibitNamed(outcome->manifest, good).value(u"in_dossier"_s).toString(), u"original-jpeg"_s);
    QCOMPARE(exhibitNamed(outcome->manifest, u"screenshot.png"_s).value(u"in_dossier"_s).toString(), u"png-data"_s);
    QCOMPARE(outcome->warnings.size(), 4);
    // No garbage in the file: qpdf finds nothing to warn about, and only the
    // good pictures are in it.
    int code = -1;
    const QString check = run(u"qpdf"_s, {u"--check"_s, out}, &code);
    QVERIFY2(code == 0 && !check.contains(u"WARNING"_s), qPrintable(check));
    const QString list = run(u"pdfimages"_s, {u"-list"_s, out});
    QCOMPARE(list.split(u'\n', Qt::SkipEmptyParts).size() - 2, 4);
    // The reader is told why, and that this PDF does not hold the original.
    QString text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, out, u"-"_s});
    text.replace(QRegularExpression(u"\\s+"_s), u" "_s);
    QVERIFY2(text.contains(u"this picture is damaged: the file ends before the picture does"_s), qPrintable(text));
    QVERIFY(text.contains(u"this picture is damaged: its compressed picture data are broken"_s));
    QVERIFY(text.contains(u"this picture is damaged: a checksum inside the file does not match its data"_s));
    QVERIFY(text.contains(u"The original file is not part of this PDF"_s));
    QVERIFY(!text.contains(u"in the bundle"_s));
    // In a bundle the same note says where the original is.
    const QString zip = path(u"damaged.zip"_s);
    QVERIFY(DossierWriter::writeBundle(*lib, options(), zip));
    QTemporaryDir unpacked;
    run(u"python3"_s, {u"-m"_s, u"zipfile"_s, u"-e"_s, zip, unpacked.path()});
    QString bundled = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, unpacked.filePath(u"dossier.pdf"_s), u"-"_s});
    bundled.replace(QRegularExpression(u"\\s+"_s), u" "_s);
    QVERIFY(bundled.contains(u"is in the bundle (folder evidence)"_s));
}

void TestDossierEvidence::everyJpegComesBackBitExact_data()
{
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QString>("language");
    QTest::newRow("regulator-en") << u"regulator"_s << u"en"_s;
    QTest::newRow("court-zh_CN") << u"court"_s << u"zh_CN"_s;
    QTest::newRow("association-zh_TW") << u"association"_s << u"zh_TW"_s;
}

void TestDossierEvidence::everyJpegComesBackBitExact()
{
    QFETCH(QString, audience);
    QFETCH(QString, language);
    auto lib = library();
    const QString out = path(u"jpegs-%1.pdf"_s.arg(language));
    auto outcome = DossierWriter::writePdf(*lib, options(audience, language), out);
    QVERIFY2(outcome, qPrintable(outcome->warnings.join(u'\n')));
    QTemporaryDir images;
    QList<QByteArray> extracted;
    for (const QString &f : extractedJpegs(out, images.path()))
        extracted << fileBytes(f);
    QCOMPARE(extracted.size(), 3);
    // The plain photo, the one with EXIF, XMP and a comment, the progressive one.
    for (const QString &name : {u"photo.jpg"_s, u"camera.jpg"_s, u"progressive.jpg"_s})
        QVERIFY2(extracted.contains(fileBytes(m_files.value(name))), qPrintable(name));
}

void TestDossierEvidence::redactedJpegLosesItsMetadata()
{
    auto lib = library();
    DossierOptions o = options(u"court"_s, u"zh_CN"_s);
    o.redact = true;
    o.complainant.address = kAddress;
    o.redactTerms = {kChineseName};
    const QString out = path(u"redacted-jpeg.pdf"_s);
    auto outcome = DossierWriter::writePdf(*lib, o, out);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    const QJsonObject camera = exhibitNamed(outcome->manifest, u"camera.jpg"_s);
    QCOMPARE(camera.value(u"in_dossier"_s).toString(), u"jpeg-metadata-removed"_s);
    QVERIFY(camera.value(u"metadata_removed"_s).toBool());
    const QByteArray raw = decompressedBytes(out);
    QVERIFY(raw.size() > 10000);
    for (const QString &secret : {kPhone, kAddress, kChineseName, u"体育西路"_s})
        for (const QByteArray &form : byteForms(secret))
            QVERIFY2(!raw.contains(form), qPrintable(u"the raw bytes still have "_s + secret));
    QVERIFY(!raw.contains("Exif"));
    QVERIFY(!raw.contains(QByteArray("http://ns.adobe.com/xap/1.0/\0", 29))); // the camera's XMP segment
    // The picture itself is untouched: the scans are the original's, byte for byte.
    QTemporaryDir images;
    const QByteArray original = fileBytes(m_files.value(u"camera.jpg"_s));
    bool found = false;
    for (const QString &f : extractedJpegs(out, images.path())) {
        const QByteArray back = fileBytes(f);
        if (imageData(back) == imageData(original)) {
            found = true;
            QVERIFY(back.size() < original.size());
            QVERIFY(back.startsWith(QByteArray("\xFF\xD8\xFF\xE0", 4))); // JFIF kept
            QVERIFY(!QImage::fromData(back).isNull());
        }
    }
    QVERIFY2(found, "no JPEG in the redacted dossier has the camera photo's image data");
    QString text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, out, u"-"_s});
    text.remove(QRegularExpression(u"\\s+"_s));
    QVERIFY(text.contains(u"显示时已删除文件的元数据"_s));
}

void TestDossierEvidence::redactedPdfExhibitKeepsNoText()
{
    auto lib = library();
    DossierOptions o = options(u"regulator"_s, u"en"_s);
    o.redact = true;
    o.redactTerms = {kName};
    const QString out = path(u"redacted-bill.pdf"_s);
    auto outcome = DossierWriter::writePdf(*lib, o, out);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    const QJsonObject bill = exhibitNamed(outcome->manifest, u"bill.pdf"_s);
    QCOMPARE(bill.value(u"in_dossier"_s).toString(), u"pdf-pages-as-pictures"_s);
    QVERIFY(bill.value(u"redacted_copy"_s).toBool());
    QCOMPARE(bill.value(u"original_included"_s).toBool(true), false);
    QCOMPARE(bill.value(u"note"_s).toString(), u"redacted copy; the original is not included"_s);
    QCOMPARE(bill.value(u"page_decoded_sha256"_s).toArray().size(), 2);

    const QString text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, out, u"-"_s});
    QPdfDocument doc;
    QCOMPARE(doc.load(out), QPdfDocument::Error::None);
    const QString qtText = qtPdfText(doc);
    const QByteArray raw = decompressedBytes(out);
    QVERIFY(raw.size() > 10000);
    const QString around = metadataOutlineAndAttachments(out);
    for (const QString &secret : {kPhone, kName, u"Account holder"_s, u"Monthly bill"_s}) {
        QVERIFY2(!text.contains(secret), qPrintable(u"pdftotext has "_s + secret));
        QVERIFY2(!qtText.contains(secret), qPrintable(u"QtPdf has "_s + secret));
        QVERIFY2(!around.contains(secret), qPrintable(u"metadata, outline or attachments have "_s + secret));
        for (const QByteArray &form : byteForms(secret))
            QVERIFY2(!raw.contains(form), qPrintable(u"the raw bytes have "_s + secret));
    }
    QString flat = run(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, out, u"-"_s});
    flat.replace(QRegularExpression(u"\\s+"_s), u" "_s);
    QVERIFY(flat.contains(u"redacted copy; the original is not included"_s)); // in the index
    QVERIFY(flat.contains(u"Redacted copy: each page below is a picture of the original page"_s));

    // The page still shows the bill, with the holder's name and number black.
    QTemporaryDir images;
    run(u"pdfimages"_s, {u"-png"_s, out, images.filePath(u"p"_s)});
    QPdfDocument original;
    QCOMPARE(original.load(m_files.value(u"bill.pdf"_s)), QPdfDocument::Error::None);
    const QSize expected = (original.pagePointSize(0) * 200.0 / 72.0).toSize();
    QImage page;
    for (const QFileInfo &f : QDir(images.path()).entryInfoList({u"p*.png"_s})) {
        const QImage candidate(f.filePath());
        if (candidate.size() == expected && page.isNull())
            page = candidate; // the first page of the bill comes first
    }
    QVERIFY2(!page.isNull(), "the bill's page is not in the dossier as a 200 dpi picture");
    const QString billText = original.getAllText(0).text();
    const auto boxOf = [&](const QString &words) {
        const QPdfSelection hit = original.getSelectionAtIndex(0, int(billText.indexOf(words)), int(words.size()));
        const QRectF r = hit.boundingRectangle();
        return QRect((r.topLeft() * 200.0 / 72.0).toPoint(), (r.size() * 200.0 / 72.0).toSize());
    };
    const auto darkShare = [&page](const QRect &r) {
        int dark = 0, all = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x, ++all)
                dark += qGray(page.pixel(x, y)) < 60;
        return all ? double(dark) / all : 0.0;
    };
    for (const QString &hidden : {kName, kPhone})
        QVERIFY2(darkShare(boxOf(hidden)) > 0.97, qPrintable(hidden + u" is not blacked out"_s));
    for (const QString &shown : {u"Monthly bill: 189.00 CNY"_s, u"Account holder:"_s}) {
        const double share = darkShare(boxOf(shown));
        QVERIFY2(share > 0.03 && share < 0.6, qPrintable(u"%1 does not show as text (%2 dark)"_s.arg(shown).arg(share)));
    }
}

// Apache PDFBox preflight, Debian's independent PDF/A-1b validator: exit 0 when valid.
static int preflight(const QString &pdf, QString *report)
{
    const QStringList jars{u"preflight"_s, u"pdfbox2"_s, u"fontbox2"_s, u"xmpbox"_s, u"commons-logging"_s,
                           u"javax.activation"_s, u"jaxb-api"_s};
    QStringList path;
    for (const QString &jar : jars)
        path << u"/usr/share/java/%1.jar"_s.arg(jar);
    int code = -1;
    *report = run(u"java"_s, {u"-cp"_s, path.join(u':'), u"org.apache.pdfbox.preflight.Validator_A1b"_s, pdf}, &code);
    return code;
}

void TestDossierEvidence::pdfaDeclaredOnlyWhereTheValidatorPasses_data()
{
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("redact");
    QTest::addColumn<bool>("declared");
    // Redacted, the bill is pictures: everything on the pages is Plaint's.
    QTest::newRow("redacted-regulator-en") << u"regulator"_s << u"en"_s << true << true;
    QTest::newRow("redacted-court-zh_CN") << u"court"_s << u"zh_CN"_s << true << true;
    QTest::newRow("redacted-association-zh_TW") << u"association"_s << u"zh_TW"_s << true << true;
    // Not redacted, the bill's own pages are in it, with whatever its author put there.
    QTest::newRow("court-en") << u"court"_s << u"en"_s << false << false;
}

void TestDossierEvidence::pdfaDeclaredOnlyWhereTheValidatorPasses()
{
    QFETCH(QString, audience);
    QFETCH(QString, language);
    QFETCH(bool, redact);
    QFETCH(bool, declared);
    for (const QString &jar : {u"preflight"_s, u"pdfbox2"_s, u"xmpbox"_s})
        QVERIFY2(QFile::exists(u"/usr/share/java/%1.jar"_s.arg(jar)), "libpdfbox2-java is needed (make deps)");
    QVERIFY2(!QStandardPaths::findExecutable(u"java"_s).isEmpty(), "a Java runtime is needed (make deps)");
    auto lib = library();
    DossierOptions o = options(audience, language);
    o.redact = redact;
    const QString out = path(u"pdfa-%1-%2-%3.pdf"_s.arg(audience, language).arg(redact));
    auto outcome = DossierWriter::writePdf(*lib, o, out);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    const QJsonObject manifest = QJsonDocument::fromJson(outcome->manifest).object();
    const QString xmp = run(u"pdfinfo"_s, {u"-meta"_s, out});
    QString report;
    const int code = preflight(out, &report);
    if (declared) {
        QCOMPARE(manifest.value(u"pdfa"_s).toString(), u"1b"_s);
        QVERIFY(xmp.contains(u"<pdfaid:part>1</pdfaid:part>"_s));
        QVERIFY2(code == 0 && report.contains(u"is a valid PDF/A-1b file"_s), qPrintable(report));
        // Still a Plaint dossier: its manifest is in the catalog, and verify reads it.
        const auto verified = DossierVerifier::verify(out, lib.get());
        QVERIFY2(verified.ok, qPrintable(verified.problems.join(u'\n')));
    } else {
        QVERIFY(manifest.value(u"pdfa"_s).isUndefined());
        QVERIFY2(manifest.value(u"pdfa_not_declared"_s).toString().contains(u"is a PDF shown as its own pages"_s),
                 qPrintable(manifest.value(u"pdfa_not_declared"_s).toString()));
        QVERIFY(!xmp.contains(u"pdfaid"_s));
    }
}

void TestDossierEvidence::cleanupTestCase()
{
    PageCanvas::releaseFontCaches();
}

QTEST_MAIN(TestDossierEvidence)
#include "tst_dossierevidence.moc"
