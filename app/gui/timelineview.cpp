#include "timelineview.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>

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

static bool acceptable(const QMimeData *mime)
{
    return mime && (mime->hasUrls() || mime->hasImage());
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
