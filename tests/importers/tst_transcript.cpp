// Pasted text: splitting a transcript into messages at their times, finding
// agent IDs and reference numbers, and reading the bytes in whatever
// encoding they came in.
#include "agentreferencedetector.h"
#include "textdecoding.h"
#include "transcriptimporter.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;

class TestTranscript : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void directions();
    void noTimesIsAnError();
    void unplacedAreReported();
    void detect_data();
    void detect();
    void decoding_data();
    void decoding();
    void sampleFile();
    void decodingRefusals_data();
    void decodingRefusals();
    void mixedEncodings();
    void lenientSaysWhatItDid();
};

void TestTranscript::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("copiedOn");
    QTest::addColumn<QStringList>("expected"); // "yyyy-MM-dd HH:mm:ss|sender|text"
    QTest::addColumn<QStringList>("unplaced"); // "first-last|words of the reason"
    const QDate none;
    const QDate copied(2021, 3, 19);
    QTest::newRow("ISO with sender and colon")
        << u"2021-03-18 10:15:23 10086: 您好\n2021-03-18 10:16:00 我：退订"_s << none
        << QStringList{u"2021-03-18 10:15:23|10086|您好"_s, u"2021-03-18 10:16:00|我|退订"_s} << QStringList();
    QTest::newRow("bracketed, slashes")
        << u"[2021/3/18 10:15] 客服: 好的\n[2021/3/18 10:17] 我: 谢谢"_s << none
        << QStringList{u"2021-03-18 10:15:00|客服|好的"_s, u"2021-03-18 10:17:00|我|谢谢"_s} << QStringList();
    QTest::newRow("WeChat copy: sender and time, then the words")
        << u"客服小王 2021-03-18 10:15:23\n您好，请问\n有什么可以帮您\n\n我 2021-03-18 10:16:02\n退订宽带"_s << none
        << QStringList{u"2021-03-18 10:15:23|客服小王|您好，请问\n有什么可以帮您"_s, u"2021-03-18 10:16:02|我|退订宽带"_s}
        << QStringList();
    QTest::newRow("WeChat: a date inside the words is words")
        << u"客服小王 2021-03-18 10:15:23\n您好，您的套餐将于2021-05-31 23:59前到期，请及时续订。\n"
           "10:30前会有专员联系您，工号23338。\n我 2021-03-18 10:16:02\n好的"_s
        << none
        << QStringList{u"2021-03-18 10:15:23|客服小王|您好，您的套餐将于2021-05-31 23:59前到期，请及时续订。\n"
                       "10:30前会有专员联系您，工号23338。"_s,
                       u"2021-03-18 10:16:02|我|好的"_s}
        << QStringList();
    QTest::newRow("a time at the start of a line of words is words")
        << u"[2021/3/18 10:15] 客服: 好的\n请您明天\n9:00 到店办理"_s << none
        << QStringList{u"2021-03-18 10:15:00|客服|好的\n请您明天\n9:00 到店办理"_s} << QStringList();
    QTest::newRow("words that end in a date and time are words")
        << u"客服 2021-03-18 10:15:23\n您的宽带到期时间 2021-05-31 23:59\n请于 2021-05-31 23:59\n明天 10:00\n2021-05-31 23:59前请缴费"_s
        << none
        << QStringList{u"2021-03-18 10:15:23|客服|您的宽带到期时间 2021-05-31 23:59\n请于 2021-05-31 23:59\n明天 10:00\n"
                       "2021-05-31 23:59前请缴费"_s}
        << QStringList();
    QTest::newRow("a word alone that names a day is words")
        << u"客服 2021-03-18 10:15:23\n您是哪天办理的？\n我 2021-03-18 10:16:00\n昨天"_s << copied
        << QStringList{u"2021-03-18 10:15:23|客服|您是哪天办理的？"_s, u"2021-03-18 10:16:00|我|昨天"_s} << QStringList();
    QTest::newRow("date line, then times with 上午/下午")
        << u"2021年3月18日\n上午10:15 客服: 早\n下午3:02 我: 还没人联系\n晚上9:30 客服: 明天回复"_s << none
        << QStringList{u"2021-03-18 10:15:00|客服|早"_s, u"2021-03-18 15:02:00|我|还没人联系"_s,
                       u"2021-03-18 21:30:00|客服|明天回复"_s}
        << QStringList();
    QTest::newRow("上午12:30 is half past midnight")
        << u"2021年3月18日\n上午12:30 客服: 夜里\n中午12:30 客服: 午间\n下午12:45 我: 午后\n凌晨1:05 客服: 凌晨"_s << none
        << QStringList{u"2021-03-18 00:30:00|客服|夜里"_s, u"2021-03-18 12:30:00|客服|午间"_s,
                       u"2021-03-18 12:45:00|我|午后"_s, u"2021-03-18 01:05:00|客服|凌晨"_s}
        << QStringList();
    QTest::newRow("12 am and 12 pm")
        << u"2021-03-18 12:10 am Agent: late\n2021-03-18 12:10 pm Agent: noon"_s << none
        << QStringList{u"2021-03-18 00:10:00|Agent|late"_s, u"2021-03-18 12:10:00|Agent|noon"_s} << QStringList();
    QTest::newRow("decorated date line, then QQ names with times")
        << u"—— 2021-03-18 星期四 ——\n客服小王(12345) 10:15:23\n您好\n我 10:16:40\n退订"_s << none
        << QStringList{u"2021-03-18 10:15:23|客服小王(12345)|您好"_s, u"2021-03-18 10:16:40|我|退订"_s} << QStringList();
    QTest::newRow("month and day without a year take the year before them")
        << u"2021年3月17日\n10:15 客服: 已受理\n3月18日 10:20 客服: 已派单"_s << none
        << QStringList{u"2021-03-17 10:15:00|客服|已受理"_s, u"2021-03-18 10:20:00|客服|已派单"_s} << QStringList();
    QTest::newRow("month and day without a year: the year of the copy")
        << u"3月18日 10:20 客服: 已派单"_s << copied << QStringList{u"2021-03-18 10:20:00|客服|已派单"_s} << QStringList();
    QTest::newRow("month and day after the copy's day: the year before")
        << u"12月30日 10:20 客服: 年底"_s << copied << QStringList{u"2020-12-30 10:20:00|客服|年底"_s} << QStringList();
    QTest::newRow("across new year")
        << u"2020年12月30日\n10:20 客服: 年底\n1月2日 09:00 客服: 新年"_s << none
        << QStringList{u"2020-12-30 10:20:00|客服|年底"_s, u"2021-01-02 09:00:00|客服|新年"_s} << QStringList();
    QTest::newRow("month and day with nothing to take a year from")
        << u"3月18日 10:20 客服: 已派单"_s << none << QStringList()
        << QStringList{u"1-1|without a year"_s};
    QTest::newRow("昨天 counts from the day of the copy")
        << u"昨天 10:25 客服: 已受理\n今天 09:00 客服: 已办结"_s << copied
        << QStringList{u"2021-03-18 10:25:00|客服|已受理"_s, u"2021-03-19 09:00:00|客服|已办结"_s} << QStringList();
    QTest::newRow("昨天 without the day of the copy cannot be dated")
        << u"2021-03-18 10:15 客服: 好的\n昨天 10:25 客服: 已受理\n请耐心等待"_s << none
        << QStringList{u"2021-03-18 10:15:00|客服|好的"_s} << QStringList{u"2-3|which day the text was copied"_s};
    QTest::newRow("Chinese date with time")
        << u"2021年3月18日 10:15 10086：您的工单已受理"_s << none << QStringList{u"2021-03-18 10:15:00|10086|您的工单已受理"_s}
        << QStringList();
    QTest::newRow("English am/pm")
        << u"2021-03-18 3:05 pm Agent: We will call you back"_s << none
        << QStringList{u"2021-03-18 15:05:00|Agent|We will call you back"_s} << QStringList();
    QTest::newRow("text before any time is reported")
        << u"Conversation with 10086\n2021-03-18 10:15 10086: hi"_s << none << QStringList{u"2021-03-18 10:15:00|10086|hi"_s}
        << QStringList{u"1-1|before the first dated message"_s};
    QTest::newRow("no sender") << u"2021-03-18 10:15 the line was cut"_s << none
                               << QStringList{u"2021-03-18 10:15:00||the line was cut"_s} << QStringList();
    QTest::newRow("impossible date reported with its words")
        << u"2021-02-30 10:15 x: y\nmore words\n2021-03-01 10:15 x: z"_s << none << QStringList{u"2021-03-01 10:15:00|x|z"_s}
        << QStringList{u"1-2|2021-02-30 10:15 is not a date"_s};
    QTest::newRow("a time on no known day is reported")
        << u"10:15 客服: 您好"_s << none << QStringList() << QStringList{u"1-1|on no day written before it"_s};
    QTest::newRow("a header with no words is reported")
        << u"客服小王 2021-03-18 10:15:23\n\n我 2021-03-18 10:16:02\n好的"_s << none
        << QStringList{u"2021-03-18 10:16:02|我|好的"_s} << QStringList{u"1-1|no words follow"_s};
    QTest::newRow("lone CR (old Mac line ends)") << u"2021-03-18 10:15 a: b\r2021-03-18 10:16 c: d"_s << none
                                                 << QStringList{u"2021-03-18 10:15:00|a|b"_s, u"2021-03-18 10:16:00|c|d"_s}
                                                 << QStringList();
    QTest::newRow("CRLF") << u"2021-03-18 10:15 a: b\r\n2021-03-18 10:16 c: d\r\n"_s << none
                          << QStringList{u"2021-03-18 10:15:00|a|b"_s, u"2021-03-18 10:16:00|c|d"_s} << QStringList();
}

