#include "jpegmetadata.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <cstring>

namespace plaint {

Result<int> JpegMetadata::strip(const QString &from, const QString &to)
{
    using R = Result<int>;
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return R::failure(QCoreApplication::translate("Dossier", "Cannot read %1: %2").arg(from, in.errorString()));
    const QByteArray data = in.readAll();
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype size = data.size();
    const auto damaged = [&] {
        return R::failure(QCoreApplication::translate("Dossier", "%1 is not a complete JPEG file.").arg(from));
    };
    if (size < 4 || p[0] != 0xFF || p[1] != 0xD8)
        return damaged();
    QByteArray out;
    out.reserve(size);
    out.append("\xFF\xD8", 2);
    int removed = 0;
    qsizetype at = 2;
    bool ended = false;
    while (at + 1 < size && !ended) {
        if (p[at] != 0xFF)
            return damaged();
        if (p[at + 1] == 0xFF) { // fill byte
            ++at;
            continue;
        }
        const uchar code = p[at + 1];
        if (code == 0xD9) {
            out.append("\xFF\xD9", 2);
            ended = true; // whatever follows the image (a second picture, a trailer) stays out
            break;
        }
        if (at + 4 > size)
            return damaged();
        const int length = qFromBigEndian<quint16>(p + at + 2);
        if (length < 2 || at + 2 + length > size)
            return damaged();
        const QByteArrayView body(data.constData() + at + 4, length - 2);
        const bool app = code >= 0xE0 && code <= 0xEF;
        if (code == 0xE0 && body.startsWith(QByteArrayView("JFIF\0", 5)) && body.size() >= 14) {
            // JFIF's version, units and density stay; its thumbnail goes.
            QByteArray kept(body.first(14).toByteArray());
            if (body.size() > 14) {
                kept[12] = 0;
                kept[13] = 0;
                ++removed;
            }
            char lengthBytes[2];
            qToBigEndian(quint16(kept.size() + 2), lengthBytes);
            out.append("\xFF\xE0", 2);
            out.append(lengthBytes, 2);
            out.append(kept);
        } else if ((app && !(code == 0xEE && body.startsWith("Adobe"))) || code == 0xFE) {
            ++removed;
        } else {
            out.append(data.constData() + at, 2 + length);
        }
        at += 2 + length;
        if (code != 0xDA)
            continue;
        // The entropy-coded data of the scan, as they are, up to the next
        // marker that is not a stuffed byte or a restart.
        const qsizetype scanStart = at;
        while (at + 1 < size) {
            const void *ff = std::memchr(p + at, 0xFF, size_t(size - at));
            if (!ff) {
                at = size;
                break;
            }
            at = static_cast<const uchar *>(ff) - p;
            if (at + 1 >= size)
                break;
            const uchar next = p[at + 1];
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7) || next == 0xFF) {
                at += next == 0xFF ? 1 : 2;
                continue;
            }
            break;
        }
        out.append(data.constData() + scanStart, at - scanStart);
    }
    if (!ended)
        return damaged();
    QSaveFile file(to);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit())
        return R::failure(QCoreApplication::translate("Dossier", "Cannot write %1: %2").arg(to, file.errorString()));
    return removed;
}

} // namespace plaint
