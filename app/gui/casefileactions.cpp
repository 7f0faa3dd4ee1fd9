#include "casefileactions.h"

#include "library.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>
#include <QWidget>

#include <optional>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

std::function<QString(bool)> &fileDialogAnswer()
{
    static std::function<QString(bool)> answer;
    return answer;
}

std::function<bool(const QString &)> &questionAnswer()
{
    static std::function<bool(const QString &)> answer;
    return answer;
}

std::function<void(const QString &)> &reportShown()
{
    static std::function<void(const QString &)> shown;
    return shown;
}

bool ask(QWidget *parent, const QString &title, const QString &question)
{
    if (questionAnswer())
        return questionAnswer()(question);
    return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
}

} // namespace

QString CaseFileActions::suggestedFileName(qint64 caseId) const
{
    // The case's title, without the characters file systems refuse.
    QString name;
    if (auto library = Library::open(m_libraryPath, Library::OpenMode::ReadOnly)) {
        if (auto c = (*library)->caseById(caseId))
            name = c->title.simplified();
    }
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    for (QChar &ch : name) {
        if (forbidden.contains(ch) || ch.category() == QChar::Other_Control)
            ch = u'-';
    }
    if (name.isEmpty() || name.startsWith(u'.'))
        name = tr("case");
    return name.left(80) + u".plaint"_s;
}

void CaseFileActions::setFileDialogAnswer(std::function<QString(bool saving)> answer)
{
    fileDialogAnswer() = std::move(answer);
}

void CaseFileActions::setQuestionAnswer(std::function<bool(const QString &question)> answer)
{
    questionAnswer() = std::move(answer);
}

void CaseFileActions::setReportShown(std::function<void(const QString &report)> shown)
{
    reportShown() = std::move(shown);
}

CaseFileActions::Opening CaseFileActions::planOpening(const QString &filePath, const QString &ownLibraryPath)
{
    Opening plan;
    plan.library = ownLibraryPath;
    const QString shown = QDir::toNativeSeparators(QFileInfo(filePath).absoluteFilePath());
    auto contents = CaseTransfer::inspect(filePath, ownLibraryPath);
    if (!contents) {
        plan.message = contents.error();
        return plan;
    }
    switch (contents->kind) {
    case CaseTransfer::Contents::Kind::OwnLibrary:
        break;
    case CaseTransfer::Contents::Kind::CaseFile:
        plan.offerImport = QFileInfo(filePath).absoluteFilePath();
        plan.caseTitle = contents->title;
        break;
    case CaseTransfer::Contents::Kind::Library: {
        const QString question = tr("%1 is not a case file but a Plaint library of its own, with %n case(s). Open "
                                    "it instead of your library? Your own library stays as it is.",
            nullptr, int(contents->cases))
                                     .arg(shown);
        if (ask(nullptr, tr("Open library"), question))
            plan.library = QFileInfo(filePath).absoluteFilePath();
        break;
    }
    }
    return plan;
}

void CaseFileActions::offerImport(const QString &filePath, const QString &caseTitle)
{
    const QString question = tr("Import the case “%1” from %2 into your library? Plaint checks every record, the "
                                "journal and every piece of evidence first; if anything does not match, nothing is "
                                "added.")
                                 .arg(caseTitle, QDir::toNativeSeparators(filePath));
    if (ask(m_window, tr("Import case"), question))
        importFile(filePath);
}