void TestTranscript::split()
{
    QFETCH(QString, text);
    QFETCH(QDate, copiedOn);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unplaced);
    const TranscriptImporter::Parsed parsed = TranscriptImporter::parse(text, copiedOn);
    QStringList got;
    for (const TranscriptImporter::Message &m : parsed.messages)
        got << m.at.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u'|' + m.sender + u'|' + m.text;
    QCOMPARE(got, expected);
    QCOMPARE(parsed.unplaced.size(), unplaced.size());
    for (qsizetype i = 0; i < unplaced.size(); ++i) {
        const TranscriptImporter::Unplaced &u = parsed.unplaced.at(i);
        QCOMPARE(u"%1-%2"_s.arg(u.firstLine).arg(u.lastLine), unplaced.at(i).section(u'|', 0, 0));
        QVERIFY2(u.why.contains(unplaced.at(i).section(u'|', 1)), qPrintable(u.why));
    }
}

void TestTranscript::directions()
{
    TranscriptImporter importer(u"2021-03-18 10:15 我: a\n2021-03-18 10:16 客服: b\n2021-03-18 10:17 c"_s, Channel::Sms);
    QList<Direction> directions;
    for (;;) {
        auto item = importer.next();
        QVERIFY(item);
        if (!item->has_value())
            break;
        QVERIFY((*item)->event.channel == Channel::Sms);
        directions << (*item)->event.direction;
    }
    QCOMPARE(directions.size(), 3);
    QVERIFY(directions.at(0) == Direction::Outgoing);
    QVERIFY(directions.at(1) == Direction::Incoming);
    QVERIFY(directions.at(2) == Direction::Note);
}

