#include "money.h"

#include <QCoreApplication>
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
