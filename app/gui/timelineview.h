#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QListView>
#include <QUrl>

namespace plaint {

// The timeline list. Files, images and links dropped on an event attach to
// it; dropped on empty space they start a new event. When the timeline is
// refreshed after a change, the list keeps the user's place: the row at the
// top stays at the top, even after every row was laid out again.
class TimelineView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    static constexpr int kLayoutBatch = 400;
    explicit TimelineView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;
    // The place kept across a refresh is given up (the user scrolls themselves).
    void forgetPlace()
    {
        m_keeping = false;
        m_reveal = 0;
    }
    // Once laid out (and back in place), this event is scrolled into sight if it is not.
    void reveal(qint64 eventId);

Q_SIGNALS:
    // row is -1 when the drop landed outside any event.
    void filesDropped(int row, const QStringList &paths);
    void imageDropped(int row, const QImage &image, const QList<QUrl> &source);
    void linksDropped(int row, const QList<QUrl> &urls);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void rememberPlace();
    void restorePlace();

    qint64 m_anchorId = 0;   // the event at the top of the list
    int m_anchorOffset = 0;  // how far the list was scrolled past its top
    bool m_keeping = false;  // until the anchor is laid out again
    qint64 m_reveal = 0;     // the event to bring into sight then
    QElapsedTimer m_keepingSince;
};

} // namespace plaint
