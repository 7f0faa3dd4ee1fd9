// Any bytes as an evidence file the dossier reads: the JPEG and PNG probes
// and their decoding check, and the removal of a JPEG's metadata.
#include "exhibitfile.h"
#include "jpegmetadata.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString dir = QDir::tempPath() + QStringLiteral("/plaint-fuzz-exhibit-%1").arg(::getpid());
    static const bool made = QDir().mkpath(dir);
    if (!made)
        return 0;
    const QString path = dir + QStringLiteral("/input");
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    for (const QString &mime : {QStringLiteral("image/jpeg"), QStringLiteral("image/png")}) {
        const plaint::ExhibitFile x = plaint::ExhibitFile::probe(path, mime);
        if (x.problem == plaint::ExhibitFile::Problem::None && x.kind == plaint::ExhibitFile::Kind::Jpeg
            && (x.width <= 0 || x.height <= 0))
            __builtin_trap();
    }
    if (auto removed = plaint::JpegMetadata::strip(path, dir + QStringLiteral("/stripped")); removed && *removed < 0)
        __builtin_trap();
    return 0;
}
