// The MIME parser and the e-mail importer: encoded words in the charsets
// Chinese mail arrives in, dates, attachment names, multipart structure,
// mbox, and the import of each message with its raw form as evidence.
#include "emailimporter.h"
#include "library.h"
#include "mailmessage.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;
using namespace plaint::test;

namespace {

const QString kData = QStringLiteral(PLAINT_TEST_DATA "/import");

QByteArray encodedWord(const QString &text, const char *charset, char encoding = 'B')
{
    QStringEncoder encoder(charset);
    const QByteArray bytes = encoder(text);
    if (encoding == 'B')
        return "=?" + QByteArray(charset) + "?B?" + bytes.toBase64() + "?=";
    QByteArray q;
    for (const char c : bytes) {
        if (c == ' ')
            q += '_';
        else if (quint8(c) > 127 || c == '=' || c == '?' || c == '_')
            q += '=' + QByteArray::number(quint8(c), 16).toUpper().rightJustified(2, '0');
        else
            q += c;
    }
    return "=?" + QByteArray(charset) + "?Q?" + q + "?=";
}

} // namespace

class TestMailMessage : public QObject
{
    Q_OBJECT

private slots:
    void decodeHeader_data();
    void decodeHeader();
    void parseDate_data();
    void parseDate();
    void sampleMessage();
    void structure_data();
    void structure();
    void notAMessage();
    void importEmlAndMbox();
    void hugeMessageIsRefused();
    void mboxAttachmentsAndRawMessages();
    void mboxStartingWithBlankLines();
    void cutMailboxWarns();
    void mislabelledCharsetWarns();
};

void TestMailMessage::decodeHeader_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");
    const QString zh = u"宽带退订确认"_s;
    const QString tw = u"寬頻退訂確認"_s;
    QTest::newRow("plain ASCII") << QByteArray("Your bill") << u"Your bill"_s;
    QTest::newRow("UTF-8 B") << encodedWord(zh, "UTF-8") << zh;
    QTest::newRow("UTF-8 Q") << encodedWord(u"Re: 退费 now"_s, "UTF-8", 'Q') << u"Re: 退费 now"_s;
    QTest::newRow("GB2312") << encodedWord(zh, "GB2312") << zh;
    QTest::newRow("gbk lower case") << encodedWord(zh, "GBK").replace("GBK", "gbk") << zh;
    QTest::newRow("GB18030 rare character") << encodedWord(u"𠀀号"_s, "GB18030") << u"𠀀号"_s;
    QTest::newRow("Big5") << encodedWord(tw, "Big5") << tw;
    QTest::newRow("two words, space between dropped")
        << encodedWord(u"宽带"_s, "UTF-8") + " " + encodedWord(u"退订"_s, "UTF-8") << u"宽带退订"_s;
    // Mailers split a multi-byte character across two words.
    const QByteArray gb = QStringEncoder("GB2312")(zh);
    QTest::newRow("character split across words")
        << "=?GB2312?B?" + gb.left(3).toBase64() + "?= =?GB2312?B?" + gb.mid(3).toBase64() + "?=" << zh;
    QTest::newRow("text around words") << "Fwd: " + encodedWord(zh, "GB2312") + " (2)" << u"Fwd: "_s + zh + u" (2)"_s;
    QTest::newRow("language suffix") << QByteArray("=?UTF-8*zh?B?") + zh.toUtf8().toBase64() + "?=" << zh;
    QTest::newRow("unknown charset kept readable") << QByteArray("=?x-nonsense?B?") + QByteArray("abc").toBase64() + "?="
                                                   << u"abc"_s;
    QTest::newRow("broken word left as is") << QByteArray("=?UTF-8?B?not closed") << u"=?UTF-8?B?not closed"_s;
    QTest::newRow("raw 8-bit GBK") << QByteArray(QStringEncoder("GB18030")(zh)) << zh;
    QTest::newRow("raw UTF-8") << zh.toUtf8() << zh;
}

