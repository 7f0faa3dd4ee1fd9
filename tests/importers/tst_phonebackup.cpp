// SMS Backup & Restore files into a real library: the sample (faithful to
// the app's own output), double imports, damaged files, cancelling.
#include "calllogimporter.h"
#include "library.h"
#include "smsbackupimporter.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;
using namespace plaint::test;

namespace {

const QString kData = QStringLiteral(PLAINT_TEST_DATA "/import");

Library::ImportSource sourceOf(Importer &importer)
{
    return [&importer] { return importer.next(); };
}

// Everything an import could have touched, to prove a failed one touched nothing.
QString snapshot(const QString &path)
{
    RawConnection raw(path);
    QStringList parts;
    for (const QString &table : {u"events"_s, u"attachments"_s, u"blobs"_s, u"blob_chunks"_s, u"journal"_s,
                                 u"event_sources"_s, u"agents"_s, u"promises"_s, u"search_docs"_s})
        parts << table + u'=' + QString::number(raw.count(table));
    parts << raw.scalar(u"SELECT hash FROM journal ORDER BY seq DESC LIMIT 1"_s).toString();
    return parts.join(u' ');
}

} // namespace

class TestPhoneBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sampleSms();
    void sampleCalls();
    void secondImportAddsNothing();
    void damagedFilesChangeNothing_data();
    void damagedFilesChangeNothing();
    void cancelLeavesNoTrace();
    void dryRunWritesNothing();
    void encodings_data();
    void encodings();
    void numbers_data();
    void numbers();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QString m_path;
    qint64 m_case = 0;
};

void TestPhoneBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"library.plaint"_s);
    m_library = openLibrary(m_path);
    QVERIFY(m_library);
    auto added = m_library->addCase(sampleCase());
    QVERIFY2(added, qPrintable(added.error()));
    m_case = *added;
}

