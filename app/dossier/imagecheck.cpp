#include "imagecheck.h"

#include <QFile>
#include <QtEndian>

#include <csetjmp>
#include <cstdio>

#include <jerror.h>
#include <jpeglib.h>
#include <zlib.h>

namespace plaint {

namespace {

struct JpegErrors
{
    jpeg_error_mgr manager;
    std::jmp_buf jump;
    int truncated = 0;
    int damaged = 0;
};

void jpegFail(j_common_ptr info)
{
    std::longjmp(reinterpret_cast<JpegErrors *>(info->err)->jump, 1);
}

// libjpeg goes on past damage with a warning and grey filler; count them
// instead of printing them.
void jpegMessage(j_common_ptr info, int level)
{
    if (level >= 0)
        return;
    auto *errors = reinterpret_cast<JpegErrors *>(info->err);
    switch (info->err->msg_code) {
    case JWRN_JPEG_EOF:
    case JWRN_HIT_MARKER: ++errors->truncated; break; // the scan stops short of the picture's end
    case JWRN_HUFF_BAD_CODE:
    case JWRN_MUST_RESYNC:
    case JWRN_NOT_SEQUENTIAL:
    case JWRN_BOGUS_PROGRESSION:
    case JWRN_TOO_MUCH_DATA: ++errors->damaged; break;
    default: break; // e.g. extraneous bytes before a marker: common, harmless
    }
}

void jpegSilent(j_common_ptr) {}

// Plain C data only between setjmp and longjmp.
ExhibitFile::Damage decodeJpeg(FILE *file, long fileSize, bool *progressiveTooLarge)
{
    jpeg_decompress_struct info;
    JpegErrors errors;
    info.err = jpeg_std_error(&errors.manager);
    errors.manager.error_exit = jpegFail;
    errors.manager.emit_message = jpegMessage;
    errors.manager.output_message = jpegSilent;
    if (setjmp(errors.jump)) {
        jpeg_destroy_decompress(&info);
        return errors.truncated ? ExhibitFile::Damage::Truncated : ExhibitFile::Damage::Data;
    }
    jpeg_create_decompress(&info);
    info.mem->max_memory_to_use = 512L << 20;
    jpeg_stdio_src(&info, file);
    jpeg_read_header(&info, TRUE);
    // Every 8×8 block takes at least two bits (its DC and its end of block):
    // a file smaller than that is cut short, however large it claims to be,
    // and need not be walked block by block to say so.
    if (double(fileSize) * 8 < 2.0 * (double(info.image_width) / 8) * (double(info.image_height) / 8)) {
        jpeg_destroy_decompress(&info);
        return ExhibitFile::Damage::Truncated;
    }
    if (info.progressive_mode
        && double(info.image_width) * info.image_height / 1e6 > ImageCheck::kMaxProgressiveMegapixels) {
        *progressiveTooLarge = true;
        jpeg_destroy_decompress(&info);
        return ExhibitFile::Damage::None;
    }
    // Every bit of the entropy-coded data is still read at 1/8 scale; only
    // the inverse transform and the output shrink.
    info.scale_num = 1;
    info.scale_denom = 8;
    info.dct_method = JDCT_IFAST;
    info.do_fancy_upsampling = FALSE;
    info.do_block_smoothing = FALSE;
    jpeg_start_decompress(&info);
    JSAMPARRAY row = (*info.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&info), JPOOL_IMAGE,
                                                info.output_width * info.output_components, 1);
    while (info.output_scanline < info.output_height)
        jpeg_read_scanlines(&info, row, 1);
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    if (errors.truncated)
        return ExhibitFile::Damage::Truncated;
    return errors.damaged ? ExhibitFile::Damage::Data : ExhibitFile::Damage::None;
}

} // namespace

ExhibitFile::Damage ImageCheck::jpeg(const QString &path)
{
    FILE *file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!file)
        return ExhibitFile::Damage::Structure;
    bool skipped = false;
    std::fseek(file, 0, SEEK_END);
    const long size = std::ftell(file);
    std::rewind(file);
    const ExhibitFile::Damage damage = decodeJpeg(file, size, &skipped);
    std::fclose(file);
    if (damage != ExhibitFile::Damage::None || !skipped)
        return damage;
    // A huge progressive picture: at least it must end where a JPEG ends.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() < 4 || !f.seek(f.size() - 2) || f.read(2) != QByteArray("\xFF\xD9", 2))
        return ExhibitFile::Damage::Truncated;
    return ExhibitFile::Damage::None;
}

