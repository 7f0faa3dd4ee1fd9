#pragma once

#include "casetransfer.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QProgressDialog;
class QThread;
class QWidget;

namespace plaint {

// File → Export case… and File → Import case…: the case file a consumer hands
// to a lawyer or a consumer association. The copy runs off the UI thread on
// its own connections to the library and the file, with progress and cancel.
class CaseFileActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseFileActions)

public:
    // `currentCase` names the case File → Export case writes.
    CaseFileActions(QWidget *window, QString libraryPath, std::function<qint64()> currentCase);
    ~CaseFileActions() override;

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    // A file handed to Plaint alone on its command line, as a double-click
    // hands it: which library the window opens, and what it does with the
    // file once it is up. Decided by the file's content, never its name: a
    // case file is offered for import, another library is offered to be
    // opened instead of the user's own (the question is asked here), the
    // user's own library just opens, and anything else is explained.
    struct Opening
    {
        QString library; // the library the window opens
        QString offerImport; // a case file to offer for import once the window is up
        QString caseTitle; // its case's title
        QString message; // what the file is, when Plaint does nothing with it
    };
    static Opening planOpening(const QString &filePath, const QString &ownLibraryPath);
    // Asks whether to import the case file, and imports it on yes.
    void offerImport(const QString &filePath, const QString &caseTitle);
    // Says why a file handed to Plaint was not opened (the window's banner).
    void explain(const QString &message);

    void exportCase(qint64 caseId, const QString &filePath);
    void importFile(const QString &filePath, CaseTransfer::Duplicate duplicate = CaseTransfer::Duplicate::Refuse);
    bool busy() const { return m_thread != nullptr; }
    // The name the save dialog offers: the case's title.
    QString suggestedFileName(qint64 caseId) const;

    // Test hooks: when set, they answer the file dialog (an empty path is
    // "cancel") and the "import it again as a copy?" question.
    static void setFileDialogAnswer(std::function<QString(bool saving)> answer);
    static void setQuestionAnswer(std::function<bool(const QString &question)> answer);
    // When set, it is handed what an export or import reports (with the
    // case file's journal head) instead of a message box showing it.
    static void setReportShown(std::function<void(const QString &report)> shown);

Q_SIGNALS:
    void problem(const QString &message);
    void info(const QString &message);
    void imported(qint64 caseId);
    void finished(bool ok);

private:
    void chooseExport();
    void chooseImport();
    void showReport(const QString &title, const QString &report);
    using Job = std::function<Result<CaseTransfer::Summary>(const CaseTransfer::Progress &, qint64 *existing)>;
    void run(const QString &label, Job job, std::function<void(const Result<CaseTransfer::Summary> &, qint64)> done);

    QWidget *m_window;
    QString m_libraryPath;
    std::function<qint64()> m_currentCase;
    QAction *m_export;
    QAction *m_import;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace plaint