void TestPhoneBackup::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestPhoneBackup::sampleSms()
{
    QFile file(kData + u"/sms-sample.xml"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    SmsBackupImporter importer(file, {u"10086"_s});
    auto result = m_library->importEvents(m_case, sourceOf(importer));
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(result->size(), 4);
    auto events = m_library->timeline(m_case, 0, -1, true);
    QVERIFY(events);
    QCOMPARE(events->size(), 4);

    const Event &first = events->at(0);
    QCOMPARE(first.occurred.toMSecsSinceEpoch(), 1616033723000LL);
    QVERIFY(first.channel == Channel::Sms);
    QVERIFY(first.direction == Direction::Incoming);
    QCOMPARE(first.agentCode, u"23338"_s);
    QCOMPARE(first.reference, u"2021031812345"_s);
    QVERIFY(first.quotes.value(0).startsWith(u"尊敬的客户"_s));
    QVERIFY(events->at(1).direction == Direction::Outgoing);
    QCOMPARE(events->at(1).quotes.value(0), u"退订宽带，请尽快处理 & 回复"_s); // XML entities undone
    QCOMPARE(events->at(2).reference, u"A-77812"_s);                            // "+86 10086" is 10086

    // The MMS: its text, and its picture as evidence under a name with no folder in it.
    const Event &mms = events->at(3);
    QCOMPARE(mms.quotes.value(0), u"您的账单截图，工号23338"_s);
    QCOMPARE(mms.attachments.size(), 1);
    QCOMPARE(mms.attachments.at(0).fileName, u"IMG_20210318_101523.jpg"_s);
    QCOMPARE(mms.attachments.at(0).mimeType, u"image/jpeg"_s);
    QBuffer stored;
    stored.open(QIODevice::WriteOnly);
    QVERIFY(m_library->readEvidence(mms.attachments.at(0).sha256, stored));
    QCOMPARE(stored.data(), fileBytes(kData + u"/IMG_20210318_101523.jpg"_s));

    // The friend's message and the draft were left out, each with its reason.
    QCOMPARE(importer.skipped().size(), 2);
    QVERIFY(importer.skipped().at(0).why.contains(u"draft"_s));
    QVERIFY(importer.skipped().at(1).what.startsWith(u"1 "_s));
    QVERIFY(m_library->verify().ok);

    // Imported events are found by search like typed ones: three characters
    // and more through trigrams, two through pairs, evidence names too.
    QCOMPARE(*m_library->search(m_case, u"受理单号"_s), (QList<qint64>{first.id}));
    QCOMPARE(*m_library->search(m_case, u"退订"_s), (QList<qint64>{first.id, events->at(1).id}));
    QCOMPARE(*m_library->search(m_case, u"IMG_2021"_s), (QList<qint64>{mms.id}));
}

void TestPhoneBackup::sampleCalls()
{
    QFile file(kData + u"/calls-sample.xml"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CallLogImporter importer(file, {u"10086"_s});
    auto result = m_library->importEvents(m_case, sourceOf(importer));
    QVERIFY2(result, qPrintable(result.error()));
    auto events = m_library->timeline(m_case);
    QVERIFY(events);
    QCOMPARE(events->size(), 4);
    QVERIFY(events->at(0).direction == Direction::Outgoing);
    QCOMPARE(events->at(0).durationSeconds, 1325);
    QVERIFY(events->at(0).channel == Channel::Phone);
    QVERIFY(events->at(1).direction == Direction::Incoming);
    QCOMPARE(events->at(1).durationSeconds, 95);
    QVERIFY(events->at(2).summary.startsWith(u"Missed call"_s));
    QCOMPARE(events->at(2).outcome, u"missed"_s);
    QVERIFY(events->at(3).summary.startsWith(u"Rejected call"_s));
    QCOMPARE(importer.skipped().size(), 2); // the damaged date, the friend's call
    QVERIFY(importer.skipped().at(0).why.contains(u"not-a-time"_s));
}

void TestPhoneBackup::secondImportAddsNothing()
{
    for (int round = 0; round < 2; ++round) {
        QFile file(kData + u"/sms-sample.xml"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        SmsBackupImporter importer(file, {u"10086"_s});
        const QString before = snapshot(m_path);
        auto result = m_library->importEvents(m_case, sourceOf(importer));
        QVERIFY2(result, qPrintable(result.error()));
        int added = 0;
        for (const auto &entry : *result)
            added += entry.eventId != 0 ? 1 : 0;
        QCOMPARE(added, round == 0 ? 4 : 0);
        if (round == 1)
            QCOMPARE(snapshot(m_path), before);
    }
    QCOMPARE(*m_library->eventCount(m_case), 4);
    // Trashing an imported event does not make the next import bring it back.
    auto events = m_library->timeline(m_case);
    QVERIFY(m_library->trashEvent(events->at(0).id));
    QFile file(kData + u"/sms-sample.xml"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    SmsBackupImporter importer(file, {u"10086"_s});
    QVERIFY(m_library->importEvents(m_case, sourceOf(importer)));
    QCOMPARE(*m_library->eventCount(m_case), 3);
    QVERIFY(m_library->sourceKey(events->at(0).id)->startsWith(u"sms:10086:1616033723000:1:"_s));
}

void TestPhoneBackup::damagedFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray sample = fileBytes(kData + u"/sms-sample.xml"_s);
    QTest::newRow("truncated in the middle") << sample.left(sample.size() / 2) << u"cut off"_s;
    QTest::newRow("truncated before </smses>") << sample.left(sample.lastIndexOf("</smses>")) << u"cut off"_s;
    QTest::newRow("broken tag") << QByteArray(sample).replace("<sms protocol=\"0\" address=\"+86 10086\"", "<sms protocol=\"0 address=")
                                << u"damaged"_s;
    QTest::newRow("junk after the end") << sample + "<smses>" << u"damaged"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("not XML") << QByteArray("\x89PNG\r\n\x1a\n....") << u"damaged"_s;
    QTest::newRow("call log") << fileBytes(kData + u"/calls-sample.xml"_s) << u"import calls"_s;
    QTest::newRow("other XML") << QByteArray("<?xml version='1.0'?><html/>") << u"<html>"_s;
}

void TestPhoneBackup::damagedFilesChangeNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    // A first import, so "nothing changed" means more than an empty library.
    {
        QFile file(kData + u"/calls-sample.xml"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CallLogImporter calls(file, {u"10086"_s});
        QVERIFY(m_library->importEvents(m_case, sourceOf(calls)));
    }
    const QString before = snapshot(m_path);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    SmsBackupImporter importer(buffer, {u"10086"_s});
    auto result = m_library->importEvents(m_case, sourceOf(importer));
    QVERIFY(!result);
    QVERIFY2(result.error().contains(message), qPrintable(result.error()));
    QCOMPARE(snapshot(m_path), before);
}

void TestPhoneBackup::cancelLeavesNoTrace()
{
    const QString before = snapshot(m_path);
    QFile file(kData + u"/sms-sample.xml"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    SmsBackupImporter importer(file, {u"10086"_s});
    int handed = 0;
    auto result = m_library->importEvents(m_case, [&]() -> Result<std::optional<ImportItem>> {
        if (handed == 3) // the user pressed Cancel after three messages, the MMS among them not yet
            return Result<std::optional<ImportItem>>::failure(u"Cancelled."_s);
        ++handed;
        return importer.next();
    });
    QVERIFY(!result);
    QCOMPARE(result.error(), u"Cancelled."_s);
    QCOMPARE(snapshot(m_path), before);
    QVERIFY(m_library->verify().ok);
}

void TestPhoneBackup::dryRunWritesNothing()
{
    const QString before = snapshot(m_path);
    QFile file(kData + u"/sms-sample.xml"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    SmsBackupImporter importer(file, {u"10086"_s});
    auto result = m_library->importEvents(m_case, sourceOf(importer), false);
    QVERIFY(result);
    QCOMPARE(result->size(), 4);
    QCOMPARE(snapshot(m_path), before);
}

void TestPhoneBackup::encodings_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("declared");
    QTest::newRow("UTF-8") << QByteArray("UTF-8") << QByteArray("UTF-8");
    QTest::newRow("UTF-16LE with BOM") << QByteArray("UTF-16LE") << QByteArray("UTF-16");
    QTest::newRow("UTF-16BE with BOM") << QByteArray("UTF-16BE") << QByteArray("UTF-16");
    QTest::newRow("GB18030") << QByteArray("GB18030") << QByteArray("GB18030");
    QTest::newRow("GBK") << QByteArray("GB18030") << QByteArray("GBK");
    QTest::newRow("Big5") << QByteArray("Big5") << QByteArray("Big5");
}

void TestPhoneBackup::encodings()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, declared);
    const QString body = u"您好，工號23338，受理單號：TW2021031801"_s;
    const QString xml = u"<?xml version='1.0' encoding='%1' standalone='yes' ?>\n<smses count=\"1\">"
                        "<sms address=\"10086\" date=\"1616033723000\" type=\"1\" body=\"%2\" /></smses>\n"_s
                            .arg(QString::fromLatin1(declared), body);
    QStringEncoder encoder(encoding.constData(), QStringConverter::Flag::WriteBom);
    QVERIFY(encoder.isValid());
    QByteArray bytes = encoder(xml);
    QVERIFY(!encoder.hasError());
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    SmsBackupImporter importer(buffer, {u"10086"_s});
    auto result = m_library->importEvents(m_case, sourceOf(importer));
    QVERIFY2(result, qPrintable(result.error()));
    auto events = m_library->timeline(m_case);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->at(0).quotes.value(0), body);
    QCOMPARE(events->at(0).agentCode, u"23338"_s);
    QCOMPARE(events->at(0).reference, u"TW2021031801"_s);
}

void TestPhoneBackup::numbers_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("matches");
    QTest::newRow("plain") << u"10086"_s << true;
    QTest::newRow("+86") << u"+8610086"_s << true;
    QTest::newRow("0086 with dashes") << u"0086-100-86"_s << true;
    QTest::newRow("MMS list") << u"13800138000~10086"_s << true;
    QTest::newRow("longer service number") << u"1065810086"_s << false;
    QTest::newRow("other") << u"10010"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPhoneBackup::numbers()
{
    QFETCH(QString, address);
    QFETCH(bool, matches);
    const QByteArray xml = "<smses><sms address=\"" + address.toUtf8()
        + "\" date=\"1616033723000\" type=\"1\" body=\"x\" /></smses>";
    QBuffer buffer;
    buffer.setData(xml);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    SmsBackupImporter importer(buffer, {u"10086"_s});
    auto item = importer.next();
    QVERIFY(item);
    QCOMPARE(item->has_value(), matches);
}

QTEST_GUILESS_MAIN(TestPhoneBackup)
#include "tst_phonebackup.moc"
