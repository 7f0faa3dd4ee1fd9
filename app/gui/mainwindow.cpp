#include "mainwindow.h"

#include "backgroundpriority.h"
#include "casedialog.h"
#include "casefileactions.h"
#include "caselistmodel.h"
#include "caseoverview.h"
#include "datefilteredit.h"
#include "deadlinecalendar.h"
#include "democase.h"
#include "droppedfiles.h"
#include "evidenceviewer.h"
#include "evidenceworker.h"
#include "exportdialog.h"
#include "filedialog.h"
#include "historydialog.h"
#include "importdialog.h"
#include "languagemenu.h"
#include "library.h"
#include "messagebox.h"
#include "promisepanel.h"
#include "promisereminder.h"
#include "themecolours.h"
#include "thumbnailcache.h"
#include "timelinedelegate.h"
#include "timelinemodel.h"
#include "timelineview.h"
#include "trashdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

QDateTime nowOnUsersClock()
{
    const QDateTime local = QDateTime::currentDateTime();
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Library> library, QWidget *parent)
    : QMainWindow(parent), m_library(std::move(library))
{
    qRegisterMetaType<plaint::Event>();
    qRegisterMetaType<QList<plaint::Attachment>>();
    setWindowTitle(tr("Plaint"));
    setWindowIcon(QIcon(u":/icons/plaint.svg"_s));

    m_cases = new CaseListModel(this);
    m_timeline = new TimelineModel(this);
    m_thumbnails = new ThumbnailCache(m_library->path(), this);
    m_timeline->setThumbnails(m_thumbnails);
    m_undo = new QUndoStack(this);

    m_worker = new EvidenceWorker(m_library->path());
    m_worker->moveToThread(&m_workerThread);
    connect(&m_workerThread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EvidenceWorker::finished, this, &MainWindow::evidenceFinished, Qt::QueuedConnection);
    connect(m_worker, &EvidenceWorker::imageWritten, this, &MainWindow::imageWritten, Qt::QueuedConnection);
    m_workerThread.start();
    QMetaObject::invokeMethod(m_worker, [] { lowerThisThreadsPriority(); });

    // Read before the reminder's first look overwrites it.
    const QDateTime lastRun = PromiseReminder::lastRun();
    m_reminder = new PromiseReminder(m_library.get(), this);

    buildActions();
    buildLayout();
    buildPromisePanel();
    m_cases->setLibrary(m_library.get());
    m_timeline->setLibrary(m_library.get());
    restoreState();
    onCaseChanged();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_reminder->check(now);
    PromiseReminder::rememberRun(now);
    if (lastRun.isValid()) {
        const QList<OpenPromise> fell = PromiseReminder::fellDueBetween(m_reminder->current(), lastRun, now);
        m_promisePanel->showFellDueWhileClosed(fell);
        if (!fell.isEmpty()) {
            if (auto *dock = findChild<QDockWidget *>(u"promiseDock"_s))
                dock->show();
            statusBar()->showMessage(tr("While Plaint was closed, %n promise(s) fell due.", nullptr, int(fell.size())));
        }
    }
}

MainWindow::~MainWindow()
{
    // Quit from the worker's own queue: every request made before is done first, none is dropped.
    QMetaObject::invokeMethod(m_worker, [] { QThread::currentThread()->quit(); });
    m_workerThread.wait();
}

