#include "money.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using plaint::Money;

// Amounts in dispute are kept in the currency's minor unit, so a user's
// "189.50" must become exactly 18950 fen, and nonsense must be refused
// rather than silently stored as zero.
class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void minorDigits_data();
    void minorDigits();
    void text_data();
    void text();
    void nullMoneyPrintsNothing();
    void forPeople_data();
    void forPeople();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("code"); // when invalid: what the error must quote

    QTest::newRow("CNY whole") << u"189"_s << u"CNY"_s << true << qint64(18900) << u"CNY"_s;
    QTest::newRow("CNY one decimal") << u"189.5"_s << u"CNY"_s << true << qint64(18950) << u"CNY"_s;
    QTest::newRow("CNY two decimals") << u"189.05"_s << u"CNY"_s << true << qint64(18905) << u"CNY"_s;
    QTest::newRow("trailing point") << u"189."_s << u"CNY"_s << true << qint64(18900) << u"CNY"_s;
    QTest::newRow("thousands separators") << u"1,189.50"_s << u"USD"_s << true << qint64(118950) << u"USD"_s;
    QTest::newRow("surrounding spaces") << u"  42.10 "_s << u" gbp "_s << true << qint64(4210) << u"GBP"_s;
    QTest::newRow("lower-case code") << u"5"_s << u"eur"_s << true << qint64(500) << u"EUR"_s;
    QTest::newRow("zero") << u"0"_s << u"CNY"_s << true << qint64(0) << u"CNY"_s;
    QTest::newRow("negative") << u"-12.34"_s << u"CNY"_s << true << qint64(-1234) << u"CNY"_s;
    QTest::newRow("negative below one") << u"-0.5"_s << u"CNY"_s << true << qint64(-50) << u"CNY"_s;
    QTest::newRow("JPY whole") << u"1500"_s << u"JPY"_s << true << qint64(1500) << u"JPY"_s;
    QTest::newRow("JPY with empty fraction") << u"1500."_s << u"JPY"_s << true << qint64(1500) << u"JPY"_s;
    QTest::newRow("KWD three decimals") << u"1.234"_s << u"KWD"_s << true << qint64(1234) << u"KWD"_s;
    QTest::newRow("KWD one decimal") << u"1.5"_s << u"KWD"_s << true << qint64(1500) << u"KWD"_s;
    QTest::newRow("fifteen digits") << u"999999999999999"_s << u"CNY"_s << true << qint64(99999999999999900)
                                    << u"CNY"_s;

    QTest::newRow("JPY has no minor unit") << u"1500.5"_s << u"JPY"_s << false << qint64(0) << u"1500.5"_s;
    QTest::newRow("KWD four decimals") << u"1.2345"_s << u"KWD"_s << false << qint64(0) << u"1.2345"_s;
    QTest::newRow("CNY three decimals") << u"189.505"_s << u"CNY"_s << false << qint64(0) << u"189.505"_s;
    QTest::newRow("empty") << QString() << u"CNY"_s << false << qint64(0) << QString();
    QTest::newRow("words") << u"one hundred"_s << u"CNY"_s << false << qint64(0) << u"one hundred"_s;
    QTest::newRow("currency sign") << u"¥189"_s << u"CNY"_s << false << qint64(0) << u"¥189"_s;
    QTest::newRow("unit after") << u"189元"_s << u"CNY"_s << false << qint64(0) << u"189元"_s;
    QTest::newRow("two points") << u"1.2.3"_s << u"CNY"_s << false << qint64(0) << u"1.2.3"_s;
    QTest::newRow("leading point") << u".5"_s << u"CNY"_s << false << qint64(0) << u".5"_s;
    QTest::newRow("exponent") << u"1e3"_s << u"CNY"_s << false << qint64(0) << u"1e3"_s;
    QTest::newRow("sixteen digits") << u"1234567890123456"_s << u"CNY"_s << false << qint64(0) << u"1234567890123456"_s;
    // Chinese input methods in full-width mode type these.
    QTest::newRow("full-width digits") << u"１８９．５"_s << u"CNY"_s << true << qint64(18950) << u"CNY"_s;
    QTest::newRow("full-width code") << u"１２９"_s << u"ＣＮＹ"_s << true << qint64(12900) << u"CNY"_s;
    QTest::newRow("bad code: two letters") << u"189"_s << u"CN"_s << false << qint64(0) << u"CN"_s;
    QTest::newRow("bad code: digits") << u"189"_s << u"156"_s << false << qint64(0) << u"156"_s;
    QTest::newRow("bad code: symbol") << u"189"_s << u"¥"_s << false << qint64(0) << u"¥"_s;
    QTest::newRow("bad code: empty") << u"189"_s << QString() << false << qint64(0) << QString();
}

