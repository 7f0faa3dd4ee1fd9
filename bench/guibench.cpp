// plaint_gui_bench: what a user feels in the window. Drops large phone
// screenshots onto the timeline of a real MainWindow and measures the
// longest stall of the event loop while the worker stores them and the
// thumbnails are made; opens a 100,000-event case and measures the time to
// the timeline's first paint and the time to scroll it page by page.
// Runs on the offscreen platform through bench/run (`make bench`).

#include "corpus.h"
#include "library.h"
#include "mainwindow.h"
#include "measurements.h"
#include "thumbnailcache.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using plaint::Library;
using plaint::MainWindow;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void note(const QString &text)
{
    static QTextStream err(stderr);
    err << u"· "_s << text << Qt::endl;
}

[[noreturn]] void fail(const QString &text)
{
    QTextStream(stderr) << u"plaint_gui_bench: "_s << text << Qt::endl;
    std::exit(2);
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + u" ms"_s;
}

std::unique_ptr<Library> openLibrary(const QString &path)
{
    auto library = Library::open(path);
    if (!library)
        fail(u"cannot open %1: %2"_s.arg(path, library.error()));
    return std::move(library).value();
}

// Waits in the event loop (never blocking it) until `done` or the timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// The longest gap between ticks of a 5 ms timer: how long the window could
// not answer the user.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_ticker.setInterval(5);
        m_ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_ticker, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = qMax(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_ticker.start();
    }
    double stop()
    {
        m_ticker.stop();
        return double(m_longest) / 1e6;
    }

private:
    QTimer m_ticker;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Bands of flat colour and bands of noise (photos, gradients, text), so the
// PNG comes out the size of a real phone screenshot (1–4 MB), not a few KB.
QString writeScreenshot(const QString &dir, int index)
{
    QImage image(1080, 2400, QImage::Format_RGB32);
    QRandomGenerator random(quint32(index + 1));
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const bool noisy = (y / 200) % 2 == 1;
        for (int x = 0; x < image.width(); ++x) {
            const quint32 n = noisy ? random.generate() : 0;
            line[x] = qRgb(((x * 7 + index * 13) ^ int(n & 0x3f)) & 0xff, ((y * 3 + x / 9) ^ int((n >> 8) & 0x3f)) & 0xff,
                           (((x ^ y) + index) ^ int((n >> 16) & 0x3f)) & 0xff);
        }
    }
    const QString path = QDir(dir).filePath(u"Screenshot_%1.png"_s.arg(index, 3, 10, QChar(u'0')));
    if (!image.save(path, "PNG"))
        fail(u"cannot write %1"_s.arg(path));
    return path;
}

struct Options
{
    bool quick = false;
    int events = 100000;
    int screenshots = 100;
    int dropRuns = 3;
    int pages = 200;
};

class GuiBench final
{
public:
    GuiBench(Options options, QString work) : m_options(options), m_work(std::move(work)) {}

    int run();

private:
    void measureDrop();
    void measureLargeCase();

    Options m_options;
    QString m_work;
    ResultTable m_table;
    QStringList m_generation;
};

