#include "measurements.h"

#include <QFile>
#include <QStorageInfo>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

QList<double> Samples::sorted() const
{
    QList<double> values = m_values;
    std::sort(values.begin(), values.end());
    return values;
}

double Samples::median() const
{
    const QList<double> values = sorted();
    if (values.isEmpty())
        return 0;
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double Samples::percentile(double p) const
{
    const QList<double> values = sorted();
    if (values.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double Samples::max() const
{
    return m_values.isEmpty() ? 0 : *std::max_element(m_values.cbegin(), m_values.cend());
}

void ResultTable::addSection(const QString &title)
{
    m_rows.append(Row{title, {}, {}, std::nullopt, true});
}

void ResultTable::add(const QString &what, const QString &value, const QString &target, std::optional<bool> pass)
{
    m_rows.append(Row{what, value, target, pass, false});
}

int ResultTable::misses() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &row) { return row.pass.has_value() && !*row.pass; }));
}

void ResultTable::print(QTextStream &out) const
{
    int whatWidth = 7;
    int valueWidth = 5;
    int targetWidth = 6;
    for (const Row &row : m_rows) {
        if (row.section)
            continue;
        whatWidth = std::max(whatWidth, displayWidth(row.what));
        valueWidth = std::max(valueWidth, displayWidth(row.value));
        targetWidth = std::max(targetWidth, displayWidth(row.target));
    }
    const QString rule(whatWidth + valueWidth + targetWidth + 6 + 6, u'-');
    out << padded(u"measure"_s, whatWidth) << u"  "_s << padded(u"value"_s, valueWidth) << u"  "_s
        << padded(u"target"_s, targetWidth) << u"  result\n"_s
        << rule << u'\n';
    for (const Row &row : m_rows) {
        if (row.section) {
            out << row.what << u'\n';
            continue;
        }
        const QString verdict = row.pass.has_value() ? (*row.pass ? u"PASS"_s : u"MISS"_s) : QString();
        out << padded(u"  "_s + row.what, whatWidth + 2) << u"  "_s << padded(row.value, valueWidth) << u"  "_s
            << padded(row.target, targetWidth) << u"  "_s << verdict;
        out << u'\n';
    }
    out.flush();
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
            || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), u' ');
}

namespace machine {
namespace {

qint64 statusField(const QByteArray &field)
{
    // /proc files report no size, so atEnd() cannot be trusted: read them whole.
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

QString cpuModel()
{
    QFile info(u"/proc/cpuinfo"_s);
    if (!info.open(QIODevice::ReadOnly | QIODevice::Text))
        return u"unknown"_s;
    const QList<QByteArray> lines = info.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return u"unknown"_s;
}

int cpuCount()
{
    return QThread::idealThreadCount();
}

QString kernel()
{
    return QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion();
}

QString fileSystemOf(const QString &path)
{
    const QStorageInfo storage(path);
    return u"%1 (%2, %3 GB free)"_s.arg(QString::fromUtf8(storage.fileSystemType()), storage.device().isEmpty()
                                                                                        ? u"?"_s
                                                                                        : QString::fromUtf8(storage.device()))
        .arg(storage.bytesAvailable() / 1000000000);
}

qint64 peakRssKiB()
{
    return statusField("VmHWM");
}

qint64 currentRssKiB()
{
    return statusField("VmRSS");
}

} // namespace machine
