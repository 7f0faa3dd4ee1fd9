#include "phonenumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plaint {

QString PhoneNumber::normalized(const QString &number)
{
    QString digits;
    digits.reserve(number.size());
    bool letters = false;
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
        else if (c.isLetter()) {
            letters = true;
            digits.append(c.toLower());
        }
    }
    if (letters)
        return digits;
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
        if (n.isEmpty())
            continue;
        if (wanted.contains(n))
            return true;
        if (n.size() >= 7 && n.startsWith(u"86"_s) && wanted.contains(n.mid(2)))
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
