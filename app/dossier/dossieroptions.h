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

// Who the dossier is written for. The words, the order of the sections and the
// columns of the exhibit index come from resources/dossier/audiences/<name>.json.
enum class Audience { Regulator, Association, Court };

QString toString(Audience audience);
std::optional<Audience> audienceFromString(const QString &text);

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
    Audience audience = Audience::Regulator;
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
    QDateTime now;               // when the dossier is made; invalid: the current time
};

} // namespace plaint
