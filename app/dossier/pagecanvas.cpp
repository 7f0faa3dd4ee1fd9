#include "pagecanvas.h"

#include <QCoreApplication>
#include <QFile>

#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plaint {

namespace {

cairo_status_t discard(void *, const unsigned char *, unsigned int) { return CAIRO_STATUS_SUCCESS; }

QString familyFor(const QString &language, bool mono)
{
    const QString script = language == u"zh_TW" ? u"TC"_s : u"SC"_s;
    return mono ? u"Noto Sans Mono CJK "_s + script : u"Noto Sans CJK "_s + script;
}

QByteArray pangoLanguage(const QString &language)
{
    if (language == u"zh_CN")
        return "zh-cn";
    if (language == u"zh_TW")
        return "zh-tw";
    return "en";
}

void setColor(cairo_t *cr, const QColor &c) { cairo_set_source_rgb(cr, c.redF(), c.greenF(), c.blueF()); }

} // namespace

Status PageCanvas::checkFonts(const QString &language)
{
    PangoFontMap *map = pango_cairo_font_map_get_default();
    PangoFontFamily **families = nullptr;
    int count = 0;
    pango_font_map_list_families(map, &families, &count);
    QStringList missing{familyFor(language, false), familyFor(language, true)};
    for (int i = 0; i < count; ++i)
        missing.removeAll(QString::fromUtf8(pango_font_family_get_name(families[i])));
    g_free(families);
    if (!missing.isEmpty())
        return Status::failure(QCoreApplication::translate(
                                   "Dossier", "The font %1 is not installed, and the dossier cannot be written "
                                              "without it (on Debian: apt install fonts-noto-cjk).")
                                   .arg(missing.join(u", "_s)));
    return {};
}

void PageCanvas::releaseFontCaches()
{
    pango_cairo_font_map_set_default(nullptr);
    cairo_debug_reset_static_data();
    FcFini();
}

PageCanvas::PageCanvas(const QString &path, const QString &language)
    : m_language(language), m_family(familyFor(language, false)), m_monoFamily(familyFor(language, true))
{
    if (path.isEmpty())
        m_surface = cairo_pdf_surface_create_for_stream(discard, nullptr, kPageWidth, kPageHeight);
    else
        m_surface = cairo_pdf_surface_create(QFile::encodeName(path).constData(), kPageWidth, kPageHeight);
    cairo_pdf_surface_restrict_to_version(m_surface, CAIRO_PDF_VERSION_1_5);
    m_cr = cairo_create(m_surface);
    m_context = pango_cairo_create_context(m_cr);
    pango_cairo_context_set_resolution(m_context, 72);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(m_context, options);
    cairo_font_options_destroy(options);
    pango_context_set_language(m_context, pango_language_from_string(pangoLanguage(language).constData()));
    m_page = 1;
    m_y = kTop;
}

PageCanvas::~PageCanvas()
{
    if (!m_finished)
        cairo_surface_finish(m_surface);
    g_object_unref(m_context);
    cairo_destroy(m_cr);
    cairo_surface_destroy(m_surface);
}

void PageCanvas::setMetadata(const Metadata &m)
{
    auto set = [this](cairo_pdf_metadata_t key, const QString &value) {
        if (!value.isEmpty())
            cairo_pdf_surface_set_metadata(m_surface, key, value.toUtf8().constData());
    };
    set(CAIRO_PDF_METADATA_TITLE, m.title);
    set(CAIRO_PDF_METADATA_AUTHOR, m.author);
    set(CAIRO_PDF_METADATA_SUBJECT, m.subject);
    set(CAIRO_PDF_METADATA_KEYWORDS, m.keywords);
    set(CAIRO_PDF_METADATA_CREATOR, m.creator);
    set(CAIRO_PDF_METADATA_CREATE_DATE, m.created);
}

PangoLayout *PageCanvas::layout(const QString &text, const Style &style, double width)
{
    PangoLayout *l = pango_layout_new(m_context);
    PangoFontDescription *font = pango_font_description_new();
    pango_font_description_set_family(font, (style.mono ? m_monoFamily : m_family).toUtf8().constData());
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_size(font, int(style.size * PANGO_SCALE));
    pango_layout_set_font_description(l, font);
    pango_font_description_free(font);
    pango_layout_set_width(l, int(width * PANGO_SCALE));
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_spacing(l, int(style.size * 0.25 * PANGO_SCALE));
    if (style.center)
        pango_layout_set_alignment(l, PANGO_ALIGN_CENTER);
    const QByteArray utf8 = text.toUtf8();
    pango_layout_set_text(l, utf8.constData(), int(utf8.size()));
    m_unknownGlyphs += pango_layout_get_unknown_glyphs_count(l);
    return l;
}