void CaseFileActions::showReport(const QString &title, const QString &report)
{
    if (reportShown()) {
        reportShown()(report);
        return;
    }
    QMessageBox box(QMessageBox::Information, title, report, QMessageBox::Ok, m_window);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void CaseFileActions::explain(const QString &message)
{
    Q_EMIT problem(message);
}

CaseFileActions::CaseFileActions(QWidget *window, QString libraryPath, std::function<qint64()> currentCase)
    : QObject(window), m_window(window), m_libraryPath(std::move(libraryPath)), m_currentCase(std::move(currentCase))
{
    m_export = new QAction(tr("&Export case…"), this);
    m_export->setObjectName(u"exportCase"_s);
    m_export->setToolTip(tr("Write this case, its evidence and its journal to one file to hand to someone"));
    m_import = new QAction(tr("&Import case…"), this);
    m_import->setObjectName(u"importCase"_s);
    m_import->setToolTip(tr("Check a case file and add its case to your library"));
    connect(m_export, &QAction::triggered, this, &CaseFileActions::chooseExport);
    connect(m_import, &QAction::triggered, this, &CaseFileActions::chooseImport);
}

CaseFileActions::~CaseFileActions()
{
    if (m_thread) {
        if (m_cancel)
            *m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void CaseFileActions::chooseExport()
{
    const qint64 caseId = m_currentCase();
    if (caseId <= 0) {
        Q_EMIT problem(tr("Select the case to export first."));
        return;
    }
    QString path;
    if (fileDialogAnswer()) {
        path = fileDialogAnswer()(true);
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(
            m_window, tr("Export case"), folder + u'/' + suggestedFileName(caseId), tr("Plaint case files (*.plaint)"));
    }
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".plaint"_s;
    exportCase(caseId, path);
}

void CaseFileActions::chooseImport()
{
    QString path;
    if (fileDialogAnswer()) {
        path = fileDialogAnswer()(false);
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getOpenFileName(
            m_window, tr("Import case"), folder, tr("Plaint case files (*.plaint);;All files (*)"));
    }
    if (!path.isEmpty())
        importFile(path);
}

void CaseFileActions::exportCase(qint64 caseId, const QString &filePath)
{
    const QString libraryPath = m_libraryPath;
    run(
        tr("Exporting the case…"),
        [libraryPath, caseId, filePath](
            const CaseTransfer::Progress &progress, qint64 *) -> Result<CaseTransfer::Summary> {
            auto library = Library::open(libraryPath, Library::OpenMode::ReadOnly);
            if (!library)
                return Result<CaseTransfer::Summary>::failure(library.error());
            return CaseTransfer::exportCase(**library, caseId, filePath, progress);
        },
        [this, filePath](const Result<CaseTransfer::Summary> &result, qint64) {
            if (!result) {
                Q_EMIT problem(result.error());
                return;
            }
            const QString done = tr("“%1” exported to %2.").arg(result->title, QDir::toNativeSeparators(filePath));
            Q_EMIT info(done);
            // The one thing the recipient needs besides the file, told apart from it (on paper, by phone).
            showReport(tr("Export case"),
                tr("%1\n\nThe case file's journal ends in:\n%2\n\nGive the recipient this journal head apart from "
                   "the file: when they import it, Plaint shows them the head it ends in, and the two must be the same.")
                    .arg(done, result->journalHead));
        });
}

void CaseFileActions::importFile(const QString &filePath, CaseTransfer::Duplicate duplicate)
{
    const QString libraryPath = m_libraryPath;
    run(
        tr("Checking and importing the case…"),
        [libraryPath, filePath, duplicate](
            const CaseTransfer::Progress &progress, qint64 *existing) -> Result<CaseTransfer::Summary> {
            auto library = Library::open(libraryPath);
            if (!library)
                return Result<CaseTransfer::Summary>::failure(library.error());
            return CaseTransfer::importCase(**library, filePath, duplicate, progress, existing);
        },
        [this, filePath](const Result<CaseTransfer::Summary> &result, qint64 existing) {
            if (!result && existing > 0) {
                const QString question = tr("This case is already in your library. Import it again as a copy?");
                if (ask(m_window, tr("Import case"), question))
                    importFile(filePath, CaseTransfer::Duplicate::ImportAsCopy);
                else
                    Q_EMIT imported(existing);
                return;
            }
            if (!result) {
                Q_EMIT problem(result.error());
                return;
            }
            Q_EMIT imported(result->caseId);
            const QString done = tr("“%1” imported: %n event(s), every piece of evidence and the journal checked.",
                nullptr, int(result->events))
                                     .arg(result->title);
            Q_EMIT info(done);
            // The recipient compares this with the head the sender gave them.
            const QString report = tr("%1\n\nThe case file's journal ends in:\n%2\n\nThis must be the same as the "
                                      "journal head the sender gave you. If it is not, this is not the file they sent.")
                                       .arg(done, result->journalHead);
            showReport(tr("Import case"), report);
        });
}

void CaseFileActions::run(
    const QString &label, Job job, std::function<void(const Result<CaseTransfer::Summary> &, qint64)> done)
{
    if (m_thread) {
        Q_EMIT problem(tr("A case is being exported or imported; wait for it to finish."));
        return;
    }
    m_export->setEnabled(false);
    m_import->setEnabled(false);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 1000, m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });

    // The destructor waits for the thread, so `self` outlives every call below.
    CaseFileActions *self = this;
    auto result = std::make_shared<std::optional<Result<CaseTransfer::Summary>>>();
    auto existing = std::make_shared<qint64>(0);
    m_thread = QThread::create([job = std::move(job), cancel, self, result, existing] {
        const CaseTransfer::Progress progress = [cancel, self](qint64 copied, qint64 total) {
            const int permille = total > 0 ? int(copied * 1000 / total) : 1000;
            QMetaObject::invokeMethod(
                self,
                [self, permille] {
                    if (self->m_progress)
                        self->m_progress->setValue(permille);
                },
                Qt::QueuedConnection);
            return !*cancel;
        };
        result->emplace(job(progress, existing.get()));
    });
    connect(m_thread, &QThread::finished, this, [this, result, existing, done = std::move(done)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_cancel.reset();
        if (m_progress)
            m_progress->deleteLater();
        m_export->setEnabled(true);
        m_import->setEnabled(true);
        const Result<CaseTransfer::Summary> outcome = result->has_value()
            ? **result
            : Result<CaseTransfer::Summary>::failure(tr("The case could not be copied."));
        done(outcome, *existing);
        Q_EMIT finished(outcome.ok());
    });
    m_thread->start();
}

} // namespace plaint
