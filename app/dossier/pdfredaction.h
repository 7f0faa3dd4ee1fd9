#pragma once

#include "exhibitfile.h"

namespace plaint {

class Redactor;

// A PDF exhibit in a redacted dossier cannot go in as its own pages: their
// text (a bill names the account holder, a contract the address) would still
// be in the file under any box drawn over it. Instead each page is rendered
// to a picture (QtPdf, at `dpi`), black boxes are burnt in wherever the
// page's text holds something the redactor hides, and the picture goes into
// the dossier losslessly with no text at all.
//
// What this cannot see: text that is itself a picture (a scanned page) and
// the values of form fields and annotations, which are left out of the
// picture rather than shown unchecked.
class PdfRedaction final
{
public:
    static constexpr int kDpi = 200;
    // Fills `file.rasterPages`; marks the exhibit unreadable when QtPdf
    // cannot open it.
    static void rasterize(ExhibitFile &file, const Redactor &redactor, int dpi = kDpi);
};

} // namespace plaint