void TestMoney::parse()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(bool, valid);
    QFETCH(qint64, minor);
    QFETCH(QString, code);

    const auto parsed = Money::parse(amount, currency);
    QCOMPARE(parsed.ok(), valid);
    if (valid) {
        QVERIFY(parsed.error().isEmpty());
        QCOMPARE(parsed->minor, minor);
        QCOMPARE(parsed->currency, code);
        QVERIFY(!parsed->isNull());
    } else {
        // The user is told what was wrong, quoting what they typed.
        QVERIFY(!parsed.error().isEmpty());
        QVERIFY2(parsed.error().contains(code), qPrintable(parsed.error()));
    }
}

void TestMoney::minorDigits_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("digits");
    QTest::newRow("CNY") << u"CNY"_s << 2;
    QTest::newRow("USD") << u"USD"_s << 2;
    QTest::newRow("JPY") << u"JPY"_s << 0;
    QTest::newRow("KRW") << u"KRW"_s << 0;
    QTest::newRow("KWD") << u"KWD"_s << 3;
    QTest::newRow("BHD") << u"BHD"_s << 3;
    QTest::newRow("unknown code") << u"XYZ"_s << 2;
}

void TestMoney::minorDigits()
{
    QFETCH(QString, currency);
    QFETCH(int, digits);
    QCOMPARE(Money::minorDigits(currency), digits);
}

void TestMoney::text_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("CNY") << qint64(18900) << u"CNY"_s << u"189.00 CNY"_s;
    QTest::newRow("CNY cents") << qint64(18905) << u"CNY"_s << u"189.05 CNY"_s;
    QTest::newRow("JPY") << qint64(1500) << u"JPY"_s << u"1500 JPY"_s;
    QTest::newRow("KWD") << qint64(1005) << u"KWD"_s << u"1.005 KWD"_s;
    QTest::newRow("negative") << qint64(-1234) << u"CNY"_s << u"-12.34 CNY"_s;
    QTest::newRow("negative below one") << qint64(-50) << u"CNY"_s << u"-0.50 CNY"_s;
    QTest::newRow("zero") << qint64(0) << u"USD"_s << u"0.00 USD"_s;
}

void TestMoney::text()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    const Money money{minor, currency};
    QCOMPARE(money.toString(), expected);
    // What is printed parses back to the same amount.
    const auto back = Money::parse(money.amountText(), currency);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(*back, money);
}

void TestMoney::nullMoneyPrintsNothing()
{
    const Money none;
    QVERIFY(none.isNull());
    QVERIFY(none.toString().isEmpty());
    QVERIFY(none.toLocaleString(QLocale(u"zh_CN"_s)).isEmpty());
}

void TestMoney::forPeople_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    QTest::newRow("yuan in mainland China") << u"zh_CN"_s << qint64(12000) << u"CNY"_s << u"¥120.00"_s;
    // In Taiwan "$" is the New Taiwan dollar and "¥" could be the yen: the yuan says whose it is.
    QTest::newRow("yuan in Taiwan") << u"zh_TW"_s << qint64(12000) << u"CNY"_s << u"CN¥120.00"_s;
    QTest::newRow("NT dollars in Taiwan") << u"zh_TW"_s << qint64(150000) << u"TWD"_s << u"$1,500.00"_s;
    QTest::newRow("US dollars in mainland China") << u"zh_CN"_s << qint64(500) << u"USD"_s << u"US$5.00"_s;
    QTest::newRow("yuan in the US") << u"en_US"_s << qint64(36000) << u"CNY"_s << u"CN¥360.00"_s;
    QTest::newRow("dollars in the US") << u"en_US"_s << qint64(500) << u"USD"_s << u"$5.00"_s;
    QTest::newRow("pounds in Britain") << u"en_GB"_s << qint64(4210) << u"GBP"_s << u"£42.10"_s;
    // German puts the symbol after a no-break space.
    QTest::newRow("euros in Germany") << u"de_DE"_s << qint64(123456) << u"EUR"_s << u"1.234,56\u00A0€"_s;
    QTest::newRow("yen has no minor unit") << u"zh_CN"_s << qint64(1500) << u"JPY"_s << u"JP¥1,500"_s;
    QTest::newRow("three decimals") << u"en_US"_s << qint64(1234) << u"KWD"_s << u"KWD1.234"_s;
    QTest::newRow("fen") << u"zh_CN"_s << qint64(5) << u"CNY"_s << u"¥0.05"_s;
    QTest::newRow("exact beyond a double")
        << u"zh_CN"_s << qint64(99999999999999999) << u"CNY"_s << u"¥999,999,999,999,999.99"_s;
    QTest::newRow("negative") << u"zh_CN"_s << qint64(-1234) << u"CNY"_s << u"(¥12.34)"_s;
    QTest::newRow("C locale") << u"C"_s << qint64(12000) << u"CNY"_s << u"120.00 CNY"_s;
}

void TestMoney::forPeople()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(Money({minor, currency}).toLocaleString(QLocale(locale)), expected);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