TimelineCommand::Notify MainWindow::notifier()
{
    return [this](const Status &s, qint64 caseId, qint64 eventId) { refreshAfterChange(s, caseId, eventId); };
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::buildActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(name, a);
        return a;
    };
    make(u"newCase"_s, tr("&New case…"), QKeySequence::New, [this] { newCase(); });
    make(u"startCall"_s, tr("Start &call"), QKeySequence(tr("Ctrl+T")), [this] { startCall(); });
    // The entry being written: saved, the call ended, the time on hold.
    QAction *saveEntry = make(u"saveEntry"_s, tr("&Save entry"), QKeySequence(tr("Ctrl+S")), [this] { m_editor->save(); });
    saveEntry->setShortcuts({QKeySequence(tr("Ctrl+S")), QKeySequence(tr("Ctrl+Return"))});
    make(u"endCall"_s, tr("&End call and save"), QKeySequence(tr("Ctrl+Shift+E")), [this] {
        if (m_editor->mode() == EventEditor::Mode::Call)
            m_editor->save();
    });
    QAction *hold = make(u"holdCall"_s, tr("On &hold"), QKeySequence(tr("Ctrl+H")), [this](bool onHold) {
        m_editor->setOnHold(onHold);
    });
    hold->setCheckable(true);
    hold->setToolTip(tr("Press when they put you on hold, and again when a person answers"));
    make(u"logVisit"_s, tr("Log store &visit"), QKeySequence(tr("Ctrl+1")), [this] { startEntry(Channel::Store); });
    make(u"logApp"_s, tr("Log &app or website problem"), QKeySequence(tr("Ctrl+2")), [this] { startEntry(Channel::App); });
    make(u"logSms"_s, tr("Log S&MS"), QKeySequence(tr("Ctrl+3")), [this] { startEntry(Channel::Sms); });
    make(u"logLetter"_s, tr("Log &letter"), QKeySequence(tr("Ctrl+4")), [this] { startEntry(Channel::Letter); });
    make(u"logNote"_s, tr("Add &note"), QKeySequence(tr("Ctrl+5")), [this] { startEntry(Channel::Note); });
    make(u"attach"_s, tr("&Attach files…"), QKeySequence(tr("Ctrl+Shift+A")), [this] {
        attachWithDialog(m_editor->mode() == EventEditor::Mode::Existing ? m_editor->shownEventId() : 0);
    });
    make(u"paste"_s, tr("&Paste screenshot or files"), QKeySequence::Paste, [this] { pasteFromClipboard(); });
    make(u"importMessages"_s, tr("Import &messages and calls…"), QKeySequence(tr("Ctrl+Shift+I")), [this] { importMessages(); });
    make(u"pasteAsEvents"_s, tr("Paste as &events…"), QKeySequence(tr("Ctrl+Shift+V")),
         [this] { importMessages(QApplication::clipboard()->text()); });
    make(u"trashEvent"_s, tr("Move event to &trash"), QKeySequence::Delete, [this] {
        const qint64 shown = m_editor->mode() == EventEditor::Mode::Existing ? m_editor->shownEventId() : 0;
        if (shown > 0 && settleUnsavedWork())
            trashEvent(shown);
    });
    make(u"showTrash"_s, tr("Show t&rash…"), QKeySequence(tr("Ctrl+Shift+T")), [this] { showTrash(); });
    make(u"find"_s, tr("&Find"), QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    make(u"exportDossier"_s, tr("Export &dossier…"), QKeySequence(tr("Ctrl+E")), [this] { exportDossier(); });
    make(u"exportDeadlines"_s, tr("Export deadlines to calenda&r…"), QKeySequence(), [this] { exportDeadlinesWithDialog(); });
    make(u"editCase"_s, tr("Ed&it case…"), QKeySequence(), [this] { editCase(); });
    make(u"trashCase"_s, tr("Move case to &trash"), QKeySequence(), [this] { trashCase(currentCaseId()); });
    make(u"quit"_s, tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    make(u"openDemo"_s, tr("Open &demo case"), QKeySequence(), [this] { openDemoCase(); });
    make(u"about"_s, tr("&About Plaint"), QKeySequence(), [this] {
        QMessageBox::about(this, tr("About Plaint"),
                           tr("<p><b>Plaint %1</b></p><p>Keeps the record of your dispute: who said what and when, "
                              "every promise, and the evidence. Everything stays on this computer.</p><p>Library: %2</p>")
                               .arg(QCoreApplication::applicationVersion(), m_library->path().toHtmlEscaped()));
    });
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"undo"_s);
    m_actions.insert(u"undo"_s, undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(u"redo"_s);
    m_actions.insert(u"redo"_s, redo);

    m_caseFiles = new CaseFileActions(this, m_library->path(), [this] { return currentCaseId(); });
    m_actions.insert(u"exportCase"_s, m_caseFiles->exportAction());
    m_actions.insert(u"importCase"_s, m_caseFiles->importAction());
    connect(m_caseFiles, &CaseFileActions::problem, this, &MainWindow::showProblem);
    connect(m_caseFiles, &CaseFileActions::info, this, &MainWindow::showInfo);
    connect(m_caseFiles, &CaseFileActions::imported, this, [this](qint64 caseId) { refreshAfterChange({}, caseId, 0); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(u"newCase"_s));
    file->addAction(action(u"attach"_s));
    file->addAction(action(u"importMessages"_s));
    file->addSeparator();
    file->addAction(action(u"exportCase"_s));
    file->addAction(action(u"importCase"_s));
    file->addSeparator();
    file->addAction(action(u"quit"_s));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(action(u"paste"_s));
    edit->addAction(action(u"pasteAsEvents"_s));
    edit->addAction(action(u"trashEvent"_s));
    edit->addAction(action(u"find"_s));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->addAction(action(u"showTrash"_s));
    view->addSeparator();
    view->addMenu(new LanguageMenu(view));
    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    for (const QString &name : {u"startCall"_s, u"holdCall"_s, u"endCall"_s, u"saveEntry"_s})
        caseMenu->addAction(action(name));
    caseMenu->addSeparator();
    for (const QString &name : {u"logVisit"_s, u"logApp"_s, u"logSms"_s, u"logLetter"_s, u"logNote"_s})
        caseMenu->addAction(action(name));
    caseMenu->addSeparator();
    caseMenu->addAction(action(u"editCase"_s));
    caseMenu->addAction(action(u"trashCase"_s));
    caseMenu->addSeparator();
    caseMenu->addAction(action(u"exportDeadlines"_s));
    caseMenu->addAction(action(u"exportDossier"_s));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(u"openDemo"_s));
    help->addAction(action(u"about"_s));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    action(u"startCall"_s)->setIcon(QIcon(u":/icons/channels/phone.svg"_s));
    action(u"logVisit"_s)->setIcon(QIcon(u":/icons/channels/store.svg"_s));
    action(u"logApp"_s)->setIcon(QIcon(u":/icons/channels/app.svg"_s));
    action(u"logSms"_s)->setIcon(QIcon(u":/icons/channels/sms.svg"_s));
    action(u"logNote"_s)->setIcon(QIcon(u":/icons/channels/note.svg"_s));
    action(u"attach"_s)->setIcon(QIcon(u":/icons/channels/attachment.svg"_s));
    bar->addAction(action(u"newCase"_s));
    bar->addSeparator();
    for (const QString &name : {u"startCall"_s, u"logVisit"_s, u"logApp"_s, u"logSms"_s, u"logNote"_s, u"attach"_s})
        bar->addAction(action(name));
    bar->addAction(action(u"exportDossier"_s));
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
}

void MainWindow::buildLayout()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(new QLabel(tr("<b>Cases</b>"), left));
    m_caseView = new QListView(left);
    m_caseView->setModel(m_cases);
    m_caseView->setSpacing(2);
    m_caseView->setWordWrap(true);
    leftLayout->addWidget(m_caseView);
    auto *newCaseButton = new QPushButton(tr("New case…"), left);
    connect(newCaseButton, &QPushButton::clicked, this, &MainWindow::newCase);
    leftLayout->addWidget(newCaseButton);

    m_center = new QStackedWidget(m_splitter);
    auto *emptyPage = new QWidget(m_center);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    auto *welcome = new QLabel(tr("<h2>Keep the record of your dispute</h2>"
                                  "<p>Start a case for each company you are in a dispute with. Then log every call, "
                                  "visit, chat, SMS and letter: who you spoke to (ask for their agent ID), the "
                                  "reference number, their exact words, and every promise with its deadline.</p>"
                                  "<p>Drop screenshots, photos and bills onto the timeline, or paste a screenshot "
                                  "with Ctrl+V.</p>"),
                               emptyPage);
    welcome->setWordWrap(true);
    welcome->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *startButton = new QPushButton(tr("Start a case…"), emptyPage);
    connect(startButton, &QPushButton::clicked, this, &MainWindow::newCase);
    auto *demoButton = new QPushButton(tr("Open demo case"), emptyPage);
    demoButton->setObjectName(u"openDemo"_s);
    demoButton->setToolTip(tr("A sample dispute to look around in; move it to the trash when you are done."));
    connect(demoButton, &QPushButton::clicked, this, &MainWindow::openDemoCase);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(startButton);
    buttons->addWidget(demoButton);
    buttons->addStretch();
    emptyLayout->addWidget(welcome);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch();
    m_center->addWidget(emptyPage);

    auto *timelinePage = new QWidget(m_center);
    auto *center = new QVBoxLayout(timelinePage);
    center->setContentsMargins(6, 6, 6, 6);
    m_caseHeader = new QLabel(timelinePage);
    m_caseHeader->setWordWrap(true);
    center->addWidget(m_caseHeader);
    m_overview = new CaseOverview(timelinePage);
    center->addWidget(m_overview);

    m_search = new QLineEdit(timelinePage);
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search words, agent IDs, reference numbers, file names…"));
    center->addWidget(m_search);

    auto *filters = new QHBoxLayout;
    m_channelFilter = new QComboBox(timelinePage);
    m_channelFilter->addItem(tr("All channels"), -1);
    for (Channel c : {Channel::Phone, Channel::Store, Channel::App, Channel::Chat, Channel::Sms, Channel::Email,
                      Channel::Letter, Channel::Social, Channel::Note})
        m_channelFilter->addItem(TimelineDelegate::channelName(c), int(c));
    m_agentFilter = new QComboBox(timelinePage);
    m_promiseFilter = new QCheckBox(tr("With promises"), timelinePage);
    m_from = new DateFilterEdit(timelinePage);
    m_from->setObjectName(u"fromFilter"_s);
    m_to = new DateFilterEdit(timelinePage);
    m_to->setObjectName(u"toFilter"_s);
    for (DateFilterEdit *edit : {m_from, m_to})
        connect(edit, &DateFilterEdit::dateChanged, this, &MainWindow::applyFilter);
    filters->addWidget(m_channelFilter);
    filters->addWidget(m_agentFilter);
    filters->addWidget(m_promiseFilter);
    filters->addWidget(new QLabel(tr("From"), timelinePage));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), timelinePage));
    filters->addWidget(m_to);
    filters->addStretch();
    center->addLayout(filters);

    m_banner = new QLabel(timelinePage);
    m_banner->setObjectName(u"banner"_s);
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    center->addWidget(m_banner);

    m_timelineView = new TimelineView(timelinePage);
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    center->addWidget(m_timelineView, 1);
    m_center->addWidget(timelinePage);

    m_editor = new EventEditor(m_splitter);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_center);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    setCentralWidget(m_splitter);
    statusBar();

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_channelFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_agentFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_promiseFilter, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    connect(m_caseView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onCaseSelected);
    connect(m_cases, &QAbstractItemModel::modelReset, this, [this] {
        m_center->setCurrentIndex(m_cases->rowCount() > 0 ? 1 : 0);
    });
    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onEventSelected);
    connect(m_timelineView, &TimelineView::filesDropped, this, &MainWindow::attachFilesTo);
    connect(m_timelineView, &TimelineView::imageDropped, this,
            [this](int row, const QImage &image, const QList<QUrl> &source) {
                attachImageTo(row, image, u"image-%1.png"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)),
                              source.isEmpty() ? QString() : source.first().toString());
            });
    connect(m_timelineView, &TimelineView::linksDropped, this, &MainWindow::addLinks);

    connect(m_editor, &EventEditor::addRequested, this, &MainWindow::addEvent);
    connect(m_editor, &EventEditor::updateRequested, this, &MainWindow::updateEvent);
    connect(m_editor, &EventEditor::trashRequested, this, &MainWindow::trashEvent);
    connect(m_editor, &EventEditor::attachRequested, this, &MainWindow::attachWithDialog);
    connect(m_editor, &EventEditor::settleRequested, this, &MainWindow::settlePromise);
    connect(m_editor, &EventEditor::addPromiseRequested, this, &MainWindow::addPromise);
    connect(m_editor, &EventEditor::editPromiseRequested, this, &MainWindow::editPromise);
    auto entryActions = [this] {
        const bool call = m_editor->mode() == EventEditor::Mode::Call;
        action(u"endCall"_s)->setEnabled(call);
        action(u"holdCall"_s)->setEnabled(call);
        action(u"saveEntry"_s)->setEnabled(m_editor->mode() != EventEditor::Mode::Empty);
        const QSignalBlocker blocker(action(u"holdCall"_s));
        action(u"holdCall"_s)->setChecked(m_editor->isOnHold());
    };
    connect(m_editor, &EventEditor::modeChanged, this, entryActions);
    entryActions();
    connect(m_editor, &EventEditor::holdChanged, this, [this](bool onHold) {
        const QSignalBlocker blocker(action(u"holdCall"_s));
        action(u"holdCall"_s)->setChecked(onHold);
    });
    connect(m_editor, &EventEditor::evidenceRequested, this, [this](qint64 attachmentId) {
        auto attachments = m_library->attachments(m_editor->shownEventId());
        if (!attachments)
            return showProblem(attachments.error());
        for (const Attachment &a : *attachments) {
            if (a.id == attachmentId) {
                EvidenceViewer viewer(m_library.get(), a, m_exportFolder.path(), this);
                viewer.exec();
            }
        }
    });
    connect(m_editor, &EventEditor::historyRequested, this, [this](qint64 eventId) {
        HistoryDialog dialog(m_library.get(), eventId, this);
        dialog.exec();
    });
    connect(m_editor, &EventEditor::cancelRequested, this, &MainWindow::cancelEntry);
    connect(m_editor, &EventEditor::pendingFileRemoved, this, [](const QString &path, bool temporary) {
        if (temporary)
            QFile::remove(path); // Plaint's own copy; the user's files are never touched
    });
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    QMainWindow::restoreState(settings.value(u"window/state"_s).toByteArray());
    if (!m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray()))
        m_splitter->setSizes({220, 620, 420});
    if (!settings.contains(u"window/geometry"_s)) {
        resize(1280, 800);
        // The timeline keeps most of the height; the promises panel shows a few rows.
        if (auto *dock = findChild<QDockWidget *>(u"promiseDock"_s))
            resizeDocks({dock}, {140}, Qt::Vertical);
    }
    const qint64 last = settings.value(u"lastCase"_s).toLongLong();
    const int row = m_cases->rowOfCase(last);
    m_caseView->setCurrentIndex(m_cases->index(row >= 0 ? row : 0));
    m_center->setCurrentIndex(m_cases->rowCount() > 0 ? 1 : 0);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Nothing typed is lost by closing, nor any evidence still being stored.
    if (!settleUnsavedWork()) {
        event->ignore();
        return;
    }
    if (m_pendingEvidence > 0) {
        event->ignore();
        waitForEvidenceThenClose();
        return;
    }
    if (m_closingNote)
        m_closingNote->deleteLater();
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"lastCase"_s, currentCaseId());
    PromiseReminder::rememberRun(QDateTime::currentDateTimeUtc());
    QMainWindow::closeEvent(event);
}

