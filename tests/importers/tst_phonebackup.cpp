// SMS Backup & Restore files into a real library: the sample (faithful to
// the app's own output), double imports, damaged files, cancelling.
#include "calllogimporter.h"
#include "library.h"
#include "phonenumber.h"
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
    void senderNames();
    void publicBeachAlerts();
    void publicBankNotification();
    void mmsPartNames_data();
    void mmsPartNames();
    void largeMmsPartIsRefused();
    void callsTwiceAddsNothing();

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
    QTest::newRow("86 without + or 00") << u"8610086"_s << true;
    QTest::newRow("86 without +, with a space") << u"86 10086"_s << true;
    QTest::newRow("86 in front of another number") << u"8610010"_s << false;
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

namespace {

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QList<ImportItem> drain(Importer &importer)
{
    QList<ImportItem> items;
    for (;;) {
        auto item = importer.next();
        if (!item) {
            qWarning("%s", qPrintable(item.error()));
            return items;
        }
        if (!item->has_value())
            return items;
        items << **item;
    }
}

QByteArray mmsWithPart(const QByteArray &partAttributes, const QByteArray &data = "/9j/2Q==")
{
    return "<smses><mms date=\"1616150000000\" msg_box=\"1\" address=\"10086\"><parts>"
           "<part seq=\"0\" ct=\"image/jpeg\" "
        + partAttributes + " data=\"" + data + "\" /></parts></mms></smses>";
}

} // namespace

void TestPhoneBackup::senderNames()
{
    // Banks and services send from names, not numbers: "OTP Bank" is asked for as such.
    QCOMPARE(PhoneNumber::normalized(u"OTP Bank"_s), u"otpbank"_s);
    QCOMPARE(PhoneNumber::parseList(u"OTP Bank, 10086"_s), (QStringList{u"otpbank"_s, u"10086"_s}));
    QVERIFY(PhoneNumber::matchesAny(u"OTP Bank"_s, {u"otpbank"_s}));
    QVERIFY(PhoneNumber::matchesAny(u"otp-bank"_s, {u"otpbank"_s}));
    QVERIFY(!PhoneNumber::matchesAny(u"OTP Bank"_s, {u"10086"_s}));
    QVERIFY(!PhoneNumber::matchesAny(u"Bank"_s, {u"otpbank"_s}));
}

void TestPhoneBackup::publicBeachAlerts()
{
    // A real backup published with its project (tests/data/import/README.md):
    // a subscription to the public beach-flag alerts of shortcode 31279, with
    // the app's multi-line comment header and a byte-order mark.
    QFile file(kData + u"/public/beach-flags-31279.xml"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    SmsBackupImporter importer(file, PhoneNumber::parseList(u"31279"_s));
    auto result = m_library->importEvents(m_case, sourceOf(importer));
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(result->size(), 6);
    auto events = m_library->timeline(m_case, 0, -1, true);
    QVERIFY(events);
    QCOMPARE(events->size(), 6);
    QCOMPARE(events->at(0).occurred.toMSecsSinceEpoch(), 1579302534930LL); // Jan 17, 2020 5:08:54 PM in Florida
    QVERIFY(events->at(0).direction == Direction::Outgoing);
    QCOMPARE(events->at(0).quotes.value(0), u"Safety"_s);
    QCOMPARE(events->at(0).summary, u"SMS to 31279: Safety"_s);
    QCOMPARE(events->at(1).occurred.toMSecsSinceEpoch(), 1579302555989LL);
    QVERIFY(events->at(1).direction == Direction::Incoming);
    QVERIFY(events->at(1).quotes.value(0).endsWith(u"Msg&Data rates may apply."_s));
    QCOMPARE(events->at(2).occurred.toMSecsSinceEpoch(), 1579364505082LL);
    QCOMPARE(events->at(2).quotes.value(0),
             u"Today's beach condition in South Walton is: Yellow Flags - Medium Hazard - Moderate Surf and/or "
             "Currents.\nRply STOP to stop"_s);
    QCOMPARE(events->at(5).occurred.toMSecsSinceEpoch(), 1581005956315LL);
    QCOMPARE(events->at(5).quotes.value(0),
             u"Today's beach condition in South Walton is: Double Red Flags - Water Closed to Public.\nRply STOP to stop"_s);
    for (const Event &e : *events)
        QVERIFY(e.channel == Channel::Sms);
    QVERIFY(importer.skipped().isEmpty());
    QVERIFY(m_library->verify().ok);

    // The same backup again: nothing new.
    QFile again(kData + u"/public/beach-flags-31279.xml"_s);
    QVERIFY(again.open(QIODevice::ReadOnly));
    SmsBackupImporter second(again, PhoneNumber::parseList(u"31279"_s));
    const QString before = snapshot(m_path);
    auto twice = m_library->importEvents(m_case, sourceOf(second));
    QVERIFY(twice);
    for (const auto &entry : *twice)
        QCOMPARE(entry.eventId, 0);
    QCOMPARE(snapshot(m_path), before);
}

void TestPhoneBackup::publicBankNotification()
{
    // A real bank notification published as a test file: an
    // <?xml-stylesheet?> before the comment, attributes one per line, CRLF
    // line ends, a body with &#10; line breaks and a sender name for a number.
    QFile file(kData + u"/public/otp-bank-card-sms.xml"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    SmsBackupImporter importer(file, PhoneNumber::parseList(u"OTP Bank"_s));
    const QList<ImportItem> items = drain(importer);
    QCOMPARE(items.size(), 1);
    const Event &e = items.at(0).event;
    QCOMPARE(e.occurred.toMSecsSinceEpoch(), 1452514031508LL);
    QVERIFY(e.direction == Direction::Incoming);
    QCOMPARE(e.quotes.value(0), u"11/01 14:06\nSplata za tovar/poslugu.\nKartka *5768. Suma:\n112.87 UAH. Misce:\n"
                                "KAFE-PIZZERIYA MARIOS. \nZalyshok: 2518.73 UAH"_s);
    QCOMPARE(e.summary, u"SMS from OTP Bank: 11/01 14:06 Splata za tovar/poslugu. Kartka *5768. Suma: 11…"_s);
    QCOMPARE(items.at(0).sourceKey.section(u':', 0, 2), u"sms:otpbank:1452514031508"_s);
    // Asked for by a number, the bank's message is someone else's.
    QVERIFY(file.seek(0));
    SmsBackupImporter byNumber(file, {u"10086"_s});
    QVERIFY(drain(byNumber).isEmpty());
    QCOMPARE(byNumber.skipped().size(), 1);
}

void TestPhoneBackup::mmsPartNames_data()
{
    QTest::addColumn<QByteArray>("attributes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray("cl=\"bill.jpg\"") << u"bill.jpg"_s;
    QTest::newRow("dot dot") << QByteArray("cl=\"..\"") << u"mms-part-1.jpg"_s;
    QTest::newRow("dot dot, name given") << QByteArray("cl=\"..\" name=\"photo.jpg\"") << u"photo.jpg"_s;
    QTest::newRow("climbing out") << QByteArray("cl=\"../../etc/passwd\"") << u"passwd"_s;
    QTest::newRow("Windows path") << QByteArray("cl=\"C:\\Users\\me\\a.jpg\"") << u"a.jpg"_s;
    QTest::newRow("right-to-left override") << QByteArray("cl=\"x\xE2\x80\xAEgpj.exe\"") << u"xgpj.exe"_s;
    QTest::newRow("bidi isolate") << QByteArray("cl=\"bill\xE2\x81\xA7.jpg\"") << u"bill.jpg"_s;
    QTest::newRow("null") << QByteArray("cl=\"null\" name=\"null\"") << u"mms-part-1.jpg"_s;
    QTest::newRow("control character entity") << QByteArray("cl=\"a&#9;b.jpg\"") << u"ab.jpg"_s;
}

void TestPhoneBackup::mmsPartNames()
{
    // An MMS part is named as safely as an e-mail attachment: one rule for both.
    QFETCH(QByteArray, attributes);
    QFETCH(QString, expected);
    QBuffer buffer;
    buffer.setData(mmsWithPart(attributes));
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    SmsBackupImporter importer(buffer, {u"10086"_s});
    const QList<ImportItem> items = drain(importer);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).evidence.size(), 1);
    QCOMPARE(items.at(0).evidence.at(0).fileName, expected);
    QCOMPARE(items.at(0).evidence.at(0).data, QByteArray("\xFF\xD8\xFF\xD9"));
}

