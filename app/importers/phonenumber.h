#pragma once

#include <QString>
#include <QStringList>

namespace plaint {

// Phone numbers as phones write them: "+86 10086", "0086-10086", "10086".
class PhoneNumber final
{
public:
    // Digits only, without a leading international prefix for China (+86,
    // 0086), so the forms above compare equal. Empty when there are no digits.
    static QString normalized(const QString &number);
    // Whether any of the addresses (an MMS may name several, joined by '~')
    // is one of the wanted numbers (already normalized).
    static bool matchesAny(const QString &addresses, const QStringList &wanted);
    // "10086,10010" as typed on the command line, normalized; empty entries dropped.
    static QStringList parseList(const QString &list);
};

} // namespace plaint
