#pragma once

#include "vocabulary.h"

#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace plaint {

// Paints one timeline row: the day's title above the first event of a day,
// then channel icon, time, direction, duration (with the time on hold), the
// agent's ID as a chip, the reference number, the summary, a promise badge,
// a mark on the company's final answer, the evidence count and thumbnails.
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
    // "37 min, 21 on hold": a call's length with the time on hold, when recorded.
    static QString durationText(qint64 seconds, qint64 holdSeconds);
    static QString travelText(qint64 seconds);
    // The fill of a promise badge (white text on it): red when overdue or broken.
    static QColor badgeColor(const QString &state);
    static QColor finalAnswerColor();
    static QString timeText(const QTime &time);
    // A channel's icon in the palette's text colour, sharp at the device pixel ratio.
    static QPixmap tintedIcon(const QString &name, const QColor &color, int size, qreal dpr);

private:
    int headerHeight(const QStyleOptionViewItem &option) const;
};

} // namespace plaint
