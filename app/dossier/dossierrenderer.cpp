#include "dossierrenderer.h"

#include "pagecanvas.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace plaint {

namespace {

PageCanvas::Style headingStyle(double size)
{
    PageCanvas::Style s;
    s.size = size;
    s.bold = true;
    s.color = QColor(0x1B, 0x3A, 0x5C);
    s.spaceAfter = 8;
    return s;
}

PageCanvas::Table toCanvas(const DossierModel::Table &t)
{
    return {t.headers, t.widths, t.rows};
}

QString sectionTitleKey(const QString &id)
{
    static const QHash<QString, QString> keys{
        {u"facts"_s, u"section_facts"_s},       {u"form"_s, u"section_form"_s},
        {u"escalation"_s, u"section_escalation"_s}, {u"chronology"_s, u"section_chronology"_s},
        {u"broken"_s, u"section_broken"_s},     {u"agents"_s, u"section_agents"_s},
        {u"claims"_s, u"section_claims"_s},     {u"legal"_s, u"section_legal"_s},
        {u"index"_s, u"section_index"_s},       {u"exhibits"_s, u"section_exhibits"_s}};
    return keys.value(id);
}

} // namespace

Result<DossierRenderer::Layout> DossierRenderer::render(DossierModel &m, const QString &path, const Layout &previous)
{
    const DossierProfile &p = m.profile;
    PageCanvas canvas(path, p.language());
    Layout layout;
    canvas.setTotalPages(previous.pages);
    canvas.setPageLabel(p.text(u"page_of"_s));
    canvas.setRunningHeader(m.title + u" — "_s + m.respondent);
    PageCanvas::Metadata meta;
    meta.title = m.title + u" — "_s + m.caseTitle;
    meta.author = m.complainant;
    meta.subject = m.authority;
    meta.keywords = u"plaint-journal-head:"_s + m.journalHead;
    meta.creator = u"Plaint "_s + QStringLiteral(PLAINT_VERSION);
    meta.created = m.preparedAt.toUTC().toString(Qt::ISODate);
    canvas.setMetadata(meta);

    // Sections that exist in this dossier, in the audience's order.
    QStringList sections;
    for (const QString &id : p.sections()) {
        if (id == u"form" && m.form.isEmpty())
            continue;
        if (id == u"escalation" && m.escalation.isEmpty())
            continue;
        if (id == u"agents" && m.agents.rows.isEmpty())
            continue;
        if (id == u"legal" && m.legal.isEmpty())
            continue;
        if (id == u"exhibits" && m.exhibits.isEmpty())
            continue;
        sections << id;
    }

    PageCanvas::Style body;
    body.size = 10;
    body.spaceAfter = 6;
    PageCanvas::Style small;
    small.size = 8;
    small.color = QColor(0x55, 0x55, 0x55);
    PageCanvas::Style mono = small;
    mono.mono = true;
    mono.size = 7.5;

    const int root = 0;
    int exhibitsOutline = 0;
    for (const QString &id : std::as_const(sections)) {
        if (id == u"cover") {
            layout.sectionPages.insert(id, canvas.page());
            canvas.outline(root, m.title);
            PageCanvas::Style title = headingStyle(22);
            canvas.paragraph(m.title, title);
            if (!m.authority.isEmpty()) {
                PageCanvas::Style sub = body;
                sub.size = 11;
                sub.color = QColor(0x44, 0x44, 0x44);
                canvas.paragraph(p.text(u"prepared_for"_s).arg(m.authority), sub);
            }
            PageCanvas::Style caseTitle = headingStyle(14);
            caseTitle.color = QColor(0x20, 0x20, 0x20);
            canvas.skip(6);
            canvas.paragraph(m.caseTitle, caseTitle);
            canvas.rule();
            canvas.skip(4);
            for (const auto &f : std::as_const(m.cover))
                canvas.field(f.label, f.value, 150);
            if (m.redacted) {
                PageCanvas::Style note = body;
                note.bold = true;
                canvas.skip(4);
                canvas.paragraph(p.text(u"redacted_note"_s), note);
            }
            canvas.skip(8);
            canvas.paragraph(p.text(u"contents"_s), headingStyle(12));
            for (const QString &other : std::as_const(sections)) {
                if (other == u"cover")
                    continue;
                // The measuring pass reserves the width of a page number.
                const int page = previous.sectionPages.value(other, 0);
                canvas.paragraph(u"%1 ······ %2"_s.arg(p.text(sectionTitleKey(other)), page ? QString::number(page) : u"00"_s),
                                 body);
            }
            canvas.skip(10);
            canvas.field(p.text(u"journal_head"_s), m.journalHead, 150);
            canvas.paragraph(p.text(u"journal_note"_s), small);
            continue;
        }
        const QString title = p.text(sectionTitleKey(id));
        // The long tables and the exhibits start pages of their own; the
        // short sections follow each other.
        if (id == u"chronology" || id == u"index" || id == u"exhibits"
            || canvas.page() == layout.sectionPages.value(u"cover"_s, -1))
            canvas.newPage();
        else
            canvas.ensureSpace(120);
        layout.sectionPages.insert(id, canvas.page());
        const int outlineId = canvas.outline(root, title);
        canvas.paragraph(title, headingStyle(15));
        if (id == u"facts") {
            for (int i = 0; i < m.facts.size(); ++i)
                canvas.paragraph(u"%1. %2"_s.arg(i + 1).arg(m.facts.at(i)), body);
        } else if (id == u"form") {
            DossierModel::Table form;
            form.headers = {p.text(u"col_question"_s), p.text(u"col_answer"_s)};
            form.widths = {0.45, 0.55};
            for (const auto &f : std::as_const(m.form))
                form.rows << QStringList{f.label, f.value};
            canvas.table(toCanvas(form), 9);
            canvas.paragraph(m.formSource, small);
        } else if (id == u"escalation") {
            for (const QString &line : std::as_const(m.escalation))
                canvas.paragraph(line, body);
        } else if (id == u"chronology") {
            canvas.table(toCanvas(m.chronology), 8);
        } else if (id == u"broken") {
            if (m.broken.rows.isEmpty())
                canvas.paragraph(p.text(u"no_broken"_s), body);
            else
                canvas.table(toCanvas(m.broken), 8.5);
        } else if (id == u"agents") {
            canvas.table(toCanvas(m.agents), 8.5);
        } else if (id == u"claims") {
            for (int i = 0; i < m.claims.size(); ++i)
                canvas.paragraph(u"%1. %2"_s.arg(i + 1).arg(m.claims.at(i)), body);
        } else if (id == u"legal") {
            for (const auto &ref : std::as_const(m.legal)) {
                canvas.paragraph(ref.text, body);
                PageCanvas::Style source = small;
                source.indent = 14;
                canvas.paragraph(ref.source, source);
            }
        } else if (id == u"index") {
            if (m.exhibits.isEmpty()) {
                canvas.paragraph(p.text(u"no_exhibits"_s), body);
                continue;
            }
            const int pagesColumn = int(p.indexColumns().indexOf(u"pages"_s));
            const int nameColumn = int(p.indexColumns().indexOf(u"name"_s));
            DossierModel::Table index = m.index;
            for (int i = 0; i < index.rows.size() && nameColumn >= 0; ++i)
                if (!m.exhibits.at(i).file.rasterPages.isEmpty())
                    index.rows[i][nameColumn] += u"\n"_s + p.text(u"index_redacted_copy"_s);
            for (int i = 0; i < index.rows.size() && pagesColumn >= 0; ++i) {
                const DossierModel::Exhibit &ex = m.exhibits.at(i);
                QString pages = u"888–888"_s; // the measuring pass reserves room
                if (previous.pages > 0)
                    pages = ex.pageCount <= 1 ? QString::number(ex.firstPage)
                                              : u"%1–%2"_s.arg(ex.firstPage).arg(ex.firstPage + ex.pageCount - 1);
                index.rows[i][pagesColumn] = pages;
            }
            canvas.table(toCanvas(index), 7.5);
        } else if (id == u"exhibits") {
            exhibitsOutline = outlineId;
            bool onListPage = false;
            for (int i = 0; i < m.exhibits.size(); ++i) {
                DossierModel::Exhibit &x = m.exhibits[i];
                const ExhibitFile &f = x.file;
                const bool image = (f.kind == ExhibitFile::Kind::Jpeg || f.kind == ExhibitFile::Kind::Png
                                    || f.kind == ExhibitFile::Kind::Image);
                const bool paged = f.problem != ExhibitFile::Problem::None || image || f.kind == ExhibitFile::Kind::Pdf;
                const int own = f.problem != ExhibitFile::Problem::None ? 1
                              : image                                    ? 1
                              : f.kind == ExhibitFile::Kind::Pdf         ? f.pages
                                                                         : 0;
                QStringList notes;
                switch (f.problem) {
                case ExhibitFile::Problem::None: break;
                case ExhibitFile::Problem::Empty: notes << p.text(u"exhibit_problem"_s).arg(p.text(u"problem_empty"_s)); break;
                case ExhibitFile::Problem::Corrupt: {
                    static const QHash<ExhibitFile::Damage, QString> damage{
                        {ExhibitFile::Damage::None, u"damage_structure"_s},
                        {ExhibitFile::Damage::Structure, u"damage_structure"_s},
                        {ExhibitFile::Damage::Truncated, u"damage_truncated"_s},
                        {ExhibitFile::Damage::Data, u"damage_data"_s},
                        {ExhibitFile::Damage::Checksum, u"damage_checksum"_s}};
                    notes << p.text(u"exhibit_problem"_s)
                                 .arg(p.text(u"problem_corrupt"_s).arg(p.text(damage.value(f.damage))));
                    break;
                }
                case ExhibitFile::Problem::PasswordProtected:
                    notes << p.text(u"exhibit_problem"_s).arg(p.text(u"problem_password"_s));
                    break;
                case ExhibitFile::Problem::UnreadablePdf: notes << p.text(u"exhibit_problem"_s).arg(p.text(u"problem_pdf"_s)); break;
                case ExhibitFile::Problem::TooLarge:
                    notes << p.text(u"exhibit_problem"_s)
                                 .arg(p.text(u"problem_too_large"_s).arg(QString::number(f.megapixels(), 'f', 0)));
                    break;
                }
                bool original = f.problem != ExhibitFile::Problem::None;
                if (f.problem == ExhibitFile::Problem::None && image && !x.masks.isEmpty()) {
                    notes << p.text(u"exhibit_masked"_s);
                } else if (f.problem == ExhibitFile::Problem::None && image && !f.passesThrough()) {
                    notes << p.text(u"exhibit_converted"_s).arg(f.mimeType);
                    original = true;
                } else if (f.problem == ExhibitFile::Problem::None && !f.strippedPath.isEmpty()) {
                    notes << p.text(u"exhibit_metadata_removed"_s);
                } else if (f.problem == ExhibitFile::Problem::None && !f.rasterPages.isEmpty()) {
                    notes << p.text(u"exhibit_redacted_pdf"_s);
                }
                if (!paged) {
                    notes << p.text(u"exhibit_listed"_s);
                    original = true;
                    if (f.durationMs >= 0)
                        notes.prepend(p.text(u"exhibit_duration"_s)
                                          .arg(u"%1:%2"_s.arg((f.durationMs + 500) / 60000)
                                                   .arg((f.durationMs + 500) / 1000 % 60, 2, 10, QLatin1Char('0'))));
                }
                // Where the reader finds the file itself: only what is true of this export.
                if (original && f.rasterPages.isEmpty()) {
                    notes << p.text(m.originals == DossierModel::Originals::InBundle   ? u"original_in_bundle"_s
                                    : m.originals == DossierModel::Originals::Attached ? u"original_attached"_s
                                                                                        : u"original_not_included"_s);
                }

                if (paged || !onListPage) {
                    if (canvas.y() > PageCanvas::kTop + 40 || i > 0)
                        canvas.newPage();
                    onListPage = !paged;
                } else {
                    canvas.ensureSpace(110);
                    canvas.skip(10);
                }
                x.firstPage = canvas.page();
                x.pageCount = own;
                canvas.outline(exhibitsOutline, p.text(u"exhibit_outline"_s).arg(x.number).arg(x.title));
                const int pageTotal = qMax(own, 1);
                for (int page = 0; page < pageTotal; ++page) {
                    if (page > 0)
                        canvas.newPage();
                    PageCanvas::Style stamp = headingStyle(12);
                    canvas.paragraph(p.text(u"exhibit_page"_s).arg(x.number).arg(page + 1).arg(pageTotal), stamp);
                    if (page == 0) {
                        if (x.title != x.name) {
                            PageCanvas::Style named = body;
                            named.bold = true;
                            canvas.paragraph(x.title, named);
                        }
                        canvas.paragraph(x.caption, body);
                        if (x.provesGiven)
                            canvas.paragraph(p.text(u"exhibit_proves"_s).arg(x.proves), body);
                        canvas.paragraph(p.text(u"exhibit_sha"_s).arg(x.attachment.sha256), mono);
                        canvas.paragraph(p.text(u"exhibit_size"_s)
                                             .arg(x.attachment.mimeType, p.locale().toString(x.attachment.size), x.added),
                                         small);
                        for (const QString &note : std::as_const(notes))
                            canvas.paragraph(note, small);
                    }
                    if (own == 0 || f.problem != ExhibitFile::Problem::None)
                        continue;
                    canvas.skip(4);
                    const QRectF box(PageCanvas::kMarginX, canvas.y(), canvas.textWidth(), canvas.bottom() - canvas.y());
                    QSizeF natural = image ? f.displaySize() : f.pageSizes.value(page, QSizeF(595, 842));
                    if (natural.isEmpty())
                        natural = QSizeF(1, 1);
                    // Fit the box; images are not blown up past 96 pixels per inch.
                    double scale = qMin(box.width() / natural.width(), box.height() / natural.height());
                    if (image)
                        scale = qMin(scale, 0.75);
                    const QSizeF size = natural * scale;
                    const QRectF rect(box.x() + (box.width() - size.width()) / 2, box.y(), size.width(), size.height());
                    if (!image)
                        canvas.frame(rect);
                    layout.places.append({canvas.page(), rect, i, image ? -1 : page});
                }
            }
        }
    }

    layout.pages = canvas.page();
    layout.unknownGlyphs = canvas.unknownGlyphs();
    if (auto done = canvas.finish(); !done)
        return Result<Layout>::failure(done.error());
    return layout;
}

} // namespace plaint
