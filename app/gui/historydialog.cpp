#include "historydialog.h"

#include "library.h"
#include "localeformat.h"
#include "recordjson.h"
#include "timelinedelegate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

struct Field
{
    QString key;
    QString label;
    std::function<QString(const QJsonValue &)> show;
};

QString minutesText(const QJsonValue &v)
{
    return v.isDouble() ? TimelineDelegate::durationText(qint64(v.toDouble())) : HistoryDialog::tr("not recorded");
}

QList<Field> fields()
{
    auto text = [](const QJsonValue &v) { return v.toString(); };
    return {
        {u"at"_s, HistoryDialog::tr("When it happened"),
         [](const QJsonValue &v) { return LocaleFormat::dateTime(QDateTime::fromString(v.toString(), Qt::ISODate)); }},
        {u"channel"_s, HistoryDialog::tr("Channel"),
         [](const QJsonValue &v) {
             const auto c = channelFromString(v.toString());
             return c ? TimelineDelegate::channelName(*c) : v.toString();
         }},
        {u"direction"_s, HistoryDialog::tr("Direction"),
         [](const QJsonValue &v) {
             const auto d = directionFromString(v.toString());
             return d ? TimelineDelegate::directionName(*d) : v.toString();
         }},
        {u"duration_seconds"_s, HistoryDialog::tr("Duration"), minutesText},
        {u"hold_seconds"_s, HistoryDialog::tr("On hold"), minutesText},
        {u"travel_seconds"_s, HistoryDialog::tr("Travel there and back"), minutesText},
        {u"agent_code"_s, HistoryDialog::tr("Agent ID"), text},
        {u"agent_name"_s, HistoryDialog::tr("Agent name"), text},
        {u"reference"_s, HistoryDialog::tr("Reference"), text},
        {u"summary"_s, HistoryDialog::tr("Summary"), text},
        {u"quotes"_s, HistoryDialog::tr("Their words"),
         [](const QJsonValue &v) {
             QStringList quotes;
             for (const QJsonValue &q : v.toArray())
                 quotes << HistoryDialog::tr("“%1”").arg(q.toString());
             return quotes.join(u' ');
         }},
        {u"outcome"_s, HistoryDialog::tr("Outcome"), text},
        {u"final_answer"_s, HistoryDialog::tr("Their final answer"),
         [](const QJsonValue &v) { return v.toBool() ? HistoryDialog::tr("yes") : HistoryDialog::tr("no"); }},
    };
}

} // namespace

QStringList HistoryDialog::changes(const QJsonObject &before, const QJsonObject &after)
{
    QStringList lines;
    for (const Field &f : fields()) {
        QJsonValue was = before.value(f.key), now = after.value(f.key);
        if (f.key == u"at") {
            // The same instant on another clock is a change too: compare with the offset.
            if (was == now && before.value(u"utc_offset_seconds"_s) == after.value(u"utc_offset_seconds"_s))
                continue;
        } else if (was == now || (was.isUndefined() && now.isNull()) || (was.isNull() && now.isUndefined())) {
            continue;
        }
        const QString from = f.show(was), to = f.show(now);
        if (from == to && f.key != u"at")
            continue;
        lines << tr("%1: %2 → %3").arg(f.label, from.isEmpty() ? tr("(empty)") : from, to.isEmpty() ? tr("(empty)") : to);
    }
    return lines;
}

HistoryDialog::HistoryDialog(Library *library, qint64 eventId, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Earlier versions"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every version of this event, oldest first, and under each edit what it changed. "
                                "Editing never erases what was there."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_versions = new QTreeWidget(this);
    m_versions->setColumnCount(5);
    m_versions->setHeaderLabels({tr("Version"), tr("Until"), tr("When it happened"), tr("Summary"), tr("Their words")});
    m_versions->setWordWrap(true);
    m_versions->header()->setStretchLastSection(true);
    layout->addWidget(m_versions);

    QList<std::pair<QString, QJsonObject>> records; // until, record
    int firstRevision = 1;
    if (auto revisions = library->revisions(u"event"_s, eventId)) {
        if (!revisions->isEmpty())
            firstRevision = revisions->first().revision;
        for (const Revision &r : *revisions)
            records.append({LocaleFormat::dateTime(r.replaced.toLocalTime()), QJsonDocument::fromJson(r.data.toUtf8()).object()});
    }
    if (auto current = library->eventById(eventId, false))
        records.append({tr("now"), json::toJson(*current)});

    for (qsizetype i = 0; i < records.size(); ++i) {
        const auto &[until, record] = records.at(i);
        QStringList quotes;
        for (const QJsonValue &q : record.value(u"quotes"_s).toArray())
            quotes << q.toString();
        const int revision = record.value(u"revision"_s).toInt(firstRevision + int(i));
        const QDateTime at = QDateTime::fromString(record.value(u"at"_s).toString(), Qt::ISODate);
        auto *item = new QTreeWidgetItem(m_versions, {QString::number(revision), until, LocaleFormat::dateTime(at),
                                                      record.value(u"summary"_s).toString(), quotes.join(u"\n"_s)});
        item->setToolTip(3, record.value(u"summary"_s).toString());
        if (i == 0)
            continue;
        const QStringList changed = changes(records.at(i - 1).second, record);
        for (const QString &line : changed.isEmpty() ? QStringList{tr("Nothing shown here changed.")} : changed) {
            auto *child = new QTreeWidgetItem(item, {line});
            child->setFirstColumnSpanned(true);
            child->setToolTip(0, line);
        }
        item->setExpanded(true);
    }
    for (int column = 0; column < 3; ++column)
        m_versions->resizeColumnToContents(column);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 420);
}

} // namespace plaint
