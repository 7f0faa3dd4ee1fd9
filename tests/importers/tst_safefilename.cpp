// The one rule every importer names outside files by: no folders, no
// control or bidirectional characters, nothing Windows refuses.
#include "safefilename.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;

class TestSafeFileName : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
};

void TestSafeFileName::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"bill.pdf"_s << u"bill.pdf"_s;
    QTest::newRow("climbing out") << u"../../etc/passwd"_s << u"passwd"_s;
    QTest::newRow("Windows path") << u"C:\\Users\\me\\..\\bill.pdf"_s << u"bill.pdf"_s;
    QTest::newRow("hidden") << u"..bashrc"_s << u"bashrc"_s;
    QTest::newRow("only dots") << u".."_s << QString();
    QTest::newRow("one dot") << u"."_s << QString();
    QTest::newRow("trailing dots and spaces") << u"bill.pdf. . "_s << u"bill.pdf"_s;
    QTest::newRow("control characters") << u"bi\u0000ll\u0007.pdf"_s << u"bill.pdf"_s;
    QTest::newRow("right-to-left override") << u"x\u202Egpj.exe"_s << u"xgpj.exe"_s;
    QTest::newRow("left-to-right embedding and pop") << u"\u202Abill\u202C.pdf"_s << u"bill.pdf"_s;
    QTest::newRow("bidi isolates") << u"\u2066bill\u2069\u2068.pdf"_s << u"bill.pdf"_s;
    QTest::newRow("bidi marks") << u"\u200Fbill\u200E\u061C.pdf"_s << u"bill.pdf"_s;
    QTest::newRow("zero-width joiner removed") << u"bi\u200Dll.pdf"_s << u"bill.pdf"_s;
    QTest::newRow("line separator") << u"bill\u2028.pdf"_s << u"bill.pdf"_s;
    QTest::newRow("reserved characters") << u"a<b>:c|d?*\".pdf"_s << u"abcd.pdf"_s;
    QTest::newRow("Chinese") << u"账单 2021年3月.pdf"_s << u"账单 2021年3月.pdf"_s;
    QTest::newRow("emoji kept whole") << u"\U0001F4F1截图.png"_s << u"\U0001F4F1截图.png"_s;
    QTest::newRow("very long keeps its extension") << QString(300, u'x') + u".pdf"_s << QString(116, u'x') + u".pdf"_s;
    QTest::newRow("very long, no surrogate cut")
        << QString(115, u'x') + u"\U0001F4F1\U0001F4F1.pdf"_s << QString(115, u'x') + u".pdf"_s;
}

void TestSafeFileName::names()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(SafeFileName::of(name), expected);
}

QTEST_GUILESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
