#include "timelinedelegate.h"

#include "event.h"
#include "localeformat.h"
#include "thumbnailcache.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

constexpr int kMargin = 8;
constexpr int kIcon = 22;

} // namespace

// Mid tones under white text: they read on the light and the dark palette alike.
QColor TimelineDelegate::badgeColor(const QString &state)
{
    if (state == u"overdue" || state == u"broken")
        return QColor(0xc0, 0x39, 0x2b);
    if (state == u"kept")
        return QColor(0x2e, 0x7d, 0x32);
    return QColor(0x9a, 0x5b, 0x00); // pending
}

QColor TimelineDelegate::finalAnswerColor()
{
    return QColor(0x5e, 0x35, 0xb1);
}

TimelineDelegate::TimelineDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString TimelineDelegate::channelName(Channel channel)
{
    switch (channel) {
    case Channel::Phone: return tr("Phone call");
    case Channel::Store: return tr("Store visit");
    case Channel::App: return tr("App or website");
    case Channel::Chat: return tr("Online chat");
    case Channel::Sms: return tr("SMS");
    case Channel::Email: return tr("E-mail");
    case Channel::Letter: return tr("Letter");
    case Channel::Social: return tr("Social media");
    case Channel::Note: return tr("Note");
    }
    return {};
}

QString TimelineDelegate::directionName(Direction direction)
{
    switch (direction) {
    case Direction::Outgoing: return tr("you contacted them");
    case Direction::Incoming: return tr("they contacted you");
    case Direction::Note: return tr("your note");
    }
    return {};
}

QString TimelineDelegate::promiseStateName(const QString &state)
{
    if (state == u"overdue")
        return tr("Promise overdue");
    if (state == u"broken")
        return tr("Promise broken");
    if (state == u"kept")
        return tr("Promise kept");
    if (state == u"pending")
        return tr("Promise pending");
    return {};
}

QString TimelineDelegate::timeText(const QTime &time)
{
    // Hours and minutes in the user's locale; seconds say nothing on a timeline.
    QString format = LocaleFormat::timeFormat();
    format.remove(u":ss"_s);
    return QLocale().toString(time, format);
}

QString TimelineDelegate::durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 3600)
        return tr("%1:%2 min").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString TimelineDelegate::durationText(qint64 seconds, qint64 holdSeconds)
{
    if (seconds < 0 || holdSeconds < 0)
        return durationText(seconds);
    const qint64 minutes = (seconds + 30) / 60;
    const qint64 hold = (holdSeconds + 30) / 60;
    if (minutes < 60)
        return tr("%1 min, %2 on hold").arg(minutes).arg(hold);
    return tr("%1 h %2 min, %3 min on hold").arg(minutes / 60).arg(minutes % 60).arg(hold);
}

QString TimelineDelegate::travelText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("%1 min travelling").arg(minutes);
    return tr("%1 h %2 min travelling").arg(minutes / 60).arg(minutes % 60);
}

QPixmap TimelineDelegate::tintedIcon(const QString &name, const QColor &color, int size, qreal dpr)
{
    static QHash<QString, QPixmap> cache;
    const QString key = name + u'/' + color.name() + u'/' + QString::number(size) + u'@' + QString::number(dpr);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QPixmap pixmap = QIcon(u":/icons/channels/%1.svg"_s.arg(name)).pixmap(QSize(size, size), dpr);
    if (!pixmap.isNull()) {
        QPainter p(&pixmap);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(pixmap.rect(), color);
    }
    cache.insert(key, pixmap);
    return pixmap;
}

