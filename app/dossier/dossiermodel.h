#pragma once

#include "attachment.h"
#include "dossieroptions.h"
#include "dossierprofile.h"
#include "exhibitfile.h"
#include "redactor.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace plaint {

class Library;

// What the dossier says, as plain data, decided by the case, the audience, the
// jurisdiction and the language; already redacted when redaction is asked
// for. The renderer only lays it out.
struct DossierModel
{
    struct Field
    {
        QString label;
        QString value;
    };
    struct Table
    {
        QStringList headers;
        QList<double> widths; // fractions of the text width
        QList<QStringList> rows;
    };
    struct Exhibit
    {
        int number = 0;
        Attachment attachment; // the first event it is attached to
        QString name;          // the file name, redacted when asked
        QString title;         // what the user calls it; the file name otherwise
        QString source;
        QString proves;
        bool provesGiven = false; // said by the user, not made from the event
        QString caption;
        QString added;
        QList<qint64> eventIds;
        ExhibitFile file;
        QList<QRectF> masks;
        int firstPage = 0;     // in the dossier, 1-based; set by the renderer
        int pageCount = 0;     // pages of its own in the dossier (0: listed only)
    };

    DossierProfile profile;
    QString title;          // "Complaint to the regulator"
    QString caseTitle;
    QString complainant;
    QString respondent;
    QString authority;
    QList<Field> cover;
    QStringList facts;
    QList<Field> form;
    QString formSource;
    QStringList escalation;
    Table chronology;
    Table broken;
    Table agents;
    Table index;
    QStringList claims;
    QList<DossierProfile::LegalReference> legal;
    QList<Exhibit> exhibits;
    QString journalHead;
    QDateTime preparedAt;
    bool redacted = false;
    Redactor redactor;      // what `redacted` hides, also in PDF exhibits
    // Where the reader finds the original files: nowhere but the library
    // (a PDF on its own), in the bundle, or attached to the PDF.
    enum class Originals { NotIncluded, InBundle, Attached };
    Originals originals = Originals::NotIncluded;
    QStringList warnings;   // said to the user; never contain evidence contents

    using Cancelled = std::function<bool()>;
    // Reads the case from the library and copies its evidence into `workDir`,
    // a private folder that lives as long as the export.
    static Result<DossierModel> build(const Library &library, const DossierOptions &options, const QString &workDir,
                                      const Cancelled &cancelled = {});
};

} // namespace plaint
