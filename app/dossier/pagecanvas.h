#pragma once

#include "result.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;
typedef struct _PangoContext PangoContext;
typedef struct _PangoLayout PangoLayout;

namespace plaint {

// A4 pages of text, drawn with Pango onto a cairo PDF surface. Pango shapes
// Chinese and English alike and cairo embeds subsets of the fonts (CID-keyed
// CFF for Noto Sans CJK) with a ToUnicode map built from the text that was
// shaped, so what was typed comes back out of the PDF code point for code
// point: ligatures, and glyphs shared by several characters (一 and ⼀),
// included. That is why the dossier's text does not go through QPdfWriter.
class PageCanvas final
{
public:
    struct Style
    {
        double size = 9.5;
        bool bold = false;
        bool mono = false;
        QColor color = QColor(0x20, 0x20, 0x20);
        double spaceAfter = 5;
        double indent = 0;
        bool center = false;
    };
    struct Table
    {
        QStringList headers;
        QList<double> widths;
        QList<QStringList> rows;
    };
    struct Metadata
    {
        QString title, author, subject, keywords, creator, created;
    };

    static constexpr double kPageWidth = 595.276;
    static constexpr double kPageHeight = 841.89;
    static constexpr double kMarginX = 56.7;
    static constexpr double kTop = 70;
    static constexpr double kBottom = 70;

    // `path` empty: measure only (the pages go nowhere).
    PageCanvas(const QString &path, const QString &language);
    ~PageCanvas();
    Q_DISABLE_COPY_MOVE(PageCanvas)

    // The fonts the dossier needs, or the reason it cannot be made.
    static Status checkFonts(const QString &language);
    // Frees fontconfig's, Pango's and cairo's process-wide caches; for the
    // very end of the process, when no thread draws any more (keeps the leak
    // checker's report about Plaint's own memory).
    static void releaseFontCaches();

    void setMetadata(const Metadata &metadata);
    void setRunningHeader(const QString &left) { m_header = left; }
    void setTotalPages(int total) { m_totalPages = total; }
    void setPageLabel(const QString &format) { m_pageLabel = format; } // "Page %1 of %2"

    void newPage();
    int page() const { return m_page; }
    double y() const { return m_y; }
    void skip(double points) { m_y += points; }
    double bottom() const { return kPageHeight - kBottom; }
    double textWidth() const { return kPageWidth - 2 * kMarginX; }
    void ensureSpace(double points);

    // Draws text from the current position, breaking pages between lines.
    void paragraph(const QString &text, const Style &style);
    // Label on the left, value on the right, for the cover.
    void field(const QString &label, const QString &value, double labelWidth);
    void table(const Table &table, double fontSize = 8.5);
    void rule(double width = 0.6, const QColor &color = QColor(0xB0, 0xB0, 0xB0));
    // A thin outline, so a page placed inside a page shows its edge.
    void frame(const QRectF &rect);
    // A bookmark to the current position; returns its id for children.
    int outline(int parent, const QString &title, bool open = false);
    // The text at a fixed place, not moving the position (stamps, headers).
    void textAt(const QString &text, const Style &style, double x, double y, double width);
    double heightOf(const QString &text, const Style &style, double width);

    // Unknown glyphs seen so far: characters no installed font can show.
    int unknownGlyphs() const { return m_unknownGlyphs; }
    Status finish();

private:
    PangoLayout *layout(const QString &text, const Style &style, double width);
    void drawLayoutLines(PangoLayout *layout, double x);
    void decoratePage();

    QString m_language;
    cairo_surface_t *m_surface = nullptr;
    cairo_t *m_cr = nullptr;
    PangoContext *m_context = nullptr;
    QString m_family;
    QString m_monoFamily;
    QString m_header;
    QString m_pageLabel;
    int m_totalPages = 0;
    int m_page = 0;
    double m_y = kTop;
    int m_unknownGlyphs = 0;
    bool m_finished = false;
};

} // namespace plaint
