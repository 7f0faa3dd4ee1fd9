// plaint_bench: one run, one table. Builds a library of 100,000 events and
// 2,000 attachments, then measures attaching 1 GB against sha256sum + cp,
// search latency, opening the timeline, and peak memory while attaching.
// Run through bench/run (`make bench`); --quick is a smaller smoke run.

#include "corpus.h"
#include "library.h"
#include "measurements.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <unistd.h>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using plaint::Library;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Progress goes to stderr so the table on stdout stays clean.
void note(const QString &text)
{
    static QTextStream err(stderr);
    err << u"· "_s << text << Qt::endl;
}

[[noreturn]] void fail(const QString &text)
{
    QTextStream(stderr) << u"plaint_bench: "_s << text << Qt::endl;
    std::exit(2);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + u" ms"_s;
}

QString megabytes(double bytes)
{
    return QString::number(bytes / 1e6, 'f', 0);
}

std::unique_ptr<Library> openLibrary(const QString &path)
{
    auto library = Library::open(path);
    if (!library)
        fail(u"cannot open %1: %2"_s.arg(path, library.error()));
    return std::move(library).value();
}

void removeLibrary(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

struct Options
{
    bool quick = false;
    int events = 100000;
    int attachments = 2000;
    int attachFiles = 8;
    qint64 attachMiB = 1024;
    int attachReps = 3;
    int queries = 200;
    int openReps = 20;
};

// ------------------------------------------------------------------ attach child

// Runs in a child process so its peak memory is the attach's alone: attaches
// every file in `dir` to one event of a fresh library, prints what it measured.
int attachOnly(const QString &dir, const QString &libraryPath)
{
    QStringList files;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
    qint64 bytes = 0;
    for (const QFileInfo &info : entries) {
        files << info.absoluteFilePath();
        bytes += info.size();
    }
    auto library = openLibrary(libraryPath);
    plaint::Case c;
    c.title = u"Broadband refund"_s;
    c.company = u"Example Telecom"_s;
    const auto caseId = library->addCase(c);
    if (!caseId)
        fail(caseId.error());
    plaint::Event e;
    e.caseId = *caseId;
    e.occurred = QDateTime::currentDateTime();
    e.summary = u"通话录音 call recordings"_s;
    const auto eventId = library->addEvent(e);
    if (!eventId)
        fail(eventId.error());
    const qint64 rssBefore = machine::currentRssKiB();

    QElapsedTimer timer;
    timer.start();
    const auto attached = library->attachFiles(*eventId, files);
    const qint64 ns = timer.nsecsElapsed();
    if (!attached)
        fail(attached.error());
    QTextStream(stdout) << u"bytes=%1 ns=%2 vmhwm_kib=%3 rss_before_kib=%4 db_bytes=%5 wal_bytes=%6\n"_s.arg(bytes)
                               .arg(ns)
                               .arg(machine::peakRssKiB())
                               .arg(rssBefore)
                               .arg(fileSize(libraryPath))
                               .arg(fileSize(libraryPath + u"-wal"_s));
    return 0;
}

// ------------------------------------------------------------------ the run

class Bench final
{
public:
    Bench(Options options, QString workDir) : m_options(options), m_work(std::move(workDir)) {}

    int run();

private:
    void generateLibrary();
    void measureSearch();
    void measureOpen();
    void measureAttach();
    double timeProcess(const QString &program, const QStringList &arguments);
    QString sqliteVersion() const;

    Options m_options;
    QString m_work;
    QString m_libraryPath;
    qint64 m_caseId = 0;
    ResultTable m_table;
    QStringList m_generation;
};

void Bench::generateLibrary()
{
    m_libraryPath = m_work + u"/bench.plaint"_s;
    auto library = openLibrary(m_libraryPath);
    plaint::Case c;
    c.title = u"宽带退款 Broadband refund"_s;
    c.company = u"Example Telecom 示例电信"_s;
    c.jurisdiction = plaint::Jurisdiction::CN;
    const auto caseId = library->addCase(c);
    if (!caseId)
        fail(caseId.error());
    m_caseId = *caseId;

    note(u"adding %1 events through Library::addEvent…"_s.arg(m_options.events));
    Corpus corpus(20210418);
    QList<qint64> eventIds;
    eventIds.reserve(m_options.events);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < m_options.events; ++i) {
        const auto id = library->addEvent(corpus.nextEvent(m_caseId));
        if (!id)
            fail(id.error());
        eventIds.append(*id);
        if ((i + 1) % 10000 == 0)
            note(u"  %1 events, %2 events/s"_s.arg(i + 1).arg(int((i + 1) / (msSince(timer) / 1000))));
    }
    const double eventsMs = msSince(timer);

    // Small evidence files (2–20 KB), one to three per event, spread evenly.
    note(u"attaching %1 small files through Library::attachFiles…"_s.arg(m_options.attachments));
    const QString smallDir = m_work + u"/small"_s;
    QDir().mkpath(smallDir);
    QRandomGenerator random(7);
    QStringList smallFiles;
    qint64 smallBytes = 0;
    const QStringList kinds{u"screenshot-%1.png"_s, u"录音-%1.m4a"_s, u"bill-%1.pdf"_s, u"chat-%1.txt"_s};
    for (int i = 0; i < m_options.attachments; ++i) {
        const QString path = smallDir + u'/' + kinds.at(i % kinds.size()).arg(i + 1, 4, 10, QChar(u'0'));
        QFile file(path);
        const QByteArray content = Corpus::randomBytes(random, 2000 + random.bounded(18001));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            fail(u"cannot write %1"_s.arg(path));
        smallFiles << path;
        smallBytes += content.size();
    }
    timer.restart();
    const qsizetype stride = std::max<qsizetype>(1, eventIds.size() / (m_options.attachments / 2));
    qsizetype next = 0;
    for (qsizetype event = stride / 2; next < smallFiles.size(); event = (event + stride) % eventIds.size()) {
        const qsizetype take = std::min<qsizetype>(1 + random.bounded(3), smallFiles.size() - next);
        const auto attached = library->attachFiles(eventIds.at(event), smallFiles.mid(next, take));
        if (!attached)
            fail(attached.error());
        next += take;
    }
    const double attachMs = msSince(timer);
    library.reset();
    QDir(smallDir).removeRecursively();

    m_generation << u"%1 events via addEvent in %2 s (%3 events/s)"_s.arg(m_options.events)
                        .arg(eventsMs / 1000, 0, 'f', 1)
                        .arg(int(m_options.events / (eventsMs / 1000)))
                 << u"%1 attachments (%2 MB) via attachFiles in %3 s; library file %4 MB"_s.arg(m_options.attachments)
                        .arg(megabytes(double(smallBytes)))
                        .arg(attachMs / 1000, 0, 'f', 1)
                        .arg(megabytes(double(fileSize(m_libraryPath) + fileSize(m_libraryPath + u"-wal"_s))));
}

