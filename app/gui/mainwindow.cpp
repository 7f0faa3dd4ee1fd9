#include "mainwindow.h"

#include "backgroundpriority.h"
#include "casedialog.h"
#include "casefileactions.h"
#include "caselistmodel.h"
#include "caseoverview.h"
#include "deadlinecalendar.h"
#include "democase.h"
#include "droppedfiles.h"
#include "evidenceviewer.h"
#include "evidenceworker.h"
#include "exportdialog.h"
#include "historydialog.h"
#include "importdialog.h"
#include "languagemenu.h"
#include "library.h"
#include "promisepanel.h"
#include "promisereminder.h"
#include "thumbnailcache.h"
#include "timelinecommands.h"
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
#include <QDateEdit>
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
#include <QPushButton>
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

const QDate kAnyDate(2000, 1, 1);

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
    m_workerThread.quit();
    m_workerThread.wait();
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
    make(u"startCall"_s, tr("Start &call"), QKeySequence(tr("Ctrl+T")), [this] {
        if (currentCaseId() > 0)
            m_editor->startCall(currentCaseId());
    });
    make(u"logVisit"_s, tr("Log store &visit"), QKeySequence(tr("Ctrl+1")), [this] { startEntry(Channel::Store); });
    make(u"logApp"_s, tr("Log &app or website problem"), QKeySequence(tr("Ctrl+2")), [this] { startEntry(Channel::App); });
    make(u"logSms"_s, tr("Log &SMS"), QKeySequence(tr("Ctrl+3")), [this] { startEntry(Channel::Sms); });
    make(u"logLetter"_s, tr("Log &letter"), QKeySequence(tr("Ctrl+4")), [this] { startEntry(Channel::Letter); });
    make(u"logNote"_s, tr("Add &note"), QKeySequence(tr("Ctrl+5")), [this] { startEntry(Channel::Note); });
    make(u"attach"_s, tr("&Attach files…"), QKeySequence(tr("Ctrl+Shift+A")), [this] {
        attachWithDialog(m_editor->mode() == EventEditor::Mode::Existing ? m_editor->shownEventId() : 0);
    });
    make(u"paste"_s, tr("&Paste screenshot or files"), QKeySequence::Paste, [this] { pasteFromClipboard(); });
    make(u"importMessages"_s, tr("&Import messages and calls…"), QKeySequence(tr("Ctrl+Shift+I")), [this] { importMessages(); });
    make(u"pasteAsEvents"_s, tr("Paste as &events…"), QKeySequence(tr("Ctrl+Shift+V")),
         [this] { importMessages(QApplication::clipboard()->text()); });
    make(u"trashEvent"_s, tr("Move event to &trash"), QKeySequence::Delete, [this] {
        if (m_editor->mode() == EventEditor::Mode::Existing)
            trashEvent(m_editor->shownEventId());
    });
    make(u"showTrash"_s, tr("Show t&rash…"), QKeySequence(tr("Ctrl+Shift+T")), [this] { showTrash(); });
    make(u"find"_s, tr("&Find"), QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    make(u"exportDossier"_s, tr("&Export dossier…"), QKeySequence(tr("Ctrl+E")), [this] { exportDossier(); });
    make(u"exportDeadlines"_s, tr("&Export deadlines to calendar…"), QKeySequence(), [this] { exportDeadlinesWithDialog(); });
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
    for (const QString &name : {u"startCall"_s, u"logVisit"_s, u"logApp"_s, u"logSms"_s, u"logLetter"_s, u"logNote"_s})
        caseMenu->addAction(action(name));
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
    m_from = new QDateEdit(timelinePage);
    m_to = new QDateEdit(timelinePage);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kAnyDate);
        edit->setSpecialValueText(tr("any day"));
        edit->setDate(kAnyDate);
        connect(edit, &QDateEdit::dateChanged, this, &MainWindow::applyFilter);
    }
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
    connect(m_caseView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onCaseChanged);
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
    connect(m_editor, &EventEditor::cancelled, this, &MainWindow::onEventSelected);
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
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"lastCase"_s, currentCaseId());
    PromiseReminder::rememberRun(QDateTime::currentDateTimeUtc());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // The Retranslator has turned the fixed texts and the lists paint in the
    // new language; these texts are built from the case. The selection and
    // the event being edited stay as they are, unsaved words and all.
    onCaseChanged();
    refreshAgents();
    refreshPromises();
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
    m_banner->setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c12; padding: 6px; border-radius: 4px; }"_s);
    m_banner->setVisible(true);
    statusBar()->showMessage(message, 10000);
}

