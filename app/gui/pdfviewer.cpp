#include "pdfviewer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfDocument>
#include <QPdfLink>
#include <QPdfPageNavigator>
#include <QPdfSearchModel>
#include <QPdfView>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {

PdfViewer::PdfViewer(QWidget *parent) : QWidget(parent)
{
    m_document = new QPdfDocument(this);
    m_searchModel = new QPdfSearchModel(this);
    m_searchModel->setDocument(m_document);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto button = [&](const QString &name, const QString &text, const QKeySequence &key) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        if (!key.isEmpty())
            b->setShortcut(key);
        bar->addWidget(b);
        return b;
    };
    m_previous = button(u"previousPage"_s, tr("◀ &Previous"), QKeySequence(Qt::Key_PageUp));
    m_page = new QSpinBox(this);
    m_page->setObjectName(u"pageNumber"_s);
    m_page->setMinimum(1);
    m_page->setAccessibleName(tr("Page number"));
    m_pageCount = new QLabel(this);
    m_pageCount->setObjectName(u"pageCount"_s);
    bar->addWidget(new QLabel(tr("Page"), this));
    bar->addWidget(m_page);
    bar->addWidget(m_pageCount);
    m_next = button(u"nextPage"_s, tr("&Next ▶"), QKeySequence(Qt::Key_PageDown));
    bar->addSpacing(12);
    QPushButton *zoomOutButton = button(u"pdfZoomOut"_s, tr("−"), QKeySequence::ZoomOut);
    zoomOutButton->setToolTip(tr("Zoom out"));
    QPushButton *zoomInButton = button(u"pdfZoomIn"_s, tr("+"), QKeySequence::ZoomIn);
    zoomInButton->setToolTip(tr("Zoom in"));
    QPushButton *widthButton = button(u"fitWidth"_s, tr("Fit &width"), QKeySequence());
    QPushButton *pageButton = button(u"fitPage"_s, tr("Whole pa&ge"), QKeySequence());
    bar->addSpacing(12);
    m_find = new QLineEdit(this);
    m_find->setObjectName(u"pdfFind"_s);
    m_find->setClearButtonEnabled(true);
    m_find->setPlaceholderText(tr("Find in this PDF…"));
    bar->addWidget(m_find, 1);
    m_found = new QLabel(this);
    m_found->setObjectName(u"pdfFound"_s);
    bar->addWidget(m_found);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_view = new QPdfView(split);
    m_view->setObjectName(u"pdfView"_s);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_results = new QListWidget(split);
    m_results->setObjectName(u"pdfResults"_s);
    m_results->setWordWrap(true);
    m_results->setVisible(false);
    split->addWidget(m_view);
    split->addWidget(m_results);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_previous, &QPushButton::clicked, this, &PdfViewer::previousPage);
    connect(m_next, &QPushButton::clicked, this, &PdfViewer::nextPage);
    connect(m_page, &QSpinBox::editingFinished, this, [this] { goToPage(m_page->value() - 1); });
    connect(zoomInButton, &QPushButton::clicked, this, &PdfViewer::zoomIn);
    connect(zoomOutButton, &QPushButton::clicked, this, &PdfViewer::zoomOut);
    connect(widthButton, &QPushButton::clicked, this, &PdfViewer::fitWidth);
    connect(pageButton, &QPushButton::clicked, this, &PdfViewer::fitPage);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &PdfViewer::updatePageControls);
    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(250);
    connect(m_find, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, [this] { search(m_find->text()); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0)
            showSearchResult((m_results->currentRow() + 1) % m_results->count());
    });
    // The model finds results a few pages at a time.
    auto *refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(50);
    connect(refresh, &QTimer::timeout, this, &PdfViewer::refreshResults);
    connect(m_searchModel, &QAbstractItemModel::rowsInserted, refresh, qOverload<>(&QTimer::start));
    connect(m_searchModel, &QAbstractItemModel::modelReset, refresh, qOverload<>(&QTimer::start));
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        showSearchResult(m_results->row(item));
    });
    updatePageControls();
}

PdfViewer::~PdfViewer()
{
    m_searchModel->setDocument(nullptr);
    m_view->setDocument(nullptr);
    m_document->close();
}

