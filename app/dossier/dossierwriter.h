#pragma once

#include "dossieroptions.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace plaint {

class Library;

// Makes a complaint dossier: the model from the library, the pages with Pango
// and cairo, the evidence put in with qpdf, written to a temporary file beside
// the target and renamed into place, so there is never a half-written dossier.
class DossierWriter final
{
public:
    struct Outcome
    {
        QString path;
        int pages = 0;
        int exhibits = 0;
        qint64 bytes = 0;
        QString journalHead;
        QStringList warnings;  // exhibits that could not be shown, missing glyphs
        QByteArray manifest;   // JSON, as embedded in the PDF
    };
    using Cancelled = std::function<bool()>;

    static Result<Outcome> writePdf(const Library &library, const DossierOptions &options, const QString &path,
                                    const Cancelled &cancelled = {});
    // A ZIP with the dossier, every original evidence file byte for byte, a
    // manifest and a SHA256SUMS file that `sha256sum -c` accepts.
    static Result<Outcome> writeBundle(const Library &library, const DossierOptions &options, const QString &path,
                                       const Cancelled &cancelled = {});
};

} // namespace plaint
