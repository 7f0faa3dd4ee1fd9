#pragma once

#include "dossieroptions.h"
#include "money.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace plaint {

// Everything that differs by audience, jurisdiction and language, read from
// the data files under resources/dossier/: the dossier's words, the order of
// its sections, the questions of the authority's form, the rules it relies on.
// Adding a jurisdiction is adding a file.
class DossierProfile final
{
public:
    struct FormQuestion
    {
        QString answerKey;   // which fact of the timeline answers it
        QString question;
    };
    struct LegalReference
    {
        QString text;
        QString source;
    };

    // One of the details a form cannot do without (see "required" in the
    // jurisdiction files).
    struct Requirement
    {
        QString field;            // "complainant_name", "company_answer", …
        int waivedAfterDays = -1; // not needed once this many days passed since the first complaint
    };

    static Result<DossierProfile> load(const QString &audience, const QString &jurisdiction, const QString &language);
    // What has a data file, found in the resources (a new file is a new
    // jurisdiction or audience): audiences in their files' order, the
    // jurisdictions by code with "generic" last.
    static QStringList jurisdictions();
    static QStringList audiences();
    static QStringList languages();
    // The name a person picks it by, in `language` (en, zh_CN, zh_TW).
    static QString jurisdictionName(const QString &code, const QString &language);
    static QString audienceName(const QString &id, const QString &language);

    QString language() const { return m_language; }
    QString jurisdiction() const { return m_jurisdiction; }
    QString audience() const { return m_audience; }
    QList<Requirement> requirements() const { return m_requirements; }
    QLocale locale() const { return m_locale; }

    // The dossier's words; a missing key is a bug in the data files, caught by
    // the tests, and shows as the key itself.
    QString text(const QString &key) const;
    // The sentence for a count: "<key>_one" when the count is one and the
    // language has such a form.
    QString text(const QString &key, qint64 count) const;
    // The sentence with %1, %2 … filled in by number (a sentence may leave
    // some out, as "once" leaves out the count).
    QString format(const QString &key, const QStringList &args, qint64 count = -1) const;
    QStringList sections() const { return m_sections; }
    QStringList indexColumns() const { return m_indexColumns; }
    QString authority() const { return m_authority; }
    QString currency() const { return m_currency; }
    QList<FormQuestion> formQuestions() const { return m_form; }
    QString formSource() const { return m_formSource; }
    QList<LegalReference> legal() const { return m_legal; }
    QStringList missingKeys() const;

    QString date(const QDate &day) const;
    // In the instant's own offset, which is written after it unless it is the
    // dossier's common offset (said once, on the cover).
    QString dateTime(const QDateTime &at) const;
    void setCommonOffset(std::optional<int> seconds) { m_commonOffset = seconds; }
    std::optional<int> commonOffset() const { return m_commonOffset; }
    static QString zone(int offsetSeconds); // "UTC+08:00"
    QString duration(qint64 seconds) const;
    // In the dossier's language: "¥360.00", "CNY 360.00", "£42.50".
    QString money(const Money &amount) const;
    // Joins a list the way the language does ("a, b" / "甲、乙").
    QString list(const QStringList &items) const;

private:
    QString m_language;
    QString m_jurisdiction;
    QString m_audience;
    QList<Requirement> m_requirements;
    QLocale m_locale;
    QHash<QString, QString> m_text;
    QStringList m_requiredKeys;
    QStringList m_sections;
    QStringList m_indexColumns;
    QString m_authority;
    QString m_currency;
    QList<FormQuestion> m_form;
    QString m_formSource;
    QList<LegalReference> m_legal;
    std::optional<int> m_commonOffset;
};

} // namespace plaint