void MainWindow::waitForEvidenceThenClose()
{
    m_closeWhenStored = true;
    if (!m_closingNote) {
        m_closingNote = new QProgressDialog(this);
        m_closingNote->setObjectName(u"closingNote"_s);
        m_closingNote->setWindowTitle(tr("Storing your evidence"));
        m_closingNote->setCancelButtonText(tr("Keep Plaint open"));
        m_closingNote->setRange(0, 0);
        m_closingNote->setMinimumDuration(0);
        m_closingNote->setAutoClose(false);
        m_closingNote->setAutoReset(false);
        connect(m_closingNote, &QProgressDialog::canceled, this, [this] {
            m_closeWhenStored = false;
            showInfo(tr("Plaint stays open; the evidence is still being stored."));
        });
    }
    m_closingNote->setLabelText(
        tr("Plaint closes as soon as the evidence you added is stored safely (%n still to go).", nullptr, m_pendingEvidence));
    m_closingNote->show();
}

qint64 MainWindow::currentCaseId() const
{
    return m_caseView->currentIndex().data(CaseListModel::CaseIdRole).toLongLong();
}

void MainWindow::selectCase(qint64 caseId)
{
    const int row = m_cases->rowOfCase(caseId);
    if (row >= 0)
        m_caseView->setCurrentIndex(m_cases->index(row));
}

