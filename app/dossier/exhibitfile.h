#pragma once

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QString>

namespace plaint {

// What a piece of evidence is, read from its own bytes without decoding it
// whole: the facts the dossier needs to place it on a page bit-exact (JPEG
// and PNG streams go into the PDF as they are), to import a PDF's pages, or
// to list a recording with its duration.
struct ExhibitFile
{
    enum class Kind { Jpeg, Png, Image, Pdf, Audio, Video, Other };
    enum class Problem { None, Empty, Corrupt, PasswordProtected, UnreadablePdf, TooLarge };
    // What is wrong with a damaged picture, found by decoding it once.
    enum class Damage { None, Structure, Truncated, Data, Checksum };

    Kind kind = Kind::Other;
    Problem problem = Problem::None;
    Damage damage = Damage::None; // with Problem::Corrupt
    QString path;          // a private copy of the evidence
    qint64 size = 0;
    QString mimeType;

    int width = 0;         // images: pixels
    int height = 0;
    int components = 0;    // JPEG: 1, 3 or 4; PNG: colour channels
    int bitsPerComponent = 8;
    bool adobeInverted = false; // CMYK JPEG written by Adobe software
    int orientation = 1;   // EXIF orientation, 1..8
    // PNG: the parts the PDF can carry as they are.
    int pngColorType = -1;
    bool pngInterlaced = false;
    bool pngHasTransparency = false;
    QByteArray pngPalette;
    QList<QPair<qint64, qint64>> pngIdat; // offset and length of each IDAT chunk's data

    int pages = 0;         // PDFs: page count
    QList<QSizeF> pageSizes;
    qint64 durationMs = -1; // audio and video, when the container says

    // Images that cannot go in as they are: raw 8-bit pixels made for the PDF.
    QString rawPath;
    QString alphaPath;
    int rawComponents = 0;
    // A redacted dossier's JPEG: the same image data without the metadata
    // segments (EXIF, XMP, comments), which can name the complainant.
    QString strippedPath;
    // A redacted dossier's PDF: each page as a picture, with black boxes
    // over what is hidden, and no text left.
    struct RasterPage
    {
        QString rawPath; // 8-bit RGB pixels
        int width = 0;
        int height = 0;
        int boxes = 0;   // black boxes drawn
    };
    QList<RasterPage> rasterPages;

    // Reads the structure; `decode` also decodes an image once (JPEG through
    // libjpeg, PNG by its CRCs and zlib data) and marks a damaged one.
    static ExhibitFile probe(const QString &path, const QString &mimeType, bool decode = true);
    // The decoding part of probe(), for a file probed without it.
    static void decode(ExhibitFile &file);

    // Can the image go into the PDF as its own bytes (JPEG) or its own
    // compressed data (PNG without transparency or interlacing)?
    bool passesThrough() const;
    static QString damageName(Damage damage); // for the manifest
    // Width and height as the image is meant to be seen (EXIF rotation applied).
    QSizeF displaySize() const;
    double megapixels() const { return double(width) * height / 1e6; }

    static constexpr double kMaxMegapixelsToConvert = 60.0;
};

} // namespace plaint
