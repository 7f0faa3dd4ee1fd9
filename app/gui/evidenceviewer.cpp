#include "evidenceviewer.h"

#include "audioplayer.h"
#include "evidenceloader.h"
#include "library.h"
#include "localeformat.h"
#include "pdfviewer.h"
#include "themecolours.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

// Larger images are not decoded here; the system's application can show them.
constexpr qint64 kLargestImageShown = 256 * 1024 * 1024;

bool isPdf(const QString &mime) { return mime == u"application/pdf"; }
bool isMedia(const QString &mime) { return mime.startsWith(u"audio/") || mime.startsWith(u"video/"); }
bool isImage(const Attachment &a) { return a.mimeType.startsWith(u"image/") && a.size <= kLargestImageShown; }

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
    facts->addRow(tr("Added:"), new QLabel(QLocale().toString(attachment.added.toLocalTime(), LocaleFormat::dateTimeFormat(QLocale::LongFormat)), this));
    facts->addRow(tr("SHA-256:"), sha);
    layout->addLayout(facts);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    m_loadingRow = new QWidget(this);
    auto *loadingRow = new QHBoxLayout(m_loadingRow);
    loadingRow->setContentsMargins(0, 0, 0, 0);
    m_loadingNote = new QLabel(m_loadingRow);
    m_loadingNote->setObjectName(u"loadingNote"_s);
    m_progress = new QProgressBar(m_loadingRow);
    m_progress->setObjectName(u"loadingProgress"_s);
    m_progress->setRange(0, 1000);
    loadingRow->addWidget(m_loadingNote, 1);
    loadingRow->addWidget(m_progress, 1);
    m_loadingRow->setVisible(false);
    layout->addWidget(m_loadingRow);

    const QString mime = attachment.mimeType;
    if (isPdf(mime)) {
        m_pdf = new PdfViewer(this);
        m_pdf->setObjectName(u"pdfViewer"_s);
        m_pdf->setVisible(false);
        layout->addWidget(m_pdf, 1);
    } else if (isMedia(mime)) {
        m_audio = new AudioPlayer(mime.startsWith(u"video/"_s), this);
        m_audio->setObjectName(u"audioPlayer"_s);
        m_audio->setVisible(false);
        layout->addWidget(m_audio, mime.startsWith(u"video/"_s) ? 1 : 0);
    } else if (isImage(attachment)) {
        m_scroll = new QScrollArea(this);
        m_scroll->setAlignment(Qt::AlignCenter);
        m_picture = new QLabel(m_scroll);
        m_picture->setObjectName(u"picture"_s);
        m_scroll->setWidget(m_picture);
        m_scroll->setVisible(false);
        layout->addWidget(m_scroll, 1);
    }

    auto *buttons = new QHBoxLayout;
    if (m_scroll) {
        auto button = [&](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
            auto *b = new QPushButton(text, this);
            b->setObjectName(name);
            b->setShortcut(key);
            b->setVisible(false);
            connect(b, &QPushButton::clicked, this, slot);
            buttons->addWidget(b);
            m_imageButtons << b;
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
        resize(m_scroll ? QSize(900, 760) : QSize(560, 240));

    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &EvidenceViewer::updateProgress);
    startLoading();
}

EvidenceViewer::~EvidenceViewer() = default;