void TestMailMessage::decodeHeader()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    QCOMPARE(MailMessage::decodeHeader(raw), expected);
}

void TestMailMessage::parseDate_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime at(QDate(2021, 3, 18), QTime(10, 30), Qt::OffsetFromUTC, 8 * 3600);
    QTest::newRow("RFC 5322") << u"Thu, 18 Mar 2021 10:30:00 +0800"_s << at;
    QTest::newRow("no weekday") << u"18 Mar 2021 10:30:00 +0800"_s << at;
    QTest::newRow("comment") << u"Thu, 18 Mar 2021 10:30:00 +0800 (CST)"_s << at;
    QTest::newRow("no seconds") << u"Thu, 18 Mar 2021 10:30 +0800"_s << at;
    QTest::newRow("GMT") << u"Thu, 18 Mar 2021 02:30:00 GMT"_s << at;
    QTest::newRow("negative offset") << u"Wed, 17 Mar 2021 21:30:00 -0500"_s << at;
    QTest::newRow("EST") << u"Wed, 17 Mar 2021 21:30:00 EST"_s << at;
    QTest::newRow("two-digit year") << u"18 Mar 21 10:30:00 +0800"_s << at;
    QTest::newRow("ISO") << u"2021-03-18T10:30:00+08:00"_s << at;
    QTest::newRow("nonsense") << u"yesterday"_s << QDateTime();
    QTest::newRow("bad day") << u"31 Feb 2021 10:30:00 +0800"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestMailMessage::parseDate()
{
    QFETCH(QString, header);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = MailMessage::parseDate(header);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestMailMessage::sampleMessage()
{
    auto parsed = MailMessage::parse(fileBytes(kData + u"/operator-reply.eml"_s));
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->subject, u"宽带退订确认"_s);
    QCOMPARE(parsed->from, u"中国移动客服 <service@operator.example>"_s);
    QCOMPARE(parsed->messageId, u"<20210318103000.12345@operator.example>"_s);
    QCOMPARE(parsed->date.toMSecsSinceEpoch(), QDateTime(QDate(2021, 3, 18), QTime(2, 30), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(parsed->text, u"您好，您的受理单号为2021031899999，工号23338，我们将在3个工作日内退款。"_s);
    QCOMPARE(parsed->attachments.size(), 2);
    QCOMPARE(parsed->attachments.at(0).fileName, u"passwd"_s);
    QCOMPARE(parsed->attachments.at(1).fileName, u"帳單.pdf"_s);
    QVERIFY(parsed->attachments.at(0).data.startsWith("%PDF-1.4"));
}

void TestMailMessage::structure_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("attachments");
    QTest::newRow("single part, LF only")
        << QByteArray("Subject: s\nDate: Thu, 18 Mar 2021 10:30:00 +0800\n\nHello\n") << u"Hello"_s << QStringList();
    QTest::newRow("alternative prefers plain")
        << QByteArray("Subject: s\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
                      "plain\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n--b--\r\n")
        << u"plain"_s << QStringList();
    QTest::newRow("html only")
        << QByteArray("Subject: s\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>a&amp;b</p><script>x()</script><br>c")
        << u"a&b\n\nc"_s << QStringList();
    QTest::newRow("nested multipart with base64 image")
        << QByteArray("Subject: s\r\nContent-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n--outer\r\n"
                      "Content-Type: multipart/related; boundary=inner\r\n\r\n--inner\r\nContent-Type: text/plain; charset=gb2312\r\n"
                      "Content-Transfer-Encoding: base64\r\n\r\n")
               + QByteArray(QStringEncoder("GB2312")(u"见附件"_s)).toBase64()
               + QByteArray("\r\n--inner--\r\n--outer\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                            "iVBORw0K\r\nGgo=\r\n--outer--\r\n")
        << u"见附件"_s << QStringList{u"attachment-1.png"_s};
    QTest::newRow("RFC 2231 file name")
        << QByteArray("Subject: s\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/pdf\r\n"
                      "Content-Disposition: attachment; filename*0*=UTF-8''%E8%B4%A6%E5%8D%95; filename*1=\".pdf\"\r\n\r\nx\r\n--b--")
        << QString() << QStringList{u"账单.pdf"_s};
    QTest::newRow("missing closing boundary")
        << QByteArray("Subject: s\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\ncut")
        << u"cut"_s << QStringList();
    QTest::newRow("quoted-printable soft breaks")
        << QByteArray("Subject: s\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                      "=E9=80=80=\r\n=E8=B4=B9 a=3Db")
        << u"退费 a=b"_s << QStringList();
}

void TestMailMessage::structure()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, text);
    QFETCH(QStringList, attachments);
    auto parsed = MailMessage::parse(raw);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->text, text);
    QStringList names;
    for (const MailMessage::Part &p : parsed->attachments)
        names << p.fileName;
    QCOMPARE(names, attachments);
}

