#include "redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void hides_data();
    void hides();
    void chineseIdCheckDigit();
    void fileNamesKeepTheirExtension();
    void inactiveChangesNothing();
    void spansSayWhereToBlackOut();
};

void TestRedactor::hides_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("hidden");   // must be gone
    QTest::addColumn<QString>("kept");     // must still be there

    // The user's own details and anything shaped like them.
    QTest::newRow("mobile") << u"我的号码13800138000被多扣费"_s << u"13800138000"_s << u"被多扣费"_s;
    QTest::newRow("mobile spaced") << u"call me on 138 0013 8000 please"_s << u"138 0013 8000"_s << u"please"_s;
    QTest::newRow("mobile +86") << u"+86 139-1234-5678"_s << u"1234"_s << QString();
    QTest::newRow("given phone, dashed") << u"tel 020-8888-1234 (home)"_s << u"8888"_s << u"(home)"_s;
    QTest::newRow("us phone") << u"Reach me at (415) 555-0132 after 6"_s << u"555-0132"_s << u"after 6"_s;
    QTest::newRow("uk phone") << u"my mobile is 07700 900123"_s << u"900123"_s << u"my mobile is"_s;
    QTest::newRow("id card") << u"身份证号11010519491231002X已提供"_s << u"11010519491231002X"_s << u"已提供"_s;
    QTest::newRow("email") << u"mail zhang.san+bills@example.com.cn now"_s << u"zhang.san"_s << u"now"_s;
    QTest::newRow("cn address") << u"住址：广州市天河区体育西路191号3栋501室，邮编"_s << u"体育西路191号"_s << u"邮编"_s;
    QTest::newRow("en address") << u"I live at 221B Baker Street, London"_s << u"Baker Street"_s << u"London"_s;
    QTest::newRow("marked term") << u"张三的套餐"_s << u"张三"_s << u"的套餐"_s;
    QTest::newRow("marked term any case") << u"Account holder: ZHANG San"_s << u"ZHANG San"_s << u"Account holder"_s;
    // A PDF's text breaks lines where its page did.
    QTest::newRow("marked term over a line break") << u"Account holder: Zhang\r\nSan, mobile"_s << u"Zhang"_s << u"mobile"_s;
    // What the dossier is about stays.
    QTest::newRow("service number") << u"拨打10086客服"_s << QString() << u"10086"_s;
    QTest::newRow("reference") << u"受理单号GD20210406-0117"_s << QString() << u"GD20210406-0117"_s;
    QTest::newRow("agent id") << u"工号23338说"_s << QString() << u"23338"_s;
    QTest::newRow("money") << u"189元改129元"_s << QString() << u"189元改129元"_s;
    QTest::newRow("18 digits, wrong check digit") << u"订单110105194912310021"_s << QString() << u"110105194912310021"_s;
    QTest::newRow("date") << u"2021-04-06 10:15"_s << QString() << u"2021-04-06 10:15"_s;
}

void TestRedactor::hides()
{
    QFETCH(QString, text);
    QFETCH(QString, hidden);
    QFETCH(QString, kept);
    Complainant me;
    me.name = u"张三"_s;
    me.phones = {u"02088881234"_s};
    me.email = u"zhang.san@example.org"_s;
    const Redactor redactor(me, {u"zhang san"_s, u"张三"_s}, {});
    const QString out = redactor.apply(text);
    if (!hidden.isEmpty()) {
        QVERIFY2(!out.contains(hidden, Qt::CaseInsensitive), qPrintable(out));
        QVERIFY2(out.contains(Redactor::block()), qPrintable(out));
    } else {
        QCOMPARE(out, text);
    }
    if (!kept.isEmpty())
        QVERIFY2(out.contains(kept), qPrintable(out));
}

void TestRedactor::chineseIdCheckDigit()
{
    QVERIFY(Redactor::isChineseIdNumber(u"11010519491231002X"_s));
    QVERIFY(Redactor::isChineseIdNumber(u"11010519491231002x"_s));
    QVERIFY(!Redactor::isChineseIdNumber(u"110105194912310021"_s));
    QVERIFY(!Redactor::isChineseIdNumber(u"11010519491231002"_s));
}

void TestRedactor::fileNamesKeepTheirExtension()
{
    Complainant me;
    me.phones = {u"13800138000"_s};
    const Redactor redactor(me, {}, {});
    const QString name = redactor.applyToFileName(u"bill-13800138000.pdf"_s);
    QVERIFY(!name.contains(u"13800138000"_s));
    QVERIFY(name.endsWith(u".pdf"_s));
}

void TestRedactor::inactiveChangesNothing()
{
    const Redactor none;
    QCOMPARE(none.apply(u"13800138000 zhang@example.com"_s), u"13800138000 zhang@example.com"_s);
}

void TestRedactor::spansSayWhereToBlackOut()
{
    Complainant me;
    me.phones = {u"13800138000"_s};
    const Redactor r(me, {u"Zhang San"_s}, {});
    const QString text = u"Account holder: Zhang  San, mobile 13800138000."_s;
    const auto spans = r.spans(text);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(text.mid(spans.at(0).first, spans.at(0).second), u"Zhang  San"_s);
    QCOMPARE(text.mid(spans.at(1).first, spans.at(1).second), u"13800138000"_s);
    QVERIFY(Redactor().spans(text).isEmpty());
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