void MainWindow::selectEvent(qint64 eventId)
{
    const int row = m_timeline->rowOfEvent(eventId);
    if (row >= 0) {
        m_timelineView->setCurrentIndex(m_timeline->index(row));
        m_timelineView->scrollTo(m_timeline->index(row));
    }
}

void MainWindow::showProblem(const QString &message)
{
    m_banner->setText(message);
    applyColours();
    m_banner->setVisible(true);
    statusBar()->showMessage(message, 10000);
}

void MainWindow::showInfo(const QString &message)
{
    m_banner->setVisible(false);
    statusBar()->showMessage(message, 5000);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        applyColours();
        return;
    }
    if (event->type() != QEvent::LanguageChange)
        return;
    // The Retranslator has turned the fixed texts and the lists paint in the
    // new language; these texts are built from the case. The selection and
    // the event being edited stay as they are, unsaved words and all.
    onCaseChanged();
    refreshAgents();
    refreshPromises();
}

void MainWindow::applyColours()
{
    // From the palette the desktop gives, light or dark: asked again when it changes.
    const QString sheet = ThemeColours::boxStyleSheet(palette(), ThemeColours::Tone::Problem, u"QLabel"_s);
    if (m_banner && m_banner->styleSheet() != sheet)
        m_banner->setStyleSheet(sheet);
    if (m_caseHeader)
        onCaseHeader();
}

void MainWindow::onCaseHeader()
{
    const CaseSummary *summary = m_cases->summaryAt(m_caseView->currentIndex().row());
    if (!summary) {
        m_caseHeader->clear();
        return;
    }
    QString header = tr("<b>%1</b> — against %2 · %n event(s)", nullptr, summary->eventCount)
                         .arg(summary->info.title.toHtmlEscaped(), summary->info.company.toHtmlEscaped());
    if (summary->overduePromiseCount > 0)
        header += u" · <span style='color:%1'><b>"_s.arg(ThemeColours::attention(palette()).name())
            + tr("%n overdue promise(s)", nullptr, summary->overduePromiseCount) + u"</b></span>"_s;
    m_caseHeader->setText(header);
}

void MainWindow::onCaseSelected(const QModelIndex &current, const QModelIndex &previous)
{
    const qint64 chosen = current.data(CaseListModel::CaseIdRole).toLongLong();
    // Another case may not take the window while an entry of this one is being written.
    if (!m_refreshing && m_editor->isWritingEntry() && chosen != m_editor->entryCaseId()) {
        if (!settleUnsavedWork()) {
            const QSignalBlocker blocker(m_caseView->selectionModel());
            m_caseView->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect);
            m_caseView->viewport()->update();
            return;
        }
        if (m_editor->isWritingEntry())
            discardEntry(); // an entry with nothing in it yet: it belonged to the other case
    }
    if (!m_refreshing && m_editor->mode() == EventEditor::Mode::Existing && chosen != m_timeline->caseId()
        && !settleUnsavedWork()) {
        const QSignalBlocker blocker(m_caseView->selectionModel());
        m_caseView->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect);
        m_caseView->viewport()->update();
        return;
    }
    onCaseChanged();
}

void MainWindow::onCaseChanged()
{
    const qint64 caseId = currentCaseId();
    const CaseSummary *summary = m_cases->summaryAt(m_caseView->currentIndex().row());
    onCaseHeader();
    for (const QString &name : {u"startCall"_s, u"logVisit"_s, u"logApp"_s, u"logSms"_s, u"logLetter"_s,
                                u"logNote"_s, u"attach"_s, u"paste"_s, u"exportDeadlines"_s,
                                u"exportDossier"_s, u"importMessages"_s, u"pasteAsEvents"_s, u"editCase"_s,
                                u"trashCase"_s})
        action(name)->setEnabled(caseId > 0);
    if (summary) {
        m_editor->setJurisdiction(summary->info.jurisdiction);
        // The date filter's calendar opens where the case's events are.
        m_from->setNearDate(summary->firstEvent.toLocalTime().date());
        m_to->setNearDate(summary->lastEvent.toLocalTime().date());
    }
    refreshOverview();
    if (caseId != m_timeline->caseId()) {
        m_timeline->setCase(caseId);
        refreshAgents();
        // An entry being written stays (a refresh never takes it away).
        if (!m_editor->isWritingEntry())
            m_editor->showEmpty();
    }
}

void MainWindow::refreshAgents()
{
    const QSignalBlocker blocker(m_agentFilter);
    const QString current = m_agentFilter->currentData().toString();
    m_agentFilter->clear();
    m_agentFilter->addItem(tr("All agents"), QString());
    if (auto agents = m_library->agents(currentCaseId())) {
        for (const Agent &a : *agents)
            m_agentFilter->addItem(a.name.isEmpty() ? tr("Agent %1").arg(a.code) : tr("Agent %1 (%2)").arg(a.code, a.name),
                                   a.code);
    }
    m_agentFilter->setCurrentIndex(qMax(0, m_agentFilter->findData(current)));
}

void MainWindow::applyFilter()
{
    EventFilter filter;
    if (const int channel = m_channelFilter->currentData().toInt(); channel >= 0)
        filter.channels = {Channel(channel)};
    filter.agentCode = m_agentFilter->currentData().toString();
    filter.onlyWithPromises = m_promiseFilter->isChecked();
    if (m_from->date().isValid())
        filter.from = m_from->date();
    if (m_to->date().isValid())
        filter.to = m_to->date();
    filter.text = m_search->text();
    const qint64 selected = m_editor->mode() == EventEditor::Mode::Existing ? m_editor->shownEventId() : 0;
    {
        const QScopedValueRollback<bool> refreshing(m_refreshing, true);
        m_timeline->setFilter(filter);
        if (selected > 0)
            selectEvent(selected);
    }
    if (!m_timeline->lastError().isEmpty())
        showProblem(m_timeline->lastError());
    else if (!filter.isEmpty())
        showInfo(tr("%n event(s) match.", nullptr, m_timeline->rowCount()));
}

