#include "redactor.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plaint {

Redactor::Redactor(const Complainant &complainant, const QStringList &terms, const QStringList &accounts)
    : m_active(true)
{
    QStringList literals = terms;
    literals << complainant.phones << complainant.idNumber << complainant.email << complainant.address << accounts;
    for (const QString &term : std::as_const(literals)) {
        const QString t = term.trimmed();
        if (t.size() >= 2 && !m_literals.contains(t))
            m_literals << t;
    }
    // Longest first, so a phone number inside an address goes with the address.
    std::sort(m_literals.begin(), m_literals.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &term : std::as_const(m_literals)) {
        QStringList parts;
        for (const QString &word : term.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts))
            parts << QRegularExpression::escape(word);
        m_literalPatterns << QRegularExpression(parts.join(u"\\s+"_s), QRegularExpression::CaseInsensitiveOption);
    }

    // A phone number the user gave also hides when written with spaces or
    // dashes: 138 0013 8000, 138-0013-8000, +86 138…
    for (const QString &phone : complainant.phones) {
        QString digits;
        for (QChar c : phone)
            if (c.isDigit())
                digits += c;
        if (digits.size() < 6)
            continue;
        QString pattern;
        for (QChar d : std::as_const(digits))
            pattern += (pattern.isEmpty() ? QString() : u"[\\s\\-.()]*"_s) + QRegularExpression::escape(QString(d));
        m_patterns << QRegularExpression(pattern);
    }
    const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    // Mainland mobile numbers, optionally with +86, not inside a longer number.
    m_patterns << QRegularExpression(u"(?<![0-9])(?:\\+?86[\\s\\-]?)?1[3-9][0-9](?:[\\s\\-]?[0-9]{4}){2}(?![0-9])"_s);
    // International numbers written with a plus sign.
    m_patterns << QRegularExpression(u"(?<![0-9\\w])\\+[1-9][0-9]{0,2}(?:[\\s\\-]?\\(?[0-9]{2,4}\\)?){2,4}(?![0-9])"_s);
    // North American numbers: (555) 123-4567, 555-123-4567.
    m_patterns << QRegularExpression(u"(?<![0-9])(?:\\([2-9][0-9]{2}\\)\\s?|[2-9][0-9]{2}[\\-.\\s])[2-9][0-9]{2}[\\-.\\s][0-9]{4}(?![0-9])"_s);
    // UK numbers: 07700 900123, 020 7946 0018.
    m_patterns << QRegularExpression(u"(?<![0-9])0[1-9][0-9]{2,3}\\s?[0-9]{3}\\s?[0-9]{3,4}(?![0-9])"_s);
    // E-mail addresses.
    m_patterns << QRegularExpression(u"[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+"_s, options);
    // Chinese street addresses: …路12号, …街道3号楼2单元501室.
    m_patterns << QRegularExpression(
        u"[\\p{Han}0-9]{1,12}(?:路|街|道|巷|弄|胡同|大道)[0-9０-９一二三四五六七八九十百零]+(?:号|號)(?:[0-9０-９A-Za-z\\-]+(?:栋|棟|幢|号楼|號樓|单元|單元|楼|樓|层|層|室|座))*"_s,
        options);
    // Street addresses in English: 221B Baker Street, 1600 Pennsylvania Ave.
    m_patterns << QRegularExpression(
        u"\\b[0-9]{1,5}[A-Za-z]?\\s+(?:[A-Z][\\w'\\-]*\\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent)\\b\\.?"_s);
}

bool Redactor::isChineseIdNumber(const QString &candidate)
{
    if (candidate.size() != 18)
        return false;
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!candidate.at(i).isDigit())
            return false;
        sum += candidate.at(i).digitValue() * weights[i];
    }
    return candidate.at(17).toUpper() == QLatin1Char(checks[sum % 11]);
}

QList<QPair<qsizetype, qsizetype>> Redactor::spans(const QString &text) const
{
    QList<QPair<qsizetype, qsizetype>> out;
    if (!m_active || text.isEmpty())
        return out;
    // Mark what to hide first, then join, so one pass cannot reveal a match
    // for another by shortening the text.
    QList<bool> hide(text.size(), false);
    auto mark = [&hide](qsizetype from, qsizetype length) {
        for (qsizetype i = from; i < from + length && i < hide.size(); ++i)
            hide[i] = true;
    };
    for (const QList<QRegularExpression> *list : {&m_literalPatterns, &m_patterns}) {
        for (const QRegularExpression &pattern : *list) {
            for (auto it = pattern.globalMatch(text); it.hasNext();) {
                const auto match = it.next();
                mark(match.capturedStart(), match.capturedLength());
            }
        }
    }
    // ID-card numbers: 18 characters with a valid check digit (15-digit old
    // numbers too), not part of a longer run of digits.
    static const QRegularExpression idLike(u"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])|(?<![0-9])[0-9]{15}(?![0-9])"_s);
    for (auto it = idLike.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (match.capturedLength() == 15 || isChineseIdNumber(match.captured()))
            mark(match.capturedStart(), match.capturedLength());
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!hide[i])
            continue;
        qsizetype end = i;
        while (end < text.size() && hide[end])
            ++end;
        out.append({i, end - i});
        i = end;
    }
    return out;
}

QString Redactor::apply(const QString &text) const
{
    const auto hidden = spans(text);
    if (hidden.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const auto &[start, length] : hidden) {
        out += QStringView(text).mid(at, start - at);
        // One run of blocks per hidden span, of a fixed length: the length
        // of a hidden number says something about it.
        out += QString(6, block());
        at = start + length;
    }
    out += QStringView(text).mid(at);
    return out;
}

QString Redactor::applyToFileName(const QString &name) const
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0)
        return apply(name);
    return apply(name.left(dot)) + name.mid(dot);
}

} // namespace plaint
