#include "textdecoding.h"

#include <QHash>
#include <QLocale>
#include <QStringDecoder>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

// Characters frequent in Chinese people's messages to and from companies, in
// both scripts: a decoding that yields many of them is the right one.
const QString kCommon = u"的一是不了在人有我他这這个個们們中来來上大为為和国國到以说說时時要就出会會可也你对對能"
                        "子那得着著下年过過发發后後作里裡用道行所家事成方多经經么麼去如都同现現当當没沒动動面看"
                        "定天分还還进進好小部些样樣理心本前开開但因只从從想实實日号號客服单單办辦退费費话話"
                        "您请請问問已经處处月元"_s;

struct Attempt
{
    QString text;
    bool errors = true;
    int score = 0;
    int suspicious = 0;   // private-use, replacement and control characters: what no one typed
};

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (quint8(c) >= 0x80)
            return false;
    }
    return true;
}

// Without its byte-order mark, which is not part of the text.
QByteArrayView withoutBom(QByteArrayView bytes, const QByteArray &name)
{
    if (name == "UTF-8" && bytes.startsWith("\xEF\xBB\xBF"))
        return bytes.sliced(3);
    if ((name == "UTF-16LE" && bytes.startsWith("\xFF\xFE")) || (name == "UTF-16BE" && bytes.startsWith("\xFE\xFF")))
        return bytes.sliced(2);
    return bytes;
}