void Bench::measureSearch()
{
    note(u"searching, %1 queries per term…"_s.arg(m_options.queries));
    auto library = openLibrary(m_libraryPath);
    m_table.addSection(u"Search: Library::search(case, term) returning every id, %1 queries each"_s
                           .arg(m_options.queries));
    for (const Corpus::Word &word : Corpus::searchTerms()) {
        qsizetype hits = 0;
        for (int i = 0; i < 3; ++i) { // warm the page cache and the statement
            const auto ids = library->search(m_caseId, word.term);
            if (!ids)
                fail(ids.error());
            hits = ids->size();
        }
        Samples samples;
        for (int i = 0; i < m_options.queries; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto ids = library->search(m_caseId, word.term);
            samples.add(msSince(timer));
            if (!ids || ids->size() != hits)
                fail(u"search for %1 was not stable"_s.arg(word.term));
        }
        const double p99 = samples.percentile(99);
        m_table.add(u"\"%1\" (%2) — %3 hits"_s.arg(word.term, word.kind).arg(hits),
                    u"median %1, p99 %2"_s.arg(ms(samples.median()), ms(p99)), u"p99 < 20 ms"_s, p99 < 20);
    }
}

void Bench::measureOpen()
{
    note(u"opening the library and reading the first 200 timeline rows, %1 times…"_s.arg(m_options.openReps));
    Samples total;
    Samples openOnly;
    for (int i = 0; i < m_options.openReps; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto library = openLibrary(m_libraryPath);
        const double opened = msSince(timer);
        const auto rows = library->timeline(m_caseId, 0, 200);
        const double done = msSince(timer);
        if (!rows || rows->size() != 200)
            fail(u"the timeline did not return 200 rows"_s);
        openOnly.add(opened);
        total.add(done);
        library.reset(); // closed before the next open
    }
    m_table.addSection(u"Open: Library::open + timeline(case, 0, 200) on %1 events, %2 repetitions"_s
                           .arg(m_options.events)
                           .arg(m_options.openReps));
    m_table.add(u"open + first 200 rows, median"_s, ms(total.median()), u"< 100 ms"_s, total.median() < 100);
    m_table.add(u"  of which Library::open, median"_s, ms(openOnly.median()));
    m_table.add(u"open + first 200 rows, slowest"_s, ms(total.max()));
}

