#pragma once

#include "exhibitfile.h"

#include <QString>

namespace plaint {

// Decodes a picture once, all the way, so that a file whose header is fine
// but whose data are cut short or broken is noticed before it goes into the
// PDF (where it would show as a blank or half-grey page). Memory stays
// bounded whatever the picture's size: a JPEG is decoded at 1/8 scale one
// row at a time, a PNG's zlib data are inflated in pieces and thrown away.
class ImageCheck final
{
public:
    static ExhibitFile::Damage jpeg(const QString &path);
    static ExhibitFile::Damage png(const QString &path, const ExhibitFile &probed);

    // A progressive JPEG keeps every coefficient of the picture in memory
    // while it decodes; above this size only its structure is checked.
    static constexpr double kMaxProgressiveMegapixels = 60.0;
};

} // namespace plaint