void MainWindow::onEventSelected(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_refreshing)
        return;
    const qint64 id = current.data(TimelineModel::EventIdRole).toLongLong();
    if (id > 0 && m_editor->mode() == EventEditor::Mode::Existing && id == m_editor->shownEventId()
        && m_editor->hasUnsavedWork())
        return; // the event being edited, chosen again: the edits stay
    if (id <= 0) {
        // Nothing chosen (the list changed): an entry or edits being written stay.
        if (!m_editor->isWritingEntry() && !m_editor->hasUnsavedWork())
            m_editor->showEmpty();
        return;
    }
    if (!settleUnsavedWork()) {
        const QSignalBlocker blocker(m_timelineView->selectionModel());
        m_timelineView->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect);
        m_timelineView->viewport()->update();
        return;
    }
    // Saving may have shown the entry just stored: the event chosen is shown.
    {
        const QScopedValueRollback<bool> refreshing(m_refreshing, true);
        selectEvent(id);
    }
    presentSelectedEvent();
}

void MainWindow::presentSelectedEvent()
{
    const qint64 id = m_timelineView->currentIndex().data(TimelineModel::EventIdRole).toLongLong();
    if (id <= 0) {
        m_editor->showEmpty();
        return;
    }
    if (auto e = m_library->eventById(id, true))
        m_editor->presentEvent(*e);
}

bool MainWindow::settleUnsavedWork()
{
    if (!m_editor->hasUnsavedWork())
        return true;
    const auto answer = MessageBox::ask(
        this, QMessageBox::Question, tr("Not saved yet"),
        tr("%1\n\nSave it now, discard it, or keep editing?").arg(m_editor->unsavedDescription()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
        {{QMessageBox::Cancel, tr("Keep editing")}});
    switch (answer) {
    case QMessageBox::Save: {
        // Saved, or handed to the worker with its files; a form that is not complete says so and stays.
        const QScopedValueRollback<bool> refreshing(m_refreshing, true);
        return m_editor->save() && !m_editor->hasUnsavedWork();
    }
    case QMessageBox::Discard:
        discardEntry();
        return true;
    default:
        return false;
    }
}

void MainWindow::discardEntry()
{
    // Plaint's own copies (pasted images, links) go; the user's files are never touched.
    for (const QString &path : m_editor->discard())
        QFile::remove(path);
    showFailedDraft();
}

void MainWindow::cancelEntry()
{
    if (!settleUnsavedWork())
        return;
    if (m_editor->isWritingEntry())
        discardEntry();
    presentSelectedEvent();
}

void MainWindow::startCall()
{
    if (currentCaseId() <= 0 || !settleUnsavedWork())
        return;
    // The call's own form: no event stays highlighted as if it were shown.
    {
        const QSignalBlocker blocker(m_timelineView->selectionModel());
        m_timelineView->selectionModel()->clear();
        m_timelineView->viewport()->update();
    }
    if (m_editor->isWritingEntry())
        discardEntry();
    m_editor->startCall(currentCaseId());
}

void MainWindow::refreshAfterChange(const Status &status, qint64 caseId, qint64 eventId)
{
    if (!status) {
        showProblem(status.error());
        return;
    }
    m_banner->setVisible(false);
    // An entry being written, or edits not saved, stay in the editor: a change
    // made elsewhere (evidence stored, undo) never takes them away.
    const bool keepEditor = m_editor->isWritingEntry() || m_editor->hasUnsavedWork();
    qint64 wanted = caseId > 0 ? caseId : currentCaseId();
    if (m_editor->isWritingEntry())
        wanted = m_editor->entryCaseId();
    {
        const QScopedValueRollback<bool> refreshing(m_refreshing, true);
        const qint64 shownEvent = m_timelineView->currentIndex().data(TimelineModel::EventIdRole).toLongLong();
        const bool wasListed = m_timeline->rowOfEvent(eventId) >= 0;
        m_cases->reload(); // counts of events and overdue promises; the list keeps its place
        refreshPromises();
        selectCase(wanted);
        const bool sameCase = currentCaseId() == m_timeline->caseId();
        onCaseChanged();
        if (sameCase)
            m_timeline->refresh(); // the timeline keeps its scroll position
        refreshAgents();
        if (!keepEditor && eventId > 0 && m_timeline->rowOfEvent(eventId) >= 0) {
            // The list stays where the user was; a new event is brought into sight once laid out.
            m_timelineView->setCurrentIndex(m_timeline->index(m_timeline->rowOfEvent(eventId)));
            if (!wasListed || !sameCase)
                m_timelineView->reveal(eventId);
        }
        else if (shownEvent > 0 && m_timeline->rowOfEvent(shownEvent) >= 0
                 && m_timelineView->currentIndex().data(TimelineModel::EventIdRole).toLongLong() != shownEvent)
            m_timelineView->setCurrentIndex(m_timeline->index(m_timeline->rowOfEvent(shownEvent)));
    }
    if (keepEditor) {
        if (m_editor->mode() == EventEditor::Mode::Existing) {
            if (auto fresh = m_library->eventById(m_editor->shownEventId(), true))
                m_editor->updateChildren(*fresh);
        }
        return;
    }
    // What the editor shows is read again: the event chosen, or the one shown before.
    const qint64 current = m_timelineView->currentIndex().data(TimelineModel::EventIdRole).toLongLong();
    if (current > 0 && (current == eventId || (m_editor->mode() == EventEditor::Mode::Existing
                                               && current == m_editor->shownEventId())))
        presentSelectedEvent();
    else if (m_editor->mode() == EventEditor::Mode::Existing && m_timeline->rowOfEvent(m_editor->shownEventId()) < 0)
        m_editor->showEmpty();
    showFailedDraft();
}

Status MainWindow::addCase(const Case &c)
{
    auto id = m_library->addCase(c);
    if (!id)
        return Status::failure(id.error());
    m_undo->push(new AddCaseCommand(m_library.get(), notifier(), *id));
    refreshAfterChange({}, *id, 0);
    return {};
}

void MainWindow::newCase()
{
    CaseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = addCase(dialog.result()); !s)
        showProblem(s.error());
}

void MainWindow::editCase()
{
    auto before = m_library->caseById(currentCaseId());
    if (!before) {
        showProblem(before.error());
        return;
    }
    CaseDialog dialog(*before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = m_library->updateCase(dialog.result()); !s) {
        showProblem(s.error());
        return;
    }
    auto after = m_library->caseById(before->id);
    if (after && after->revision != before->revision) {
        m_undo->push(new EditCaseCommand(m_library.get(), notifier(), *before, *after));
        showInfo(tr("Case saved; the earlier version is kept."));
    }
    refreshAfterChange({}, before->id, 0);
}

void MainWindow::trashCase(qint64 caseId)
{
    auto c = m_library->caseById(caseId);
    if (!c) {
        showProblem(c.error());
        return;
    }
    // An entry being written in this case is settled first: it cannot be stored in a trashed case.
    if (m_editor->isWritingEntry() && m_editor->entryCaseId() == caseId && !settleUnsavedWork())
        return;
    if (Status s = m_library->trashCase(caseId); !s) {
        showProblem(s.error());
        return;
    }
    m_undo->push(new TrashCaseCommand(m_library.get(), notifier(), *c, true));
    showInfo(tr("“%1” moved to the trash. Undo, or restore it from View → Show trash.").arg(c->title));
    if (m_editor->mode() == EventEditor::Mode::Existing && m_editor->entryCaseId() == caseId)
        m_editor->showEmpty();
    refreshAfterChange({}, 0, 0);
}

