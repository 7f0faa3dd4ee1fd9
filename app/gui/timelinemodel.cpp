#include "timelinemodel.h"

#include "library.h"
#include "thumbnailcache.h"

#include <QImage>
#include <QSet>

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
    m_ids = readIds();
    m_pages.clear();
    endResetModel();
    Q_EMIT reloaded();
}

void TimelineModel::refresh()
{
    Q_EMIT refreshing();
    const QList<qint64> fresh = readIds();
    if (!update(fresh)) {
        beginResetModel();
        m_ids = fresh;
        m_pages.clear();
        endResetModel();
    }
    Q_EMIT reloaded();
    Q_EMIT refreshed();
}

QList<qint64> TimelineModel::readIds()
{
    m_lastError.clear();
    if (!m_library || m_caseId <= 0)
        return {};
    auto ids = m_library->eventIds(m_caseId, m_filter);
    if (!ids) {
        m_lastError = ids.error();
        return {};
    }
    return *ids;
}

bool TimelineModel::update(const QList<qint64> &fresh)
{
    if (m_ids.isEmpty() || fresh.isEmpty())
        return false;
    const QSet<qint64> before(m_ids.cbegin(), m_ids.cend());
    const QSet<qint64> after(fresh.cbegin(), fresh.cend());
    // A few events come and go after a change; many at once (another filter) are a new list.
    constexpr qsizetype kMostChanged = 64;
    if (qAbs(m_ids.size() - fresh.size()) > kMostChanged)
        return false;
    // The events both lists hold must be in the same order; otherwise a reset says it.
    qsizetype i = 0, j = 0;
    while (i < m_ids.size() || j < fresh.size()) {
        while (i < m_ids.size() && !after.contains(m_ids.at(i)))
            ++i;
        while (j < fresh.size() && !before.contains(fresh.at(j)))
            ++j;
        if (i < m_ids.size() && j < fresh.size()) {
            if (m_ids.at(i) != fresh.at(j))
                return false;
            ++i;
            ++j;
        } else if (i < m_ids.size() || j < fresh.size()) {
            return false;
        }
    }
    qsizetype changed = 0;
    for (qint64 id : m_ids)
        changed += !after.contains(id);
    for (qint64 id : fresh)
        changed += !before.contains(id);
    if (changed > kMostChanged)
        return false;
    // Cached pages are by row: they are read again.
    m_pages.clear();
    for (qsizetype end = m_ids.size(); end > 0;) {
        if (after.contains(m_ids.at(end - 1))) {
            --end;
            continue;
        }
        qsizetype start = end - 1;
        while (start > 0 && !after.contains(m_ids.at(start - 1)))
            --start;
        beginRemoveRows({}, int(start), int(end - 1));
        m_ids.remove(start, end - start);
        endRemoveRows();
        end = start;
    }
    for (qsizetype row = 0; row < fresh.size();) {
        if (row < m_ids.size() && m_ids.at(row) == fresh.at(row)) {
            ++row;
            continue;
        }
        qsizetype last = row;
        while (last + 1 < fresh.size() && !before.contains(fresh.at(last + 1)))
            ++last;
        beginInsertRows({}, int(row), int(last));
        m_ids.insert(row, last - row + 1, 0);
        for (qsizetype k = row; k <= last; ++k)
            m_ids[k] = fresh.at(k);
        endInsertRows();
        row = last + 1;
    }
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1));
    return true;
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
    case ThumbnailCountRole:
        return int(std::count_if(e->attachments.cbegin(), e->attachments.cend(),
                                 [](const Attachment &a) { return ThumbnailCache::canShow(a.mimeType); }));
    case ThumbnailsRole: {
        QList<QImage> images;
        if (m_thumbnails) {
            for (const Attachment &a : e->attachments) {
                const QImage image = m_thumbnails->thumbnail(a.sha256, a.mimeType, a.size);
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
