#include "timelineview.h"

#include "timelinemodel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plaint {

TimelineView::TimelineView(QWidget *parent) : QListView(parent)
{
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setUniformItemSizes(false);
    setAlternatingRowColors(false);
    // Rows differ in height, so every row is measured: in batches, so a case
    // of 100,000 events paints its first page at once and the rest is laid
    // out between other work.
    setLayoutMode(QListView::Batched);
    setBatchSize(kLayoutBatch);
}

// The web addresses in HTML a browser drags (a link, or an image's page) when it gives no URL list.
static QList<QUrl> linksInHtml(const QMimeData *mime)
{
    QList<QUrl> links;
    if (!mime->hasHtml())
        return links;
    static const QRegularExpression attribute(u"(?:href|src)\\s*=\\s*[\"']([^\"']+)[\"']"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    for (auto it = attribute.globalMatch(mime->html()); it.hasNext();) {
        const QUrl url(it.next().captured(1));
        if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !links.contains(url))
            links << url;
    }
    return links;
}

void TimelineView::setModel(QAbstractItemModel *model)
{
    QListView::setModel(model);
    if (auto *timeline = qobject_cast<TimelineModel *>(model)) {
        connect(timeline, &TimelineModel::refreshing, this, &TimelineView::rememberPlace);
        connect(timeline, &TimelineModel::refreshed, this, [this] {
            if (m_anchorId > 0) {
                m_keeping = true;
                m_keepingSince.start();
                QTimer::singleShot(0, this, &TimelineView::restorePlace);
            }
        });
    }
    // Rows are laid out again in batches: the place comes back once its row is laid out.
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &TimelineView::restorePlace, Qt::UniqueConnection);
    // The user scrolling themselves wins.
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, &TimelineView::forgetPlace, Qt::UniqueConnection);
}

void TimelineView::rememberPlace()
{
    if (m_keeping)
        return; // a second change before the first place came back: that place still counts
    m_anchorId = 0;
    const QModelIndex top = indexAt(QPoint(1, 1));
    if (!top.isValid() || verticalScrollBar()->value() == 0)
        return;
    m_anchorId = top.data(TimelineModel::EventIdRole).toLongLong();
    m_anchorOffset = verticalScrollBar()->value() - rectForIndex(top).top();
}

void TimelineView::reveal(qint64 eventId)
{
    m_reveal = eventId;
    if (!m_keeping)
        m_keepingSince.start();
    QTimer::singleShot(0, this, &TimelineView::restorePlace);
}

void TimelineView::restorePlace()
{
    auto *timeline = qobject_cast<TimelineModel *>(model());
    if (!timeline || m_keepingSince.elapsed() > 20000) {
        forgetPlace();
        return;
    }
    if (m_keeping) {
        const int row = timeline->rowOfEvent(m_anchorId);
        if (row < 0) {
            m_keeping = false;
        } else {
            const QRect rect = rectForIndex(timeline->index(row));
            const int wanted = rect.top() + m_anchorOffset;
            if (!rect.isValid() || wanted > verticalScrollBar()->maximum())
                return; // not laid out yet
            verticalScrollBar()->setValue(wanted);
            m_keeping = false;
        }
    }
    if (m_reveal > 0) {
        const int row = timeline->rowOfEvent(m_reveal);
        if (row >= 0 && !rectForIndex(timeline->index(row)).isValid())
            return;
        m_reveal = 0;
        if (row >= 0 && !viewport()->rect().contains(visualRect(timeline->index(row))))
            scrollTo(timeline->index(row));
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    forgetPlace();
    QListView::wheelEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    forgetPlace();
    QListView::keyPressEvent(event);
}

static bool acceptable(const QMimeData *mime)
{
    return mime && (mime->hasUrls() || mime->hasImage() || !linksInHtml(mime).isEmpty());
}

void TimelineView::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptable(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void TimelineView::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptable(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void TimelineView::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!acceptable(mime)) {
        event->ignore();
        return;
    }
    const QModelIndex target = indexAt(event->position().toPoint());
    const int row = target.isValid() ? target.row() : -1;
    QStringList files;
    QList<QUrl> links;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
        else if (!url.isLocalFile())
            links << url;
    }
    if (files.isEmpty() && links.isEmpty())
        links = linksInHtml(mime);
    // A browser drags an image as pixels and as its web address: keep the pixels.
    if (mime->hasImage() && files.isEmpty()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (!image.isNull()) {
            Q_EMIT imageDropped(row, image, links);
            event->acceptProposedAction();
            return;
        }
    }
    if (!files.isEmpty())
        Q_EMIT filesDropped(row, files);
    if (!links.isEmpty())
        Q_EMIT linksDropped(row, links);
    event->acceptProposedAction();
}

} // namespace plaint