double Bench::timeProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        fail(u"%1 failed: %2"_s.arg(program, process.errorString()));
    const double elapsed = msSince(timer);
    process.readAllStandardOutput();
    return elapsed;
}

void Bench::measureAttach()
{
    const QString source = m_work + u"/attach-src"_s;
    const QString copies = m_work + u"/attach-cp"_s;
    QDir().mkpath(source);
    QDir().mkpath(copies);
    const qint64 fileBytes = m_options.attachMiB * 1024 * 1024 / m_options.attachFiles;
    note(u"writing %1 files of %2 MiB of random content…"_s.arg(m_options.attachFiles).arg(fileBytes >> 20));
    QRandomGenerator random(1);
    QStringList files;
    for (int i = 0; i < m_options.attachFiles; ++i) {
        const QString path = source + u"/recording-%1.bin"_s.arg(i + 1);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            fail(u"cannot write %1"_s.arg(path));
        for (qint64 written = 0; written < fileBytes;) {
            const QByteArray block = Corpus::randomBytes(random, qsizetype(std::min<qint64>(8 << 20, fileBytes - written)));
            if (file.write(block) != block.size())
                fail(u"cannot write %1"_s.arg(path));
            written += block.size();
        }
        files << path;
    }
    const qint64 totalBytes = fileBytes * m_options.attachFiles;
    // Read once so Plaint and the baseline both start from a warm page cache,
    // and flush so neither pays for the other's (or the generator's) writeback.
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            fail(u"cannot read %1"_s.arg(path));
        while (!file.read(8 << 20).isEmpty()) { }
    }
    ::sync();

    Samples plaintMBps;
    Samples baselineMBps;
    Samples shaMs;
    Samples cpMs;
    Samples ratios;
    Samples peakMiB;
    Samples walMB;
    for (int rep = 0; rep < m_options.attachReps; ++rep) {
        note(u"attach round %1 of %2: sha256sum + cp, then Plaint in a child process…"_s.arg(rep + 1).arg(m_options.attachReps));
        const double sha = timeProcess(u"sha256sum"_s, files);
        const double cp = timeProcess(u"cp"_s, QStringList(files) << copies);
        const double baseline = double(totalBytes) / 1e6 / ((sha + cp) / 1000);
        QDir(copies).removeRecursively();
        QDir().mkpath(copies);
        ::sync();

        const QString library = m_work + u"/attach-%1.plaint"_s.arg(rep + 1);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {u"--attach-only"_s, source, library});
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            fail(u"the attach child failed"_s);
        QHash<QString, qint64> report;
        for (const QString &pair : QString::fromUtf8(child.readAllStandardOutput()).split(u' ', Qt::SkipEmptyParts)) {
            const QStringList kv = pair.trimmed().split(u'=');
            report.insert(kv.value(0), kv.value(1).toLongLong());
        }
        if (report.value(u"bytes"_s) != totalBytes || report.value(u"ns"_s) <= 0)
            fail(u"the attach child reported nonsense"_s);
        const double plaint = double(totalBytes) / 1e6 / (double(report.value(u"ns"_s)) / 1e9);
        removeLibrary(library);
        ::sync();

        plaintMBps.add(plaint);
        baselineMBps.add(baseline);
        shaMs.add(sha);
        cpMs.add(cp);
        ratios.add(plaint / baseline);
        peakMiB.add(double(report.value(u"vmhwm_kib"_s)) / 1024);
        walMB.add(double(report.value(u"wal_bytes"_s)) / 1e6);
        note(u"  Plaint %1 MB/s, baseline %2 MB/s (sha256sum %3, cp %4), ratio %5, peak RSS %6 MiB"_s
                 .arg(plaint, 0, 'f', 0)
                 .arg(baseline, 0, 'f', 0)
                 .arg(ms(sha), ms(cp))
                 .arg(plaint / baseline, 0, 'f', 2)
                 .arg(peakMiB.max(), 0, 'f', 1));
    }
    QDir(source).removeRecursively();
    QDir(copies).removeRecursively();

    m_table.addSection(u"Attach: %1 files, %2 MB of random content, medians of %3 rounds (fresh library each)"_s
                           .arg(m_options.attachFiles)
                           .arg(megabytes(double(totalBytes)))
                           .arg(m_options.attachReps));
    m_table.add(u"Plaint Library::attachFiles (incl. commit)"_s, u"%1 MB/s"_s.arg(plaintMBps.median(), 0, 'f', 0));
    m_table.add(u"baseline sha256sum + cp"_s, u"%1 MB/s"_s.arg(baselineMBps.median(), 0, 'f', 0));
    m_table.add(u"  sha256sum / cp time"_s, u"%1 / %2"_s.arg(ms(shaMs.median()), ms(cpMs.median())));
    m_table.add(u"ratio Plaint / baseline"_s, QString::number(ratios.median(), 'f', 2), u"≥ 0.50"_s,
                ratios.median() >= 0.5);
    m_table.add(u"peak RSS of the attaching process (VmHWM), worst"_s,
                u"%1 MiB"_s.arg(peakMiB.max(), 0, 'f', 1), u"< 100 MB"_s, peakMiB.max() < 100);
    m_table.add(u"WAL file left after the attach"_s, u"%1 MB"_s.arg(walMB.median(), 0, 'f', 0));
}

