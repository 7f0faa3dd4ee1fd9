#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

namespace plaint {

// Who the dossier is written for is an audience id ("regulator",
// "association", "court" …): whatever has a file resources/dossier/audiences/
// <id>.json, which holds its words, the order of its sections and the
// columns of its exhibit index.

// The complainant's own details: printed on the cover, and the first things
// redaction hides.
struct Complainant
{
    QString name;
    QStringList phones;
    QString idNumber;
    QString email;
    QString address;
};

struct DossierOptions
{
    qint64 caseId = 0;
    QString audience = QStringLiteral("regulator");
    QString jurisdiction;        // "CN", "US", "UK", "EU" or "generic"; empty: the case's own
    QString language = QStringLiteral("en"); // "en", "zh_CN" or "zh_TW"
    Complainant complainant;
    bool redact = false;
    QStringList redactTerms;     // more words to hide, as the user typed them
    // Regions of image exhibits to black out before export, in the image's
    // own pixels, keyed by the evidence's SHA-256.
    QMap<QString, QList<QRectF>> masks;
    QDate from;                  // inclusive, in the event's own calendar; invalid: open
    QDate to;
    bool attachOriginals = false; // the evidence files themselves as PDF attachments
    // What the user says each exhibit is and what it proves, by SHA-256;
    // the file name and a description from the timeline otherwise.
    struct ExhibitText
    {
        QString title;
        QString proves;
    };
    QMap<QString, ExhibitText> exhibitTexts;
    // A preview is still made when details the authority's form needs are
    // missing, and says so; an export refuses.
    bool missingDetailsAreWarnings = false;
    QDateTime now;               // when the dossier is made; invalid: the current time
};

} // namespace plaint
