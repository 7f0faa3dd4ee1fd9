#pragma once

#include "result.h"

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

    static int minorDigits(const QString &currency);
    // Accepts "189", "189.5", "1,189.50" for the given currency code.
    static Result<Money> parse(const QString &amount, const QString &currency);
    friend bool operator==(const Money &, const Money &) = default;
};

} // namespace plaint
