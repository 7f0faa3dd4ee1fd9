#include "textdecoding.h"

#include <QStringDecoder>

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
};

Attempt attempt(QByteArrayView bytes, const char *name)
{
    Attempt a;
    QStringDecoder decoder(name, QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return a;
    a.text = decoder(bytes);
    a.errors = decoder.hasError();
    for (const QChar c : std::as_const(a.text)) {
        if (kCommon.contains(c))
            a.score += 4;
        else if (c == QChar::ReplacementCharacter || (c.unicode() >= 0xE000 && c.unicode() <= 0xF8FF))
            a.score -= 8;
    }
    if (a.errors)
        a.score -= 1000;
    return a;
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
    if (name == "utf8" || name == "unicode-1-1-utf-8")
        return "UTF-8";
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
    QByteArray name = charset.trimmed().isEmpty() ? detect(bytes) : canonicalName(charset);
    QStringDecoder decoder(name.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return Result<QString>::failure(tr("The text encoding \"%1\" is not one Plaint knows.")
                                            .arg(QString::fromLatin1(charset)));
    // A byte-order mark is not part of the text.
    QByteArrayView body = bytes;
    if (name == "UTF-8" && body.startsWith("\xEF\xBB\xBF"))
        body = body.sliced(3);
    else if ((name == "UTF-16LE" && body.startsWith("\xFF\xFE")) || (name == "UTF-16BE" && body.startsWith("\xFE\xFF")))
        body = body.sliced(2);
    return QString(decoder(body));
}

QString TextDecoding::decodeLenient(QByteArrayView bytes, QByteArrayView charset)
{
    auto decoded = decode(bytes, charset);
    if (decoded)
        return *decoded;
    return *decode(bytes);
}

} // namespace plaint
