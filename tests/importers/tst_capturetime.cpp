// When a picture was taken: EXIF (built here byte by byte, in both byte
// orders, and damaged in the ways files are), file-name patterns, and the
// file's own time as the last resort.
#include "capturetime.h"
#include "library.h"
#include "photoimporter.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace plaint;
using namespace plaint::test;

namespace {

const QString kData = QStringLiteral(PLAINT_TEST_DATA "/import");

struct ExifSpec
{
    bool bigEndian = false;
    QByteArray original = "2021:03:18 10:15:23";
    QByteArray offset;             // "+08:00" or empty for none
    QByteArray ifd0DateTime;       // written in IFD0 only when set
    bool withExifIfd = true;
};

void put16(QByteArray &b, quint16 v, bool big)
{
    char bytes[2];
    if (big)
        qToBigEndian(v, bytes);
    else
        qToLittleEndian(v, bytes);
    b.append(bytes, 2);
}

void put32(QByteArray &b, quint32 v, bool big)
{
    char bytes[4];
    if (big)
        qToBigEndian(v, bytes);
    else
        qToLittleEndian(v, bytes);
    b.append(bytes, 4);
}

// A JPEG with an APP1 EXIF segment, laid out as cameras write it.
QByteArray jpegWithExif(const ExifSpec &spec)
{
    const bool big = spec.bigEndian;
    QByteArray tiff = big ? QByteArray("MM") : QByteArray("II");
    put16(tiff, 42, big);
    put32(tiff, 8, big);
    const QByteArray original = spec.original + '\0';
    const QByteArray offset = spec.offset.isEmpty() ? QByteArray() : spec.offset + '\0';
    const QByteArray ifd0Time = spec.ifd0DateTime.isEmpty() ? QByteArray() : spec.ifd0DateTime + '\0';
    const quint16 ifd0Entries = quint16((spec.withExifIfd ? 1 : 0) + (ifd0Time.isEmpty() ? 0 : 1));
    const quint32 ifd0Size = 2 + 12 * ifd0Entries + 4;
    const quint32 exifIfd = 8 + ifd0Size + quint32(ifd0Time.size());
    const quint16 exifEntries = quint16(1 + (offset.isEmpty() ? 0 : 1));
    const quint32 exifData = exifIfd + 2 + 12 * exifEntries + 4;
    put16(tiff, ifd0Entries, big);
    if (!ifd0Time.isEmpty()) {
        put16(tiff, 0x0132, big);
        put16(tiff, 2, big);
        put32(tiff, quint32(ifd0Time.size()), big);
        put32(tiff, 8 + ifd0Size, big);
    }
    if (spec.withExifIfd) {
        put16(tiff, 0x8769, big);
        put16(tiff, 4, big);
        put32(tiff, 1, big);
        put32(tiff, exifIfd, big);
    }
    put32(tiff, 0, big);
    tiff += ifd0Time;
    if (spec.withExifIfd) {
        put16(tiff, exifEntries, big);
        put16(tiff, 0x9003, big);
        put16(tiff, 2, big);
        put32(tiff, quint32(original.size()), big);
        put32(tiff, exifData, big);
        if (!offset.isEmpty()) {
            put16(tiff, 0x9011, big);
            put16(tiff, 2, big);
            put32(tiff, quint32(offset.size()), big);
            put32(tiff, exifData + quint32(original.size()), big);
        }
        put32(tiff, 0, big);
        tiff += original + offset;
    }
    const QByteArray app1 = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray jpeg("\xFF\xD8", 2);
    // An APP0 (JFIF) segment first, as most encoders write.
    jpeg += QByteArray("\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 18);
    jpeg += QByteArray("\xFF\xE1", 2);
    put16(jpeg, quint16(app1.size() + 2), true);
    jpeg += app1;
    jpeg += QByteArray("\xFF\xDA\x00\x02\xFF\xD9", 6);
    return jpeg;
}

QDateTime shanghai(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::OffsetFromUTC, 8 * 3600);
}

} // namespace

class TestCaptureTime : public QObject
{
    Q_OBJECT

private slots:
    void fileNames_data();
    void fileNames();
    void exif_data();
    void exif();
    void damagedExif_data();
    void damagedExif();
    void sourcesInOrder();
    void photoImport();
};

