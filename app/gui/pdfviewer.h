#pragma once

#include "result.h"

#include <QTemporaryFile>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPdfDocument;
class QPdfSearchModel;
class QPdfView;
class QPushButton;
class QSpinBox;

namespace plaint {

// A PDF from the evidence (a bill, a contract) with page navigation, text
// search and zoom. The content is streamed out of the library (off the
// window's thread, by the viewer) into a private temporary file, so a large
// PDF never sits whole in memory. A PDF that is protected with a password or
// damaged gets a sentence, not a crash.
class PdfViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfViewer)

public:
    explicit PdfViewer(QWidget *parent = nullptr);
    ~PdfViewer() override;

    // The private file to write the PDF into; empty (and problem() says why) when it cannot be made.
    QString privateFile();
    // Shows the PDF written into privateFile(); false (and problem() says why) when it cannot be shown.
    bool openPrivateFile();
    QString problem() const { return m_problem; }

    int pageCount() const;
    int currentPage() const; // from 0
    void goToPage(int page);
    void nextPage() { goToPage(currentPage() + 1); }
    void previousPage() { goToPage(currentPage() - 1); }
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void fitPage();

    // Starts a search; results arrive a page at a time (searchResults()).
    void search(const QString &text);
    int searchResultCount() const;
    // The page (from 0) of a result.
    int searchResultPage(int index) const;
    void showSearchResult(int index);

    QPdfView *view() const { return m_view; }
    QPdfDocument *document() const { return m_document; }

private:
    void updatePageControls();
    void refreshResults();

    QTemporaryFile m_file;
    QString m_problem;
    QPdfDocument *m_document = nullptr;
    QPdfView *m_view = nullptr;
    QPdfSearchModel *m_searchModel = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QSpinBox *m_page = nullptr;
    QLabel *m_pageCount = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_found = nullptr;
    QListWidget *m_results = nullptr;
};

} // namespace plaint
