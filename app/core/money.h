#pragma once

#include "result.h"

#include <QLocale>
#include <QString>

namespace plaint {

// An amount in dispute, kept in the currency's minor unit so that sums are exact.
struct Money
{
    qint64 minor = 0;
    QString currency; // ISO 4217 code, e.g. "CNY"

    bool isNull() const { return currency.isEmpty(); }
    // "189.00 CNY"
    QString toString() const;
    // "189.00"
    QString amountText() const;
    // For people, as `locale` writes money (QLocale::toCurrencyString): the
    // locale's own currency with its own symbol ("¥189.00" in zh_CN, "$189.00"
    // in en_US), any other with a symbol that cannot be taken for the local
    // one ("CN¥189.00" in zh_TW or en_US, "US$5.00" in zh_CN), or its code.
    // Exact for every amount: no trip through floating point.
    QString toLocaleString(const QLocale &locale) const;
    // The symbol toLocaleString uses for `currency` in `locale`.
    static QString symbol(const QString &currency, const QLocale &locale);

    static int minorDigits(const QString &currency);
    // Accepts "189", "189.5", "1,189.50" for the given currency code.
    static Result<Money> parse(const QString &amount, const QString &currency);
    friend bool operator==(const Money &, const Money &) = default;
};

} // namespace plaint
