#include "money.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace plaint {

int Money::minorDigits(const QString &currency)
{
    // ISO 4217 exponents that are not 2; everything else uses cents.
    static const QStringList zero{u"JPY"_s, u"KRW"_s, u"VND"_s, u"ISK"_s, u"CLP"_s, u"PYG"_s,
                                  u"UGX"_s, u"XAF"_s, u"XOF"_s, u"KMF"_s, u"RWF"_s};
    static const QStringList three{u"BHD"_s, u"IQD"_s, u"JOD"_s, u"KWD"_s, u"LYD"_s, u"OMR"_s, u"TND"_s};
    if (zero.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

QString Money::amountText() const
{
    const int digits = minorDigits(currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 whole = minor / scale;
    const qint64 fraction = (minor < 0 ? -minor : minor) % scale;
    QString text = (minor < 0 && whole == 0 ? u"-"_s : QString()) + QString::number(whole);
    if (digits > 0)
        text += u'.' + QString::number(fraction).rightJustified(digits, u'0');
    return text;
}

QString Money::toString() const
{
    if (isNull())
        return {};
    return amountText() + u' ' + currency;
}

QString Money::symbol(const QString &currency, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    // CLDR's international symbols for the currencies people in Plaint's
    // languages meet most: each names its country, so "¥" or "$" written
    // for a foreign currency is never read as the local one.
    static const QHash<QString, QString> international{{u"CNY"_s, u"CN¥"_s}, {u"USD"_s, u"US$"_s},
        {u"HKD"_s, u"HK$"_s}, {u"TWD"_s, u"NT$"_s}, {u"MOP"_s, u"MOP$"_s}, {u"JPY"_s, u"JP¥"_s},
        {u"EUR"_s, u"€"_s}, {u"GBP"_s, u"£"_s}, {u"KRW"_s, u"₩"_s}, {u"AUD"_s, u"A$"_s}, {u"CAD"_s, u"CA$"_s},
        {u"SGD"_s, u"SGD"_s}, {u"INR"_s, u"₹"_s}};
    return international.value(currency, currency);
}

QString Money::toLocaleString(const QLocale &locale) const
{
    if (isNull())
        return {};
    if (locale.language() == QLocale::C)
        return toString(); // no currency conventions to follow
    const int digits = minorDigits(currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 magnitude = minor < 0 ? -minor : minor;
    QString number = locale.toString(magnitude / scale);
    if (digits > 0) {
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        const qint64 fraction = magnitude % scale;
        number += locale.decimalPoint();
        for (qsizetype i = QString::number(fraction).size(); i < digits; ++i)
            number += locale.zeroDigit();
        number += plain.toString(fraction);
    }
    // The locale's own pattern (symbol before or after, spacing, the minus
    // sign) from a one, with the exact number put in its place.
    const QString one = locale.toString(1);
    QString pattern = locale.toCurrencyString(qlonglong(minor < 0 ? -1 : 1), symbol(currency, locale));
    const qsizetype at = pattern.lastIndexOf(one);
    if (at < 0)
        return toString();
    return pattern.replace(at, one.size(), number);
}

Result<Money> Money::parse(const QString &amount, const QString &currencyCode)
{
    // Full-width forms (１８９．５, ＣＮＹ) fold to ASCII.
    const QString code = currencyCode.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
    static const QRegularExpression codePattern(u"^[A-Z]{3}$"_s);
    if (!codePattern.match(code).hasMatch())
        return Result<Money>::failure(QCoreApplication::translate(
            "Money", "\"%1\" is not a currency code; use three letters such as CNY, USD, GBP or EUR.")
                                          .arg(currencyCode));

    QString text = amount.normalized(QString::NormalizationForm_KC).trimmed();
    text.remove(u',');
    static const QRegularExpression numberPattern(u"^(-?)(\\d{1,15})(?:\\.(\\d*))?$"_s);
    const auto match = numberPattern.match(text);
    const int digits = minorDigits(code);
    if (!match.hasMatch() || match.captured(3).size() > digits)
        return Result<Money>::failure(QCoreApplication::translate(
            "Money", "\"%1\" is not an amount of %2; write it like 189 or 189.50.")
                                          .arg(amount, code));
    qint64 value = match.captured(2).toLongLong();
    for (int i = 0; i < digits; ++i)
        value *= 10;
    const QString fraction = match.captured(3).leftJustified(digits, u'0');
    if (digits > 0)
        value += fraction.toLongLong();
    if (!match.captured(1).isEmpty())
        value = -value;
    return Money{value, code};
}

} // namespace plaint
