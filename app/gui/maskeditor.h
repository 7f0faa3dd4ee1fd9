#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QWidget>

namespace plaint {

// Shows an image exhibit, turned the way its EXIF orientation says, and lets
// the user drag black boxes over what must not leave the computer (a name in
// a chat screenshot, a card number in a photo). The boxes are in the image's
// own pixels, as the dossier burns them in.
class MaskEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaskEditor)

public:
    explicit MaskEditor(QWidget *parent = nullptr);

    // Reads the image with its EXIF orientation applied; false when it cannot be read.
    bool setImageData(const QByteArray &bytes);
    void setImage(const QImage &image);
    QImage image() const { return m_image; }

    QList<QRectF> masks() const { return m_masks; }
    void setMasks(const QList<QRectF> &masks);
    void addMask(const QRectF &imageRect);
    int selectedMask() const { return m_selected; }
    void removeSelected();
    void clearMasks();

    // Where an image pixel is drawn in the widget, and back (for tests and the mouse).
    QPointF toWidget(const QPointF &imagePoint) const;
    QPointF toImage(const QPointF &widgetPoint) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void masksChanged();
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF imageArea() const;
    QRectF dragRect() const;

    QImage m_image;
    QList<QRectF> m_masks;
    int m_selected = -1;
    bool m_dragging = false;
    QPointF m_dragStart; // image pixels
    QPointF m_dragEnd;
};

} // namespace plaint