void TestMailMessage::notAMessage()
{
    QVERIFY(!MailMessage::parse(QByteArray("just some text\nwithout headers\n")));
    QVERIFY(!MailMessage::parse(QByteArray()));
    // Deep nesting stops, it does not overflow the stack.
    QByteArray deep = "Subject: deep\r\n";
    for (int i = 0; i < 5000; ++i)
        deep += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\r\n\r\n--b" + QByteArray::number(i) + "\r\n";
    QVERIFY(MailMessage::parse(deep));
}

void TestMailMessage::importEmlAndMbox()
{
    QTemporaryDir dir;
    auto library = openLibrary(dir.filePath(u"l.plaint"_s));
    QVERIFY(library);
    const qint64 caseId = *library->addCase(sampleCase());
    for (int round = 0; round < 2; ++round) {
        for (const QString &name : {u"operator-reply.eml"_s, u"mailbox.mbox"_s}) {
            QFile file(kData + u'/' + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            EmailImporter importer(file, {u"customer@example.invalid"_s});
            auto result = library->importEvents(caseId, [&] { return importer.next(); });
            QVERIFY2(result, qPrintable(result.error()));
            if (name.endsWith(u".mbox"_s)) {
                QCOMPARE(importer.skipped().size(), 1); // the message without a date
                QVERIFY(importer.skipped().at(0).why.contains(u"Date"_s));
            }
        }
    }
    auto events = library->timeline(caseId, 0, -1, true);
    QVERIFY(events);
    QCOMPARE(events->size(), 3); // twice imported, once there
    const Event &reply = events->at(0);
    QVERIFY(reply.channel == Channel::Email);
    QVERIFY(reply.direction == Direction::Incoming);
    QCOMPARE(reply.agentCode, u"23338"_s);
    QCOMPARE(reply.reference, u"2021031899999"_s);
    QCOMPARE(reply.attachments.size(), 3);
    QCOMPARE(reply.attachments.at(0).fileName, u"宽带退订确认.eml"_s);
    QBuffer raw;
    raw.open(QIODevice::WriteOnly);
    QVERIFY(library->readEvidence(reply.attachments.at(0).sha256, raw));
    QCOMPARE(raw.data(), fileBytes(kData + u"/operator-reply.eml"_s)); // the raw message, bit for bit
    QCOMPARE(reply.attachments.at(1).fileName, u"passwd"_s);

    const Event &first = events->at(1);
    QCOMPARE(first.reference, u"A-55501"_s);
    QCOMPARE(first.agentCode, u"4471"_s);
    QVERIFY(first.quotes.value(0).contains(u"\nFrom the billing team"_s)); // ">From" unescaped
    QVERIFY(events->at(2).direction == Direction::Outgoing);
    QCOMPARE(events->at(2).quotes.value(0), u"Still waiting for the refund."_s);
}

void TestMailMessage::hugeMessageIsRefused()
{
    // A sparse file: 300 MB on paper, nothing on disk, never read.
    QTemporaryDir dir;
    QFile file(dir.filePath(u"huge.eml"_s));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.write("Subject: huge\r\n\r\n") > 0);
    QVERIFY(file.resize(300LL * 1024 * 1024));
    QVERIFY(file.seek(0));
    EmailImporter importer(file);
    auto item = importer.next();
    QVERIFY(!item);
    QVERIFY2(item.error().contains(u"256 MB"_s), qPrintable(item.error()));
}

