#include "importdialog.h"

#include "importworker.h"
#include "phonenumber.h"
#include "timelinedelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

// Rows shown per group of the preview: enough to check, few enough to stay quick for 50,000.
constexpr int kShownPerGroup = 300;

enum Page { PhonePage, MailPage, TextPage, PhotoPage };

Page pageFor(ImportJob::Kind kind)
{
    switch (kind) {
    case ImportJob::Kind::Sms:
    case ImportJob::Kind::Calls: return PhonePage;
    case ImportJob::Kind::Email: return MailPage;
    case ImportJob::Kind::Text: return TextPage;
    case ImportJob::Kind::Photos: return PhotoPage;
    }
    return TextPage;
}

QComboBox *channelBox(QWidget *parent, Channel selected)
{
    auto *box = new QComboBox(parent);
    for (Channel c : {Channel::Chat, Channel::Sms, Channel::App, Channel::Social, Channel::Email, Channel::Note})
        box->addItem(TimelineDelegate::channelName(c), int(c));
    box->setCurrentIndex(box->findData(int(selected)));
    return box;
}

} // namespace

ImportDialog::ImportDialog(const QString &libraryPath, const Case &target, QWidget *parent)
    : QDialog(parent), m_libraryPath(libraryPath), m_case(target)
{
    qRegisterMetaType<plaint::ImportJob::Report>();
    qRegisterMetaType<QList<plaint::BackupNumbers::Number>>();
    setWindowTitle(tr("Import messages and calls"));
    setObjectName(u"importDialog"_s);
    buildLayout();

    m_worker = new ImportWorker(m_libraryPath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ImportWorker::numbersRead, this, &ImportDialog::numbersRead, Qt::QueuedConnection);
    connect(m_worker, &ImportWorker::progressed, this, &ImportDialog::progressed, Qt::QueuedConnection);
    connect(m_worker, &ImportWorker::finished, this, &ImportDialog::finished, Qt::QueuedConnection);
    m_thread.start();
    setKind(ImportJob::Kind::Sms);
    setState(State::Editing);
}