void TestCaptureTime::fileNames_data()
{
    // The tests run with TZ=UTC: a name's local time is UTC here.
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime at(QDate(2021, 3, 18), QTime(10, 15, 23), Qt::UTC);
    QTest::newRow("Android") << u"Screenshot_20210318-101523.png"_s << at;
    QTest::newRow("Android with app") << u"Screenshot_20210318-101523_WeChat.jpg"_s << at;
    QTest::newRow("macOS") << u"Screenshot 2021-03-18 at 10.15.23.png"_s << at;
    QTest::newRow("WeChat picture") << u"微信图片_20210318101523.jpg"_s << at;
    QTest::newRow("WeChat screenshot") << u"微信截图_20210318101523.png"_s << at;
    QTest::newRow("camera") << u"IMG_20210318_101523.jpg"_s << at;
    QTest::newRow("camera with suffix") << u"IMG_20210318_101523_HDR.jpg"_s << at;
    QTest::newRow("MIUI") << u"Screenshot_2021-03-18-10-15-23-123_com.tencent.mm.png"_s << at;
    QTest::newRow("Samsung") << u"20210318_101523.jpg"_s << at;
    QTest::newRow("Pixel PXL") << u"PXL_20210318_101523456.jpg"_s << at;
    QTest::newRow("mmexport ms") << u"mmexport1616062523000.jpg"_s << at;
    QTest::newRow("in a folder") << u"/home/me/Pictures/IMG_20210318_101523.jpg"_s << at;
    QTest::newRow("no time") << u"bill.png"_s << QDateTime();
    QTest::newRow("impossible month") << u"IMG_20211318_101523.jpg"_s << QDateTime();
    QTest::newRow("impossible hour") << u"IMG_20210318_251523.jpg"_s << QDateTime();
    QTest::newRow("phone number, not a time") << u"13800138000.png"_s << QDateTime();
}

