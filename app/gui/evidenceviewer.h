#pragma once

#include "attachment.h"

#include <QDialog>
#include <QImage>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace plaint {

class AudioPlayer;
class EvidenceLoader;
class Library;
class PdfViewer;

// One piece of evidence: what it is, its SHA-256 and when it was added, and
// the thing itself — an image with zoom and fit, a PDF with pages and
// search, a recording to play, or anything else handed to the system's own
// application. The evidence is read out of the library off the window's
// thread, with a progress note: a large recording never freezes the window.
class EvidenceViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceViewer)

public:
    EvidenceViewer(Library *library, const Attachment &attachment, QString exportFolder, QWidget *parent = nullptr);
    ~EvidenceViewer() override;

    // True while the evidence is still being read out of the library (loaded() follows).
    bool isLoading() const;
    bool showsImage() const { return !m_image.isNull(); }
    // Set for PDFs and for recordings (audio or video) respectively, once loaded.
    PdfViewer *pdfViewer() const { return m_pdf; }
    AudioPlayer *audioPlayer() const { return m_audio; }
    // Why the evidence is not shown here; empty when it is.
    QString problem() const;
    double zoom() const { return m_zoom; }
    void setZoom(double factor);
    void fitToWindow();
    // Writes a copy into the export folder (off the window's thread) and opens
    // it with the system's application; false when that cannot start.
    bool openExternally();

Q_SIGNALS:
    void loaded();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void startLoading();
    void finishLoading();
    void showProblem(const QString &message);
    void updateProgress();
    void imageArrived(const QImage &image, const QString &error);

    Library *m_library;
    Attachment m_attachment;
    QString m_exportFolder;
    QImage m_image;
    double m_zoom = 1.0;
    bool m_fit = true;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_picture = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_loadingRow = nullptr;
    QLabel *m_loadingNote = nullptr;
    QProgressBar *m_progress = nullptr;
    QList<QPushButton *> m_imageButtons;
    PdfViewer *m_pdf = nullptr;
    AudioPlayer *m_audio = nullptr;
    EvidenceLoader *m_loader = nullptr;
    EvidenceLoader *m_copier = nullptr;
    QTimer m_progressTimer;
};

} // namespace plaint
