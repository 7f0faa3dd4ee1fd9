#include "maskeditor.h"

#include <QBuffer>
#include <QImageReader>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace plaint {

MaskEditor::MaskEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("maskEditor"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setCursor(Qt::CrossCursor);
    setMinimumSize(320, 240);
}

bool MaskEditor::setImageData(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // as the dossier shows it, so the boxes land where they were drawn
    const QImage image = reader.read();
    setImage(image);
    return !image.isNull();
}

void MaskEditor::setImage(const QImage &image)
{
    m_image = image;
    m_masks.clear();
    m_selected = -1;
    updateGeometry();
    update();
}

void MaskEditor::setMasks(const QList<QRectF> &masks)
{
    m_masks = masks;
    m_selected = -1;
    update();
    Q_EMIT masksChanged();
    Q_EMIT selectionChanged();
}

void MaskEditor::addMask(const QRectF &imageRect)
{
    const QRectF bounded = imageRect.normalized().intersected(QRectF(QPointF(0, 0), QSizeF(m_image.size())));
    if (bounded.width() < 1 || bounded.height() < 1)
        return;
    m_masks.append(QRectF(bounded.toAlignedRect())); // whole pixels: nothing half-hidden at the edge
    m_selected = int(m_masks.size()) - 1;
    update();
    Q_EMIT masksChanged();
    Q_EMIT selectionChanged();
}

void MaskEditor::removeSelected()
{
    if (m_selected < 0 || m_selected >= m_masks.size())
        return;
    m_masks.removeAt(m_selected);
    m_selected = -1;
    update();
    Q_EMIT masksChanged();
    Q_EMIT selectionChanged();
}

void MaskEditor::clearMasks()
{
    if (m_masks.isEmpty())
        return;
    m_masks.clear();
    m_selected = -1;
    update();
    Q_EMIT masksChanged();
    Q_EMIT selectionChanged();
}

QSize MaskEditor::sizeHint() const
{
    if (m_image.isNull())
        return {480, 360};
    return m_image.size().scaled(QSize(900, 640), Qt::KeepAspectRatio).expandedTo(QSize(320, 240));
}

QRectF MaskEditor::imageArea() const
{
    if (m_image.isNull())
        return {};
    const QSizeF shown = QSizeF(m_image.size()).scaled(QSizeF(size()) - QSizeF(8, 8), Qt::KeepAspectRatio);
    return {QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown};
}

QPointF MaskEditor::toWidget(const QPointF &imagePoint) const
{
    const QRectF area = imageArea();
    if (area.isEmpty())
        return {};
    const double scale = area.width() / m_image.width();
    return area.topLeft() + imagePoint * scale;
}

QPointF MaskEditor::toImage(const QPointF &widgetPoint) const
{
    const QRectF area = imageArea();
    if (area.isEmpty())
        return {};
    const double scale = m_image.width() / area.width();
    const QPointF p = (widgetPoint - area.topLeft()) * scale;
    return {qBound(0.0, p.x(), double(m_image.width())), qBound(0.0, p.y(), double(m_image.height()))};
}

QRectF MaskEditor::dragRect() const
{
    return QRectF(m_dragStart, m_dragEnd).normalized();
}

void MaskEditor::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().dark());
    const QRectF area = imageArea();
    if (area.isEmpty()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("This image cannot be shown."));
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(area, m_image);
    const auto shown = [this](const QRectF &r) { return QRectF(toWidget(r.topLeft()), toWidget(r.bottomRight())); };
    for (int i = 0; i < m_masks.size(); ++i) {
        painter.fillRect(shown(m_masks.at(i)), Qt::black);
        if (i == m_selected) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
            painter.drawRect(shown(m_masks.at(i)));
        }
    }
    if (m_dragging) {
        painter.setPen(QPen(Qt::red, 2, Qt::DashLine));
        painter.setBrush(QColor(0, 0, 0, 160));
        painter.drawRect(shown(dragRect()));
    }
}

void MaskEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_image.isNull())
        return;
    const QPointF at = toImage(event->position());
    // A click on a box selects it (to remove it); a drag anywhere else draws a new one.
    for (int i = int(m_masks.size()) - 1; i >= 0; --i) {
        if (m_masks.at(i).contains(at)) {
            m_selected = i;
            update();
            Q_EMIT selectionChanged();
            return;
        }
    }
    m_dragging = true;
    m_dragStart = at;
    m_dragEnd = at;
    update();
}

void MaskEditor::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_dragEnd = toImage(event->position());
    update();
}

void MaskEditor::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    m_dragEnd = toImage(event->position());
    addMask(dragRect());
    update();
}

void MaskEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        removeSelected();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace plaint