void MainWindow::restoreCase(qint64 caseId)
{
    auto c = m_library->caseById(caseId);
    if (!c) {
        showProblem(c.error());
        return;
    }
    if (Status s = m_library->restoreCase(caseId); !s) {
        showProblem(s.error());
        return;
    }
    m_undo->push(new TrashCaseCommand(m_library.get(), notifier(), *c, false));
    refreshAfterChange({}, caseId, 0);
}

void MainWindow::openDemoCase()
{
    auto id = DemoCase::load(*m_library);
    if (!id) {
        showProblem(id.error());
        return;
    }
    m_undo->push(new AddCaseCommand(m_library.get(), notifier(), *id));
    refreshAfterChange({}, *id, 0);
}

void MainWindow::startEntry(Channel channel)
{
    if (currentCaseId() <= 0 || !settleUnsavedWork())
        return;
    {
        const QSignalBlocker blocker(m_timelineView->selectionModel());
        m_timelineView->selectionModel()->clear();
        m_timelineView->viewport()->update();
    }
    if (m_editor->isWritingEntry())
        discardEntry();
    m_editor->startNew(currentCaseId(), channel);
}

void MainWindow::addEvent(const EventEditor::Draft &draft)
{
    QList<Promise> promises;
    for (const EventEditor::PromiseDraft &d : draft.promises) {
        Promise p;
        p.text = d.text;
        p.due = d.due;
        promises << p;
    }
    if (!draft.files.isEmpty()) {
        // The user's own files must still be there; Plaint's copies are being written by the worker.
        QStringList paths;
        for (const EventEditor::PendingFile &f : draft.files) {
            if (!f.temporary && !QFileInfo(f.path).isReadable()) {
                showProblem(tr("%1 cannot be read any more (was it moved or deleted?). Put it back, or take it "
                               "out of the entry (double-click it in the list), then save again.")
                                .arg(QDir::toNativeSeparators(f.path)));
                return;
            }
            paths << f.path;
        }
        // The event, its files and its promises in one transaction, off the window's thread.
        const int ticket = nextTicket();
        m_savingEntries.insert(ticket, draft);
        ++m_pendingEvidence;
        const Event e = draft.event;
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, e, paths, promises] {
            worker->addEventWithFiles(ticket, e, paths, promises);
        });
        showInfo(tr("Saving the entry and its %n file(s)…", nullptr, int(paths.size())));
        m_editor->showEmpty();
        return;
    }
    auto id = m_library->addEvent(draft.event, {}, promises);
    if (!id) {
        showProblem(id.error());
        return;
    }
    Event added = draft.event;
    added.id = *id;
    m_undo->push(new AddEventCommand(m_library.get(), notifier(), added));
    showInfo(tr("Saved."));
    m_editor->showEmpty(); // the entry is stored: the editor shows it next, as stored
    refreshAfterChange({}, draft.event.caseId, *id);
}

void MainWindow::showFailedDraft()
{
    if (!m_failedDraft || m_editor->isWritingEntry() || m_editor->hasUnsavedWork())
        return;
    const EventEditor::Draft draft = *m_failedDraft;
    m_failedDraft.reset();
    if (draft.event.caseId != currentCaseId()) {
        const QScopedValueRollback<bool> refreshing(m_refreshing, true);
        selectCase(draft.event.caseId);
        onCaseChanged();
    }
    m_editor->restoreDraft(draft);
}

void MainWindow::updateEvent(const Event &event)
{
    auto before = m_library->eventById(event.id, false);
    if (!before) {
        showProblem(before.error());
        return;
    }
    if (Status s = m_library->updateEvent(event); !s) {
        showProblem(s.error());
        return;
    }
    auto after = m_library->eventById(event.id, false);
    if (after && after->revision != before->revision) {
        m_undo->push(new EditEventCommand(m_library.get(), notifier(), *before, *after));
        showInfo(tr("Saved; the earlier version is kept."));
    } else {
        showInfo(tr("Nothing was changed."));
    }
    if (auto fresh = m_library->eventById(event.id, true))
        m_editor->presentEvent(*fresh); // as stored: nothing left unsaved
    refreshAfterChange({}, event.caseId, event.id);
}

void MainWindow::addPromise(qint64 eventId, const EventEditor::PromiseDraft &draft)
{
    Promise p;
    p.eventId = eventId;
    p.text = draft.text;
    p.due = draft.due;
    auto id = m_library->addPromise(p);
    if (!id) {
        showProblem(id.error());
        return;
    }
    auto added = m_library->promiseById(*id);
    const qint64 caseId = currentCaseId();
    if (added)
        m_undo->push(new AddPromiseCommand(m_library.get(), notifier(), caseId, *added));
    m_editor->clearPromiseBox();
    showInfo(tr("Promise recorded."));
    refreshAfterChange({}, caseId, eventId);
}

void MainWindow::editPromise(const Promise &before, const Promise &after)
{
    if (Status s = m_library->updatePromise(after); !s) {
        showProblem(s.error());
        return;
    }
    auto stored = m_library->promiseById(after.id);
    const qint64 caseId = currentCaseId();
    if (stored && stored->revision != before.revision)
        m_undo->push(new EditPromiseCommand(m_library.get(), notifier(), caseId, before, *stored));
    showInfo(tr("Promise changed; the earlier wording is kept."));
    refreshAfterChange({}, caseId, before.eventId);
}

void MainWindow::trashEvent(qint64 eventId)
{
    auto e = m_library->eventById(eventId, false);
    if (!e) {
        showProblem(e.error());
        return;
    }
    if (Status s = m_library->trashEvent(eventId); !s) {
        showProblem(s.error());
        return;
    }
    m_undo->push(new TrashEventCommand(m_library.get(),
                                       [this](const Status &s, qint64 c, qint64 id) { refreshAfterChange(s, c, id); }, *e));
    showInfo(tr("Moved to the trash. Undo, or restore it from View → Show trash."));
    refreshAfterChange({}, e->caseId, 0);
}

void MainWindow::restoreEvent(qint64 eventId)
{
    auto e = m_library->eventById(eventId, false);
    if (!e) {
        showProblem(e.error());
        return;
    }
    if (Status s = m_library->restoreEvent(eventId); !s) {
        showProblem(s.error());
        return;
    }
    m_undo->push(new RestoreEventCommand(m_library.get(),
                                         [this](const Status &s, qint64 c, qint64 id) { refreshAfterChange(s, c, id); }, *e));
    refreshAfterChange({}, e->caseId, eventId);
}