void TestCaptureTime::fileNames()
{
    QFETCH(QString, name);
    QFETCH(QDateTime, expected);
    const auto found = CaptureTime::fromFileName(name);
    QCOMPARE(found.has_value(), expected.isValid());
    if (found)
        QCOMPARE(found->toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestCaptureTime::exif_data()
{
    QTest::addColumn<QByteArray>("jpeg");
    QTest::addColumn<QDateTime>("expected");
    ExifSpec spec;
    QTest::newRow("little endian, no offset") << jpegWithExif(spec)
                                              << QDateTime(QDate(2021, 3, 18), QTime(10, 15, 23), Qt::UTC);
    spec.bigEndian = true;
    QTest::newRow("big endian, no offset") << jpegWithExif(spec)
                                           << QDateTime(QDate(2021, 3, 18), QTime(10, 15, 23), Qt::UTC);
    spec.offset = "+08:00";
    QTest::newRow("big endian, +08:00") << jpegWithExif(spec) << shanghai(2021, 3, 18, 10, 15, 23);
    spec.bigEndian = false;
    QTest::newRow("little endian, +08:00") << jpegWithExif(spec) << shanghai(2021, 3, 18, 10, 15, 23);
    ExifSpec onlyIfd0;
    onlyIfd0.withExifIfd = false;
    onlyIfd0.ifd0DateTime = "2021:03:19 08:00:00";
    QTest::newRow("IFD0 DateTime only") << jpegWithExif(onlyIfd0)
                                        << QDateTime(QDate(2021, 3, 19), QTime(8, 0), Qt::UTC);
    ExifSpec zero;
    zero.original = "0000:00:00 00:00:00";
    QTest::newRow("camera without a clock") << jpegWithExif(zero) << QDateTime();
    QTest::newRow("sample file") << fileBytes(kData + u"/IMG_20210318_101523.jpg"_s) << shanghai(2021, 3, 18, 10, 15, 23);
    QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QDateTime();
}

void TestCaptureTime::exif()
{
    QFETCH(QByteArray, jpeg);
    QFETCH(QDateTime, expected);
    const auto found = CaptureTime::fromExif(jpeg);
    QCOMPARE(found.has_value(), expected.isValid());
    if (found) {
        QCOMPARE(found->toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        QCOMPARE(found->offsetFromUtc(), expected.offsetFromUtc());
    }
}

void TestCaptureTime::damagedExif_data()
{
    QTest::addColumn<QByteArray>("jpeg");
    ExifSpec spec;
    spec.offset = "+08:00";
    const QByteArray good = jpegWithExif(spec);
    const qsizetype tiff = good.indexOf("II*") ;
    for (qsizetype cut = 2; cut < good.size(); cut += 7)
        QTest::addRow("cut at %d", int(cut)) << good.left(cut);
    QByteArray pointerOut = good;
    pointerOut[tiff + 4] = char(0xF0); // IFD0 far past the end
    QTest::newRow("IFD0 outside") << pointerOut;
    QByteArray countHuge = good;
    countHuge[tiff + 8] = char(0xFF);
    countHuge[tiff + 9] = char(0xFF);
    QTest::newRow("entry count huge") << countHuge;
    QByteArray segmentLong = good;
    segmentLong[good.indexOf("\xFF\xE1") + 2] = char(0x7F);
    QTest::newRow("segment longer than the file") << segmentLong;
    QByteArray badOrder = good;
    badOrder[tiff] = 'X';
    QTest::newRow("byte order mark wrong") << badOrder;
}

void TestCaptureTime::damagedExif()
{
    QFETCH(QByteArray, jpeg);
    // Each copy is exactly as long as the data, so ASan sees any read past it.
    const QByteArray exact(jpeg.constData(), jpeg.size());
    const auto found = CaptureTime::fromExif(exact);
    if (found)
        QVERIFY(found->isValid());
}

void TestCaptureTime::sourcesInOrder()
{
    QTemporaryDir dir;
    ExifSpec spec;
    spec.offset = "+08:00";
    // EXIF wins over the name; the name over the file's time.
    const QString both = dir.filePath(u"IMG_20200101_000000.jpg"_s);
    QVERIFY(writeFile(both, jpegWithExif(spec)));
    CaptureTime t = CaptureTime::of(both);
    QVERIFY(t.source == CaptureTime::Source::Exif);
    QCOMPARE(t.when, shanghai(2021, 3, 18, 10, 15, 23));
    const QString named = dir.filePath(u"Screenshot_20210318-101523.png"_s);
    QVERIFY(writeFile(named, QByteArray("\x89PNG\r\n\x1a\n", 8)));
    t = CaptureTime::of(named);
    QVERIFY(t.source == CaptureTime::Source::FileName);
    const QString plain = dir.filePath(u"bill.png"_s);
    QVERIFY(writeFile(plain, QByteArray("\x89PNG\r\n\x1a\n", 8)));
    QFile file(plain);
    const QDateTime modified(QDate(2021, 3, 20), QTime(9, 0), Qt::UTC);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    file.close();
    t = CaptureTime::of(plain);
    QVERIFY(t.source == CaptureTime::Source::FileTime);
    QCOMPARE(t.when, modified);
    QVERIFY(CaptureTime::describe(t.source).contains(u"modification"_s));
}

void TestCaptureTime::photoImport()
{
    QTemporaryDir dir;
    auto library = openLibrary(dir.filePath(u"l.plaint"_s));
    QVERIFY(library);
    const qint64 caseId = *library->addCase(sampleCase());
    const QString copy = dir.filePath(u"copy-of-it.jpg"_s);
    QVERIFY(QFile::copy(kData + u"/IMG_20210318_101523.jpg"_s, copy));
    const QString text = dir.filePath(u"notes.txt"_s);
    QVERIFY(writeFile(text, "not a picture"));
    PhotoImporter importer({kData + u"/IMG_20210318_101523.jpg"_s, copy, text});
    auto result = library->importEvents(caseId, [&] { return importer.next(); });
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(result->size(), 2);
    QVERIFY(result->at(0).eventId != 0);
    QCOMPARE(result->at(1).eventId, 0); // the same picture under another name
    QCOMPARE(importer.skipped().size(), 1);
    QVERIFY(importer.skipped().at(0).why.contains(u"not a picture"_s));
    auto event = library->eventById(result->at(0).eventId);
    QVERIFY(event->summary.contains(u"EXIF"_s));
    QCOMPARE(event->occurred, shanghai(2021, 3, 18, 10, 15, 23));
    QCOMPARE(event->attachments.size(), 1);
}

QTEST_GUILESS_MAIN(TestCaptureTime)
#include "tst_capturetime.moc"