void GuiBench::measureDrop()
{
    const QString shots = m_work + u"/shots"_s;
    QDir().mkpath(shots);
    note(u"writing %1 screenshots of 1080×2400…"_s.arg(m_options.screenshots));
    QStringList paths;
    qint64 bytes = 0;
    for (int i = 0; i < m_options.screenshots; ++i) {
        paths << writeScreenshot(shots, i);
        bytes += QFileInfo(paths.last()).size();
    }
    m_generation << u"%1 PNG screenshots 1080×2400, %2 MB"_s.arg(paths.size()).arg(bytes / 1e6, 0, 'f', 0);

    Samples longest;
    Samples storeMs;
    Samples allMs;
    for (int run = 0; run < m_options.dropRuns; ++run) {
        note(u"drop run %1 of %2…"_s.arg(run + 1).arg(m_options.dropRuns));
        const QString path = m_work + u"/drop-%1.plaint"_s.arg(run);
        {
            auto library = openLibrary(path);
            plaint::Case c;
            c.title = u"屏幕截图 Screenshots"_s;
            c.company = u"Example Telecom"_s;
            const auto caseId = library->addCase(c);
            if (!caseId)
                fail(caseId.error());
            plaint::Event e;
            e.caseId = *caseId;
            e.occurred = QDateTime::currentDateTime().addDays(-1);
            e.summary = u"Hotline call"_s;
            if (!library->addEvent(e))
                fail(u"cannot add an event"_s);
        }
        MainWindow window(openLibrary(path));
        window.resize(1280, 800);
        window.show();
        spinUntil([] { return false; }, 300); // settle: first paints, the reminder's first look
        qint64 storedEvent = 0;
        QObject::connect(&window, &MainWindow::evidenceStored, &window, [&](qint64 id) { storedEvent = id; });
        StallMeter meter;
        QElapsedTimer clock;
        meter.start();
        clock.start();
        // What a drop onto empty space does.
        window.attachFilesTo(-1, paths);
        if (!spinUntil([&] { return storedEvent > 0; }, 600000))
            fail(u"the screenshots were not stored within 10 minutes"_s);
        storeMs.add(double(clock.nsecsElapsed()) / 1e6);
        auto *model = window.timelineModel();
        const int row = model->rowOfEvent(storedEvent);
        window.timelineView()->scrollTo(model->index(row));
        // Until every screenshot has its thumbnail: the decoding happens after
        // the storing, and it is when most of it happens that the window must answer.
        const QList<plaint::Attachment> attached = model->eventAt(row) ? model->eventAt(row)->attachments
                                                                         : QList<plaint::Attachment>();
        if (attached.size() != paths.size())
            fail(u"%1 of %2 screenshots stored"_s.arg(attached.size()).arg(paths.size()));
        auto thumbnailsDone = [&] {
            int done = 0;
            for (const plaint::Attachment &a : attached) {
                window.thumbnails()->thumbnail(a.sha256, a.mimeType, a.size); // asked for, as the row asks
                done += window.thumbnails()->isDone(a.sha256);
            }
            return done;
        };
        if (!spinUntil([&] { return thumbnailsDone() == int(attached.size()); }, 600000))
            fail(u"only %1 of %2 thumbnails within 10 minutes"_s.arg(thumbnailsDone()).arg(attached.size()));
        for (const plaint::Attachment &a : attached) {
            if (window.thumbnails()->thumbnail(a.sha256, a.mimeType, a.size).isNull())
                fail(u"no thumbnail could be made of %1"_s.arg(a.fileName));
        }
        allMs.add(double(clock.nsecsElapsed()) / 1e6);
        longest.add(meter.stop());
        note(u"  stored in %1 s, every thumbnail made after %2 s, longest stall %3"_s
                 .arg(storeMs.last() / 1000, 0, 'f', 1)
                 .arg(allMs.last() / 1000, 0, 'f', 1)
                 .arg(ms(longest.last())));
    }
    m_table.addSection(u"Window: %1 screenshots (1080×2400 PNG) dropped on the timeline, %2 runs, measured until "
                           u"every one is stored and has its thumbnail"_s
                           .arg(m_options.screenshots)
                           .arg(m_options.dropRuns));
    m_table.add(u"longest event-loop stall, median of runs"_s, ms(longest.median()), u"< 50 ms"_s,
                longest.median() < 50);
    m_table.add(u"longest event-loop stall, worst run"_s, ms(longest.max()));
    m_table.add(u"until all are stored (worker thread), median"_s,
                QString::number(storeMs.median() / 1000, 'f', 1) + u" s"_s);
    m_table.add(u"until every thumbnail is made too, median"_s, QString::number(allMs.median() / 1000, 'f', 1) + u" s"_s);
}