ImportDialog::~ImportDialog()
{
    if (m_worker)
        m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

void ImportDialog::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Bring in what you already have: your phone's SMS and call backups (from the Android app "
                                "“SMS Backup & Restore”), e-mails (.eml or a mailbox), screenshots and photos, or a chat "
                                "copied as text. Into the case “%1”.")
                                 .arg(m_case.title.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *what = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"importKind"_s);
    m_kind->addItem(tr("SMS and MMS (SMS Backup & Restore, .xml)"), int(ImportJob::Kind::Sms));
    m_kind->addItem(tr("Calls (SMS Backup & Restore, .xml)"), int(ImportJob::Kind::Calls));
    m_kind->addItem(tr("E-mail (.eml, mbox)"), int(ImportJob::Kind::Email));
    m_kind->addItem(tr("Screenshots and photos"), int(ImportJob::Kind::Photos));
    m_kind->addItem(tr("A chat or SMS thread as text (pasted or a text file)"), int(ImportJob::Kind::Text));
    m_chooseButton = new QPushButton(tr("Choose files…"), this);
    m_chooseButton->setObjectName(u"chooseFiles"_s);
    what->addWidget(new QLabel(tr("What:"), this));
    what->addWidget(m_kind, 1);
    what->addWidget(m_chooseButton);
    layout->addLayout(what);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setVisible(false);
    layout->addWidget(m_fileLabel);

    m_options = new QStackedWidget(this);
    // Phone backups: whose messages belong in the case.
    auto *phone = new QWidget(m_options);
    auto *phoneLayout = new QVBoxLayout(phone);
    phoneLayout->setContentsMargins(0, 0, 0, 0);
    auto *phoneIntro = new QLabel(tr("A backup holds everyone's messages. Tick the company's numbers; only theirs go into "
                                     "the case."),
                                  phone);
    phoneIntro->setWordWrap(true);
    phoneLayout->addWidget(phoneIntro);
    m_numbers = new QListWidget(phone);
    m_numbers->setObjectName(u"numbers"_s);
    phoneLayout->addWidget(m_numbers, 1);
    auto *other = new QFormLayout;
    m_otherNumbers = new QLineEdit(phone);
    m_otherNumbers->setObjectName(u"otherNumbers"_s);
    m_otherNumbers->setPlaceholderText(tr("e.g. 10086, 10010"));
    other->addRow(tr("Other numbers:"), m_otherNumbers);
    phoneLayout->addLayout(other);
    m_options->addWidget(phone);
    // E-mail.
    auto *mail = new QWidget(m_options);
    auto *mailLayout = new QFormLayout(mail);
    m_myAddresses = new QLineEdit(mail);
    m_myAddresses->setObjectName(u"myAddresses"_s);
    m_myAddresses->setPlaceholderText(tr("e.g. me@example.com"));
    mailLayout->addRow(tr("Your own addresses (what you sent):"), m_myAddresses);
    m_options->addWidget(mail);
    // Text.
    auto *text = new QWidget(m_options);
    auto *textLayout = new QVBoxLayout(text);
    textLayout->setContentsMargins(0, 0, 0, 0);
    m_text = new QPlainTextEdit(text);
    m_text->setObjectName(u"pastedText"_s);
    m_text->setPlaceholderText(tr("Paste the chat or SMS thread here (each message with its time), or choose a text file."));
    textLayout->addWidget(m_text, 1);
    auto *textForm = new QFormLayout;
    m_textChannel = channelBox(text, Channel::Chat);
    m_copiedOn = new QDateEdit(QDate::currentDate(), text);
    m_copiedOn->setObjectName(u"copiedOn"_s);
    m_copiedOn->setCalendarPopup(true);
    m_copiedOn->setToolTip(tr("For “今天”, “昨天” and dates without a year."));
    m_encoding = new QComboBox(text);
    m_encoding->setObjectName(u"encoding"_s);
    m_encoding->addItem(tr("Detect"), QByteArray());
    m_encoding->addItem(u"UTF-8"_s, QByteArray("UTF-8"));
    m_encoding->addItem(tr("GB18030 / GBK (Simplified Chinese)"), QByteArray("GB18030"));
    m_encoding->addItem(tr("Big5 (Traditional Chinese)"), QByteArray("Big5"));
    m_encoding->addItem(u"UTF-16"_s, QByteArray("UTF-16"));
    textForm->addRow(tr("Channel:"), m_textChannel);
    textForm->addRow(tr("Copied on:"), m_copiedOn);
    textForm->addRow(tr("Text file's encoding:"), m_encoding);
    textLayout->addLayout(textForm);
    m_options->addWidget(text);
    // Photos.
    auto *photos = new QWidget(m_options);
    auto *photoLayout = new QFormLayout(photos);
    m_photoChannel = channelBox(photos, Channel::Note);
    photoLayout->addRow(tr("Channel:"), m_photoChannel);
    auto *photoNote = new QLabel(tr("Each picture becomes an event at the time it was taken: from its EXIF data, else "
                                    "its file name, else the file's date. The event says which."),
                                 photos);
    photoNote->setWordWrap(true);
    photoLayout->addRow(photoNote);
    m_options->addWidget(photos);
    layout->addWidget(m_options, 2);

    m_promises = new QCheckBox(tr("Add the time-bound promises found in the company's words (on the business days of "
                                  "the case's jurisdiction)"),
                               this);
    m_promises->setObjectName(u"findPromises"_s);
    layout->addWidget(m_promises);

    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setHeaderLabels({tr("What"), tr("Details")});
    m_preview->header()->setStretchLastSection(false);
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->setRootIsDecorated(true);
    m_preview->setUniformRowHeights(true);
    layout->addWidget(m_preview, 2);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(u"previewButton"_s);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_cancelButton = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setToolTip(tr("Stops; an import stopped adds nothing."));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    // The buttons' roles must not close the dialog on their own.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_previewButton, &QPushButton::clicked, this, &ImportDialog::preview);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelWork);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_options->setCurrentIndex(pageFor(kind()));
        m_promises->setVisible(kind() != ImportJob::Kind::Calls && kind() != ImportJob::Kind::Photos);
        // The user says the files hold something else: a backup's numbers are read for it.
        if (!m_files.isEmpty() && (kind() == ImportJob::Kind::Sms || kind() == ImportJob::Kind::Calls))
            readNumbers();
        else
            settingsChanged();
    });
    connect(m_numbers, &QListWidget::itemChanged, this, &ImportDialog::settingsChanged);
    for (QLineEdit *edit : {m_otherNumbers, m_myAddresses})
        connect(edit, &QLineEdit::textChanged, this, &ImportDialog::settingsChanged);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ImportDialog::settingsChanged);
    connect(m_copiedOn, &QDateEdit::dateChanged, this, &ImportDialog::settingsChanged);
    for (QComboBox *box : {m_textChannel, m_encoding, m_photoChannel})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::settingsChanged);
    connect(m_promises, &QCheckBox::toggled, this, &ImportDialog::settingsChanged);
    resize(760, 680);
}

