#pragma once

#include <QString>
#include <QStringList>

namespace plaint {

// Phone numbers as phones write them: "+86 10086", "0086-10086", "10086",
// and the names banks and services send from ("OTP Bank", "CMB").
class PhoneNumber final
{
public:
    // Digits only, without a leading international prefix for China (+86,
    // 0086), so the forms above compare equal. A sender name (any letter in
    // it) is its letters and digits in lower case: "OTP Bank" is "otpbank".
    // Empty when there is nothing of either.
    static QString normalized(const QString &number);
    // Whether any of the addresses (an MMS may name several, joined by '~')
    // is one of the wanted numbers (already normalized). "8610086", the
    // country code written without + or 00 as some phones store it, is
    // 10086 too: a number with 86 in front of a wanted one of five digits
    // or more is that number.
    static bool matchesAny(const QString &addresses, const QStringList &wanted);
    // "10086,10010" as typed on the command line, normalized; empty entries dropped.
    static QStringList parseList(const QString &list);
};

} // namespace plaint
