#include "exhibitfile.h"

#include "imagecheck.h"

#include <QFile>
#include <QImageReader>
#include <QtEndian>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <exception>
#include <functional>

using namespace Qt::StringLiterals;

namespace plaint {

namespace {

quint16 be16(const uchar *p) { return qFromBigEndian<quint16>(p); }
quint32 be32(const uchar *p) { return qFromBigEndian<quint32>(p); }

// EXIF orientation from an APP1 segment's TIFF structure.
int exifOrientation(const QByteArray &app1)
{
    if (!app1.startsWith("Exif\0\0") || app1.size() < 14)
        return 1;
    const QByteArray tiff = app1.mid(6);
    const auto *t = reinterpret_cast<const uchar *>(tiff.constData());
    const bool little = tiff.startsWith("II");
    if (!little && !tiff.startsWith("MM"))
        return 1;
    auto u16 = [&](qsizetype at) -> quint16 {
        if (at < 0 || at + 2 > tiff.size())
            return 0;
        return little ? qFromLittleEndian<quint16>(t + at) : qFromBigEndian<quint16>(t + at);
    };
    auto u32 = [&](qsizetype at) -> quint32 {
        if (at < 0 || at + 4 > tiff.size())
            return 0;
        return little ? qFromLittleEndian<quint32>(t + at) : qFromBigEndian<quint32>(t + at);
    };
    const qsizetype ifd = u32(4);
    const int count = u16(ifd);
    for (int i = 0; i < count && i < 512; ++i) {
        const qsizetype entry = ifd + 2 + qsizetype(i) * 12;
        if (entry + 12 > tiff.size())
            break;
        if (u16(entry) == 0x0112) {
            const int value = u16(entry + 8);
            return value >= 1 && value <= 8 ? value : 1;
        }
    }
    return 1;
}

void probeJpeg(QFile &file, ExhibitFile &x)
{
    const QByteArray head = file.read(qMin<qint64>(file.size(), 4 << 20));
    const auto *p = reinterpret_cast<const uchar *>(head.constData());
    qsizetype at = 2;
    while (at + 4 <= head.size()) {
        if (p[at] != 0xFF) {
            ++at;
            continue;
        }
        const uchar marker = p[at + 1];
        if (marker == 0xFF) {
            ++at;
            continue;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            at += 2;
            continue;
        }
        const int length = be16(p + at + 2);
        if (length < 2 || at + 2 + length > head.size())
            break;
        const QByteArray segment = head.mid(at + 4, length - 2);
        if (marker == 0xE1)
            x.orientation = exifOrientation(segment);
        else if (marker == 0xEE && segment.startsWith("Adobe"))
            x.adobeInverted = true;
        else if ((marker >= 0xC0 && marker <= 0xCF) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
            if (segment.size() >= 6) {
                const auto *s = reinterpret_cast<const uchar *>(segment.constData());
                x.bitsPerComponent = s[0];
                x.height = be16(s + 1);
                x.width = be16(s + 3);
                x.components = s[5];
            }
            break;
        }
        if (marker == 0xDA)
            break;
        at += 2 + length;
    }
    if (x.width <= 0 || x.height <= 0 || (x.components != 1 && x.components != 3 && x.components != 4)
        || x.bitsPerComponent != 8)
        x.problem = ExhibitFile::Problem::Corrupt;
    if (x.components != 4)
        x.adobeInverted = false;
}

void probePng(QFile &file, ExhibitFile &x)
{
    file.seek(8);
    bool sawEnd = false;
    while (!file.atEnd()) {
        const QByteArray header = file.read(8);
        if (header.size() < 8)
            break;
        const auto *h = reinterpret_cast<const uchar *>(header.constData());
        const qint64 length = be32(h);
        const QByteArray type = header.mid(4, 4);
        const qint64 dataAt = file.pos();
        if (length < 0 || dataAt + length + 4 > file.size())
            break;
        if (type == "IHDR" && length >= 13) {
            const QByteArray d = file.read(13);
            const auto *s = reinterpret_cast<const uchar *>(d.constData());
            x.width = int(be32(s));
            x.height = int(be32(s + 4));
            x.bitsPerComponent = s[8];
            x.pngColorType = s[9];
            x.pngInterlaced = s[12] != 0;
        } else if (type == "PLTE") {
            x.pngPalette = file.read(length);
        } else if (type == "tRNS") {
            x.pngHasTransparency = true;
        } else if (type == "IDAT") {
            x.pngIdat.append({dataAt, length});
        } else if (type == "IEND") {
            sawEnd = true;
            break;
        }
        file.seek(dataAt + length + 4); // skip the data and the CRC
    }
    switch (x.pngColorType) {
    case 0: x.components = 1; break;
    case 2: x.components = 3; break;
    case 3: x.components = 1; break;
    case 4: x.components = 2; break;
    case 6: x.components = 4; break;
    default: break;
    }
    if (!sawEnd || x.width <= 0 || x.height <= 0 || x.pngIdat.isEmpty() || x.components == 0
        || (x.pngColorType == 3 && x.pngPalette.isEmpty()))
        x.problem = ExhibitFile::Problem::Corrupt;
}

// The duration a recording's container states, for the formats phones and
// call recorders write: WAV, AMR, MP4/M4A/3GP, and MP3 (counted frame by frame).
qint64 wavDuration(const QByteArray &head, qint64 fileSize)
{
    if (!head.startsWith("RIFF") || head.mid(8, 4) != "WAVE")
        return -1;
    qint64 byteRate = 0;
    qsizetype at = 12;
    const auto *p = reinterpret_cast<const uchar *>(head.constData());
    while (at + 8 <= head.size()) {
        const QByteArray id = head.mid(at, 4);
        const qint64 length = qFromLittleEndian<quint32>(p + at + 4);
        if (id == "fmt " && at + 20 <= head.size())
            byteRate = qFromLittleEndian<quint32>(p + at + 16);
        if (id == "data" && byteRate > 0)
            return qMin(length, fileSize - at - 8) * 1000 / byteRate;
        at += 8 + length + (length & 1);
    }
    return -1;
}

qint64 amrDuration(QFile &file)
{
    static const int sizes[16] = {12, 13, 15, 17, 19, 20, 26, 31, 5, 0, 0, 0, 0, 0, 0, 0};
    file.seek(6);
    qint64 frames = 0;
    QByteArray data = file.read(64 << 20);
    qsizetype at = 0;
    while (at < data.size()) {
        const int mode = (uchar(data.at(at)) >> 3) & 0x0F;
        at += 1 + sizes[mode];
        ++frames;
    }
    return frames * 20;
}

qint64 mp4Duration(QFile &file)
{
    // Walk the boxes to moov/mvhd.
    std::function<qint64(qint64, qint64)> walk = [&](qint64 from, qint64 to) -> qint64 {
        qint64 at = from;
        while (at + 8 <= to) {
            file.seek(at);
            const QByteArray h = file.read(16);
            if (h.size() < 8)
                return -1;
            qint64 size = be32(reinterpret_cast<const uchar *>(h.constData()));
            const QByteArray type = h.mid(4, 4);
            int header = 8;
            if (size == 1 && h.size() >= 16) {
                size = qint64(qFromBigEndian<quint64>(reinterpret_cast<const uchar *>(h.constData()) + 8));
                header = 16;
            } else if (size == 0) {
                size = to - at;
            }
            if (size < header)
                return -1;
            if (type == "moov")
                return walk(at + header, at + size);
            if (type == "mvhd") {
                file.seek(at + header);
                const QByteArray m = file.read(32);
                const auto *s = reinterpret_cast<const uchar *>(m.constData());
                if (m.size() >= 24 && s[0] == 0) {
                    const quint32 scale = be32(s + 12);
                    return scale ? qint64(be32(s + 16)) * 1000 / scale : -1;
                }
                if (m.size() >= 32 && s[0] == 1) {
                    const quint32 scale = be32(s + 20);
                    return scale ? qint64(qFromBigEndian<quint64>(s + 24)) * 1000 / scale : -1;
                }
                return -1;
            }
            at += size;
        }
        return -1;
    };
    return walk(0, file.size());
}

qint64 mp3Duration(QFile &file)
{
    static const int bitrates[16] = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0};
    static const int rates[4] = {44100, 48000, 32000, 0};
    file.seek(0);
    const QByteArray data = file.read(256 << 20);
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    qsizetype at = 0;
    if (data.startsWith("ID3") && data.size() > 10)
        at = 10 + ((p[6] & 0x7F) << 21 | (p[7] & 0x7F) << 14 | (p[8] & 0x7F) << 7 | (p[9] & 0x7F));
    double seconds = 0;
    int frames = 0;
    while (at + 4 <= data.size()) {
        if (p[at] != 0xFF || (p[at + 1] & 0xE0) != 0xE0) {
            ++at;
            continue;
        }
        // MPEG-1 layer III only; other versions are rare in recordings.
        const int bitrate = bitrates[p[at + 2] >> 4];
        const int rate = rates[(p[at + 2] >> 2) & 3];
        if ((p[at + 1] & 0x1E) != 0x1A || !bitrate || !rate) {
            ++at;
            continue;
        }
        const int length = 144000 * bitrate / rate + ((p[at + 2] >> 1) & 1);
        seconds += 1152.0 / rate;
        ++frames;
        at += length;
    }
    return frames ? qint64(seconds * 1000) : -1;
}

} // namespace