void MainWindow::showInfo(const QString &message)
{
    m_banner->setVisible(false);
    statusBar()->showMessage(message, 5000);
}

void MainWindow::onCaseChanged()
{
    const qint64 caseId = currentCaseId();
    const CaseSummary *summary = m_cases->summaryAt(m_caseView->currentIndex().row());
    if (summary) {
        QString header = tr("<b>%1</b> — against %2 · %n event(s)", nullptr, summary->eventCount)
                             .arg(summary->info.title.toHtmlEscaped(), summary->info.company.toHtmlEscaped());
        if (summary->overduePromiseCount > 0)
            header += u" · <span style='color:#c0392b'><b>"_s
                + tr("%n overdue promise(s)", nullptr, summary->overduePromiseCount) + u"</b></span>"_s;
        m_caseHeader->setText(header);
    } else {
        m_caseHeader->clear();
    }
    for (const QString &name : {u"startCall"_s, u"logVisit"_s, u"logApp"_s, u"logSms"_s, u"logLetter"_s,
                                u"logNote"_s, u"attach"_s, u"showTrash"_s, u"paste"_s, u"exportDeadlines"_s,
                                u"exportDossier"_s, u"importMessages"_s, u"pasteAsEvents"_s})
        action(name)->setEnabled(caseId > 0);
    if (summary)
        m_editor->setJurisdiction(summary->info.jurisdiction);
    refreshOverview();
    if (caseId != m_timeline->caseId()) {
        m_timeline->setCase(caseId);
        refreshAgents();
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
    if (m_from->date() != kAnyDate)
        filter.from = m_from->date();
    if (m_to->date() != kAnyDate)
        filter.to = m_to->date();
    filter.text = m_search->text();
    const qint64 selected = m_editor->mode() == EventEditor::Mode::Existing ? m_editor->shownEventId() : 0;
    m_timeline->setFilter(filter);
    if (!m_timeline->lastError().isEmpty())
        showProblem(m_timeline->lastError());
    else if (!filter.isEmpty())
        showInfo(tr("%n event(s) match.", nullptr, m_timeline->rowCount()));
    if (selected > 0)
        selectEvent(selected);
}

void MainWindow::onEventSelected()
{
    const QModelIndex index = m_timelineView->currentIndex();
    const qint64 id = index.data(TimelineModel::EventIdRole).toLongLong();
    if (id <= 0) {
        m_editor->showEmpty();
        return;
    }
    if (auto e = m_library->eventById(id, true))
        m_editor->presentEvent(*e);
}

void MainWindow::refreshAfterChange(const Status &status, qint64 caseId, qint64 eventId)
{
    if (!status) {
        showProblem(status.error());
        return;
    }
    m_banner->setVisible(false);
    const qint64 shownCase = currentCaseId();
    m_cases->reload(); // counts of events and overdue promises
    refreshPromises();
    selectCase(caseId > 0 ? caseId : shownCase);
    const bool sameCase = currentCaseId() == m_timeline->caseId();
    onCaseChanged();
    if (sameCase)
        m_timeline->reload();
    refreshAgents();
    if (eventId > 0 && m_timeline->rowOfEvent(eventId) >= 0) {
        selectEvent(eventId);
        onEventSelected();
    } else if (m_editor->mode() == EventEditor::Mode::Existing) {
        m_editor->showEmpty();
    }
}

Status MainWindow::addCase(const Case &c)
{
    auto id = m_library->addCase(c);
    if (!id)
        return Status::failure(id.error());
    m_undo->push(new AddCaseCommand(m_library.get(), [this](const Status &s, qint64 caseId, qint64 eventId) {
        refreshAfterChange(s, caseId, eventId);
    }, *id));
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

void MainWindow::openDemoCase()
{
    auto id = DemoCase::load(*m_library);
    if (!id) {
        showProblem(id.error());
        return;
    }
    m_undo->push(new AddCaseCommand(m_library.get(),
                                    [this](const Status &s, qint64 c, qint64 e) { refreshAfterChange(s, c, e); }, *id));
    refreshAfterChange({}, *id, 0);
}

void MainWindow::startEntry(Channel channel)
{
    if (currentCaseId() > 0)
        m_editor->startNew(currentCaseId(), channel);
}

void MainWindow::addEvent(const Event &event, const EventEditor::PromiseDraft &draft)
{
    QList<Promise> promises;
    if (!draft.text.isEmpty()) {
        Promise p;
        p.text = draft.text;
        p.due = draft.due;
        promises << p;
    }
    auto id = m_library->addEvent(event, {}, promises);
    if (!id) {
        showProblem(id.error());
        return;
    }
    Event added = event;
    added.id = *id;
    m_undo->push(new AddEventCommand(m_library.get(),
                                     [this](const Status &s, qint64 c, qint64 e) { refreshAfterChange(s, c, e); }, added));
    showInfo(tr("Saved."));
    refreshAfterChange({}, event.caseId, *id);
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
        m_undo->push(new EditEventCommand(m_library.get(),
                                          [this](const Status &s, qint64 c, qint64 e) { refreshAfterChange(s, c, e); },
                                          *before, *after));
    }
    showInfo(tr("Saved; the earlier version is kept."));
    refreshAfterChange({}, event.caseId, event.id);
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
    if (currentCaseId() <= 0)
        return;
    TrashDialog dialog(m_library.get(), currentCaseId(), this);
    connect(&dialog, &TrashDialog::restoreRequested, this, &MainWindow::restoreEvent);
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
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach evidence"));
    if (files.isEmpty())
        return;
    attachFilesTo(eventId > 0 ? m_timeline->rowOfEvent(eventId) : -1, files);
}

void MainWindow::attachFilesTo(int row, const QStringList &paths)
{
    const qint64 caseId = currentCaseId();
    if (caseId <= 0) {
        showProblem(tr("Start a case first; then drop your evidence onto its timeline."));
        return;
    }
    const qint64 eventId = eventIdAtRow(row);
    ++m_pendingEvidence;
    showInfo(tr("Adding %n file(s)…", nullptr, int(paths.size())));
    if (eventId > 0) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, caseId, eventId, paths] {
            worker->attachFiles(caseId, eventId, paths);
        });
        return;
    }
    // Dated when the pictures among them were taken, not when they were dropped (DroppedFiles).
    const Event e = DroppedFiles::forFiles(caseId, paths, nowOnUsersClock());
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, e, paths] { worker->addEventWithFiles(e, paths); });
}

