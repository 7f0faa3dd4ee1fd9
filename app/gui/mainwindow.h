#pragma once

#include "case.h"
#include "event.h"
#include "eventeditor.h"
#include "result.h"
#include "timelinecommands.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QThread>

#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace plaint {

class CaseFileActions;
class CaseListModel;
class CaseOverview;
class DateFilterEdit;
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
// Nothing typed is lost: while an entry is being written, evidence dropped
// or pasted goes to it, and showing anything else, or closing, first asks
// Save / Discard / Keep editing.
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
    DateFilterEdit *fromFilter() const { return m_from; }
    DateFilterEdit *toFilter() const { return m_to; }
    QListView *caseView() const { return m_caseView; }
    // Shown while closing waits for evidence still being stored.
    QProgressDialog *closingNote() const { return m_closingNote; }
    // Where pasted images and links of the entry being written wait to be stored.
    QString pendingFolder() const { return m_pendingFolder.path(); }
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
    void editCase();
    void trashCase(qint64 caseId);
    // Pending promises and the escalation date of the current case, as an .ics file.
    Status exportDeadlines(const QString &path);

Q_SIGNALS:
    void evidenceStored(qint64 eventId);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A new language (View → Language) or a new palette (light or dark): what the
    // window built from them is made anew.
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void restoreState();
    void showProblem(const QString &message);
    void showInfo(const QString &message);
    void onCaseChanged();
    void onCaseSelected(const QModelIndex &current, const QModelIndex &previous);
    void onEventSelected(const QModelIndex &current, const QModelIndex &previous);
    void presentSelectedEvent();
    // Before the editor shows anything else: asks what to do with unsaved work.
    // True when it may (saved or discarded), false to keep editing.
    bool settleUnsavedWork();
    void discardEntry();
    void cancelEntry();
    void startCall();
    void applyColours();
    void onCaseHeader();
    void applyFilter();
    void refreshAgents();
    void refreshAfterChange(const Status &status, qint64 caseId, qint64 eventId);
    void newCase();
    void addEvent(const EventEditor::Draft &draft);
    void addPromise(qint64 eventId, const EventEditor::PromiseDraft &draft);
    void editPromise(const Promise &before, const Promise &after);
    void restoreCase(qint64 caseId);
    void showFailedDraft();
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
    void evidenceFinished(int ticket, bool ok, const QString &error, qint64 caseId, qint64 eventId, bool newEvent,
                          const QList<Attachment> &attached);
    void imageWritten(int ticket, bool ok, const QString &path, const QString &error);
    void waitForEvidenceThenClose();
    // A link as a small file that opens in the browser: evidence like any other.
    QString writeLinkFile(const QUrl &url, const QString &folder);
    int nextTicket() { return ++m_lastTicket; }
    qint64 eventIdAtRow(int row) const;
    TimelineCommand::Notify notifier();

    std::unique_ptr<Library> m_library;
    QThread m_workerThread;
    QTemporaryDir m_exportFolder; // copies handed to other programs, removed on exit
    EvidenceWorker *m_worker = nullptr;
    int m_pendingEvidence = 0;
    int m_lastTicket = 0;
    QHash<int, EventEditor::Draft> m_savingEntries; // entries stored with their files by the worker
    QHash<int, QStringList> m_linkFiles;            // links dropped on an event, as files being stored
    QTemporaryDir m_pendingFolder;                  // pasted images and links of the entry being written
    std::optional<EventEditor::Draft> m_failedDraft; // could not be stored: shown again when the editor is free
    bool m_refreshing = false;                      // selections changed by a refresh, not by the user
    bool m_closeWhenStored = false;
    QPointer<QProgressDialog> m_closingNote;

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
    DateFilterEdit *m_from = nullptr;
    DateFilterEdit *m_to = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_caseHeader = nullptr;
    CaseOverview *m_overview = nullptr;
    PromisePanel *m_promisePanel = nullptr;
    PromiseReminder *m_reminder = nullptr;
    QHash<QString, QAction *> m_actions;
    CaseFileActions *m_caseFiles = nullptr;
};

} // namespace plaint