int TimelineDelegate::headerHeight(const QStyleOptionViewItem &option) const
{
    return option.fontMetrics.height() + 2 * kMargin;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = option.fontMetrics.height();
    int height = 2 * kMargin + 2 * line + 4;
    if (index.data(TimelineModel::ThumbnailCountRole).toInt() > 0)
        height += ThumbnailCache::kHeight + 6;
    if (!index.data(TimelineModel::DayHeaderRole).toString().isEmpty())
        height += headerHeight(option);
    return QSize(400, height);
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    QStyleOptionViewItem option = opt;
    initStyleOption(&option, index);
    const QVariant value = index.data(TimelineModel::EventRole);
    if (!value.isValid())
        return;
    const Event e = value.value<Event>();
    const QPalette &palette = option.palette;
    const QString header = index.data(TimelineModel::DayHeaderRole).toString();
    const QString promise = index.data(TimelineModel::PromiseStateRole).toString();

    painter->save();
    QRect rect = option.rect;
    if (!header.isEmpty()) {
        QRect band = rect;
        band.setHeight(headerHeight(option));
        painter->fillRect(band, palette.alternateBase());
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(band.adjusted(kMargin, 0, -kMargin, 0), Qt::AlignVCenter | Qt::AlignLeft, header);
        rect.setTop(band.bottom() + 1);
    }
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(rect, palette.highlight());
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dim = selected ? text : palette.color(QPalette::PlaceholderText);
    painter->setFont(option.font);
    const QFontMetrics fm = option.fontMetrics;
    const int line = fm.height();

    // Left column: the channel's icon.
    const QRect iconRect(rect.left() + kMargin, rect.top() + kMargin, kIcon, kIcon);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(iconRect, tintedIcon(toString(e.channel), text, kIcon, dpr));

    // First line: time, channel, direction, duration, agent chip, reference; badges on the right.
    int x = iconRect.right() + kMargin;
    const int y = rect.top() + kMargin;
    const int right = rect.right() - kMargin;
    int leftLimit = right; // the left words stop before the badges on the right
    auto drawWord = [&](const QString &word, const QColor &color, bool bold = false) {
        QFont f = option.font;
        f.setBold(bold);
        painter->setFont(f);
        const QFontMetrics m(f);
        painter->setPen(color);
        const int room = leftLimit - x;
        if (room > m.horizontalAdvance(u"…"_s))
            painter->drawText(QRect(x, y, room, line), Qt::AlignVCenter, m.elidedText(word, Qt::ElideRight, room));
        x += m.horizontalAdvance(word) + kMargin;
        painter->setFont(option.font);
    };
    auto drawChip = [&](const QString &word, const QColor &fill, const QColor &ink, int at) {
        const int w = fm.horizontalAdvance(word) + 12;
        const QRect chip(at, y, w, line);
        QPainterPath path;
        path.addRoundedRect(chip, line / 2.0, line / 2.0);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(path, fill);
        painter->setPen(ink);
        painter->drawText(chip, Qt::AlignCenter, word);
        return w;
    };

    // Right side: final answer, promise badge, evidence count, "edited".
    int rx = right;
    if (e.finalAnswer) {
        const QString word = tr("Final answer");
        rx -= fm.horizontalAdvance(word) + 12;
        drawChip(word, finalAnswerColor(), Qt::white, rx);
        rx -= kMargin;
    }
    if (!promise.isEmpty()) {
        const QString word = promiseStateName(promise);
        const int w = fm.horizontalAdvance(word) + 12;
        rx -= w;
        drawChip(word, badgeColor(promise), Qt::white, rx);
        rx -= kMargin;
    }
    if (!e.attachments.isEmpty()) {
        const QString count = QString::number(e.attachments.size());
        const int w = fm.horizontalAdvance(count);
        rx -= w;
        painter->setPen(text);
        painter->drawText(QRect(rx, y, w + 1, line), Qt::AlignVCenter, count);
        rx -= line + 2;
        painter->drawPixmap(QRect(rx, y, line, line), tintedIcon(u"attachment"_s, text, line, dpr));
        rx -= kMargin;
    }
    if (e.wasEdited()) {
        const QString word = tr("edited");
        rx -= fm.horizontalAdvance(word);
        painter->setPen(dim);
        painter->drawText(QRect(rx, y, fm.horizontalAdvance(word) + 1, line), Qt::AlignVCenter, word);
        rx -= kMargin;
    }
    leftLimit = rx;

    drawWord(timeText(e.occurred.time()), text, true);
    drawWord(channelName(e.channel), text);
    drawWord(directionName(e.direction), dim);
    if (e.durationSeconds >= 0)
        drawWord(durationText(e.durationSeconds, e.holdSeconds), dim);
    if (e.travelSeconds >= 0)
        drawWord(travelText(e.travelSeconds), dim);
    if (!e.agentCode.isEmpty()) {
        const QString chip = tr("Agent %1").arg(e.agentCode);
        if (x + fm.horizontalAdvance(chip) + 12 < leftLimit)
            x += drawChip(chip, palette.color(QPalette::Button), palette.color(QPalette::ButtonText), x) + kMargin;
    }
    if (!e.reference.isEmpty())
        drawWord(tr("Ref. %1").arg(e.reference), dim);

    // Second line: the summary, elided to the width.
    const int summaryLeft = iconRect.right() + kMargin;
    painter->setPen(text);
    painter->drawText(QRect(summaryLeft, y + line + 4, right - summaryLeft, line), Qt::AlignVCenter,
                      fm.elidedText(e.summary, Qt::ElideRight, right - summaryLeft));

    // Third line: thumbnails of the images and PDFs, as they become ready.
    int tx = summaryLeft;
    const int ty = y + 2 * line + 10;
    const auto thumbnails = index.data(TimelineModel::ThumbnailsRole).value<QList<QImage>>();
    for (const QImage &image : thumbnails) {
        const int w = qMax(1, image.width() * ThumbnailCache::kHeight / qMax(1, image.height()));
        if (tx + w > right)
            break;
        const QRect target(tx, ty, w, ThumbnailCache::kHeight);
        painter->drawImage(target, image);
        painter->setPen(palette.color(QPalette::Mid));
        painter->drawRect(target.adjusted(0, 0, -1, -1));
        tx += w + 6;
    }
    painter->restore();
}

} // namespace plaint