void PageCanvas::decoratePage()
{
    Style small;
    small.size = 7.5;
    small.color = QColor(0x70, 0x70, 0x70);
    if (!m_header.isEmpty()) {
        textAt(m_header, small, kMarginX, 34, textWidth());
        cairo_set_line_width(m_cr, 0.4);
        setColor(m_cr, QColor(0xC0, 0xC0, 0xC0));
        cairo_move_to(m_cr, kMarginX, 50);
        cairo_line_to(m_cr, kPageWidth - kMarginX, 50);
        cairo_stroke(m_cr);
    }
    if (!m_pageLabel.isEmpty()) {
        small.center = true;
        textAt(m_pageLabel.arg(m_page).arg(qMax(m_totalPages, m_page)), small, kMarginX, kPageHeight - 42, textWidth());
    }
}

void PageCanvas::newPage()
{
    decoratePage();
    cairo_show_page(m_cr);
    ++m_page;
    m_y = kTop;
}

void PageCanvas::ensureSpace(double points)
{
    if (m_y + points > bottom())
        newPage();
}

void PageCanvas::drawLayoutLines(PangoLayout *l, double x)
{
    PangoLayoutIter *iter = pango_layout_get_iter(l);
    double top = m_y;   // where the layout's y = 0 is on this page
    do {
        int y0 = 0, y1 = 0;
        pango_layout_iter_get_line_yrange(iter, &y0, &y1);
        if (top + y1 / double(PANGO_SCALE) > bottom() && m_y > kTop) {
            newPage();
            top = m_y - y0 / double(PANGO_SCALE);
        }
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter, nullptr, &logical);
        const double baseline = pango_layout_iter_get_baseline(iter) / double(PANGO_SCALE);
        cairo_move_to(m_cr, x + logical.x / double(PANGO_SCALE), top + baseline);
        pango_cairo_show_layout_line(m_cr, pango_layout_iter_get_line_readonly(iter));
        m_y = top + y1 / double(PANGO_SCALE);
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
}

void PageCanvas::paragraph(const QString &text, const Style &style)
{
    if (text.isEmpty())
        return;
    PangoLayout *l = layout(text, style, textWidth() - style.indent);
    setColor(m_cr, style.color);
    drawLayoutLines(l, kMarginX + style.indent);
    g_object_unref(l);
    m_y += style.spaceAfter;
}

double PageCanvas::heightOf(const QString &text, const Style &style, double width)
{
    PangoLayout *l = layout(text, style, width);
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    g_object_unref(l);
    return h / double(PANGO_SCALE);
}

void PageCanvas::textAt(const QString &text, const Style &style, double x, double y, double width)
{
    PangoLayout *l = layout(text, style, width);
    setColor(m_cr, style.color);
    cairo_move_to(m_cr, x, y);
    pango_cairo_show_layout(m_cr, l);
    g_object_unref(l);
}

void PageCanvas::field(const QString &label, const QString &value, double labelWidth)
{
    Style labelStyle;
    labelStyle.size = 9;
    labelStyle.color = QColor(0x60, 0x60, 0x60);
    Style valueStyle;
    valueStyle.size = 10.5;
    const double valueWidth = textWidth() - labelWidth;
    const double h = qMax(heightOf(label, labelStyle, labelWidth - 8), heightOf(value, valueStyle, valueWidth));
    ensureSpace(qMin(h, 200.0));
    const double top = m_y;
    textAt(label, labelStyle, kMarginX, top + 1.5, labelWidth - 8);
    PangoLayout *l = layout(value, valueStyle, valueWidth);
    setColor(m_cr, valueStyle.color);
    drawLayoutLines(l, kMarginX + labelWidth);
    g_object_unref(l);
    m_y = qMax(m_y, top + h) + 7;
}

void PageCanvas::rule(double width, const QColor &color)
{
    cairo_set_line_width(m_cr, width);
    setColor(m_cr, color);
    cairo_move_to(m_cr, kMarginX, m_y);
    cairo_line_to(m_cr, kPageWidth - kMarginX, m_y);
    cairo_stroke(m_cr);
    m_y += 6;
}

void PageCanvas::frame(const QRectF &rect)
{
    cairo_set_line_width(m_cr, 0.5);
    cairo_set_source_rgb(m_cr, 0.6, 0.6, 0.6);
    cairo_rectangle(m_cr, rect.x() - 0.5, rect.y() - 0.5, rect.width() + 1, rect.height() + 1);
    cairo_stroke(m_cr);
}

int PageCanvas::outline(int parent, const QString &title, bool open)
{
    const QByteArray link = QStringLiteral("page=%1 pos=[%2 %3]").arg(m_page).arg(kMarginX).arg(qMax(0.0, m_y - 12)).toUtf8();
    return cairo_pdf_surface_add_outline(m_surface, parent, title.toUtf8().constData(), link.constData(),
                                         open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0));
}