void TestTranscript::noTimesIsAnError()
{
    TranscriptImporter importer(u"hello\nno times here"_s);
    auto item = importer.next();
    QVERIFY(!item);
    QVERIFY(item.error().contains(u"2021-03-18 10:15"_s));
    // Times that cannot be dated: the error says why.
    TranscriptImporter undated(u"昨天 10:25 客服: 已受理"_s);
    item = undated.next();
    QVERIFY(!item);
    QVERIFY2(item.error().contains(u"which day the text was copied"_s), qPrintable(item.error()));
}

void TestTranscript::unplacedAreReported()
{
    TranscriptImporter importer(u"Chat with 10086\n2021-03-18 10:15 10086: hi\n昨天 10:25 客服: 已受理"_s);
    int items = 0;
    for (;;) {
        auto item = importer.next();
        QVERIFY(item);
        if (!item->has_value())
            break;
        ++items;
    }
    QCOMPARE(items, 1);
    QCOMPARE(importer.skipped().size(), 2);
    QCOMPARE(importer.skipped().at(0).what, u"line 1 (\"Chat with 10086\")"_s);
    QVERIFY(importer.skipped().at(1).what.startsWith(u"line 3"_s));
}

void TestTranscript::detect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("reference");
    QTest::newRow("工号") << u"客服工号23338为您服务"_s << u"23338"_s << QString();
    QTest::newRow("工号：") << u"工号：23338"_s << u"23338"_s << QString();
    QTest::newRow("工號 traditional") << u"客服人員工號 23338"_s << u"23338"_s << QString();
    QTest::newRow("客服代表(23338号)") << u"我是客服代表(23338号)"_s << u"23338"_s << QString();
    QTest::newRow("full-width parentheses and digits") << u"客服代表（２３３３８号）"_s << u"23338"_s << QString();
    QTest::newRow("23338号客服") << u"23338号客服为您服务"_s << u"23338"_s << QString();
    QTest::newRow("agent ID") << u"Agent ID: 4471 will call"_s << u"4471"_s << QString();
    QTest::newRow("staff no.") << u"staff no. 88 said so"_s << u"88"_s << QString();
    QTest::newRow("受理单号") << u"受理单号：2021031812345"_s << QString() << u"2021031812345"_s;
    QTest::newRow("工单号 with letters") << u"工单号GD20210318001已提交"_s << QString() << u"GD20210318001"_s;
    QTest::newRow("工單編號 traditional") << u"工單編號為 TW-8891234"_s << QString() << u"TW-8891234"_s;
    QTest::newRow("ticket #") << u"ticket #A-77812 closed"_s << QString() << u"A-77812"_s;
    QTest::newRow("reference") << u"Your reference: 88231."_s << QString() << u"88231"_s;
    QTest::newRow("both") << u"工号23338，受理单号2021031812345"_s << u"23338"_s << u"2021031812345"_s;
    QTest::newRow("neither") << u"我们会尽快处理，请耐心等待。"_s << QString() << QString();
    QTest::newRow("a price is no ticket") << u"refund of 189 yuan"_s << QString() << QString();
}

