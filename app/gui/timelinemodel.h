#pragma once

#include "event.h"
#include "eventfilter.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace plaint {

class Library;
class ThumbnailCache;

// The timeline of one case. It holds only the ids of the events that pass the
// filter (a 100,000-event case is 100,000 integers) and loads the events
// themselves a page at a time, when a row is first painted.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    static constexpr int kPageSize = 200;

    enum Role {
        EventIdRole = Qt::UserRole + 1,
        EventRole,       // the whole Event, with promises and attachments
        DayHeaderRole,   // the day's title on the first event of each day, else empty
        PromiseStateRole, // "", "pending", "overdue", "kept" or "broken": the most urgent
        ThumbnailCountRole, // how many pieces of evidence get a thumbnail (images, PDFs): they get a line
        ThumbnailsRole    // QList<QImage>: the thumbnails ready so far
    };

    explicit TimelineModel(QObject *parent = nullptr);
    void setLibrary(Library *library);
    void setThumbnails(ThumbnailCache *thumbnails);
    void setCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    void setFilter(const EventFilter &filter);
    const EventFilter &filter() const { return m_filter; }
    QString lastError() const { return m_lastError; }
    // Reads the ids again and drops cached pages: a new list for views.
    void reload();
    // The same after a change: the few events added or removed are told to
    // views as such, so they keep their place (scroll position, current row);
    // only when events changed their order is the list new.
    void refresh();
    // Re-reads one event in place (after an edit or a new attachment).
    void refreshEvent(qint64 eventId);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    int rowOfEvent(qint64 eventId) const;
    const Event *eventAt(int row) const;
    int loadedPageCount() const { return int(m_pages.size()); }

    static QString promiseState(const Event &event, const QDateTime &now);

Q_SIGNALS:
    void reloaded();
    // Around refresh(): views keep their place across it.
    void refreshing();
    void refreshed();

private:
    const Event *ensureLoaded(int row) const;
    // Tells views the rows removed and inserted to go from the ids shown to
    // `fresh`; false when only a reset can say it.
    bool update(const QList<qint64> &fresh);
    QList<qint64> readIds();

    void thumbnailReady(const QString &sha256);

    Library *m_library = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    qint64 m_caseId = 0;
    EventFilter m_filter;
    QList<qint64> m_ids;
    QString m_lastError;
    mutable QHash<int, QList<Event>> m_pages;
};

} // namespace plaint
