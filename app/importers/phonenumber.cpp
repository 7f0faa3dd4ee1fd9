#include "phonenumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plaint {

QString PhoneNumber::normalized(const QString &number)
{
    QString digits;
    digits.reserve(number.size());
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    const bool international = number.trimmed().startsWith(u'+');
    if (digits.startsWith(u"0086"_s))
        digits.remove(0, 4);
    else if (international && digits.startsWith(u"86"_s))
        digits.remove(0, 2);
    return digits;
}

bool PhoneNumber::matchesAny(const QString &addresses, const QStringList &wanted)
{
    static const QRegularExpression separators(u"[~,;]"_s);
    const QStringList parts = addresses.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString n = normalized(part);
        if (!n.isEmpty() && wanted.contains(n))
            return true;
    }
    return false;
}

QStringList PhoneNumber::parseList(const QString &list)
{
    QStringList numbers;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        const QString n = normalized(part);
        if (!n.isEmpty() && !numbers.contains(n))
            numbers.append(n);
    }
    return numbers;
}

} // namespace plaint
