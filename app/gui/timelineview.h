#pragma once

#include <QImage>
#include <QList>
#include <QListView>
#include <QUrl>

namespace plaint {

// The timeline list. Files, images and links dropped on an event attach to
// it; dropped on empty space they start a new event.
class TimelineView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    static constexpr int kLayoutBatch = 400;
    explicit TimelineView(QWidget *parent = nullptr);

Q_SIGNALS:
    // row is -1 when the drop landed outside any event.
    void filesDropped(int row, const QStringList &paths);
    void imageDropped(int row, const QImage &image, const QList<QUrl> &source);
    void linksDropped(int row, const QList<QUrl> &urls);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace plaint
