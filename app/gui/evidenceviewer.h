#pragma once

#include "attachment.h"

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;

namespace plaint {

class Library;

// One piece of evidence: what it is, its SHA-256 and when it was added, and
// the thing itself — an image with zoom and fit, or anything else handed to
// the system's own application.
class EvidenceViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceViewer)

public:
    EvidenceViewer(Library *library, const Attachment &attachment, QString exportFolder, QWidget *parent = nullptr);

    bool showsImage() const { return !m_image.isNull(); }
    double zoom() const { return m_zoom; }
    void setZoom(double factor);
    void fitToWindow();
    // Writes the evidence into the export folder and opens it with the system's application.
    bool openExternally();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();

    Library *m_library;
    Attachment m_attachment;
    QString m_exportFolder;
    QImage m_image;
    double m_zoom = 1.0;
    bool m_fit = true;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_picture = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace plaint