void TestTranscript::detect()
{
    QFETCH(QString, text);
    QFETCH(QString, agent);
    QFETCH(QString, reference);
    const AgentReferenceDetector::Found found = AgentReferenceDetector::detect(text);
    QCOMPARE(found.agentCode, agent);
    QCOMPARE(found.reference, reference);
}

void TestTranscript::decoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("expected");
    const QString zh = u"您好，您的宽带退订申请已受理，请问还有什么可以帮您？"_s;
    const QString tw = u"您好，您的寬頻退訂申請已受理，請問還有什麼可以幫您？"_s;
    QTest::newRow("UTF-8") << zh.toUtf8() << QByteArray() << zh;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + zh.toUtf8() << QByteArray() << zh;
    QTest::newRow("UTF-16LE BOM") << QByteArray(QStringEncoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom)(zh))
                                  << QByteArray() << zh;
    QTest::newRow("UTF-16BE BOM") << QByteArray(QStringEncoder(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom)(zh))
                                  << QByteArray() << zh;
    QTest::newRow("UTF-16LE no BOM, ASCII") << QByteArray(QStringEncoder(QStringConverter::Utf16LE)(u"2021-03-18 10:15 a: b"_s))
                                            << QByteArray() << u"2021-03-18 10:15 a: b"_s;
    QTest::newRow("GB18030 detected") << QByteArray(QStringEncoder("GB18030")(zh)) << QByteArray() << zh;
    QTest::newRow("GBK labelled") << QByteArray(QStringEncoder("GBK")(zh)) << QByteArray("gbk") << zh;
    QTest::newRow("GB2312 labelled x-") << QByteArray(QStringEncoder("GB2312")(zh)) << QByteArray("x-gb2312") << zh;
    QTest::newRow("Big5 detected") << QByteArray(QStringEncoder("Big5")(tw)) << QByteArray() << tw;
    QTest::newRow("Big5 labelled") << QByteArray(QStringEncoder("Big5")(tw)) << QByteArray("BIG5") << tw;
    QTest::newRow("ASCII") << QByteArray("plain") << QByteArray("us-ascii") << u"plain"_s;
}

void TestTranscript::decoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, expected);
    auto decoded = TextDecoding::decode(bytes, charset);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(*decoded, expected);
    QVERIFY(!TextDecoding::decode("x", "no-such-charset"));
}