void MainWindow::attachImageTo(int row, const QImage &image, const QString &fileName, const QString &source)
{
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
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, caseId, eventId, e, image, fileName] {
        worker->attachImage(caseId, eventId, e, image, fileName);
    });
}

void MainWindow::addLinks(int row, const QList<QUrl> &urls)
{
    const qint64 caseId = currentCaseId();
    if (caseId <= 0)
        return;
    Q_UNUSED(row);
    for (const QUrl &url : urls) {
        Event e;
        e.caseId = caseId;
        e.occurred = nowOnUsersClock();
        e.channel = Channel::App;
        e.direction = Direction::Note;
        e.summary = tr("Web page: %1").arg(url.toString());
        e.reference = url.toString();
        addEvent(e, {});
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

void MainWindow::evidenceFinished(bool ok, const QString &error, qint64 caseId, qint64 eventId, bool newEvent,
                                  const QList<Attachment> &attached)
{
    --m_pendingEvidence;
    if (!ok) {
        showProblem(error);
        return;
    }
    auto notify = [this](const Status &s, qint64 c, qint64 e) { refreshAfterChange(s, c, e); };
    if (newEvent) {
        if (auto e = m_library->eventById(eventId, false))
            m_undo->push(new AddEventCommand(m_library.get(), notify, *e));
    } else {
        m_undo->push(new AttachCommand(m_library.get(), notify, caseId, eventId, attached));
    }
    showInfo(tr("%n piece(s) of evidence added.", nullptr, int(attached.size())));
    refreshAfterChange({}, caseId, eventId);
    Q_EMIT evidenceStored(eventId);
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
