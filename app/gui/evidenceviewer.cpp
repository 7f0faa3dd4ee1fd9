#include "evidenceviewer.h"

#include "audioplayer.h"
#include "library.h"
#include "pdfviewer.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

// Larger images are shown from a reduced copy; the evidence itself is never touched.
constexpr qint64 kLargestImageShown = 256 * 1024 * 1024;

} // namespace

EvidenceViewer::EvidenceViewer(Library *library, const Attachment &attachment, QString exportFolder, QWidget *parent)
    : QDialog(parent), m_library(library), m_attachment(attachment), m_exportFolder(std::move(exportFolder))
{
    setWindowTitle(attachment.fileName);
    auto *layout = new QVBoxLayout(this);
    auto *facts = new QFormLayout;
    auto *sha = new QLabel(attachment.sha256, this);
    sha->setObjectName(u"sha256"_s);
    sha->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = sha->font();
    mono.setFamily(u"monospace"_s);
    sha->setFont(mono);
    facts->addRow(tr("File:"), new QLabel(attachment.fileName, this));
    facts->addRow(tr("Kind:"), new QLabel(tr("%1, %2").arg(attachment.mimeType, QLocale().formattedDataSize(attachment.size)), this));
    facts->addRow(tr("Added:"), new QLabel(QLocale().toString(attachment.added.toLocalTime(), QLocale::LongFormat), this));
    facts->addRow(tr("SHA-256:"), sha);
    layout->addLayout(facts);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    if (attachment.mimeType.startsWith(u"image/"_s) && attachment.size <= kLargestImageShown) {
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        if (Status s = m_library->readEvidence(attachment.sha256, buffer); s) {
            buffer.seek(0);
            QImageReader reader(&buffer);
            reader.setAutoTransform(true);
            m_image = reader.read();
            if (m_image.isNull()) {
                m_problem->setText(tr("This image cannot be shown (%1). It is kept unchanged; open it with another program.")
                                       .arg(reader.errorString()));
                m_problem->setVisible(true);
            }
        } else {
            m_problem->setText(s.error());
            m_problem->setVisible(true);
        }
    }

    const QString mime = attachment.mimeType;
    if (mime == u"application/pdf"_s) {
        m_pdf = new PdfViewer(this);
        m_pdf->setObjectName(u"pdfViewer"_s);
        if (m_pdf->open(*m_library, attachment.sha256)) {
            layout->addWidget(m_pdf, 1);
        } else {
            m_problem->setText(m_pdf->problem());
            m_problem->setVisible(true);
            delete m_pdf;
            m_pdf = nullptr;
        }
    } else if (mime.startsWith(u"audio/"_s) || mime.startsWith(u"video/"_s)) {
        m_audio = new AudioPlayer(mime.startsWith(u"video/"_s), this);
        m_audio->setObjectName(u"audioPlayer"_s);
        if (m_audio->open(*m_library, attachment.sha256, attachment.fileName)) {
            layout->addWidget(m_audio, mime.startsWith(u"video/"_s) ? 1 : 0);
        } else {
            m_problem->setText(m_audio->problem());
            m_problem->setVisible(true);
            delete m_audio;
            m_audio = nullptr;
        }
    }
    if (!m_problem->isHidden())
        m_problem->setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c12; padding: 6px; border-radius: 4px; }"_s);

    auto *buttons = new QHBoxLayout;
    if (!m_image.isNull()) {
        m_scroll = new QScrollArea(this);
        m_scroll->setAlignment(Qt::AlignCenter);
        m_picture = new QLabel(m_scroll);
        m_picture->setObjectName(u"picture"_s);
        m_scroll->setWidget(m_picture);
        layout->addWidget(m_scroll, 1);
        auto button = [&](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
            auto *b = new QPushButton(text, this);
            b->setObjectName(name);
            b->setShortcut(key);
            connect(b, &QPushButton::clicked, this, slot);
            buttons->addWidget(b);
        };
        button(u"zoomIn"_s, tr("Zoom &in"), QKeySequence::ZoomIn, [this] { setZoom(m_zoom * 1.25); });
        button(u"zoomOut"_s, tr("Zoom &out"), QKeySequence::ZoomOut, [this] { setZoom(m_zoom / 1.25); });
        button(u"actualSize"_s, tr("&Actual size"), QKeySequence(tr("Ctrl+0")), [this] { setZoom(1.0); });
        button(u"fit"_s, tr("&Fit"), QKeySequence(tr("Ctrl+9")), [this] { fitToWindow(); });
    }
    buttons->addStretch();
    auto *external = new QPushButton(tr("Open with the system's application"), this);
    external->setObjectName(u"openExternally"_s);
    connect(external, &QPushButton::clicked, this, [this] { openExternally(); });
    buttons->addWidget(external);
    layout->addLayout(buttons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    if (m_pdf)
        resize(1000, 820);
    else if (m_audio)
        resize(640, mime.startsWith(u"video/"_s) ? 520 : 260);
    else
        resize(m_image.isNull() ? QSize(560, 240) : QSize(900, 760));
    render();
}

QString EvidenceViewer::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void EvidenceViewer::setZoom(double factor)
{
    m_fit = false;
    m_zoom = qBound(0.05, factor, 16.0);
    render();
}

void EvidenceViewer::fitToWindow()
{
    m_fit = true;
    render();
}

void EvidenceViewer::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_fit)
        render();
}

void EvidenceViewer::render()
{
    if (m_image.isNull() || !m_picture)
        return;
    if (m_fit) {
        const QSize room = m_scroll->viewport()->size() - QSize(4, 4);
        m_zoom = qMin(1.0, qMin(double(room.width()) / m_image.width(), double(room.height()) / m_image.height()));
        m_zoom = qMax(m_zoom, 0.05);
    }
    const QSize shown = (QSizeF(m_image.size()) * m_zoom).toSize();
    m_picture->setPixmap(QPixmap::fromImage(m_image.scaled(shown * devicePixelRatioF(), Qt::KeepAspectRatio,
                                                             Qt::SmoothTransformation)));
    m_picture->resize(shown);
}

bool EvidenceViewer::openExternally()
{
    QDir().mkpath(m_exportFolder);
    // The copy carries the evidence's hash in its folder name, so two files
    // with the same name never overwrite each other.
    const QString folder = QDir(m_exportFolder).filePath(m_attachment.sha256.left(16));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(m_attachment.fileName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_problem->setText(tr("A copy for the other program could not be written (%1).").arg(file.errorString()));
        m_problem->setVisible(true);
        return false;
    }
    if (Status s = m_library->readEvidence(m_attachment.sha256, file); !s) {
        file.cancelWriting();
        m_problem->setText(s.error());
        m_problem->setVisible(true);
        return false;
    }
    if (!file.commit()) {
        m_problem->setText(tr("A copy for the other program could not be written (%1).").arg(file.errorString()));
        m_problem->setVisible(true);
        return false;
    }
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace plaint
