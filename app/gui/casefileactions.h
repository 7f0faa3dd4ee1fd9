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

    void exportCase(qint64 caseId, const QString &filePath);
    void importFile(const QString &filePath, CaseTransfer::Duplicate duplicate = CaseTransfer::Duplicate::Refuse);
    bool busy() const { return m_thread != nullptr; }
    // The name the save dialog offers: the case's title.
    QString suggestedFileName(qint64 caseId) const;

    // Test hooks: when set, they answer the file dialog (an empty path is
    // "cancel") and the "import it again as a copy?" question.
    static void setFileDialogAnswer(std::function<QString(bool saving)> answer);
    static void setQuestionAnswer(std::function<bool(const QString &question)> answer);

Q_SIGNALS:
    void problem(const QString &message);
    void info(const QString &message);
    void imported(qint64 caseId);
    void finished(bool ok);

private:
    void chooseExport();
    void chooseImport();
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