ImportJob::Kind ImportDialog::kind() const
{
    return ImportJob::Kind(m_kind->currentData().toInt());
}

void ImportDialog::setKind(ImportJob::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_options->setCurrentIndex(pageFor(kind));
}

void ImportDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Choose what to import"), {},
        tr("Everything Plaint imports (*.xml *.eml *.mbox *.mbx *.txt *.jpg *.jpeg *.png *.heic *.webp);;All files (*)"));
    if (!paths.isEmpty())
        setFiles(paths);
}

void ImportDialog::setFiles(const QStringList &paths)
{
    m_files = paths;
    if (!paths.isEmpty()) {
        const QSignalBlocker blocker(m_kind);
        setKind(ImportJob::guessKind(paths.first()));
        m_promises->setVisible(kind() != ImportJob::Kind::Calls && kind() != ImportJob::Kind::Photos);
    }
    QStringList names;
    qint64 bytes = 0;
    for (const QString &path : paths) {
        names << QFileInfo(path).fileName();
        bytes += QFileInfo(path).size();
    }
    m_fileLabel->setVisible(!paths.isEmpty());
    m_fileLabel->setText(paths.isEmpty() ? QString()
                                         : tr("%1 (%2)").arg(QLocale().createSeparatedList(names),
                                                             QLocale().formattedDataSize(bytes)));
    m_numbers->clear();
    if (!paths.isEmpty() && (kind() == ImportJob::Kind::Sms || kind() == ImportJob::Kind::Calls)) {
        readNumbers();
        return;
    }
    settingsChanged();
}

void ImportDialog::readNumbers()
{
    m_numbers->clear();
    m_preview->clear();
    setState(State::ReadingNumbers);
    const QString path = m_files.first();
    showStatus(tr("Reading the numbers in %1…").arg(QFileInfo(path).fileName()));
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path] { worker->readNumbers(path); });
}

void ImportDialog::setPastedText(const QString &text)
{
    m_files.clear();
    m_fileLabel->clear();
    m_fileLabel->setVisible(false);
    setKind(ImportJob::Kind::Text);
    m_text->setPlainText(text);
    settingsChanged();
}

void ImportDialog::numbersRead(const QString &path, const QList<BackupNumbers::Number> &numbers, const QString &error)
{
    if (m_files.value(0) != path)
        return; // another file was chosen meanwhile
    setState(State::Editing);
    if (!error.isEmpty()) {
        showStatus(tr("%1: %2").arg(QFileInfo(path).fileName(), error), true);
        return;
    }
    const QSignalBlocker blocker(m_numbers);
    const bool calls = kind() == ImportJob::Kind::Calls;
    for (const BackupNumbers::Number &n : numbers) {
        const QString count = calls ? tr("%n call(s)", nullptr, int(qMin<qint64>(n.count, INT_MAX)))
                                    : tr("%n message(s)", nullptr, int(qMin<qint64>(n.count, INT_MAX)));
        const QString label = n.contactName.isEmpty() ? tr("%1 — %2").arg(n.number, count)
                                                      : tr("%1 (%2) — %3").arg(n.number, n.contactName, count);
        auto *item = new QListWidgetItem(label, m_numbers);
        item->setData(Qt::UserRole, n.normalized);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    showStatus(numbers.isEmpty() ? tr("The backup holds no messages.")
                                 : tr("%n number(s) in the backup. Tick the company's, then Preview.", nullptr,
                                      int(numbers.size())));
}

void ImportDialog::settingsChanged()
{
    if (m_state == State::Previewed || m_state == State::Done) {
        m_preview->clear();
        setState(State::Editing);
        showStatus(tr("Changed: preview again to see what will be imported."));
    } else {
        setState(m_state);
    }
}

std::optional<ImportJob::Request> ImportDialog::request()
{
    ImportJob::Request r;
    r.kind = kind();
    r.paths = m_files;
    r.encodingAdvice = tr("Choose its encoding under “Text file's encoding”, e.g. %1.");
    switch (r.kind) {
    case ImportJob::Kind::Sms:
    case ImportJob::Kind::Calls:
        for (int i = 0; i < m_numbers->count(); ++i) {
            if (m_numbers->item(i)->checkState() == Qt::Checked)
                r.numbers << m_numbers->item(i)->data(Qt::UserRole).toString();
        }
        for (const QString &n : PhoneNumber::parseList(m_otherNumbers->text())) {
            if (!r.numbers.contains(n))
                r.numbers << n;
        }
        if (r.numbers.isEmpty()) {
            showStatus(tr("Tick the company's numbers (or type them under Other numbers): a backup holds everyone's "
                          "messages, and only the company's belong in the case."),
                       true);
            return std::nullopt;
        }
        break;
    case ImportJob::Kind::Email:
        r.myAddresses = m_myAddresses->text().split(u',', Qt::SkipEmptyParts);
        for (QString &a : r.myAddresses)
            a = a.trimmed();
        break;
    case ImportJob::Kind::Text:
        r.channel = Channel(m_textChannel->currentData().toInt());
        r.copiedOn = m_copiedOn->date();
        r.encoding = m_encoding->currentData().toByteArray();
        if (r.paths.isEmpty())
            r.pastedText = m_text->toPlainText();
        if (r.paths.isEmpty() && r.pastedText.trimmed().isEmpty()) {
            showStatus(tr("Paste the text, or choose a text file."), true);
            return std::nullopt;
        }
        break;
    case ImportJob::Kind::Photos: r.channel = Channel(m_photoChannel->currentData().toInt()); break;
    }
    if (r.paths.isEmpty() && r.kind != ImportJob::Kind::Text) {
        showStatus(tr("Choose the files to import."), true);
        return std::nullopt;
    }
    return r;
}

void ImportDialog::preview()
{
    auto r = request();
    if (!r)
        return;
    m_preview->clear();
    setState(State::Previewing);
    showStatus(tr("Reading everything to show what the import would do; nothing is written yet…"));
    const qint64 caseId = m_case.id;
    const std::optional<Jurisdiction> promises = m_promises->isVisibleTo(this) && m_promises->isChecked()
        ? std::optional<Jurisdiction>(m_case.jurisdiction)
        : std::nullopt;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request = *r, caseId, promises] {
        worker->run(request, caseId, false, promises);
    });
}

