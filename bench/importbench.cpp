// plaint_bench_import: importing a phone backup of 50,000 messages (45,000
// with the company, some MMS with pictures) into a fresh library, against
// the baseline of only reading the same file with the same importer. Reports
// medians of three runs and the process's peak memory. Run through bench/run.

#include "library.h"
#include "smsbackupimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace plaint;

namespace {

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Written the way SMS Backup & Restore writes it, one element per line.
void writeBackup(const QString &path, int messages)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        std::exit(2);
    const QByteArray picture = QByteArray(24 * 1024, 'p').toBase64(); // a 24 KB "photo"
    file.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n");
    file.write("<smses count=\"" + QByteArray::number(messages) + "\" backup_set=\"bench\" type=\"full\">\n");
    const qint64 start = 1577836800000LL; // 2020-01-01
    for (int i = 0; i < messages; ++i) {
        const QByteArray date = QByteArray::number(start + qint64(i) * 60000);
        const QByteArray address = i % 10 == 9 ? "13800138000" : "10086";
        if (i % 500 == 0) {
            file.write("  <mms date=\"" + date + "\" msg_box=\"1\" address=\"" + address + "\" m_id=\"m" + QByteArray::number(i)
                       + "\"><parts><part seq=\"0\" ct=\"text/plain\" text=\"您的账单 " + QByteArray::number(i)
                       + "\" /><part seq=\"0\" ct=\"image/jpeg\" cl=\"bill" + QByteArray::number(i) + ".jpg\" data=\""
                       + picture + QByteArray::number(i % 10) + "A==\" /></parts><addrs><addr address=\"" + address
                       + "\" type=\"137\" charset=\"106\" /></addrs></mms>\n");
            continue;
        }
        file.write("  <sms protocol=\"0\" address=\"" + address + "\" date=\"" + date + "\" type=\""
                   + (i % 3 == 0 ? "2" : "1")
                   + "\" subject=\"null\" body=\"尊敬的客户，您的第" + QByteArray::number(i)
                   + "号业务已受理，受理单号：2020" + QByteArray::number(100000 + i)
                   + "，客服工号23338将在48小时内处理，请耐心等待。\" toa=\"null\" sc_toa=\"null\" service_center=\"+8613800100500\" "
                     "read=\"1\" status=\"-1\" locked=\"0\" date_sent=\"0\" sub_id=\"1\" readable_date=\"\" contact_name=\"(Unknown)\" />\n");
    }
    file.write("</smses>\n");
}

// CPU time of this process: on a shared, busy machine wall time says more
// about the neighbours than about Plaint.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"quick"_s, u"A smaller smoke run."_s});
    parser.addOption({u"messages"_s, u"How many messages the backup holds."_s, u"N"_s});
    parser.process(app);
    const int messages = parser.isSet(u"messages"_s) ? parser.value(u"messages"_s).toInt()
                       : parser.isSet(u"quick"_s)   ? 5000
                                                    : 50000;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString backup = dir.filePath(u"sms.xml"_s);
    writeBackup(backup, messages);
    const double megabytes = double(QFile(backup).size()) / (1024.0 * 1024.0);

    QList<double> parseMs;
    QList<double> importMs;
    QList<double> importCpuMs;
    qint64 added = 0;
    qint64 peakKb = 0;
    for (int run = 0; run < 3; ++run) {
        {
            QFile file(backup);
            if (!file.open(QIODevice::ReadOnly))
                return 2;
            SmsBackupImporter importer(file, {u"10086"_s});
            QElapsedTimer timer;
            timer.start();
            for (;;) {
                auto item = importer.next();
                if (!item)
                    return 2;
                if (!item->has_value())
                    break;
            }
            parseMs << double(timer.nsecsElapsed()) / 1e6;
        }
        {
            auto library = Library::open(dir.filePath(u"run%1.plaint"_s.arg(run)));
            if (!library)
                return 2;
            Case c;
            c.title = u"bench"_s;
            c.company = u"中国移动"_s;
            const qint64 caseId = *(*library)->addCase(c);
            QFile file(backup);
            if (!file.open(QIODevice::ReadOnly))
                return 2;
            SmsBackupImporter importer(file, {u"10086"_s});
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = cpuMs();
            auto result = (*library)->importEvents(caseId, [&] { return importer.next(); });
            importMs << double(timer.nsecsElapsed()) / 1e6;
            importCpuMs << cpuMs() - cpuStart;
            if (!result) {
                QTextStream(stderr) << result.error() << Qt::endl;
                return 2;
            }
            added = result->size();
            if (run == 2) {
                peakKb = peakRssKb(); // before the check below, which reads the whole journal
                // The figures only count if what was stored is what the journal says.
                const Library::Check check = (*library)->verify(false);
                if (!check.ok) {
                    QTextStream(stderr) << check.problems.join(u'\n') << Qt::endl;
                    return 2;
                }
            }
        }
    }
    const double parse = median(parseMs);
    const double import = median(importMs);
    out << u"Import of an SMS Backup & Restore file (%1 messages, %2 MB, %3 events for the company)\n"_s.arg(messages)
               .arg(megabytes, 0, 'f', 1)
               .arg(added);
    out << u"  read only (baseline)    %1 ms\n"_s.arg(parse, 0, 'f', 0);
    out << u"  full import, one tx     %1 ms   (%2x the baseline; target under 10000 ms)\n"_s.arg(import, 0, 'f', 0)
               .arg(import / parse, 0, 'f', 1);
    out << u"  full import, CPU time   %1 ms\n"_s.arg(median(importCpuMs), 0, 'f', 0);
    out << u"  per event               %1 us\n"_s.arg(import * 1000.0 / double(qMax<qint64>(added, 1)), 0, 'f', 0);
    out << u"  peak memory (VmHWM)     %1 MB   (target under 200 MB)\n"_s.arg(double(peakKb) / 1024.0, 0, 'f', 0);
    return 0;
}
