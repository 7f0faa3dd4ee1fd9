#pragma once

#include "dossieroptions.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace plaint {

// Hides the complainant's own details in every text that goes into a redacted
// dossier: their phone numbers, ID-card numbers, e-mail addresses and street
// addresses (the ones they gave, and anything shaped like one), and every term
// they mark. What is hidden is replaced by black blocks (U+2588) before the
// text reaches the PDF, so it exists nowhere in the file.
//
// Not hidden on purpose: the company's short service numbers (10086, 12315),
// agent IDs and reference numbers, which are the point of the dossier.
class Redactor final
{
public:
    Redactor() = default; // redacts nothing
    Redactor(const Complainant &complainant, const QStringList &terms, const QStringList &accounts);

    bool active() const { return m_active; }
    QString apply(const QString &text) const;
    // Where `text` holds something to hide: start and length of each span,
    // in order, not overlapping. A term matches across any run of white
    // space where it has one (a line break in a PDF's text, two spaces).
    QList<QPair<qsizetype, qsizetype>> spans(const QString &text) const;
    // File names keep their extension, so the reader still sees the kind of file.
    QString applyToFileName(const QString &name) const;
    // What the redactor looks for literally (for tests and the raw-byte check).
    QStringList literalTerms() const { return m_literals; }

    static constexpr QChar block() { return QChar(0x2588); }
    // An 18-character Chinese resident ID number whose check digit is right.
    static bool isChineseIdNumber(const QString &candidate);

private:
    bool m_active = false;
    QStringList m_literals;
    QList<QRegularExpression> m_literalPatterns;
    QList<QRegularExpression> m_patterns;
};

} // namespace plaint
