// The dossier's cost against Debian's img2pdf, measured side by side in one
// run: for a case of 300 events and 200 evidence images (phone screenshots as
// PNG, camera photos as JPEG), how long the image part of the export takes
// and how big the file is, against img2pdf turning the same images into a
// PDF. Targets: at most 1.5x the time and 1.05x the size.
//
// The image part is the full export minus the export of the same case with
// no evidence (chronology and statement pages only), each the median of the
// rounds; img2pdf's time is the median of as many rounds.

#include "dossierwriter.h"
#include "library.h"

#include <QGuiApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace plaint;

namespace {

QTextStream out(stdout);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

// A phone screenshot: bars, blocks of "text" and flat colour, as apps look.
QImage screenshot(int i)
{
    QImage img(1080, 2400, QImage::Format_RGB888);
    img.fill(QColor(0xF5, 0xF5, 0xF7));
    QPainter p(&img);
    auto *rng = QRandomGenerator::global();
    p.fillRect(0, 0, 1080, 220, QColor::fromHsv((i * 37) % 360, 160, 200));
    p.setPen(Qt::black);
    QFont font(u"Noto Sans CJK SC"_s, 26);
    p.setFont(font);
    for (int y = 300; y < 2300; y += 110) {
        p.fillRect(40, y, 1000, 90, y % 220 ? QColor(255, 255, 255) : QColor(0xE8, 0xF0, 0xFE));
        p.drawText(70, y + 60, u"工号23338：您的套餐只能在营业厅办理 %1 · 189元 → 129元"_s.arg(rng->bounded(100000)));
    }
    return img;
}

// A camera photo: smooth light with sensor noise, which is what makes
// photos big.
QImage photo(int i)
{
    QImage img(2592, 1944, QImage::Format_RGB32);
    auto *rng = QRandomGenerator::global();
    for (int y = 0; y < img.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const int n = int(rng->bounded(24)) - 12;
            line[x] = qRgb(qBound(0, (x / 11 + i * 9) % 200 + 30 + n, 255), qBound(0, (y / 9) % 180 + 40 + n, 255),
                           qBound(0, ((x + y) / 17) % 160 + 60 + n, 255));
        }
    }
    return img;
}

