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
    void detect_data();
    void detect();
    void decoding_data();
    void decoding();
    void sampleFile();
};

void TestTranscript::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "yyyy-MM-dd HH:mm:ss|sender|text"
    QTest::newRow("ISO with sender and colon")
        << u"2021-03-18 10:15:23 10086: 您好\n2021-03-18 10:16:00 我：退订"_s
        << QStringList{u"2021-03-18 10:15:23|10086|您好"_s, u"2021-03-18 10:16:00|我|退订"_s};
    QTest::newRow("bracketed, slashes")
        << u"[2021/3/18 10:15] 客服: 好的\n[2021/3/18 10:17] 我: 谢谢"_s
        << QStringList{u"2021-03-18 10:15:00|客服|好的"_s, u"2021-03-18 10:17:00|我|谢谢"_s};
    QTest::newRow("WeChat copy: sender and time, then the words")
        << u"客服小王 2021-03-18 10:15:23\n您好，请问\n有什么可以帮您\n\n我 2021-03-18 10:16:02\n退订宽带"_s
        << QStringList{u"2021-03-18 10:15:23|客服小王|您好，请问\n有什么可以帮您"_s, u"2021-03-18 10:16:02|我|退订宽带"_s};
    QTest::newRow("date line, then times with 上午/下午")
        << u"2021年3月18日\n上午10:15 客服: 早\n下午3:02 我: 还没人联系\n晚上9:30 客服: 明天回复"_s
        << QStringList{u"2021-03-18 10:15:00|客服|早"_s, u"2021-03-18 15:02:00|我|还没人联系"_s,
                       u"2021-03-18 21:30:00|客服|明天回复"_s};
    QTest::newRow("Chinese date with time")
        << u"2021年3月18日 10:15 10086：您的工单已受理"_s << QStringList{u"2021-03-18 10:15:00|10086|您的工单已受理"_s};
    QTest::newRow("English am/pm")
        << u"2021-03-18 3:05 pm Agent: We will call you back"_s
        << QStringList{u"2021-03-18 15:05:00|Agent|We will call you back"_s};
    QTest::newRow("text before any time is dropped")
        << u"Conversation with 10086\n2021-03-18 10:15 10086: hi"_s << QStringList{u"2021-03-18 10:15:00|10086|hi"_s};
    QTest::newRow("no sender") << u"2021-03-18 10:15 the line was cut"_s
                               << QStringList{u"2021-03-18 10:15:00||the line was cut"_s};
    QTest::newRow("impossible date ignored") << u"2021-02-30 10:15 x: y"_s << QStringList();
    QTest::newRow("CRLF") << u"2021-03-18 10:15 a: b\r\n2021-03-18 10:16 c: d\r\n"_s
                          << QStringList{u"2021-03-18 10:15:00|a|b"_s, u"2021-03-18 10:16:00|c|d"_s};
}

void TestTranscript::split()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const TranscriptImporter::Message &m : TranscriptImporter::split(text))
        got << m.at.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u'|' + m.sender + u'|' + m.text;
    QCOMPARE(got, expected);
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

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