void MainWindow::settlePromise(qint64 promiseId, const QString &status)
{
    auto before = m_library->promiseById(promiseId);
    if (!before) {
        showProblem(before.error());
        return;
    }
    const PromiseStatus next = promiseStatusFromString(status).value_or(PromiseStatus::Pending);
    if (Status s = m_library->settlePromise(promiseId, next, 0); !s) {
        showProblem(s.error());
        return;
    }
    const qint64 caseId = currentCaseId();
    m_undo->push(new SettlePromiseCommand(m_library.get(),
                                          [this](const Status &s, qint64 c, qint64 id) { refreshAfterChange(s, c, id); },
                                          caseId, *before, next));
    refreshAfterChange({}, caseId, before->eventId);
}

void MainWindow::showTrash()
{
    // Also with no case shown: a case in the trash can come back from here.
    TrashDialog dialog(m_library.get(), currentCaseId(), this);
    connect(&dialog, &TrashDialog::restoreRequested, this, &MainWindow::restoreEvent);
    connect(&dialog, &TrashDialog::restoreCaseRequested, this, &MainWindow::restoreCase);
    dialog.exec();
}

qint64 MainWindow::eventIdAtRow(int row) const
{
    return row >= 0 ? m_timeline->index(row).data(TimelineModel::EventIdRole).toLongLong() : 0;
}

void MainWindow::exportDossier()
{
    if (currentCaseId() <= 0)
        return;
    // Window-modal but not blocking: the preview is made while the window stays alive.
    auto *dialog = new ExportDialog(m_library.get(), currentCaseId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::attachWithDialog(qint64 eventId)
{
    if (currentCaseId() <= 0)
        return;
    const QStringList files = FileDialog::openFileNames(this, tr("Attach evidence"));
    if (files.isEmpty())
        return;
    attachFilesTo(eventId > 0 ? m_timeline->rowOfEvent(eventId) : -1, files);
}

void MainWindow::attachFilesTo(int row, const QStringList &paths)
{
    // While an entry is being written, its evidence waits with it and is stored when it is saved.
    if (m_editor->isWritingEntry()) {
        m_editor->addPendingFiles(paths, false);
        showInfo(tr("%n file(s) added to this entry; stored when you save it.", nullptr, int(paths.size())));
        return;
    }
    const qint64 caseId = currentCaseId();
    if (caseId <= 0) {
        showProblem(tr("Start a case first; then drop your evidence onto its timeline."));
        return;
    }
    const qint64 eventId = eventIdAtRow(row);
    ++m_pendingEvidence;
    const int ticket = nextTicket();
    showInfo(tr("Adding %n file(s)…", nullptr, int(paths.size())));
    if (eventId > 0) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, caseId, eventId, paths] {
            worker->attachFiles(ticket, caseId, eventId, paths);
        });
        return;
    }
    // Dated when the pictures among them were taken, not when they were dropped (DroppedFiles).
    const Event e = DroppedFiles::forFiles(caseId, paths, nowOnUsersClock());
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, e, paths] { worker->addEventWithFiles(ticket, e, paths); });
}

void MainWindow::attachImageTo(int row, const QImage &image, const QString &fileName, const QString &source)
{
    const int ticket = nextTicket();
    if (m_editor->isWritingEntry()) {
        // Kept as a file in Plaint's private folder until the entry is saved (encoded by the worker).
        const QString path = QDir(m_pendingFolder.path()).filePath(u"%1-%2"_s.arg(ticket).arg(QFileInfo(fileName).fileName()));
        ++m_pendingEvidence;
        m_editor->addPendingFiles({path}, true);
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, image, path] { worker->writeImage(ticket, image, path); });
        showInfo(tr("The image is added to this entry; stored when you save it."));
        return;
    }
    const qint64 caseId = currentCaseId();
    if (caseId <= 0) {
        showProblem(tr("Start a case first; then paste your screenshot into its timeline."));
        return;
    }
    const qint64 eventId = eventIdAtRow(row);
    ++m_pendingEvidence;
    showInfo(tr("Adding the image…"));
    const Event e = DroppedFiles::forImage(caseId, source, nowOnUsersClock());
    // Encoding a large screenshot takes time: the worker does it.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, caseId, eventId, e, image, fileName] {
        worker->attachImage(ticket, caseId, eventId, e, image, fileName);
    });
}

QString MainWindow::writeLinkFile(const QUrl &url, const QString &folder)
{
    // "example.com.url": opens in the browser from the evidence viewer, and its name is found by search.
    QString name = url.host().isEmpty() ? tr("link") : url.host();
    name.replace(QRegularExpression(u"[^\\w.-]+"_s), u"-"_s);
    QDir dir(folder);
    QString path = dir.filePath(name + u".url"_s);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(u"%1-%2.url"_s.arg(name).arg(n));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("[InternetShortcut]\r\nURL=" + url.toEncoded() + "\r\n");
    return file.commit() ? path : QString();
}

void MainWindow::addLinks(int row, const QList<QUrl> &urls)
{
    const qint64 caseId = currentCaseId();
    if (caseId <= 0)
        return;
    const qint64 eventId = eventIdAtRow(row);
    if (m_editor->isWritingEntry() || eventId > 0) {
        // Onto the entry being written, or onto the event they were dropped on.
        QTemporaryDir *folder = &m_pendingFolder;
        QStringList paths;
        for (const QUrl &url : urls) {
            if (const QString path = writeLinkFile(url, folder->path()); !path.isEmpty())
                paths << path;
        }
        if (paths.isEmpty()) {
            showProblem(tr("The link could not be kept: Plaint's temporary folder cannot be written."));
            return;
        }
        if (m_editor->isWritingEntry()) {
            m_editor->addPendingFiles(paths, true);
            showInfo(tr("%n link(s) added to this entry; stored when you save it.", nullptr, int(paths.size())));
            return;
        }
        const int ticket = nextTicket();
        ++m_pendingEvidence;
        m_linkFiles.insert(ticket, paths);
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, caseId, eventId, paths] {
            worker->attachFiles(ticket, caseId, eventId, paths);
        });
        return;
    }
    for (const QUrl &url : urls) {
        Event e;
        e.caseId = caseId;
        e.occurred = nowOnUsersClock();
        e.channel = Channel::App;
        e.direction = Direction::Note;
        e.summary = tr("Web page: %1").arg(url.toString());
        e.reference = url.toString();
        addEvent(EventEditor::Draft{e, {}, {}});
    }
}

