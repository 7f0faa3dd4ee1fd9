#include "timelinemodel.h"

#include "library.h"
#include "thumbnailcache.h"

#include <QImage>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace plaint {

TimelineModel::TimelineModel(QObject *parent) : QAbstractListModel(parent) {}

void TimelineModel::setLibrary(Library *library)
{
    m_library = library;
    m_caseId = 0;
    reload();
}

void TimelineModel::setThumbnails(ThumbnailCache *thumbnails)
{
    m_thumbnails = thumbnails;
    connect(thumbnails, &ThumbnailCache::ready, this, &TimelineModel::thumbnailReady);
}

void TimelineModel::thumbnailReady(const QString &sha256)
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            for (const Attachment &a : it->at(i).attachments) {
                if (a.sha256 == sha256) {
                    const QModelIndex changed = index(int(it.key() * kPageSize + i));
                    Q_EMIT dataChanged(changed, changed, {ThumbnailsRole});
                    break;
                }
            }
        }
    }
}

void TimelineModel::setCase(qint64 caseId)
{
    m_caseId = caseId;
    reload();
}

void TimelineModel::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    reload();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_ids.clear();
    m_pages.clear();
    m_lastError.clear();
    if (m_library && m_caseId > 0) {
        auto ids = m_library->eventIds(m_caseId, m_filter);
        if (ids)
            m_ids = *ids;
        else
            m_lastError = ids.error();
    }
    endResetModel();
    Q_EMIT reloaded();
}

void TimelineModel::refreshEvent(qint64 eventId)
{
    const int row = rowOfEvent(eventId);
    if (row < 0)
        return;
    auto page = m_pages.find(row / kPageSize);
    if (page == m_pages.end() || !m_library)
        return;
    if (auto fresh = m_library->eventById(eventId, true)) {
        (*page)[row % kPageSize] = *fresh;
        Q_EMIT dataChanged(index(row), index(row));
    }
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsDropEnabled;
}

const Event *TimelineModel::ensureLoaded(int row) const
{
    if (row < 0 || row >= m_ids.size() || !m_library)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        auto events = m_library->eventsByIds(m_ids.mid(qsizetype(page) * kPageSize, kPageSize), true);
        if (!events)
            return nullptr;
        it = m_pages.insert(page, *events);
    }
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

const Event *TimelineModel::eventAt(int row) const
{
    return ensureLoaded(row);
}

int TimelineModel::rowOfEvent(qint64 eventId) const
{
    return int(m_ids.indexOf(eventId));
}

QString TimelineModel::promiseState(const Event &event, const QDateTime &now)
{
    // Most urgent first: what needs the user's attention shows.
    QString state;
    int rank = 0;
    for (const Promise &p : event.promises) {
        const QString s = p.stateName(now);
        const int r = s == u"overdue" ? 4 : s == u"broken" ? 3 : s == u"pending" ? 2 : 1;
        if (r > rank) {
            rank = r;
            state = s;
        }
    }
    return state;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    if (role == EventIdRole)
        return row < m_ids.size() ? QVariant(m_ids.at(row)) : QVariant();
    const Event *e = ensureLoaded(row);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return e->summary;
    case Qt::ToolTipRole:
        return e->quotes.isEmpty() ? e->summary : e->summary + u"\n“"_s + e->quotes.join(u"”\n“"_s) + u"”"_s;
    case EventRole:
        return QVariant::fromValue(*e);
    case PromiseStateRole:
        return promiseState(*e, QDateTime::currentDateTimeUtc());
    case ImageCountRole:
        return int(std::count_if(e->attachments.cbegin(), e->attachments.cend(),
                                 [](const Attachment &a) { return a.mimeType.startsWith(u"image/"); }));
    case ThumbnailsRole: {
        QList<QImage> images;
        if (m_thumbnails) {
            for (const Attachment &a : e->attachments) {
                const QImage image = m_thumbnails->thumbnail(a.sha256, a.mimeType);
                if (!image.isNull())
                    images << image;
            }
        }
        return QVariant::fromValue(images);
    }
    case DayHeaderRole: {
        const QDate day = e->occurred.date();
        if (row > 0) {
            const Event *previous = ensureLoaded(row - 1);
            if (previous && previous->occurred.date() == day)
                return QString();
        }
        return QLocale().toString(day, QLocale::LongFormat);
    }
    default:
        return {};
    }
}

} // namespace plaint