Attempt attempt(QByteArrayView bytes, const QByteArray &name)
{
    Attempt a;
    QStringDecoder decoder(name.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return a;
    a.text = decoder(withoutBom(bytes, name));
    a.errors = decoder.hasError();
    for (const QChar c : std::as_const(a.text)) {
        const char16_t u = c.unicode();
        if (kCommon.contains(c)) {
            a.score += 4;
        } else if (c == QChar::ReplacementCharacter || (u >= 0xE000 && u <= 0xF8FF)
                   || (u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f')) {
            a.score -= 8;
            ++a.suspicious;
        }
    }
    if (a.errors)
        a.score -= 1000;
    return a;
}

// The first line (from 1) that is not valid in the encoding; 0 when it cannot be told by lines.
int firstBadLine(QByteArrayView bytes, const QByteArray &name)
{
    if (name.startsWith("UTF-16"))
        return 0;
    int line = 1;
    qsizetype pos = 0;
    while (pos <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        const Attempt a = attempt(bytes.sliced(pos, end - pos), name);
        if (a.errors || a.suspicious > 0)
            return line;
        pos = end + 1;
        ++line;
    }
    return 0;
}

QString lineText(int line)
{
    return line > 0 ? TextDecoding::tr("line %1").arg(line) : TextDecoding::tr("the text");
}

bool looksUtf16(QByteArrayView bytes, bool littleEndian)
{
    // Mostly-ASCII UTF-16 has a zero in every other byte.
    const qsizetype n = qMin<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (n < 4)
        return false;
    qsizetype zeros = 0;
    for (qsizetype i = littleEndian ? 1 : 0; i < n; i += 2)
        zeros += bytes[i] == 0 ? 1 : 0;
    return zeros * 4 >= n; // at least half of the high bytes
}

} // namespace

QByteArray TextDecoding::canonicalName(QByteArrayView charset)
{
    QByteArray name = charset.toByteArray().trimmed().toLower();
    if (name.startsWith("x-"))
        name = name.mid(2);
    if (name == "gb2312" || name == "gbk" || name == "cp936" || name == "ms936" || name == "euc-cn"
        || name == "gb18030" || name == "windows-936" || name == "csgb2312" || name == "hz-gb-2312")
        return name == "hz-gb-2312" ? QByteArray("HZ-GB-2312") : QByteArray("GB18030");
    if (name == "big5" || name == "cp950" || name == "big-5" || name == "csbig5" || name == "windows-950")
        return "Big5";
    if (name == "big5-hkscs")
        return "Big5-HKSCS";
    if (name == "utf8" || name == "unicode-1-1-utf-8" || name == "utf-8")
        return "UTF-8";
    if (name.startsWith("utf-16") || name.startsWith("utf-32"))
        return name.toUpper();
    if (name == "ascii" || name == "us-ascii" || name == "ansi_x3.4-1968")
        return "UTF-8"; // ASCII is UTF-8, and mislabelled 8-bit mail is more often UTF-8 than not
    return name;
}

QByteArray TextDecoding::detect(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return "UTF-8";
    if (bytes.startsWith("\xFF\xFE"))
        return "UTF-16LE";
    if (bytes.startsWith("\xFE\xFF"))
        return "UTF-16BE";
    if (looksUtf16(bytes, true))
        return "UTF-16LE";
    if (looksUtf16(bytes, false))
        return "UTF-16BE";
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    (void)QString(utf8(bytes));
    if (!utf8.hasError())
        return "UTF-8";
    const Attempt gb = attempt(bytes, "GB18030");
    const Attempt big5 = attempt(bytes, "Big5");
    return big5.score > gb.score ? QByteArray("Big5") : QByteArray("GB18030");
}

Result<QString> TextDecoding::decode(QByteArrayView bytes, QByteArrayView charset)
{
    using R = Result<QString>;
    const bool given = !charset.trimmed().isEmpty();
    const QByteArray name = given ? canonicalName(charset) : detect(bytes);
    if (!QStringDecoder(name.constData()).isValid())
        return R::failure(tr("The text encoding \"%1\" is not one Plaint knows.").arg(QString::fromLatin1(charset)));
    if (isAscii(bytes) && !name.startsWith("UTF-16"))
        return QString::fromLatin1(bytes);
    const Attempt a = attempt(bytes, name);
    if (!a.errors && a.suspicious == 0)
        return a.text;
    // What it reads as instead, if anything reads cleanly.
    QByteArray better;
    Attempt best;
    for (const QByteArray &other : {QByteArray("UTF-8"), QByteArray("GB18030"), QByteArray("Big5")}) {
        if (other == name)
            continue;
        Attempt b = attempt(bytes, other);
        if (!b.errors && b.suspicious == 0 && (better.isEmpty() || b.score > best.score)) {
            better = other;
            best = std::move(b);
        }
    }
    if (!a.errors) {
        // Decoded without errors, but to characters no one types: refused only
        // when another encoding reads the same bytes cleanly.
        if (better.isEmpty())
            return a.text;
        return R::failure(tr("The text does not read as %1 (%2 has characters no one types), but it reads cleanly as %3.")
                              .arg(QString::fromLatin1(name), lineText(firstBadLine(bytes, name)),
                                   QString::fromLatin1(better)));
    }
    const QString where = lineText(firstBadLine(bytes, name));
    if (!given && better.isEmpty())
        return R::failure(tr("The text is in none of the encodings Plaint reads (UTF-8, UTF-16, GB18030, Big5): %1 "
                             "has bytes that are not text in any of them.")
                              .arg(where));
    if (!better.isEmpty())
        return R::failure(tr("The text is not valid %1: %2 has bytes that are not %1 text. It reads cleanly as %3.")
                              .arg(QString::fromLatin1(name), where, QString::fromLatin1(better)));
    return R::failure(tr("The text is not valid %1: %2 has bytes that are not %1 text.")
                          .arg(QString::fromLatin1(name), where));
}

Result<TextDecoding::Decoded> TextDecoding::decodeText(QByteArrayView bytes, QByteArrayView charset)
{
    using R = Result<Decoded>;
    const QByteArray detected = detect(bytes);
    if (!charset.trimmed().isEmpty() || detected.startsWith("UTF-16")) {
        auto text = decode(bytes, charset);
        if (!text)
            return R::failure(text.error());
        return Decoded{std::move(*text), charset.trimmed().isEmpty() ? detected : canonicalName(charset), {}};
    }
    auto whole = decode(bytes);
    // Line by line: each line in the first encoding that reads it cleanly, UTF-8 first.
    QStringList lines;
    QHash<QByteArray, int> counts;
    QHash<QByteArray, int> firstLine;
    int badLine = 0;
    int line = 0;
    qsizetype pos = 0;
    while (pos <= bytes.size()) {
        ++line;
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView piece = bytes.sliced(pos, end - pos);
        pos = end + 1;
        if (isAscii(piece)) {
            lines << QString::fromLatin1(piece);
            continue;
        }
        QByteArray chosen;
        Attempt best;
        for (const QByteArray &name : {QByteArray("UTF-8"), QByteArray("GB18030"), QByteArray("Big5")}) {
            Attempt a = attempt(piece, name);
            if (a.errors || a.suspicious > 0)
                continue;
            if (name == "UTF-8") { // valid UTF-8 with non-ASCII bytes is UTF-8: legacy bytes rarely are
                chosen = name;
                best = std::move(a);
                break;
            }
            if (chosen.isEmpty() || a.score > best.score) {
                chosen = name;
                best = std::move(a);
            }
        }
        if (chosen.isEmpty()) {
            badLine = badLine == 0 ? line : badLine;
            lines << QString();
            continue;
        }
        if (!counts.contains(chosen))
            firstLine.insert(chosen, line);
        ++counts[chosen];
        lines << best.text;
    }
    if (badLine > 0)
        return R::failure(tr("The text is in none of the encodings Plaint reads (UTF-8, UTF-16, GB18030, Big5): line %1 "
                             "has bytes that are not text in any of them.")
                              .arg(badLine));
    if (counts.size() <= 1) {
        if (whole)
            return Decoded{std::move(*whole), counts.isEmpty() ? QByteArray("UTF-8") : counts.keys().first(), {}};
        return Decoded{lines.join(u'\n'), counts.isEmpty() ? QByteArray("UTF-8") : counts.keys().first(), {}};
    }
    QStringList parts;
    for (const QByteArray &name : {QByteArray("UTF-8"), QByteArray("GB18030"), QByteArray("Big5")}) {
        if (counts.contains(name))
            parts << tr("%n line(s) in %1 (the first is line %2)", nullptr, counts.value(name))
                         .arg(QString::fromLatin1(name))
                         .arg(firstLine.value(name));
    }
    return Decoded{lines.join(u'\n'), "mixed",
                   tr("The file mixes text encodings, so each line was read in its own: %1. Check those lines.")
                       .arg(QLocale().createSeparatedList(parts))};
}

QString TextDecoding::decodeLenient(QByteArrayView bytes, QByteArrayView charset, QString *problem)
{
    if (isAscii(bytes) && !detect(bytes).startsWith("UTF-16"))
        return QString::fromLatin1(bytes);
    const bool given = !charset.trimmed().isEmpty();
    QByteArray name = given ? canonicalName(charset) : detect(bytes);
    if (!QStringDecoder(name.constData()).isValid()) {
        const QByteArray guess = detect(bytes);
        if (problem)
            *problem = tr("its encoding \"%1\" is not one Plaint knows; it was read as %2")
                           .arg(QString::fromLatin1(charset), QString::fromLatin1(guess));
        name = guess;
    }
    Attempt a = attempt(bytes, name);
    if (!a.errors && a.suspicious == 0)
        return a.text;
    const QByteArray guess = detect(bytes);
    if (guess != name) {
        Attempt b = attempt(bytes, guess);
        if (!b.errors && (b.suspicious == 0 || a.errors)) {
            if (problem)
                *problem = tr("it was labelled %1 but is not; it was read as %2")
                               .arg(QString::fromLatin1(given ? charset.toByteArray() : name), QString::fromLatin1(guess));
            return b.text;
        }
    }
    if (a.errors && problem)
        *problem = tr("it has bytes that are not valid %1 text; they show as \uFFFD").arg(QString::fromLatin1(name));
    return a.text;
}

} // namespace plaint
