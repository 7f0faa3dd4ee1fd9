#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace plaint {

// Bytes to text, as the files and messages people have arrive: UTF-8 or
// UTF-16 (with or without a byte-order mark), GB2312/GBK/GB18030 and Big5
// from Chinese Windows and older phones and mail programs.
class TextDecoding final
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)

public:
    // With a charset (a MIME name such as "gb2312", "x-gbk", "big5"), decodes
    // in it; without one, detects. Fails only for a charset nobody knows.
    static Result<QString> decode(QByteArrayView bytes, QByteArrayView charset = {});
    // As decode(), but never fails: an unknown charset is detected instead.
    static QString decodeLenient(QByteArrayView bytes, QByteArrayView charset = {});
    // The name Plaint's converter knows a MIME charset by: GB2312 and GBK are
    // read as GB18030, their superset, which decodes both exactly.
    static QByteArray canonicalName(QByteArrayView charset);
    // The encoding detect() picks for unlabelled bytes: "UTF-8", "UTF-16LE",
    // "UTF-16BE", "GB18030" or "Big5".
    static QByteArray detect(QByteArrayView bytes);
};

} // namespace plaint
