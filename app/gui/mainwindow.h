#pragma once

#include "case.h"
#include "event.h"
#include "eventeditor.h"
#include "result.h"

#include <QMainWindow>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace plaint {

class CaseFileActions;
class CaseListModel;
class CaseOverview;
class PromisePanel;
class PromiseReminder;
class EvidenceWorker;
class ImportDialog;
class Library;
class ThumbnailCache;
class TimelineModel;
class TimelineView;

// Plaint's window: cases on the left, the selected case's timeline in the
// middle, the selected event (or the call being logged) on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<Library> library, QWidget *parent = nullptr);
    ~MainWindow() override;

    Library *library() const { return m_library.get(); }
    qint64 currentCaseId() const;
    void selectCase(qint64 caseId);
    void selectEvent(qint64 eventId);

    // Parts the tests drive.
    CaseListModel *caseModel() const { return m_cases; }
    TimelineModel *timelineModel() const { return m_timeline; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    TimelineView *timelineView() const { return m_timelineView; }
    EventEditor *editor() const { return m_editor; }
    QUndoStack *undoStack() const { return m_undo; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *channelFilter() const { return m_channelFilter; }
    QComboBox *agentFilter() const { return m_agentFilter; }
    QCheckBox *promiseFilter() const { return m_promiseFilter; }
    QLabel *banner() const { return m_banner; }
    CaseOverview *caseOverview() const { return m_overview; }
    PromisePanel *promisePanel() const { return m_promisePanel; }
    PromiseReminder *reminder() const { return m_reminder; }
    QAction *action(const QString &name) const;
    // File → Export case / Import case, and cases opened from a file manager.
    CaseFileActions *caseFiles() const { return m_caseFiles; }
    // Requests handed to the evidence worker that have not come back yet.
    int pendingEvidence() const { return m_pendingEvidence; }

    // The actions behind the menus, callable from tests.
    Status addCase(const Case &c);
    void attachFilesTo(int row, const QStringList &paths);
    void attachImageTo(int row, const QImage &image, const QString &fileName, const QString &source = {});
    void pasteFromClipboard();
    // File → Import messages and calls…; with text, the pasted-text import of it.
    ImportDialog *importMessages(const QString &pastedText = {});
    void openDemoCase();
    // Pending promises and the escalation date of the current case, as an .ics file.
    Status exportDeadlines(const QString &path);

Q_SIGNALS:
    void evidenceStored(qint64 eventId);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A new language (View → Language): the texts built from the case are made anew.
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void restoreState();
    void showProblem(const QString &message);
    void showInfo(const QString &message);
    void onCaseChanged();
    void onEventSelected();
    void applyFilter();
    void refreshAgents();
    void refreshAfterChange(const Status &status, qint64 caseId, qint64 eventId);
    void newCase();
    void addEvent(const Event &event, const EventEditor::PromiseDraft &promise);
    void updateEvent(const Event &event);
    void trashEvent(qint64 eventId);
    void restoreEvent(qint64 eventId);
    void settlePromise(qint64 promiseId, const QString &status);
    void attachWithDialog(qint64 eventId);
    void addLinks(int row, const QList<QUrl> &urls);
    void showTrash();
    void exportDossier();
    void buildPromisePanel();
    void refreshPromises();
    void refreshOverview();
    void exportDeadlinesWithDialog();
    void startEntry(Channel channel);
    void evidenceFinished(bool ok, const QString &error, qint64 caseId, qint64 eventId, bool newEvent,
                          const QList<Attachment> &attached);
    qint64 eventIdAtRow(int row) const;

    std::unique_ptr<Library> m_library;
    QThread m_workerThread;
    QTemporaryDir m_exportFolder; // copies handed to other programs, removed on exit
    EvidenceWorker *m_worker = nullptr;
    int m_pendingEvidence = 0;

    CaseListModel *m_cases = nullptr;
    TimelineModel *m_timeline = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    QUndoStack *m_undo = nullptr;

    QSplitter *m_splitter = nullptr;
    QListView *m_caseView = nullptr;
    QStackedWidget *m_center = nullptr;
    TimelineView *m_timelineView = nullptr;
    EventEditor *m_editor = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_channelFilter = nullptr;
    QComboBox *m_agentFilter = nullptr;
    QCheckBox *m_promiseFilter = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_caseHeader = nullptr;
    CaseOverview *m_overview = nullptr;
    PromisePanel *m_promisePanel = nullptr;
    PromiseReminder *m_reminder = nullptr;
    QHash<QString, QAction *> m_actions;
    CaseFileActions *m_caseFiles = nullptr;
};

} // namespace plaint