void ImportDialog::startImport()
{
    if (m_state != State::Previewed)
        return;
    auto r = request();
    if (!r)
        return;
    setState(State::Importing);
    showStatus(tr("Importing… Stop adds nothing: the import lands whole or not at all."));
    const qint64 caseId = m_case.id;
    const std::optional<Jurisdiction> promises = m_promises->isVisibleTo(this) && m_promises->isChecked()
        ? std::optional<Jurisdiction>(m_case.jurisdiction)
        : std::nullopt;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request = *r, caseId, promises] {
        worker->run(request, caseId, true, promises);
    });
}

void ImportDialog::cancelWork()
{
    if (m_state == State::Previewing || m_state == State::Importing || m_state == State::ReadingNumbers) {
        m_worker->cancel();
        m_cancelButton->setEnabled(false);
        showStatus(tr("Stopping…"));
    }
}

void ImportDialog::reject()
{
    if (m_state == State::Previewing || m_state == State::Importing || m_state == State::ReadingNumbers) {
        // Closed while working: stop first, close when the worker says it has.
        m_closeWhenIdle = true;
        cancelWork();
        return;
    }
    QDialog::reject();
}

void ImportDialog::progressed(qint64 done, qint64 total, qint64 items)
{
    if (m_state != State::Previewing && m_state != State::Importing)
        return;
    m_progress->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
    const QString count = tr("%n event(s) so far", nullptr, int(qMin<qint64>(items, INT_MAX)));
    showStatus(m_state == State::Importing ? tr("Importing… %1").arg(count) : tr("Preparing the preview… %1").arg(count));
}

void ImportDialog::finished(bool committed, bool ok, bool cancelled, const QString &error, const ImportJob::Report &report)
{
    m_progress->setValue(ok ? 1000 : 0);
    if (m_closeWhenIdle) {
        setState(State::Editing);
        QDialog::reject();
        return;
    }
    if (cancelled) {
        setState(committed ? State::Previewed : State::Editing);
        showStatus(committed ? tr("The import was stopped; nothing was added. You can import again.")
                             : tr("The preview was stopped."));
        return;
    }
    if (!ok) {
        setState(committed ? State::Previewed : State::Editing);
        showStatus(error, true);
        return;
    }
    m_report = report;
    if (!committed) {
        showPreview(report);
        setState(State::Previewed);
        showStatus(report.added > 0 ? tr("Preview: %1 Import to add them.").arg(tally(report, false))
                                    : tr("Preview: %1").arg(tally(report, false)));
        return;
    }
    showPreview(report);
    setState(State::Done);
    showStatus(tally(report, true));
    Q_EMIT imported(m_case.id, report.added);
}