QString Bench::sqliteVersion() const
{
    QString version = u"unknown"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-version"_s);
        db.setDatabaseName(u":memory:"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT sqlite_version()"_s) && q.next())
                version = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-version"_s);
    return version;
}

int Bench::run()
{
    QElapsedTimer wall;
    wall.start();
    out() << u"Plaint benchmark%1\n"_s.arg(m_options.quick ? u" (--quick: a smoke run, not the real figures)"_s : QString());
    out() << u"machine: %1 × %2; %3; Qt %4; SQLite %5; build %6\n"_s.arg(machine::cpuCount())
                 .arg(machine::cpuModel(), machine::kernel(), QString::fromLatin1(qVersion()), sqliteVersion(),
                      QStringLiteral(PLAINT_BUILD_TYPE).isEmpty() ? u"(no build type)"_s : QStringLiteral(PLAINT_BUILD_TYPE))
          << u"data: %1\n"_s.arg(machine::fileSystemOf(m_work));
    out().flush();

    generateLibrary();
    measureSearch();
    measureOpen();
    measureAttach();

    out() << u"generated: "_s << m_generation.join(u"; "_s) << u'\n' << u'\n';
    m_table.print(out());
    out() << u"\n%1 of the targets missed; whole run %2 s\n"_s.arg(m_table.misses()).arg(msSince(wall) / 1000, 0, 'f', 0);
    out().flush();
    return m_table.misses();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"plaint_bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures Plaint on a generated library of 100,000 events."_s);
    parser.addHelpOption();
    const QCommandLineOption quick(u"quick"_s, u"A smaller smoke run: 10,000 events, 128 MiB to attach."_s);
    const QCommandLineOption events(u"events"_s, u"Events in the generated case."_s, u"n"_s);
    const QCommandLineOption attachMiB(u"attach-mib"_s, u"MiB of files to attach per round."_s, u"n"_s);
    const QCommandLineOption failOnMiss(u"fail-on-miss"_s, u"Exit with status 1 when a target is missed."_s);
    const QCommandLineOption attachOnlyOption(u"attach-only"_s,
                                              u"Internal: attach every file in DIR to a fresh library LIB and report."_s);
    parser.addOptions({quick, events, attachMiB, failOnMiss, attachOnlyOption});
    parser.addPositionalArgument(u"DIR LIB"_s, u"With --attach-only."_s);
    parser.process(app);

    if (parser.isSet(attachOnlyOption)) {
        if (parser.positionalArguments().size() != 2)
            fail(u"--attach-only takes DIR and LIB"_s);
        return attachOnly(parser.positionalArguments().at(0), parser.positionalArguments().at(1));
    }

    Options options;
    if (parser.isSet(quick)) {
        options.quick = true;
        options.events = 10000;
        options.attachments = 200;
        options.attachMiB = 128;
    }
    if (parser.isSet(events))
        options.events = std::max(1000, parser.value(events).toInt());
    if (parser.isSet(attachMiB))
        options.attachMiB = std::max<qint64>(8, parser.value(attachMiB).toLongLong());

    QTemporaryDir work(QDir::tempPath() + u"/plaint-bench-XXXXXX"_s);
    if (!work.isValid())
        fail(u"cannot make a folder in %1"_s.arg(QDir::tempPath()));
    Bench bench(options, work.path());
    const int misses = bench.run();
    return parser.isSet(failOnMiss) && misses > 0 ? 1 : 0;
}
