#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace plaint {

// Bytes to text, as the files and messages people have arrive: UTF-8 or
// UTF-16 (with or without a byte-order mark), GB2312/GBK/GB18030 and Big5
// from Chinese Windows and older phones and mail programs. Bytes that are
// not valid in the encoding, or that decode without errors to something no
// one wrote (GBK read as Big5 gives private-use characters and nonsense), are
// refused, never turned into replacement characters.
class TextDecoding final
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)

public:
    struct Decoded
    {
        QString text;
        QByteArray encoding;   // as canonicalName() gives it; "mixed" for a file read line by line
        QString note;          // for the user when the file mixes encodings; empty otherwise
    };

    // With a charset (a MIME name such as "gb2312", "x-gbk", "big5"), decodes
    // in it; without one, detects. Fails for a charset nobody knows, for bytes
    // invalid in it (naming the first bad line), and for a charset whose
    // result is implausible while another reads cleanly (naming that one).
    static Result<QString> decode(QByteArrayView bytes, QByteArrayView charset = {});
    // For text files: as decode(), but a file whose lines are in different
    // encodings (UTF-8 lines and GBK lines, as copy and paste between programs
    // leaves them) is decoded line by line, and the note says so.
    static Result<Decoded> decodeText(QByteArrayView bytes, QByteArrayView charset = {});
    // For mail, which must be read however it was labelled: never fails. When
    // the bytes are not valid in the declared charset they are detected
    // instead, and `problem` (when given) says what happened.
    static QString decodeLenient(QByteArrayView bytes, QByteArrayView charset = {}, QString *problem = nullptr);
    // The name Plaint's converter knows a MIME charset by: GB2312 and GBK are
    // read as GB18030, their superset, which decodes both exactly.
    static QByteArray canonicalName(QByteArrayView charset);
    // The encoding detect() picks for unlabelled bytes: "UTF-8", "UTF-16LE",
    // "UTF-16BE", "GB18030" or "Big5".
    static QByteArray detect(QByteArrayView bytes);
};

} // namespace plaint
