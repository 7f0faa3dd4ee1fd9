#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

#include <optional>

// Timings collected over repetitions, summarised the way targets are stated.
class Samples final
{
public:
    void add(double value) { m_values.append(value); }
    qsizetype count() const { return m_values.size(); }
    double last() const { return m_values.isEmpty() ? 0 : m_values.last(); }
    double median() const;
    // Nearest-rank percentile, p in (0, 100].
    double percentile(double p) const;
    double max() const;

private:
    QList<double> sorted() const;
    QList<double> m_values;
};

// The results table: one line per figure, with its target and verdict.
class ResultTable final
{
public:
    void addSection(const QString &title);
    // pass is empty for figures that have no target of their own.
    void add(const QString &what, const QString &value, const QString &target = {},
             std::optional<bool> pass = std::nullopt);
    void print(QTextStream &out) const;
    int misses() const;

private:
    struct Row
    {
        QString what;
        QString value;
        QString target;
        std::optional<bool> pass;
        bool section = false;
    };
    QList<Row> m_rows;
};

namespace machine {
QString cpuModel();
int cpuCount();
QString kernel();
QString fileSystemOf(const QString &path);
// From /proc/self/status: VmHWM (peak resident set) and VmRSS, in KiB.
qint64 peakRssKiB();
qint64 currentRssKiB();
} // namespace machine

// Columns that line up when cells hold Chinese (two terminal columns each).
int displayWidth(const QString &text);
QString padded(const QString &text, int width);