void TestPhoneBackup::largeMmsPartIsRefused()
{
    // 75 MB of base64 in one part: far beyond what any carrier delivers. It
    // is skipped with its reason, never decoded, and the text of the MMS and
    // the small part beside it are kept.
    QByteArray xml = "<smses><mms date=\"1616150000000\" msg_box=\"1\" address=\"10086\"><parts>"
                     "<part seq=\"0\" ct=\"text/plain\" text=\"见附件\" />"
                     "<part seq=\"0\" ct=\"image/jpeg\" cl=\"small.jpg\" data=\"/9j/2Q==\" />"
                     "<part seq=\"0\" ct=\"video/mp4\" cl=\"huge.mp4\" data=\"";
    xml.append(QByteArray(75 * 1024 * 1024, 'A'));
    xml.append("\" /></parts></mms></smses>");
    QBuffer buffer(&xml);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const qint64 before = peakRssKb();
    SmsBackupImporter importer(buffer, {u"10086"_s});
    const QList<ImportItem> items = drain(importer);
    const qint64 grown = peakRssKb() - before;
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).event.quotes.value(0), u"见附件"_s);
    QCOMPARE(items.at(0).evidence.size(), 1);
    QCOMPARE(items.at(0).evidence.at(0).fileName, u"small.jpg"_s);
    QCOMPARE(importer.skipped().size(), 1);
    QVERIFY(importer.skipped().at(0).what.startsWith(u"huge.mp4"_s));
    QVERIFY2(importer.skipped().at(0).why.contains(u"larger than 32 MB"_s), qPrintable(importer.skipped().at(0).why));
    // The reader holds the part's text once; a copy of it or a decoding would show here.
    qInfo("peak memory grew by %lld MB reading a 75 MB part", grown / 1024);
    // AddressSanitizer keeps freed memory in quarantine, so its peak says nothing of Plaint's.
    if (!qEnvironmentVariableIsSet("PLAINT_SANITIZED"))
        QVERIFY2(grown < 140 * 1024, qPrintable(u"grew by %1 MB"_s.arg(grown / 1024)));
}

void TestPhoneBackup::callsTwiceAddsNothing()
{
    for (int round = 0; round < 2; ++round) {
        QFile file(kData + u"/calls-sample.xml"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CallLogImporter importer(file, {u"10086"_s});
        const QString before = snapshot(m_path);
        auto result = m_library->importEvents(m_case, sourceOf(importer));
        QVERIFY2(result, qPrintable(result.error()));
        int added = 0;
        for (const auto &entry : *result)
            added += entry.eventId != 0 ? 1 : 0;
        QCOMPARE(added, round == 0 ? 4 : 0);
        QCOMPARE(result->size(), 4);
        if (round == 1)
            QCOMPARE(snapshot(m_path), before);
    }
    QCOMPARE(*m_library->eventCount(m_case), 4);
}

QTEST_GUILESS_MAIN(TestPhoneBackup)
#include "tst_phonebackup.moc"