ExhibitFile ExhibitFile::probe(const QString &path, const QString &mimeType, bool decode)
{
    ExhibitFile x;
    x.path = path;
    x.mimeType = mimeType;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        x.problem = Problem::Corrupt;
        return x;
    }
    x.size = file.size();
    if (x.size == 0) {
        x.problem = Problem::Empty;
        x.kind = mimeType.startsWith(u"image/") ? Kind::Image : Kind::Other;
        return x;
    }
    const QByteArray head = file.peek(64);
    if (head.startsWith("\xFF\xD8\xFF")) {
        x.kind = Kind::Jpeg;
        probeJpeg(file, x);
    } else if (head.startsWith("\x89PNG\r\n\x1A\n")) {
        x.kind = Kind::Png;
        probePng(file, x);
    } else if (head.startsWith("%PDF-") || mimeType == u"application/pdf") {
        x.kind = Kind::Pdf;
        try {
            QPDF pdf;
            pdf.setSuppressWarnings(true);
            pdf.processFile(path.toLocal8Bit().constData());
            const auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
            x.pages = int(pages.size());
            for (auto page : pages) {
                const auto box = page.getTrimBox().getArrayAsRectangle();
                x.pageSizes.append(QSizeF(box.urx - box.llx, box.ury - box.lly));
            }
            if (x.pages == 0)
                x.problem = Problem::UnreadablePdf;
        } catch (const QPDFExc &e) {
            x.problem = e.getErrorCode() == qpdf_e_password ? Problem::PasswordProtected : Problem::UnreadablePdf;
        } catch (const std::exception &) {
            x.problem = Problem::UnreadablePdf;
        }
    } else if (mimeType.startsWith(u"image/")) {
        x.kind = Kind::Image;
        QImageReader reader(path);
        const QSize size = reader.size();
        x.width = size.width();
        x.height = size.height();
        if (!reader.canRead() || size.isEmpty())
            x.problem = Problem::Corrupt;
    } else if (mimeType.startsWith(u"audio/") || mimeType.startsWith(u"video/")) {
        x.kind = mimeType.startsWith(u"audio/") ? Kind::Audio : Kind::Video;
        const QByteArray first = file.read(4096);
        if (first.startsWith("RIFF"))
            x.durationMs = wavDuration(first, x.size);
        else if (first.startsWith("#!AMR\n"))
            x.durationMs = amrDuration(file);
        else if (first.mid(4, 4) == "ftyp")
            x.durationMs = mp4Duration(file);
        else
            x.durationMs = mp3Duration(file);
    }
    const bool image = x.kind == Kind::Jpeg || x.kind == Kind::Png || x.kind == Kind::Image;
    if (image && x.problem == Problem::Corrupt)
        x.damage = Damage::Structure;
    if (image && x.problem == Problem::None && !x.passesThrough() && x.megapixels() > kMaxMegapixelsToConvert)
        x.problem = Problem::TooLarge;
    // What goes into the PDF must decode: a cut-off or garbled picture is
    // listed as damaged instead of showing as a blank page.
    file.close();
    if (decode)
        ExhibitFile::decode(x);
    return x;
}