void TestTranscript::sampleFile()
{
    QFile file(QStringLiteral(PLAINT_TEST_DATA "/import/chat-gb18030.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(TextDecoding::detect(bytes), QByteArray("GB18030"));
    TranscriptImporter importer(*TextDecoding::decode(bytes));
    QList<ImportItem> items;
    for (;;) {
        auto item = importer.next();
        QVERIFY2(item, qPrintable(item.error()));
        if (!item->has_value())
            break;
        items << **item;
    }
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.at(0).event.agentCode, u"23338"_s);
    QCOMPARE(items.at(2).event.reference, u"GD20210318001"_s);
    QCOMPARE(items.at(3).event.occurred.time(), QTime(15, 2));
    QCOMPARE(items.at(4).event.summary, u"10086: 您的工单已办结"_s);
    // Keys are stable: the same text gives the same keys.
    TranscriptImporter again(*TextDecoding::decode(bytes));
    QCOMPARE((*again.next())->sourceKey, items.at(0).sourceKey);
}

void TestTranscript::decodingRefusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QStringList>("message");
    const QString zh = u"2021-03-18 10:15 客服: 您好，您的宽带退订申请已受理，请问还有什么可以帮您？"_s;
    const QString tw = u"2021-03-18 10:15 客服: 您好，您的寬頻退訂申請已受理，請問還有什麼可以幫您？"_s;
    const QByteArray gbk = QStringEncoder("GBK")(zh);
    const QByteArray big5 = QStringEncoder("Big5")(tw);
    QTest::newRow("GBK named Big5") << gbk << QByteArray("big5")
                                    << QStringList{u"does not read as Big5"_s, u"line 1"_s, u"GB18030"_s};
    QTest::newRow("Big5 named GBK") << big5 << QByteArray("gbk") << QStringList{u"does not read as GB18030"_s, u"Big5"_s};
    QTest::newRow("GBK named UTF-8") << QByteArray("2021-03-18 10:15 a: ok\n") + gbk << QByteArray("utf-8")
                                     << QStringList{u"not valid UTF-8"_s, u"line 2"_s, u"GB18030"_s};
    QTest::newRow("bytes in no encoding") << QByteArray("2021-03-18 10:15 a: \x80\xFF\x80\xFF\x81\x20") << QByteArray()
                                          << QStringList{u"none of the encodings"_s, u"line 1"_s};
}

void TestTranscript::decodingRefusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QStringList, message);
    auto decoded = TextDecoding::decodeText(bytes, charset);
    QVERIFY(!decoded);
    for (const QString &part : message)
        QVERIFY2(decoded.error().contains(part), qPrintable(decoded.error()));
    QVERIFY(!TextDecoding::decode(bytes, charset));
}

void TestTranscript::mixedEncodings()
{
    // A UTF-8 line and a GBK line in one file, as copying between programs leaves them.
    const QString first = u"2021-03-18 10:15 客服: 您好，工号23338为您服务"_s;
    const QString second = u"2021-03-18 10:16 我: 我要退订宽带，受理单号是多少？"_s;
    const QByteArray bytes = first.toUtf8() + "\r\n" + QByteArray(QStringEncoder("GBK")(second)) + "\r\n";
    // Read whole as GB18030 the UTF-8 line would be nonsense: decode() refuses.
    QVERIFY(!TextDecoding::decode(bytes));
    auto decoded = TextDecoding::decodeText(bytes);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(decoded->encoding, QByteArray("mixed"));
    QVERIFY2(decoded->note.contains(u"mixes"_s), qPrintable(decoded->note));
    QVERIFY(decoded->note.contains(u"UTF-8"_s));
    QVERIFY(decoded->note.contains(u"GB18030 (the first is line 2)"_s));
    const auto parsed = TranscriptImporter::parse(decoded->text);
    QCOMPARE(parsed.messages.size(), 2);
    QCOMPARE(parsed.messages.at(0).text, u"您好，工号23338为您服务"_s);
    QCOMPARE(parsed.messages.at(1).text, u"我要退订宽带，受理单号是多少？"_s);
    // One encoding throughout: no note.
    auto plain = TextDecoding::decodeText(QByteArray(QStringEncoder("GBK")(first + u'\n' + second)));
    QVERIFY(plain);
    QCOMPARE(plain->encoding, QByteArray("GB18030"));
    QVERIFY(plain->note.isEmpty());
}

void TestTranscript::lenientSaysWhatItDid()
{
    const QString zh = u"您好，您的宽带退订申请已受理"_s;
    QString problem;
    QCOMPARE(TextDecoding::decodeLenient(QByteArray(QStringEncoder("GBK")(zh)), "utf-8", &problem), zh);
    QVERIFY2(problem.contains(u"labelled utf-8"_s), qPrintable(problem));
    problem.clear();
    QCOMPARE(TextDecoding::decodeLenient(zh.toUtf8(), "utf-8", &problem), zh);
    QVERIFY(problem.isEmpty());
    QCOMPARE(TextDecoding::decodeLenient(QByteArray(QStringEncoder("GBK")(zh)), "no-such-charset", &problem), zh);
    QVERIFY(problem.contains(u"no-such-charset"_s));
}

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