ExhibitFile::Damage ImageCheck::png(const QString &path, const ExhibitFile &x)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(8))
        return ExhibitFile::Damage::Structure;
    // Every chunk's CRC, over its type and data.
    QByteArray buffer;
    while (!file.atEnd()) {
        const QByteArray header = file.read(8);
        if (header.size() < 8)
            return ExhibitFile::Damage::Truncated;
        const qint64 length = qFromBigEndian<quint32>(header.constData());
        if (file.pos() + length + 4 > file.size())
            return ExhibitFile::Damage::Truncated;
        uLong crc = crc32(0L, reinterpret_cast<const Bytef *>(header.constData() + 4), 4);
        qint64 left = length;
        while (left > 0) {
            buffer = file.read(qMin<qint64>(left, 1 << 20));
            if (buffer.isEmpty())
                return ExhibitFile::Damage::Truncated;
            crc = crc32(crc, reinterpret_cast<const Bytef *>(buffer.constData()), uInt(buffer.size()));
            left -= buffer.size();
        }
        const QByteArray stored = file.read(4);
        if (stored.size() < 4)
            return ExhibitFile::Damage::Truncated;
        if (qFromBigEndian<quint32>(stored.constData()) != quint32(crc))
            return ExhibitFile::Damage::Checksum;
        if (header.mid(4, 4) == "IEND")
            break;
    }

    // The zlib data of the IDAT chunks inflate to exactly the rows the
    // header announces, each starting with a known filter type.
    const int channels = x.pngColorType == 2 ? 3 : x.pngColorType == 4 ? 2 : x.pngColorType == 6 ? 4 : 1;
    const auto rowBytes = [&](qint64 width) { return (width * channels * x.bitsPerComponent + 7) / 8; };
    qint64 expected = 0;
    if (!x.pngInterlaced) {
        expected = qint64(x.height) * (1 + rowBytes(x.width));
    } else {
        static const int start[7][2] = {{0, 0}, {4, 0}, {0, 4}, {2, 0}, {0, 2}, {1, 0}, {0, 1}};
        static const int step[7][2] = {{8, 8}, {8, 8}, {4, 8}, {4, 4}, {2, 4}, {2, 2}, {1, 2}};
        for (int pass = 0; pass < 7; ++pass) {
            const qint64 w = (x.width - start[pass][0] + step[pass][0] - 1) / step[pass][0];
            const qint64 h = (x.height - start[pass][1] + step[pass][1] - 1) / step[pass][1];
            if (w > 0 && h > 0)
                expected += h * (1 + rowBytes(w));
        }
    }
    const qint64 stride = 1 + rowBytes(x.width);
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return ExhibitFile::Damage::Data;
    QByteArray out(1 << 18, Qt::Uninitialized);
    qint64 produced = 0;
    bool ended = false;
    ExhibitFile::Damage damage = ExhibitFile::Damage::None;
    for (const auto &[offset, length] : x.pngIdat) {
        if (ended || damage != ExhibitFile::Damage::None)
            break;
        file.seek(offset);
        qint64 left = length;
        while (left > 0 && !ended && damage == ExhibitFile::Damage::None) {
            buffer = file.read(qMin<qint64>(left, 1 << 20));
            left -= buffer.size();
            z.next_in = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_in = uInt(buffer.size());
            while (z.avail_in > 0 && !ended) {
                z.next_out = reinterpret_cast<Bytef *>(out.data());
                z.avail_out = uInt(out.size());
                const int status = inflate(&z, Z_NO_FLUSH);
                const qint64 got = out.size() - qint64(z.avail_out);
                if (!x.pngInterlaced) {
                    for (qint64 i = (stride - produced % stride) % stride; i < got; i += stride)
                        if (uchar(out.at(i)) > 4) {
                            damage = ExhibitFile::Damage::Data;
                            break;
                        }
                }
                produced += got;
                if (status == Z_STREAM_END)
                    ended = true;
                else if (status != Z_OK && status != Z_BUF_ERROR)
                    damage = ExhibitFile::Damage::Data;
                if (damage != ExhibitFile::Damage::None || produced > expected)
                    break;
                if (status == Z_BUF_ERROR && got == 0)
                    break;
            }
        }
    }
    // What is still inside zlib after the last IDAT byte.
    while (!ended && damage == ExhibitFile::Damage::None) {
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(out.size());
        const int status = inflate(&z, Z_SYNC_FLUSH);
        const qint64 got = out.size() - qint64(z.avail_out);
        produced += got;
        if (status == Z_STREAM_END)
            ended = true;
        else if (got == 0 || (status != Z_OK && status != Z_BUF_ERROR))
            break;
    }
    inflateEnd(&z);
    if (damage != ExhibitFile::Damage::None)
        return damage;
    if (produced > expected)
        return ExhibitFile::Damage::Data;
    if (!ended || produced < expected)
        return ExhibitFile::Damage::Truncated;
    return ExhibitFile::Damage::None;
}

} // namespace plaint