void EvidenceViewer::startLoading()
{
    QString target;
    if (m_pdf)
        target = m_pdf->privateFile();
    else if (m_audio)
        target = m_audio->privateFile(m_attachment.fileName);
    else if (!m_scroll)
        return; // nothing to show here: the system's application can
    if ((m_pdf || m_audio) && target.isEmpty()) {
        showProblem(m_pdf ? m_pdf->problem() : m_audio->problem());
        return;
    }
    m_loader = new EvidenceLoader(m_library->path(), m_attachment.sha256, m_attachment.size, this);
    m_loadingNote->setText(m_pdf ? tr("Reading the PDF out of your library (%1)…")
                           : m_audio ? tr("Reading the recording out of your library (%1)…")
                                     : tr("Reading the picture out of your library (%1)…"));
    m_loadingNote->setText(m_loadingNote->text().arg(QLocale().formattedDataSize(m_attachment.size)));
    m_loadingRow->setVisible(true);
    m_progress->setValue(0);
    m_progressTimer.start();
    if (m_scroll) {
        connect(m_loader, &EvidenceLoader::imageReady, this, &EvidenceViewer::imageArrived);
        m_loader->toImage();
        return;
    }
    connect(m_loader, &EvidenceLoader::fileReady, this, [this](bool ok, const QString &error) {
        if (!ok) {
            showProblem(error);
        } else if (m_pdf && !m_pdf->openPrivateFile()) {
            showProblem(m_pdf->problem());
            delete m_pdf;
            m_pdf = nullptr;
        } else if (m_audio && !m_audio->openPrivateFile()) {
            showProblem(m_audio->problem());
            delete m_audio;
            m_audio = nullptr;
        } else {
            (m_pdf ? static_cast<QWidget *>(m_pdf) : m_audio)->setVisible(true);
        }
        finishLoading();
    });
    m_loader->toFile(target);
}

void EvidenceViewer::imageArrived(const QImage &image, const QString &error)
{
    m_image = image;
    if (m_image.isNull()) {
        showProblem(error);
    } else {
        m_scroll->setVisible(true);
        for (QPushButton *b : std::as_const(m_imageButtons))
            b->setVisible(true);
        render();
    }
    finishLoading();
}

void EvidenceViewer::finishLoading()
{
    m_progressTimer.stop();
    m_loadingRow->setVisible(false);
    Q_EMIT loaded();
}

bool EvidenceViewer::isLoading() const
{
    return m_loader && m_loader->isBusy();
}

void EvidenceViewer::updateProgress()
{
    const EvidenceLoader *job = m_copier && m_copier->isBusy() ? m_copier : m_loader;
    if (job && job->size() > 0)
        m_progress->setValue(int(qMin<qint64>(1000, job->done() * 1000 / job->size())));
}

void EvidenceViewer::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setStyleSheet(ThemeColours::boxStyleSheet(palette(), ThemeColours::Tone::Problem, u"QLabel"_s));
    m_problem->setVisible(true);
}

void EvidenceViewer::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        && !m_problem->isHidden()) {
        const QString sheet = ThemeColours::boxStyleSheet(palette(), ThemeColours::Tone::Problem, u"QLabel"_s);
        if (m_problem->styleSheet() != sheet)
            m_problem->setStyleSheet(sheet);
    }
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
    if (m_copier && m_copier->isBusy())
        return true;
    // The copy carries the evidence's hash in its folder name, so two files
    // with the same name never overwrite each other.
    const QString folder = QDir(m_exportFolder).filePath(m_attachment.sha256.left(16));
    if (!QDir().mkpath(folder)) {
        showProblem(tr("A copy for the other program could not be written (%1).").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    const QString path = QDir(folder).filePath(m_attachment.fileName);
    const QString partial = path + u".part"_s;
    delete m_copier;
    m_copier = new EvidenceLoader(m_library->path(), m_attachment.sha256, m_attachment.size, this);
    connect(m_copier, &EvidenceLoader::fileReady, this, [this, path, partial](bool ok, const QString &error) {
        m_progressTimer.stop();
        m_loadingRow->setVisible(false);
        // Renamed into place once whole: the other program never opens half a file.
        if (ok && (QFile::exists(path) ? QFile::remove(path) : true) && QFile::rename(partial, path)) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
            return;
        }
        QFile::remove(partial);
        showProblem(ok ? tr("A copy for the other program could not be written (%1).").arg(QDir::toNativeSeparators(path))
                       : error);
    });
    m_loadingNote->setText(tr("Copying it for the other program (%1)…").arg(QLocale().formattedDataSize(m_attachment.size)));
    m_loadingRow->setVisible(true);
    m_progress->setValue(0);
    m_progressTimer.start();
    m_copier->toFile(partial);
    return true;
}

} // namespace plaint