void GuiBench::measureLargeCase()
{
    // Generated in memory when /dev/shm is there (every addEvent is a synced
    // transaction: on disk that takes many minutes), then copied to the
    // run's folder, so that opening and scrolling read from the disk.
    const QString path = m_work + u"/large.plaint"_s;
    QTemporaryDir shm(u"/dev/shm/plaint-gui-bench-XXXXXX"_s);
    const QString generated = shm.isValid() ? shm.filePath(u"large.plaint"_s) : path;
    qint64 caseId = 0;
    {
        auto library = openLibrary(generated);
        plaint::Case c;
        c.title = u"宽带退款 Broadband refund"_s;
        c.company = u"Example Telecom 示例电信"_s;
        c.jurisdiction = plaint::Jurisdiction::CN;
        const auto id = library->addCase(c);
        if (!id)
            fail(id.error());
        caseId = *id;
        note(u"adding %1 events through Library::addEvent…"_s.arg(m_options.events));
        Corpus corpus(20210418);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < m_options.events; ++i) {
            if (!library->addEvent(corpus.nextEvent(caseId)))
                fail(u"cannot add event %1"_s.arg(i));
            if ((i + 1) % 20000 == 0)
                note(u"  %1 events"_s.arg(i + 1));
        }
        m_generation << u"%1 events via addEvent in %2 s%3"_s.arg(m_options.events)
                            .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                            .arg(shm.isValid() ? u" (in /dev/shm)"_s : QString());
    }
    if (generated != path) {
        // The library is closed: its WAL was folded back into the file.
        for (const QString &suffix : {QString(), u"-wal"_s}) {
            if (QFile::exists(generated + suffix) && !QFile::copy(generated + suffix, path + suffix))
                fail(u"cannot copy the generated library to %1"_s.arg(path));
        }
    }

    // Time to first paint: from opening the library to the timeline painted.
    QSettings().setValue(u"lastCase"_s, caseId);
    QElapsedTimer clock;
    clock.start();
    auto window = std::make_unique<MainWindow>(openLibrary(path));
    window->resize(1280, 800);
    window->selectCase(caseId);
    const double constructed = double(clock.nsecsElapsed()) / 1e6;
    bool painted = false;
    class PaintWatch final : public QObject
    {
    public:
        explicit PaintWatch(bool *flag) : m_flag(flag) {}
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                *m_flag = true;
            return false;
        }

    private:
        bool *m_flag;
    } watch(&painted);
    window->timelineView()->viewport()->installEventFilter(&watch);
    window->show();
    if (!spinUntil([&] { return painted; }, 120000))
        fail(u"the timeline was not painted within 2 minutes"_s);
    const double firstPaint = double(clock.nsecsElapsed()) / 1e6;
    window->timelineView()->viewport()->removeEventFilter(&watch);
    const int rows = window->timelineModel()->rowCount();

    // The rest of the rows are laid out in batches between other work; the
    // scroll range is set when the last batch is done, and every row is at
    // least 30 px high.
    QScrollBar *bar = window->timelineView()->verticalScrollBar();
    int lastMaximum = -1;
    QElapsedTimer stable;
    stable.start();
    spinUntil([&] {
        if (bar->maximum() != lastMaximum) {
            lastMaximum = bar->maximum();
            stable.restart();
        }
        return stable.elapsed() > 300 && bar->maximum() >= qint64(rows) * 30 - bar->pageStep();
    }, 600000);
    const double laidOut = double(clock.nsecsElapsed()) / 1e6 - 300;
    note(u"scroll range %1 px, page %2 px"_s.arg(bar->maximum()).arg(bar->pageStep()));

    // Page by page, each page painted before the next (what PgDn does).
    QWidget *viewport = window->timelineView()->viewport();
    Samples pages;
    Samples jumps;
    for (int i = 0; i < m_options.pages; ++i) {
        QElapsedTimer step;
        step.start();
        bar->setValue(bar->value() + bar->pageStep());
        viewport->repaint();
        pages.add(double(step.nsecsElapsed()) / 1e6);
    }
    note(u"after %1 pages: at %2 px"_s.arg(m_options.pages).arg(bar->value()));
    // Jumps to anywhere (dragging the scroll bar's handle).
    QRandomGenerator random(3);
    for (int i = 0; i < m_options.pages; ++i) {
        QElapsedTimer step;
        step.start();
        bar->setValue(random.bounded(bar->maximum() + 1));
        viewport->repaint();
        jumps.add(double(step.nsecsElapsed()) / 1e6);
    }
    window.reset();

    m_table.addSection(u"Window: a case of %1 events (%2 rows shown)"_s.arg(m_options.events).arg(rows));
    m_table.add(u"open the library to the timeline's first paint"_s, ms(firstPaint), u"< 1000 ms"_s, firstPaint < 1000);
    m_table.add(u"  of which: library opened, window built"_s, ms(constructed));
    m_table.add(u"every row laid out (in batches, the window answering)"_s, ms(laidOut));
    m_table.add(u"scroll one page and paint, median"_s, ms(pages.median()));
    m_table.add(u"scroll one page and paint, p99"_s, ms(pages.percentile(99)), u"< 16 ms"_s, pages.percentile(99) < 16);
    m_table.add(u"jump anywhere and paint, median"_s, ms(jumps.median()));
    m_table.add(u"jump anywhere and paint, p99"_s, ms(jumps.percentile(99)), u"< 50 ms"_s, jumps.percentile(99) < 50);
}

