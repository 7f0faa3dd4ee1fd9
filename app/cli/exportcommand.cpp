#include "command.h"

#include "cli.h"
#include "dossierprofile.h"
#include "dossierwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plaint::cli {

int exportCommand(Command &command)
{
    const QList<QCommandLineOption> options{
        {u"case"_s, Command::tr("The case to export."), u"ID"_s},
        {u"audience"_s, Command::tr("Who will read it: %1.").arg(DossierProfile::audiences().join(u", "_s)), u"AUDIENCE"_s},
        {u"jurisdiction"_s, Command::tr("Whose rules: %1 (default: the case's).").arg(DossierProfile::jurisdictions().join(u", "_s)), u"J"_s},
        {u"lang"_s, Command::tr("en, zh_CN or zh_TW."), u"LANG"_s},
        {u"complainant"_s, Command::tr("Your name, for the cover."), u"NAME"_s},
        {u"phone"_s, Command::tr("Your phone number (repeatable)."), u"NUMBER"_s},
        {u"id-number"_s, Command::tr("Your ID-card number."), u"ID"_s},
        {u"email"_s, Command::tr("Your e-mail address."), u"ADDRESS"_s},
        {u"address"_s, Command::tr("Your postal address."), u"ADDRESS"_s},
        {u"redact"_s, Command::tr("Hide your personal details behind black boxes.")},
        {u"redact-term"_s, Command::tr("Another word to hide (repeatable)."), u"TEXT"_s},
        {u"mask"_s, Command::tr("Black out a region of an image exhibit: SHA256:X,Y,W,H in its pixels."), u"MASK"_s},
        {u"from"_s, Command::tr("First day to include."), u"DATE"_s},
        {u"to"_s, Command::tr("Last day to include."), u"DATE"_s},
        {u"attach-originals"_s, Command::tr("Also embed the original evidence files in the PDF.")},
        {u"exhibits"_s, Command::tr("A JSON file naming exhibits and what each proves: "
                                    "[{\"sha256\" or \"file\": …, \"title\": …, \"proves\": …}]."), u"FILE"_s},
        {u"as-of"_s, Command::tr("The moment the dossier is made as (for overdue promises)."), u"TIME"_s},
        {QStringList{u"o"_s, u"output"_s}, Command::tr("The PDF to write."), u"FILE"_s},
        {u"bundle"_s, Command::tr("Write a ZIP bundle instead."), u"FILE"_s},
        {u"json"_s, Command::tr("Print the outcome as JSON.")},
    };
    if (!command.parse(options))
        return ExitCode::BadInput;
    if (!command.required({u"case"_s, u"audience"_s, u"lang"_s}))
        return ExitCode::BadInput;
    const bool toPdf = command.isSet(u"output"_s);
    const bool toBundle = command.isSet(u"bundle"_s);
    if (toPdf == toBundle)
        return command.fail(Command::tr("export: give either -o FILE.pdf or --bundle FILE.zip."));

    DossierOptions o;
    auto caseId = command.id(u"case"_s);
    if (!caseId)
        return command.fail(caseId.error());
    o.caseId = *caseId;
    o.audience = command.value(u"audience"_s);
    if (!DossierProfile::audiences().contains(o.audience))
        return command.fail(Command::tr("export: --audience must be one of %1.").arg(DossierProfile::audiences().join(u", "_s)));
    o.language = command.value(u"lang"_s);
    if (!DossierProfile::languages().contains(o.language))
        return command.fail(Command::tr("export: --lang must be en, zh_CN or zh_TW."));
    if (command.isSet(u"jurisdiction"_s)) {
        o.jurisdiction = command.value(u"jurisdiction"_s);
        if (o.jurisdiction.compare(u"other"_s, Qt::CaseInsensitive) == 0)
            o.jurisdiction = u"generic"_s;
        if (!DossierProfile::jurisdictions().contains(o.jurisdiction))
            return command.fail(Command::tr("export: --jurisdiction must be one of %1.")
                                    .arg(DossierProfile::jurisdictions().join(u", "_s)));
    }
    o.complainant.name = command.value(u"complainant"_s);
    o.complainant.phones = command.args().values(u"phone"_s);
    o.complainant.idNumber = command.value(u"id-number"_s);
    o.complainant.email = command.value(u"email"_s);
    o.complainant.address = command.value(u"address"_s);
    o.redact = command.isSet(u"redact"_s);
    o.redactTerms = command.args().values(u"redact-term"_s);
    if (!o.redactTerms.isEmpty() && !o.redact)
        return command.fail(Command::tr("export: --redact-term needs --redact."));
    static const QRegularExpression maskForm(u"^([0-9a-f]{64}):(\\d+),(\\d+),(\\d+),(\\d+)$"_s);
    for (const QString &mask : command.args().values(u"mask"_s)) {
        const auto m = maskForm.match(mask);
        if (!m.hasMatch())
            return command.fail(Command::tr("export: --mask must look like SHA256:X,Y,W,H (pixels), not \"%1\".").arg(mask));
        o.masks[m.captured(1)] << QRectF(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                                         m.captured(5).toInt());
    }
    for (const QString &bound : {u"from"_s, u"to"_s}) {
        if (!command.isSet(bound))
            continue;
        const QDate day = QDate::fromString(command.value(bound), Qt::ISODate);
        if (!day.isValid())
            return command.fail(Command::tr("export: --%1 must be a date like 2021-04-06.").arg(bound));
        (bound == u"from" ? o.from : o.to) = day;
    }
    if (o.from.isValid() && o.to.isValid() && o.from > o.to)
        return command.fail(Command::tr("export: --from is after --to."));
    o.attachOriginals = command.isSet(u"attach-originals"_s);
    QList<QPair<QString, DossierOptions::ExhibitText>> byFileName;
    if (command.isSet(u"exhibits"_s)) {
        const QString path = command.value(u"exhibits"_s);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return command.fail(Command::tr("export: cannot read %1: %2").arg(path, file.errorString()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isArray())
            return command.fail(Command::tr("export: %1 must be a JSON list of {\"sha256\" or \"file\", \"title\", \"proves\"}: %2")
                                    .arg(path, error.error == QJsonParseError::NoError ? Command::tr("it is not a list") : error.errorString()));
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject x = v.toObject();
            const DossierOptions::ExhibitText text{x.value(u"title"_s).toString(), x.value(u"proves"_s).toString()};
            static const QRegularExpression sha(u"^[0-9a-f]{64}$"_s);
            if (sha.match(x.value(u"sha256"_s).toString()).hasMatch())
                o.exhibitTexts.insert(x.value(u"sha256"_s).toString(), text);
            else if (!x.value(u"file"_s).toString().isEmpty())
                byFileName.append({x.value(u"file"_s).toString(), text});
            else
                return command.fail(Command::tr("export: each entry of %1 needs \"sha256\" (64 hexadecimal digits) or \"file\".").arg(path));
        }
    }
    auto now = command.asOf();
    if (!now)
        return command.fail(now.error());
    o.now = *now;

    Library *library = command.library(Library::OpenMode::ReadOnly);
    if (!library)
        return ExitCode::BadInput;
    // Exhibits named by file name: that name must be one file of the case.
    if (!byFileName.isEmpty()) {
        auto events = library->timeline(o.caseId, 0, -1, true);
        if (!events)
            return command.fail(events.error());
        for (const auto &[name, text] : std::as_const(byFileName)) {
            QStringList shas;
            for (const Event &e : std::as_const(*events))
                for (const Attachment &a : e.attachments)
                    if (a.fileName == name && !a.trashed && !shas.contains(a.sha256))
                        shas << a.sha256;
            if (shas.size() != 1)
                return command.fail(shas.isEmpty() ? Command::tr("export: no evidence of case %1 is called \"%2\".").arg(o.caseId).arg(name)
                                                   : Command::tr("export: several files of case %1 are called \"%2\": name them by sha256.")
                                                         .arg(o.caseId)
                                                         .arg(name));
            o.exhibitTexts.insert(shas.first(), text);
        }
    }
    const QString target = toPdf ? command.value(u"output"_s) : command.value(u"bundle"_s);
    auto outcome = toPdf ? DossierWriter::writePdf(*library, o, target) : DossierWriter::writeBundle(*library, o, target);
    if (!outcome)
        return command.fail(Command::tr("export: %1").arg(outcome.error()));
    if (command.isSet(u"json"_s)) {
        command.printJson({{u"path"_s, outcome->path},
                           {u"pages"_s, outcome->pages},
                           {u"exhibits"_s, outcome->exhibits},
                           {u"bytes"_s, outcome->bytes},
                           {u"journal_head"_s, outcome->journalHead},
                           {u"warnings"_s, QJsonArray::fromStringList(outcome->warnings)}});
    } else {
        command.print(Command::tr("Wrote %1: %2 pages, %3 exhibits.").arg(outcome->path).arg(outcome->pages).arg(outcome->exhibits));
        command.print(Command::tr("Journal head: %1").arg(outcome->journalHead));
        for (const QString &warning : std::as_const(outcome->warnings))
            command.print(Command::tr("Note: %1").arg(warning));
    }
    return ExitCode::Success;
}

} // namespace plaint::cli