void MainWindow::pasteFromClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const int row = m_editor->mode() == EventEditor::Mode::Existing ? m_timeline->rowOfEvent(m_editor->shownEventId()) : -1;
    if (mime && mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (!image.isNull()) {
            attachImageTo(row, image,
                          u"screenshot-%1.png"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
            return;
        }
    }
    if (mime && mime->hasUrls()) {
        QStringList files;
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
                files << url.toLocalFile();
        }
        if (!files.isEmpty()) {
            attachFilesTo(row, files);
            return;
        }
    }
    if (mime && mime->hasText() && !mime->text().trimmed().isEmpty()) {
        importMessages(mime->text()); // a pasted chat or SMS thread: its messages, with a preview first
        return;
    }
    showInfo(tr("Nothing to paste: copy a screenshot, files, or the text of a chat or SMS thread first."));
}

ImportDialog *MainWindow::importMessages(const QString &pastedText)
{
    auto target = m_library->caseById(currentCaseId());
    if (!target) {
        showProblem(tr("Start a case first; then import what you have into it."));
        return nullptr;
    }
    // Window-modal but not blocking: the import runs while the window stays alive.
    auto *dialog = new ImportDialog(m_library->path(), *target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!pastedText.isEmpty())
        dialog->setPastedText(pastedText);
    connect(dialog, &ImportDialog::imported, this, [this](qint64 caseId, int added) {
        showInfo(tr("%n event(s) imported.", nullptr, added));
        refreshAfterChange({}, caseId, 0);
    });
    dialog->open();
    return dialog;
}

void MainWindow::evidenceFinished(int ticket, bool ok, const QString &error, qint64 caseId, qint64 eventId, bool newEvent,
                                  const QList<Attachment> &attached)
{
    --m_pendingEvidence;
    for (const QString &path : m_linkFiles.take(ticket))
        QFile::remove(path);
    const std::optional<EventEditor::Draft> entry = m_savingEntries.contains(ticket)
        ? std::optional<EventEditor::Draft>(m_savingEntries.take(ticket)) : std::nullopt;
    if (entry) {
        if (!ok) {
            // Not lost: shown again (now, or as soon as the editor is free) to be saved once more.
            showProblem(tr("“%1” could not be saved: %2").arg(entry->event.summary, error));
            m_failedDraft = entry;
            showFailedDraft();
        } else {
            for (const EventEditor::PendingFile &f : entry->files) {
                if (f.temporary)
                    QFile::remove(f.path); // stored in the library now
            }
        }
    }
    if (m_closingNote && m_closeWhenStored) {
        if (m_pendingEvidence > 0)
            waitForEvidenceThenClose();
        else
            QTimer::singleShot(0, this, &MainWindow::close);
    }
    if (!ok) {
        if (!entry)
            showProblem(error);
        return;
    }
    if (newEvent) {
        if (auto e = m_library->eventById(eventId, false))
            m_undo->push(new AddEventCommand(m_library.get(), notifier(), *e));
    } else {
        m_undo->push(new AttachCommand(m_library.get(), notifier(), caseId, eventId, attached));
    }
    showInfo(entry ? tr("Saved, with %n piece(s) of evidence.", nullptr, int(attached.size()))
                   : tr("%n piece(s) of evidence added.", nullptr, int(attached.size())));
    refreshAfterChange({}, caseId, eventId);
    Q_EMIT evidenceStored(eventId);
}

void MainWindow::imageWritten(int ticket, bool ok, const QString &path, const QString &error)
{
    Q_UNUSED(ticket);
    --m_pendingEvidence;
    if (ok) {
        m_editor->addPendingFiles({path}, true); // shown again, now with its size
    } else {
        m_editor->removePendingFile(path);
        showProblem(error);
    }
    if (m_closingNote && m_closeWhenStored) {
        if (m_pendingEvidence > 0)
            waitForEvidenceThenClose();
        else
            QTimer::singleShot(0, this, &MainWindow::close);
    }
}

} // namespace plaint

namespace plaint {

void MainWindow::buildPromisePanel()
{
    m_promisePanel = new PromisePanel(this);
    auto *dock = new QDockWidget(tr("Promises"), this);
    dock->setObjectName(u"promiseDock"_s);
    dock->setWidget(m_promisePanel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("&Promises panel"));
    toggle->setObjectName(u"showPromises"_s);
    m_actions.insert(u"showPromises"_s, toggle);
    if (auto *view = menuBar()->findChild<QMenu *>(u"viewMenu"_s))
        view->addAction(toggle);
    connect(m_promisePanel, &PromisePanel::eventRequested, this, [this](qint64 caseId, qint64 eventId) {
        selectCase(caseId);
        selectEvent(eventId);
        m_timelineView->setFocus();
    });
    connect(m_reminder, &PromiseReminder::changed, this, [this] {
        m_promisePanel->setPromises(m_reminder->current(), QDateTime::currentDateTimeUtc());
    });
    connect(m_reminder, &PromiseReminder::fellDue, this, [this](const OpenPromise &o) {
        // Without a system tray, the status bar says it.
        if (!m_reminder->usesSystemTray())
            statusBar()->showMessage(tr("A promise fell due: %1").arg(PromisePanel::describe(o)));
        const qint64 shown = currentCaseId();
        m_cases->reload(); // its overdue count changed
        selectCase(shown);
        onCaseChanged();
    });
}

void MainWindow::refreshPromises()
{
    if (m_reminder)
        m_reminder->check();
}

void MainWindow::refreshOverview()
{
    const CaseSummary *summary = m_cases->summaryAt(m_caseView->currentIndex().row());
    if (!summary) {
        m_overview->clear();
        return;
    }
    if (summary->eventCount > CaseOverview::kLargestAnalysed) {
        m_overview->setTooLarge(summary->info, summary->eventCount);
        return;
    }
    m_overview->load(m_library->path(), summary->info, QDateTime::currentDateTimeUtc());
}

Status MainWindow::exportDeadlines(const QString &path)
{
    const qint64 caseId = currentCaseId();
    auto c = m_library->caseById(caseId);
    if (!c)
        return Status::failure(c.error());
    auto events = m_library->timeline(caseId, 0, -1, true);
    if (!events)
        return Status::failure(events.error());
    const QList<CalendarExport::Entry> entries = DeadlineCalendar::entries(*c, *events);
    if (Status s = CalendarExport::write(path, CalendarExport::toIcs(entries, QDateTime::currentDateTimeUtc())); !s)
        return s;
    showInfo(tr("%n deadline(s) written to %1. Open that file with your calendar to be reminded.", nullptr,
                int(entries.size()))
                 .arg(QDir::toNativeSeparators(path)));
    return {};
}

void MainWindow::exportDeadlinesWithDialog()
{
    auto c = m_library->caseById(currentCaseId());
    if (!c)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("%1 deadlines.ics").arg(c->company.isEmpty() ? c->title : c->company));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export deadlines to calendar"), suggested,
                                                      tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (Status s = exportDeadlines(path); !s)
        showProblem(s.error());
}

} // namespace plaint
