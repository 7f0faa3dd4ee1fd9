#include "historydialog.h"

#include "library.h"
#include "localeformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {

HistoryDialog::HistoryDialog(Library *library, qint64 eventId, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Earlier versions"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every version of this event, oldest first. Editing never erases what was there."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_versions = new QTreeWidget(this);
    m_versions->setColumnCount(5);
    m_versions->setHeaderLabels({tr("Version"), tr("Until"), tr("When it happened"), tr("Summary"), tr("Their words")});
    m_versions->setRootIsDecorated(false);
    m_versions->setWordWrap(true);
    m_versions->header()->setStretchLastSection(true);
    layout->addWidget(m_versions);

    auto add = [this](int revision, const QString &until, const QJsonObject &record) {
        QStringList quotes;
        for (const QJsonValue &q : record.value(u"quotes"_s).toArray())
            quotes << q.toString();
        const QDateTime at = QDateTime::fromString(record.value(u"at"_s).toString(), Qt::ISODate);
        auto *item = new QTreeWidgetItem(m_versions, {QString::number(revision), until,
                                                      LocaleFormat::dateTime(at),
                                                      record.value(u"summary"_s).toString(), quotes.join(u"\n"_s)});
        item->setToolTip(3, record.value(u"summary"_s).toString());
    };
    if (auto revisions = library->revisions(u"event"_s, eventId)) {
        for (const Revision &r : *revisions)
            add(r.revision, LocaleFormat::dateTime(r.replaced.toLocalTime()),
                QJsonDocument::fromJson(r.data.toUtf8()).object());
    }
    if (auto current = library->eventById(eventId, false)) {
        QJsonObject record{{u"summary"_s, current->summary},
                           {u"quotes"_s, QJsonArray::fromStringList(current->quotes)},
                           {u"at"_s, current->occurred.toString(Qt::ISODate)}};
        add(current->revision, tr("now"), record);
    }
    for (int column = 0; column < 3; ++column)
        m_versions->resizeColumnToContents(column);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 360);
}

} // namespace plaint