qint64 timeCommand(const QString &program, const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(program, args);
    p.waitForFinished(-1);
    if (p.exitCode() != 0) {
        out << program << u" failed: "_s << QString::fromUtf8(p.readAllStandardError()) << Qt::endl;
        return -1;
    }
    return t.elapsed();
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // QPainter draws text into the screenshots
    const bool quick = app.arguments().contains(u"--quick"_s);
    const int images = quick ? 20 : 200;
    const int events = quick ? 30 : 300;
    const int rounds = quick ? 1 : 3;
    if (QStandardPaths::findExecutable(u"img2pdf"_s).isEmpty()) {
        out << "img2pdf is not installed (apt install img2pdf)" << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    out << u"Making %1 images (%2 PNG screenshots, %3 JPEG photos)…"_s.arg(images).arg(images * 3 / 5).arg(images - images * 3 / 5)
        << Qt::endl;
    QStringList files;
    qint64 imageBytes = 0;
    for (int i = 0; i < images; ++i) {
        const bool png = i % 5 < 3;
        const QString path = dir.filePath(u"evidence-%1.%2"_s.arg(i, 3, 10, QLatin1Char('0')).arg(png ? u"png"_s : u"jpg"_s));
        (png ? screenshot(i) : photo(i)).save(path, png ? "PNG" : "JPEG", png ? -1 : 90);
        files << path;
        imageBytes += QFileInfo(path).size();
    }
    out << u"  %1 MB of images"_s.arg(imageBytes / 1e6, 0, 'f', 1) << Qt::endl;

    // Two libraries: the case with its evidence, and the same case without.
    auto makeLibrary = [&](const QString &path, bool withEvidence) -> qint64 {
        auto lib = Library::open(path);
        if (!lib)
            return 0;
        Case c;
        c.title = u"改套餐被来回推诿"_s;
        c.company = u"Bright Mobile"_s;
        c.jurisdiction = Jurisdiction::CN;
        auto caseId = (*lib)->addCase(c);
        QDateTime at = QDateTime::fromString(u"2021-03-01T09:00:00+08:00"_s, Qt::ISODate);
        int next = 0;
        for (int e = 0; e < events; ++e) {
            Event ev;
            ev.caseId = *caseId;
            ev.occurred = at.addSecs(qint64(e) * 7 * 3600);
            ev.channel = Channel(e % 5);
            ev.agentCode = QString::number(23000 + e % 17);
            ev.reference = u"GD2021%1"_s.arg(e, 6, 10, QLatin1Char('0'));
            ev.summary = u"第%1次联系：客服说只能去营业厅办理，营业厅说只能在App上办理。"_s.arg(e + 1);
            QStringList attach;
            // Spread the images over the events, in order.
            const int want = (e + 1) * images / events;
            while (withEvidence && next < want)
                attach << files.at(next++);
            if (!(*lib)->addEvent(ev, attach))
                return 0;
        }
        return *caseId;
    };
    const QString full = dir.filePath(u"full.plaint"_s);
    const QString bare = dir.filePath(u"bare.plaint"_s);
    out << u"Making the libraries (%1 events)…"_s.arg(events) << Qt::endl;
    const qint64 fullCase = makeLibrary(full, true);
    const qint64 bareCase = makeLibrary(bare, false);
    if (!fullCase || !bareCase) {
        out << "could not make the libraries" << Qt::endl;
        return 1;
    }

    QList<double> img2pdfMs, fullMs, bareMs;
    qint64 img2pdfSize = 0, dossierSize = 0;
    for (int r = 0; r < rounds; ++r) {
        const QString target = dir.filePath(u"img2pdf.pdf"_s);
        QFile::remove(target);
        img2pdfMs << double(timeCommand(u"img2pdf"_s, QStringList(files) << u"-o"_s << target));
        img2pdfSize = QFileInfo(target).size();
        for (const bool withEvidence : {true, false}) {
            auto lib = Library::open(withEvidence ? full : bare, Library::OpenMode::ReadOnly);
            DossierOptions o;
            o.caseId = withEvidence ? fullCase : bareCase;
            o.audience = u"court"_s;
            o.language = u"zh_CN"_s;
            o.complainant.name = u"张三"_s; // what the court's list of evidence needs
            const QString pdf = dir.filePath(withEvidence ? u"dossier.pdf"_s : u"bare.pdf"_s);
            QElapsedTimer t;
            t.start();
            auto made = DossierWriter::writePdf(**lib, o, pdf);
            const double ms = double(t.elapsed());
            if (!made) {
                out << made.error() << Qt::endl;
                return 1;
            }
            (withEvidence ? fullMs : bareMs) << ms;
            if (withEvidence)
                dossierSize = made->bytes;
        }
        out << u"  round %1: img2pdf %2 ms, dossier %3 ms, dossier without evidence %4 ms"_s.arg(r + 1)
                   .arg(img2pdfMs.last())
                   .arg(fullMs.last())
                   .arg(bareMs.last())
            << Qt::endl;
    }
    const double imagePart = median(fullMs) - median(bareMs);
    const double timeRatio = imagePart / median(img2pdfMs);
    const double sizeRatio = double(dossierSize) / double(img2pdfSize);
    out << Qt::endl << u"Dossier, %1 events, %2 images (%3 MB):"_s.arg(events).arg(images).arg(imageBytes / 1e6, 0, 'f', 1) << Qt::endl;
    out << u"  img2pdf                      %1 ms   %2 MB"_s.arg(median(img2pdfMs), 7, 'f', 0).arg(img2pdfSize / 1e6, 0, 'f', 2) << Qt::endl;
    out << u"  dossier, whole export        %1 ms   %2 MB"_s.arg(median(fullMs), 7, 'f', 0).arg(dossierSize / 1e6, 0, 'f', 2) << Qt::endl;
    out << u"  dossier, no evidence         %1 ms"_s.arg(median(bareMs), 7, 'f', 0) << Qt::endl;
    out << u"  image part / img2pdf time    %1   (target ≤ 1.5)  %2"_s.arg(timeRatio, 0, 'f', 2).arg(timeRatio <= 1.5 ? u"met"_s : u"MISSED"_s) << Qt::endl;
    out << u"  dossier / img2pdf size       %1   (target ≤ 1.05) %2"_s.arg(sizeRatio, 0, 'f', 3).arg(sizeRatio <= 1.05 ? u"met"_s : u"MISSED"_s) << Qt::endl;
    const bool met = timeRatio <= 1.5 && sizeRatio <= 1.05;
    return app.arguments().contains(u"--fail-on-miss"_s) && !met ? 1 : 0;
}
