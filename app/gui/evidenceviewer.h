#pragma once

#include "attachment.h"

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;

namespace plaint {

class AudioPlayer;
class Library;
class PdfViewer;

// One piece of evidence: what it is, its SHA-256 and when it was added, and
// the thing itself — an image with zoom and fit, a PDF with pages and
// search, a recording to play, or anything else handed to the system's own
// application.
class EvidenceViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceViewer)

public:
    EvidenceViewer(Library *library, const Attachment &attachment, QString exportFolder, QWidget *parent = nullptr);

    bool showsImage() const { return !m_image.isNull(); }
    // Set for PDFs and for recordings (audio or video) respectively.
    PdfViewer *pdfViewer() const { return m_pdf; }
    AudioPlayer *audioPlayer() const { return m_audio; }
    // Why the evidence is not shown here; empty when it is.
    QString problem() const;
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
    PdfViewer *m_pdf = nullptr;
    AudioPlayer *m_audio = nullptr;
};

} // namespace plaint