namespace {

struct Imported
{
    QList<Event> events;
    QList<SkippedRecord> skipped;
    QList<SkippedRecord> warnings;
};

Imported importMail(const QByteArray &bytes, const QString &libraryPath)
{
    Imported out;
    auto library = openLibrary(libraryPath);
    if (!library)
        return out;
    const qint64 caseId = *library->addCase(sampleCase());
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    EmailImporter importer(buffer, {u"customer@example.invalid"_s});
    auto result = library->importEvents(caseId, [&] { return importer.next(); });
    if (!result) {
        qWarning("%s", qPrintable(result.error()));
        return out;
    }
    out.events = *library->timeline(caseId, 0, -1, true);
    out.skipped = importer.skipped();
    out.warnings = importer.warnings();
    return out;
}

QByteArray evidence(Library &library, const Attachment &a)
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    if (!library.readEvidence(a.sha256, sink))
        return {};
    return sink.data();
}

} // namespace

void TestMailMessage::mboxAttachmentsAndRawMessages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"l.plaint"_s);
    const QByteArray mbox = fileBytes(kData + u"/attachments.mbox"_s);
    const Imported imported = importMail(mbox, path);
    QCOMPARE(imported.events.size(), 2);
    QVERIFY(imported.warnings.isEmpty());
    auto library = openLibrary(path);
    QVERIFY(library);

    // Each message is kept as it was sent: the mbox's "From " line is not
    // part of it, the blank line between messages neither, and ">>From " is
    // the ">From " the sender wrote.
    const qsizetype second = mbox.indexOf("\r\nFrom customer@") + 2;
    const QByteArray first = mbox.mid(mbox.indexOf('\n') + 1, second - 2 - (mbox.indexOf('\n') + 1));
    QByteArray secondRaw = mbox.mid(mbox.indexOf('\n', second) + 1);
    secondRaw.replace("\r\n>>From now on", "\r\n>From now on");

    const Event &bill = imported.events.at(0);
    QCOMPARE(bill.reference, u"88231"_s);
    QVERIFY(bill.direction == Direction::Incoming);
    QCOMPARE(bill.attachments.size(), 2);
    QCOMPARE(bill.attachments.at(0).fileName, u"Your March bill.eml"_s);
    QCOMPARE(evidence(*library, bill.attachments.at(0)), first);
    QCOMPARE(bill.attachments.at(1).fileName, u"bill-2021-03.pdf"_s);
    QCOMPARE(bill.attachments.at(1).mimeType, u"application/pdf"_s);
    QVERIFY(evidence(*library, bill.attachments.at(1)).startsWith("%PDF-1.4\n% Plaint test"));
    QVERIFY(evidence(*library, bill.attachments.at(1)).endsWith("%%EOF\n"));

    const Event &photo = imported.events.at(1);
    QVERIFY(photo.direction == Direction::Outgoing);
    QCOMPARE(photo.attachments.size(), 2);
    QCOMPARE(evidence(*library, photo.attachments.at(0)), secondRaw);
    QCOMPARE(photo.attachments.at(1).fileName, u"notice.png"_s);
    QCOMPARE(photo.attachments.at(1).mimeType, u"image/png"_s);
    QVERIFY(evidence(*library, photo.attachments.at(1)).startsWith("\x89PNG\r\n"));
    QVERIFY(photo.quotes.value(0).contains(u"\n>From now on"_s));
}

