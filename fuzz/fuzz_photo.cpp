// Any bytes as a dropped or imported picture: the first line is its file
// name, the rest its content. PhotoImporter decides what it is and when it
// was taken (EXIF, file name, file time); an item always has a time, a
// summary that says where the time came from, and the file itself.
#include "capturetime.h"
#include "photoimporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = bytes.indexOf('\n');
    QString name = QString::fromUtf8(newline < 0 ? QByteArray() : bytes.left(qMin<qsizetype>(newline, 120)));
    name.remove(u'/').remove(QChar(0));
    if (name.isEmpty() || name == u"." || name == u"..")
        name = QStringLiteral("picture.jpg");
    const QString path = dir.filePath(name);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(bytes.mid(newline + 1));
    }
    plaint::PhotoImporter importer({path});
    auto item = importer.next();
    if (item && item->has_value()) {
        const plaint::ImportItem &one = **item;
        if (!one.event.occurred.isValid() || one.event.summary.isEmpty() || one.files != QStringList{path}
            || !one.sourceKey.startsWith(QStringLiteral("file:")))
            __builtin_trap();
    } else if (item && importer.skipped().isEmpty()) {
        __builtin_trap(); // a file that is no picture is said to be one
    }
    const plaint::CaptureTime capture = plaint::CaptureTime::of(path);
    if (!capture.when.isValid())
        __builtin_trap();
    QFile::remove(path);
    return 0;
}