int GuiBench::run()
{
    QElapsedTimer wall;
    wall.start();
    out() << u"Plaint window benchmark%1\n"_s.arg(m_options.quick ? u" (--quick: a smoke run, not the real figures)"_s
                                                                  : QString());
    out() << u"machine: %1 × %2; %3; Qt %4; platform %5\n"_s.arg(machine::cpuCount())
                 .arg(machine::cpuModel(), machine::kernel(), QString::fromLatin1(qVersion()),
                      QGuiApplication::platformName());
    out().flush();
    measureDrop();
    measureLargeCase();
    out() << u"generated: "_s << m_generation.join(u"; "_s) << u"\n\n"_s;
    m_table.print(out());
    out() << u"\n%1 of the targets missed; whole run %2 s\n"_s.arg(m_table.misses()).arg(wall.elapsed() / 1000);
    out().flush();
    return m_table.misses();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"plaint_gui_bench"_s);
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures Plaint's window: dropping screenshots, opening and scrolling a large case."_s);
    parser.addHelpOption();
    const QCommandLineOption quick(u"quick"_s, u"A smaller smoke run: 10,000 events, 20 screenshots."_s);
    const QCommandLineOption events(u"events"_s, u"Events in the generated case."_s, u"n"_s);
    const QCommandLineOption screenshots(u"screenshots"_s, u"Screenshots dropped per run."_s, u"n"_s);
    const QCommandLineOption failOnMiss(u"fail-on-miss"_s, u"Exit with status 1 when a target is missed."_s);
    const QCommandLineOption attachMiB(u"attach-mib"_s, u"Ignored here (plaint_bench's option)."_s, u"n"_s);
    parser.addOptions({quick, events, screenshots, failOnMiss, attachMiB});
    parser.process(app);

    Options options;
    if (parser.isSet(quick)) {
        options.quick = true;
        options.events = 10000;
        options.screenshots = 20;
        options.dropRuns = 2;
        options.pages = 50;
    }
    if (parser.isSet(events))
        options.events = std::max(1000, parser.value(events).toInt());
    if (parser.isSet(screenshots))
        options.screenshots = std::max(1, parser.value(screenshots).toInt());

    QTemporaryDir work(QDir::tempPath() + u"/plaint-gui-bench-XXXXXX"_s);
    if (!work.isValid())
        fail(u"cannot make a folder in %1"_s.arg(QDir::tempPath()));
    // The window's settings (last case, geometry, last run) stay in the run's folder.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, work.filePath(u"settings"_s));
    GuiBench bench(options, work.path());
    const int misses = bench.run();
    return parser.isSet(failOnMiss) && misses > 0 ? 1 : 0;
}