QString PdfViewer::privateFile()
{
    if (!m_file.isOpen() && !m_file.open()) {
        m_problem = tr("A private copy for viewing could not be written (%1).").arg(m_file.errorString());
        return {};
    }
    return m_file.fileName();
}

bool PdfViewer::openPrivateFile()
{
    m_problem.clear();
    const QPdfDocument::Error error = m_document->load(m_file.fileName());
    switch (error) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        m_problem = tr("This PDF is protected with a password, so Plaint cannot show it. It is kept unchanged; "
                       "open it with the system's application and type the password there.");
        break;
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        m_problem = tr("This PDF is locked in a way Plaint cannot open. It is kept unchanged; "
                       "open it with the system's application.");
        break;
    default:
        m_problem = tr("This file is not a readable PDF (it may be damaged or incomplete). It is kept exactly as it "
                       "was added; its SHA-256 above proves that.");
        break;
    }
    if (error != QPdfDocument::Error::None || m_document->pageCount() <= 0) {
        if (m_problem.isEmpty())
            m_problem = tr("This PDF has no pages to show.");
        m_document->close();
        updatePageControls();
        return false;
    }
    updatePageControls();
    return true;
}

int PdfViewer::pageCount() const
{
    return m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
}

int PdfViewer::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

void PdfViewer::goToPage(int page)
{
    if (pageCount() == 0)
        return;
    page = qBound(0, page, pageCount() - 1);
    m_view->pageNavigator()->jump(page, QPointF(), m_view->zoomFactor());
    updatePageControls();
}

void PdfViewer::zoomIn()
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(qMin(8.0, m_view->zoomFactor() * 1.25));
}

void PdfViewer::zoomOut()
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(qMax(0.1, m_view->zoomFactor() / 1.25));
}

void PdfViewer::fitWidth()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
}

void PdfViewer::fitPage()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
}

void PdfViewer::updatePageControls()
{
    const int count = pageCount();
    const QSignalBlocker blocker(m_page);
    m_page->setMaximum(qMax(1, count));
    m_page->setValue(currentPage() + 1);
    m_page->setEnabled(count > 0);
    m_pageCount->setText(tr("of %1").arg(count));
    m_previous->setEnabled(count > 0 && currentPage() > 0);
    m_next->setEnabled(count > 0 && currentPage() < count - 1);
    m_find->setEnabled(count > 0);
}

void PdfViewer::search(const QString &text)
{
    m_searchModel->setSearchString(text.trimmed());
    refreshResults();
}

int PdfViewer::searchResultCount() const
{
    return m_searchModel->searchString().isEmpty() ? 0 : m_searchModel->rowCount({});
}

int PdfViewer::searchResultPage(int index) const
{
    return m_searchModel->resultAtIndex(index).page();
}

void PdfViewer::showSearchResult(int index)
{
    if (index < 0 || index >= searchResultCount())
        return;
    const QPdfLink link = m_searchModel->resultAtIndex(index);
    m_view->pageNavigator()->jump(link.page(), link.location(), m_view->zoomFactor());
    if (index < m_results->count()) {
        const QSignalBlocker blocker(m_results);
        m_results->setCurrentRow(index);
    }
    updatePageControls();
}

void PdfViewer::refreshResults()
{
    const int count = searchResultCount();
    m_results->clear();
    for (int i = 0; i < count; ++i) {
        const QModelIndex index = m_searchModel->index(i, 0);
        const int page = index.data(int(QPdfSearchModel::Role::Page)).toInt();
        const QString before = index.data(int(QPdfSearchModel::Role::ContextBefore)).toString();
        const QString after = index.data(int(QPdfSearchModel::Role::ContextAfter)).toString();
        m_results->addItem(tr("Page %1: …%2%3%4…").arg(page + 1).arg(before, m_searchModel->searchString(), after));
    }
    m_results->setVisible(!m_searchModel->searchString().isEmpty());
    m_found->setText(m_searchModel->searchString().isEmpty() ? QString() : tr("%n match(es)", nullptr, count));
}

} // namespace plaint