void TestMailMessage::mboxStartingWithBlankLines()
{
    QTemporaryDir dir;
    const QByteArray mbox = "\r\n\n" + fileBytes(kData + u"/mailbox.mbox"_s);
    const Imported imported = importMail(mbox, dir.filePath(u"l.plaint"_s));
    QCOMPARE(imported.events.size(), 2);
    QCOMPARE(imported.events.at(0).reference, u"A-55501"_s);
    // A single message after blank lines is a message too; its raw form is kept as it came.
    QTemporaryDir dir2;
    const QByteArray eml = "\n\n" + fileBytes(kData + u"/operator-reply.eml"_s);
    const Imported single = importMail(eml, dir2.filePath(u"l.plaint"_s));
    QCOMPARE(single.events.size(), 1);
    QCOMPARE(single.events.at(0).reference, u"2021031899999"_s);
}

void TestMailMessage::cutMailboxWarns()
{
    // The mailbox ends in the middle of the PDF's base64: both messages are
    // imported, the cut one says so, and the user is warned.
    const QByteArray mbox = fileBytes(kData + u"/attachments.mbox"_s);
    const QByteArray cut = mbox.left(mbox.indexOf("JVBERi0xLjQK") + 40);
    QTemporaryDir dir;
    Imported imported = importMail(cut, dir.filePath(u"l.plaint"_s));
    QCOMPARE(imported.events.size(), 1);
    QCOMPARE(imported.warnings.size(), 1);
    QVERIFY2(imported.warnings.at(0).why.contains(u"bill-2021-03.pdf is cut off"_s), qPrintable(imported.warnings.at(0).why));
    QVERIFY(imported.warnings.at(0).what.contains(u"Your March bill"_s));
    QVERIFY2(imported.events.at(0).outcome.contains(u"cut off"_s), qPrintable(imported.events.at(0).outcome));

    // Cut inside the second message's text: the first is whole and says nothing.
    const QByteArray cut2 = mbox.left(mbox.indexOf("A photo of the notice") + 10);
    QTemporaryDir dir2;
    imported = importMail(cut2, dir2.filePath(u"l.plaint"_s));
    QCOMPARE(imported.events.size(), 2);
    QCOMPARE(imported.warnings.size(), 1);
    QVERIFY(imported.warnings.at(0).what.contains(u"The shop's notice"_s));
    QVERIFY(imported.events.at(0).outcome.isEmpty());

    // A message that closes its parts gives no warning.
    auto parsed = MailMessage::parse(fileBytes(kData + u"/operator-reply.eml"_s));
    QVERIFY(parsed);
    QVERIFY(parsed->problems.isEmpty());
}

void TestMailMessage::mislabelledCharsetWarns()
{
    // GBK text that says it is UTF-8, as some Chinese webmail sends it.
    const QByteArray gbk = QStringEncoder("GBK")(u"您好，您的退费已受理，受理单号2021031899999。"_s);
    const QByteArray raw = "Message-ID: <x@operator.example>\r\nDate: Thu, 18 Mar 2021 10:30:00 +0800\r\n"
                           "From: op@operator.example\r\nSubject: s\r\nContent-Type: text/plain; charset=utf-8\r\n"
                           "Content-Transfer-Encoding: 8bit\r\n\r\n"
        + gbk + "\r\n";
    auto parsed = MailMessage::parse(raw);
    QVERIFY(parsed);
    QCOMPARE(parsed->text, u"您好，您的退费已受理，受理单号2021031899999。"_s);
    QCOMPARE(parsed->problems.size(), 1);
    QVERIFY2(parsed->problems.at(0).contains(u"labelled utf-8"_s), qPrintable(parsed->problems.at(0)));
    QVERIFY(parsed->problems.at(0).contains(u"GB18030"_s));

    QTemporaryDir dir;
    const Imported imported = importMail(raw, dir.filePath(u"l.plaint"_s));
    QCOMPARE(imported.events.size(), 1);
    QCOMPARE(imported.events.at(0).reference, u"2021031899999"_s);
    QCOMPARE(imported.warnings.size(), 1);

    // Correctly labelled: no problem.
    auto right = MailMessage::parse(QByteArray(raw).replace("charset=utf-8", "charset=gbk"));
    QVERIFY(right);
    QVERIFY(right->problems.isEmpty());
    QCOMPARE(right->text, parsed->text);
}

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"
