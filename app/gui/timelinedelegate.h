#pragma once

#include "vocabulary.h"

#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace plaint {

// Paints one timeline row: the day's title above the first event of a day,
// then channel icon, time, direction, duration, the agent's ID as a chip,
// the reference number, the summary, a promise badge and the evidence count.
class TimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineDelegate)

public:
    explicit TimelineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Words for people, shared with the detail pane.
    static QString channelName(Channel channel);
    static QString directionName(Direction direction);
    static QString promiseStateName(const QString &state);
    static QString durationText(qint64 seconds);
    static QString timeText(const QTime &time);
    // A channel's icon in the palette's text colour, sharp at the device pixel ratio.
    static QPixmap tintedIcon(const QString &name, const QColor &color, int size, qreal dpr);

private:
    int headerHeight(const QStyleOptionViewItem &option) const;
};

} // namespace plaint
