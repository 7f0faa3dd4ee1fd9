#pragma once

#include "result.h"

#include <QString>

namespace plaint {

// Removes from a JPEG what a redacted dossier must not carry: EXIF (the
// camera's owner, GPS position, a thumbnail of the unmasked picture), XMP,
// IPTC, ICC profiles and comments. What is kept decides how the picture
// decodes: APP0 JFIF (without its thumbnail) and APP14 Adobe (the colour
// transform). The ICC profile goes too: inside a PDF it is never used (the
// image's /ColorSpace decides its colours) and its description can name the
// device. The entropy-coded image data are copied bit for bit.
class JpegMetadata final
{
public:
    // Writes the stripped JPEG to `to`; returns how many segments went.
    static Result<int> strip(const QString &from, const QString &to);
};

} // namespace plaint
