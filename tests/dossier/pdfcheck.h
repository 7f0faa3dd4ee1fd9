#pragma once

// Reading a dossier back the way its reader's tools do: poppler-utils, qpdf
// and QtPdf, for the dossier tests.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace plaint::test {

using namespace Qt::StringLiterals;

inline QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(300000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

inline QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QString qtPdfText(QPdfDocument &doc)
{
    QString all;
    for (int i = 0; i < doc.pageCount(); ++i)
        all += doc.getAllText(i).text() + u'\n';
    return all;
}

inline QStringList bookmarkTitles(const QPdfBookmarkModel &model, const QModelIndex &parent = {})
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        titles << index.data(int(QPdfBookmarkModel::Role::Title)).toString();
        titles << bookmarkTitles(model, index);
    }
    return titles;
}

// The file with every stream uncompressed and no object streams, as
// `qpdf --qdf --object-streams=disable` writes it: what a search of the raw
// bytes must look at (a compressed stream hides its text from grep).
inline QByteArray decompressedBytes(const QString &pdf)
{
    QTemporaryDir dir;
    const QString flat = dir.filePath(u"flat.pdf"_s);
    run(u"qpdf"_s, {u"--qdf"_s, u"--object-streams=disable"_s, u"--stream-data=uncompress"_s, pdf, flat});
    return bytesOf(flat);
}

// The forms a string can take in a PDF's bytes: UTF-8, UTF-16BE, and the
// hex of UTF-16BE in either case.
inline QList<QByteArray> byteForms(const QString &text)
{
    QByteArray utf16;
    for (QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return {text.toUtf8(), utf16, utf16.toHex(), utf16.toHex().toUpper()};
}

// Everything a reader can get out of a PDF besides its page text: the
// document information and XMP, the outline, and the embedded files.
inline QString metadataOutlineAndAttachments(const QString &pdf)
{
    QString all = run(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, pdf}) + run(u"pdfinfo"_s, {u"-meta"_s, pdf});
    QPdfDocument doc;
    doc.load(pdf);
    QPdfBookmarkModel bookmarks;
    bookmarks.setDocument(&doc);
    all += bookmarkTitles(bookmarks).join(u'\n');
    all += run(u"pdfdetach"_s, {u"-list"_s, u"-enc"_s, u"UTF-8"_s, pdf});
    QTemporaryDir detached;
    run(u"pdfdetach"_s, {u"-saveall"_s, u"-o"_s, detached.path(), pdf});
    for (const QFileInfo &f : QDir(detached.path()).entryInfoList(QDir::Files))
        all += QString::fromUtf8(bytesOf(f.filePath()));
    return all;
}

// Whether `typed` comes out of the extracted text exactly: code point for
// code point within each line, and where the layout wrapped it, the rest at
// the start of a following line with nothing lost but the one space the
// wrap fell on. `lines` are the extracted lines; with `columns` (pdftotext
// -layout), each line is first cut into its columns at runs of two or more
// spaces, and the rest may sit in any column of the next line.
inline bool appearsAsTyped(const QString &extracted, const QString &typed, bool columns = false)
{
    QList<QStringList> rows;
    for (QString line : extracted.split(QRegularExpression(u"\r\n|\n|\r|\f"_s))) {
        if (columns)
            rows << line.split(QRegularExpression(u" {2,}"_s), Qt::SkipEmptyParts);
        else
            rows << QStringList{line};
    }
    // Does `rest` continue on row `r` (some cell of it starts with it, or
    // with a part of it that then goes on to the next row)?
    std::function<bool(int, QStringView)> continues = [&](int r, QStringView rest) -> bool {
        if (rest.isEmpty())
            return true;
        if (r >= rows.size())
            return false;
        for (const QString &cell : rows.at(r)) {
            const QStringView c = QStringView(cell).trimmed();
            if (c.isEmpty())
                continue;
            if (c.startsWith(rest))
                return true;
            if (rest.startsWith(c)) {
                QStringView after = rest.mid(c.size());
                if (after.startsWith(u' '))
                    after = after.mid(1);
                if (continues(r + 1, after))
                    return true;
            }
        }
        return false;
    };
    for (int r = 0; r < rows.size(); ++r) {
        for (const QString &cell : rows.at(r)) {
            if (cell.contains(typed))
                return true;
            // A first part of `typed` that ends the cell.
            QStringView c = QStringView(cell);
            while (!c.isEmpty() && c.back().isSpace())
                c.chop(1);
            for (qsizetype n = qMin(typed.size() - 1, c.size()); n > 0; --n) {
                if (!c.endsWith(QStringView(typed).first(n)))
                    continue;
                QStringView rest = QStringView(typed).mid(n);
                if (rest.startsWith(u' '))
                    rest = rest.mid(1);
                if (continues(r + 1, rest))
                    return true;
            }
        }
    }
    return false;
}

} // namespace plaint::test