void ExhibitFile::decode(ExhibitFile &x)
{
    if (x.problem != Problem::None || (x.kind != Kind::Jpeg && x.kind != Kind::Png))
        return;
    x.damage = x.kind == Kind::Jpeg ? ImageCheck::jpeg(x.path) : ImageCheck::png(x.path, x);
    if (x.damage != Damage::None)
        x.problem = Problem::Corrupt;
}

bool ExhibitFile::passesThrough() const
{
    if (problem != Problem::None)
        return false;
    if (kind == Kind::Jpeg)
        return true;
    return kind == Kind::Png && !pngInterlaced && !pngHasTransparency
        && (pngColorType == 0 || pngColorType == 2 || pngColorType == 3)
        && (bitsPerComponent == 8 || (pngColorType != 2 && bitsPerComponent <= 8) || bitsPerComponent == 16);
}

QString ExhibitFile::damageName(Damage damage)
{
    switch (damage) {
    case Damage::None: return {};
    case Damage::Structure: return u"structure"_s;
    case Damage::Truncated: return u"truncated"_s;
    case Damage::Data: return u"data"_s;
    case Damage::Checksum: return u"checksum"_s;
    }
    return {};
}

QSizeF ExhibitFile::displaySize() const
{
    return orientation >= 5 ? QSizeF(height, width) : QSizeF(width, height);
}

} // namespace plaint