QString ImportDialog::tally(const ImportJob::Report &report, bool committed) const
{
    QStringList parts;
    parts << (committed ? tr("%n event(s) added", nullptr, report.added)
                        : tr("%n event(s) will be added", nullptr, report.added));
    if (report.evidence > 0)
        parts << tr("%n piece(s) of evidence", nullptr, report.evidence);
    if (report.promises > 0)
        parts << tr("%n promise(s)", nullptr, report.promises);
    if (report.alreadyThere > 0)
        parts << tr("%n already in the case", nullptr, report.alreadyThere);
    if (report.repeated > 0)
        parts << tr("%n twice in what was read (taken once)", nullptr, report.repeated);
    if (!report.skipped.isEmpty())
        parts << tr("%n skipped", nullptr, int(report.skipped.size()));
    if (!report.warnings.isEmpty())
        parts << tr("%n warning(s)", nullptr, int(report.warnings.size()));
    return tr("%1.").arg(parts.join(u"; "_s));
}

void ImportDialog::showPreview(const ImportJob::Report &report)
{
    m_preview->clear();
    auto group = [this](const QString &title, int count) {
        auto *item = new QTreeWidgetItem(m_preview, {title.arg(count)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setData(0, Qt::UserRole, count);
        return item;
    };
    auto more = [](QTreeWidgetItem *parent, int shown, int total) {
        if (total > shown)
            new QTreeWidgetItem(parent, {tr("… and %n more", nullptr, total - shown)});
    };
    QTreeWidgetItem *added = group(report.committed ? tr("Added (%1)") : tr("Will be added (%1)"), report.added);
    QTreeWidgetItem *already = group(tr("Already in the case (%1)"), report.alreadyThere);
    QTreeWidgetItem *repeated = group(tr("Twice in what was read, taken once (%1)"), report.repeated);
    int shownAdded = 0, shownAlready = 0, shownRepeated = 0;
    for (const ImportJob::Entry &e : report.entries) {
        QTreeWidgetItem *parent = e.state == ImportJob::State::Added ? added
            : e.state == ImportJob::State::Repeated                  ? repeated
                                                                     : already;
        int &shown = parent == added ? shownAdded : parent == repeated ? shownRepeated : shownAlready;
        if (shown >= kShownPerGroup)
            continue;
        ++shown;
        QStringList details;
        if (e.evidence > 0)
            details << tr("%n piece(s) of evidence", nullptr, e.evidence);
        if (e.promises > 0)
            details << tr("%n promise(s)", nullptr, e.promises);
        new QTreeWidgetItem(parent, {tr("%1  %2").arg(QLocale().toString(e.at, QLocale::ShortFormat), e.summary),
                                     details.join(u", "_s)});
    }
    more(added, shownAdded, report.added);
    more(already, shownAlready, report.alreadyThere);
    more(repeated, shownRepeated, report.repeated);
    QTreeWidgetItem *skipped = group(tr("Skipped (%1)"), int(report.skipped.size()));
    for (int i = 0; i < qMin<int>(kShownPerGroup, int(report.skipped.size())); ++i)
        new QTreeWidgetItem(skipped, {report.skipped.at(i).what, report.skipped.at(i).why});
    more(skipped, qMin<int>(kShownPerGroup, int(report.skipped.size())), int(report.skipped.size()));
    QTreeWidgetItem *warnings = group(tr("Imported with a warning (%1)"), int(report.warnings.size()));
    for (const SkippedRecord &w : report.warnings)
        new QTreeWidgetItem(warnings, {w.what, w.why});
    for (QTreeWidgetItem *g : {added, already, repeated, skipped, warnings}) {
        g->setHidden(g->data(0, Qt::UserRole).toInt() == 0 && g != added);
        g->setExpanded(g != already && g != repeated);
    }
}

void ImportDialog::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    const bool busy = state == State::Previewing || state == State::Importing || state == State::ReadingNumbers;
    m_kind->setEnabled(!busy);
    m_chooseButton->setEnabled(!busy);
    m_options->setEnabled(!busy);
    m_promises->setEnabled(!busy);
    m_previewButton->setEnabled(!busy);
    m_importButton->setEnabled(state == State::Previewed && m_report.added > 0);
    m_cancelButton->setEnabled(busy);
    m_cancelButton->setVisible(busy);
    m_progress->setVisible(state == State::Previewing || state == State::Importing);
    if (state == State::Previewing || state == State::Importing)
        m_progress->setValue(0);
    if (changed)
        Q_EMIT stateChanged(state);
}

void ImportDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"QLabel { color: #8a1c12; }"_s : QString());
}

} // namespace plaint