void PageCanvas::table(const Table &t, double fontSize)
{
    constexpr double pad = 3.5;
    Style cellStyle;
    cellStyle.size = fontSize;
    Style headStyle = cellStyle;
    headStyle.bold = true;
    QList<double> widths;
    for (double w : t.widths)
        widths << w * textWidth();

    struct Cell
    {
        PangoLayout *layout = nullptr;
        QList<QPair<double, double>> lines; // y range of each line in the layout
        int next = 0;
    };
    auto makeRow = [&](const QStringList &texts, const Style &style) {
        QList<Cell> cells;
        for (int c = 0; c < widths.size(); ++c) {
            Cell cell;
            cell.layout = layout(c < texts.size() ? texts.at(c) : QString(), style, widths.at(c) - 2 * pad);
            PangoLayoutIter *iter = pango_layout_get_iter(cell.layout);
            do {
                int y0 = 0, y1 = 0;
                pango_layout_iter_get_line_yrange(iter, &y0, &y1);
                cell.lines.append({y0 / double(PANGO_SCALE), y1 / double(PANGO_SCALE)});
            } while (pango_layout_iter_next_line(iter));
            pango_layout_iter_free(iter);
            cells << cell;
        }
        return cells;
    };
    auto rowHeight = [](const QList<Cell> &cells) {
        double h = 0;
        for (const Cell &c : cells)
            if (!c.lines.isEmpty())
                h = qMax(h, c.lines.last().second - c.lines.at(c.next).first);
        return h + 2 * pad;
    };
    // Draws as much of the row as fits; returns true when the row is done.
    auto drawRow = [&](QList<Cell> &cells, bool header) {
        const double available = bottom() - m_y - 2 * pad;
        double used = 0;
        bool done = true;
        double x = kMarginX;
        QList<QPair<int, int>> ranges;
        for (Cell &cell : cells) {
            int last = cell.next;
            while (last < cell.lines.size()
                   && cell.lines.at(last).second - cell.lines.at(cell.next).first <= available)
                ++last;
            ranges.append({cell.next, last});
            if (last > cell.next)
                used = qMax(used, cell.lines.at(last - 1).second - cell.lines.at(cell.next).first);
            if (last < cell.lines.size())
                done = false;
        }
        const double h = used + 2 * pad;
        if (header) {
            cairo_set_source_rgb(m_cr, 0.93, 0.94, 0.96);
            cairo_rectangle(m_cr, kMarginX, m_y, textWidth(), h);
            cairo_fill(m_cr);
        }
        for (int c = 0; c < cells.size(); ++c) {
            Cell &cell = cells[c];
            PangoLayoutIter *iter = pango_layout_get_iter(cell.layout);
            int line = 0;
            const double origin = cell.lines.isEmpty() ? 0 : cell.lines.at(cell.next).first;
            setColor(m_cr, QColor(0x20, 0x20, 0x20));
            do {
                if (line >= ranges.at(c).first && line < ranges.at(c).second) {
                    PangoRectangle logical;
                    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
                    const double baseline = pango_layout_iter_get_baseline(iter) / double(PANGO_SCALE);
                    cairo_move_to(m_cr, x + pad + logical.x / double(PANGO_SCALE), m_y + pad + baseline - origin);
                    pango_cairo_show_layout_line(m_cr, pango_layout_iter_get_line_readonly(iter));
                }
                ++line;
            } while (pango_layout_iter_next_line(iter));
            pango_layout_iter_free(iter);
            cell.next = ranges.at(c).second;
            x += widths.at(c);
        }
        m_y += h;
        cairo_set_line_width(m_cr, 0.4);
        cairo_set_source_rgb(m_cr, 0.72, 0.72, 0.72);
        cairo_move_to(m_cr, kMarginX, m_y);
        cairo_line_to(m_cr, kPageWidth - kMarginX, m_y);
        cairo_stroke(m_cr);
        return done;
    };
    auto freeRow = [](QList<Cell> &cells) {
        for (Cell &c : cells)
            g_object_unref(c.layout);
    };

    QList<Cell> header = makeRow(t.headers, headStyle);
    const double headerHeight = rowHeight(header);
    auto drawHeader = [&] {
        for (Cell &c : header)
            c.next = 0;
        drawRow(header, true);
    };
    ensureSpace(headerHeight + 30);
    drawHeader();
    for (const QStringList &texts : t.rows) {
        QList<Cell> row = makeRow(texts, cellStyle);
        const double h = rowHeight(row);
        const double page = bottom() - kTop - headerHeight;
        // Keep a row whole on one page when it fits on one.
        if (m_y + h > bottom() && h <= page) {
            newPage();
            drawHeader();
        }
        while (!drawRow(row, false)) {
            newPage();
            drawHeader();
        }
        freeRow(row);
    }
    freeRow(header);
    m_y += 8;
}

Status PageCanvas::finish()
{
    decoratePage();
    cairo_surface_finish(m_surface);
    m_finished = true;
    const cairo_status_t status = cairo_surface_status(m_surface);
    if (status != CAIRO_STATUS_SUCCESS)
        return Status::failure(QCoreApplication::translate("Dossier", "The dossier's pages could not be written: %1.")
                                   .arg(QString::fromUtf8(cairo_status_to_string(status))));
    return {};
}

} // namespace plaint
