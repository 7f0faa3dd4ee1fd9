#include "exportdialog.h"

#include "exhibitdescriptions.h"

#include "dossierprofile.h"
#include "library.h"
#include "maskeditor.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QScroller>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {

namespace {

ExportDialog::SaveFileHook &saveFileHook()
{
    static ExportDialog::SaveFileHook hook;
    return hook;
}

// The dossier's language follows the window's, unless the user picks another.
QString uiDossierLanguage()
{
    const QLocale locale;
    if (locale.language() != QLocale::Chinese)
        return u"en"_s;
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript
        || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
        || locale.territory() == QLocale::Macao;
    return traditional ? u"zh_TW"_s : u"zh_CN"_s;
}

constexpr int kDebounceMs = 400;
// Printing renders each page as an image at the printer's resolution, up to
// this: measured on a 9-page dossier printed to PDF, 300 dpi takes 0.11 s a
// page and 600 dpi 0.48 s (an A4 page at 1200 dpi would be half a gigabyte),
// and printed text at 300 dpi is as sharp as a reader needs.
constexpr int kMaxPrintDpi = 300;

} // namespace

void ExportDialog::setSaveFileHook(SaveFileHook hook)
{
    saveFileHook() = std::move(hook);
}

ExportDialog::ExportDialog(Library *library, qint64 caseId, QWidget *parent)
    : QDialog(parent), m_library(library), m_caseId(caseId)
{
    qRegisterMetaType<plaint::DossierExportWorker::Outcome>();
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export dossier"));
    setSizeGripEnabled(true);

    m_worker = new DossierExportWorker(m_library->path());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DossierExportWorker::finished, this, &ExportDialog::workerFinished, Qt::QueuedConnection);
    m_thread.start();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ExportDialog::regenerate);

    loadCase();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildOptions());
    splitter->addWidget(buildPreview());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    m_savePdf = new QPushButton(tr("Save PDF…"), this);
    m_savePdf->setObjectName(u"savePdf"_s);
    m_saveBundle = new QPushButton(tr("Save bundle (ZIP)…"), this);
    m_saveBundle->setObjectName(u"saveBundle"_s);
    m_print = new QPushButton(tr("Print…"), this);
    m_print->setObjectName(u"print"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_savePdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveBundle, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    // No default button: Enter in "Other words to hide" adds the word, it must not open a save dialog.
    // (QDialog makes the first auto-default button the default one, so none is.)
    for (QPushButton *button : {m_savePdf, m_saveBundle, m_print, buttons->button(QDialogButtonBox::Close)})
        button->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_savePdf, &QPushButton::clicked, this, &ExportDialog::savePdf);
    connect(m_saveBundle, &QPushButton::clicked, this, &ExportDialog::saveBundle);
    connect(m_print, &QPushButton::clicked, this, &ExportDialog::print);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    QSize size(1280, 860);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);

    restoreComplainant();
    updateRedactionNote();
    // Every choice remakes the preview, a moment after the user stops changing things.
    for (QComboBox *box : {m_audience, m_jurisdiction, m_language})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::optionChanged);
    for (QLineEdit *field : {m_name, m_phones, m_idNumber, m_email, m_address})
        connect(field, &QLineEdit::textChanged, this, &ExportDialog::optionChanged);
    for (QCheckBox *box : {m_fromSet, m_toSet, m_redact, m_attachOriginals})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::optionChanged);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ExportDialog::optionChanged);
    connect(m_fromSet, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toSet, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_redact, &QCheckBox::toggled, this, &ExportDialog::updateRedactionNote);
    connect(m_exhibitTexts, &ExhibitDescriptions::changed, this, &ExportDialog::optionChanged);
    regenerate();
}

ExportDialog::~ExportDialog()
{
    // QPdfView grabs a touch gesture that Qt 6.4 never frees (QTBUG-82355).
    QScroller::ungrabGesture(m_view->viewport());
    m_worker->stop();
    m_thread.quit();
    m_thread.wait();
}

void ExportDialog::done(int result)
{
    m_debounce.stop();
    m_worker->stop(); // a dossier half made for a closed window is of no use
    rememberComplainant();
    QDialog::done(result);
}

void ExportDialog::loadCase()
{
    auto c = m_library->caseById(m_caseId);
    if (c)
        m_case = *c;
    auto events = m_library->timeline(m_caseId, 0, -1, true);
    if (!events)
        return;
    for (const Event &event : std::as_const(*events)) {
        for (const Attachment &a : event.attachments) {
            if (!a.trashed && a.mimeType.startsWith(u"image/"_s))
                m_imageNames.insert(a.sha256, a.fileName);
            if (!a.trashed && a.mimeType == u"application/pdf")
                m_hasPdfExhibits = true;
        }
    }
}

QWidget *ExportDialog::buildOptions()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    auto *who = new QGroupBox(tr("Who will read it"), page);
    auto *whoForm = new QFormLayout(who);
    m_audience = new QComboBox(who);
    m_audience->setObjectName(u"audience"_s);
    // Audiences and jurisdictions are whatever has a data file, named there in each language.
    for (const QString &id : DossierProfile::audiences())
        m_audience->addItem(DossierProfile::audienceName(id, uiDossierLanguage()), id);
    whoForm->addRow(tr("Written for:"), m_audience);
    m_jurisdiction = new QComboBox(who);
    m_jurisdiction->setObjectName(u"jurisdiction"_s);
    for (const QString &code : DossierProfile::jurisdictions())
        m_jurisdiction->addItem(DossierProfile::jurisdictionName(code, uiDossierLanguage()), code);
    const QString own = toString(m_case.jurisdiction);
    const int ownIndex = m_jurisdiction->findData(DossierProfile::jurisdictions().contains(own) ? own : u"generic"_s);
    m_jurisdiction->setCurrentIndex(qMax(0, ownIndex));
    m_jurisdiction->setToolTip(
        tr("Which rules and which authority the dossier refers to. It starts as the case's own."));
    whoForm->addRow(tr("Rules of:"), m_jurisdiction);
    m_language = new QComboBox(who);
    m_language->setObjectName(u"language"_s);
    // Each language in its own words, so it can be found whatever the window's language.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"繁體中文"_s, u"zh_TW"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(uiDossierLanguage())));
    whoForm->addRow(tr("Language of the dossier:"), m_language);
    layout->addWidget(who);

    auto *me = new QGroupBox(tr("About you (printed on the cover)"), page);
    auto *meForm = new QFormLayout(me);
    const auto field = [me](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(me);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_name = field(u"complainantName"_s, tr("Your full name"));
    m_phones = field(u"complainantPhones"_s, tr("One or more, separated by commas"));
    m_idNumber = field(u"complainantId"_s, tr("Only if the authority asks for it"));
    m_email = field(u"complainantEmail"_s, QString());
    m_address = field(u"complainantAddress"_s, QString());
    meForm->addRow(tr("Name:"), m_name);
    meForm->addRow(tr("Phone numbers:"), m_phones);
    meForm->addRow(tr("ID number:"), m_idNumber);
    meForm->addRow(tr("E-mail:"), m_email);
    meForm->addRow(tr("Address:"), m_address);
    auto *kept = new QLabel(tr("Remembered on this computer for your next dossier."), me);
    kept->setEnabled(false);
    meForm->addRow(kept);
    layout->addWidget(me);

    auto *period = new QGroupBox(tr("Which events"), page);
    auto *periodForm = new QFormLayout(period);
    m_fromSet = new QCheckBox(tr("Only from"), period);
    m_fromSet->setObjectName(u"fromSet"_s);
    m_toSet = new QCheckBox(tr("Only until"), period);
    m_toSet->setObjectName(u"toSet"_s);
    m_from = new QDateEdit(period);
    m_from->setObjectName(u"from"_s);
    m_to = new QDateEdit(period);
    m_to->setObjectName(u"to"_s);
    QDate first = QDate::currentDate(), last = QDate::currentDate();
    if (auto summaries = m_library->caseSummaries()) {
        for (const CaseSummary &s : std::as_const(*summaries)) {
            if (s.info.id == m_caseId && s.firstEvent.isValid()) {
                first = s.firstEvent.date();
                last = s.lastEvent.date();
            }
        }
    }
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    m_from->setDate(first);
    m_to->setDate(last);
    periodForm->addRow(m_fromSet, m_from);
    periodForm->addRow(m_toSet, m_to);
    auto *whole = new QLabel(tr("Leave both unticked to include the whole case."), period);
    whole->setEnabled(false);
    periodForm->addRow(whole);
    layout->addWidget(period);

    auto *files = new QGroupBox(tr("Evidence files"), page);
    auto *filesLayout = new QVBoxLayout(files);
    m_attachOriginals = new QCheckBox(tr("Embed the original files in the PDF"), files);
    m_attachOriginals->setObjectName(u"attachOriginals"_s);
    m_attachOriginals->setToolTip(tr("Recordings, documents and pictures go inside the PDF as attachments, "
                                     "exactly as you stored them. The file gets bigger."));
    filesLayout->addWidget(m_attachOriginals);
    layout->addWidget(files);

    auto *privacy = new QGroupBox(tr("Privacy"), page);
    auto *privacyLayout = new QVBoxLayout(privacy);
    m_redact = new QCheckBox(tr("Hide my personal details (redact)"), privacy);
    m_redact->setObjectName(u"redact"_s);
    privacyLayout->addWidget(m_redact);
    m_redactBox = new QWidget(privacy);
    auto *redactLayout = new QVBoxLayout(m_redactBox);
    redactLayout->setContentsMargins(20, 0, 0, 0);
    auto *what = new QLabel(tr("Your phone numbers, ID number, e-mail, address and account number become black "
                               "boxes. Your name stays (add it below to hide it too); the company's numbers, "
                               "staff IDs and reference numbers stay readable."),
        m_redactBox);
    what->setObjectName(u"redactExplanation"_s);
    what->setWordWrap(true);
    redactLayout->addWidget(what);
    auto *pdfOnly = new QLabel(tr("While your details are hidden, only the PDF can be saved: a bundle would carry "
                                  "your original files, and nothing can be hidden in them."),
        m_redactBox);
    pdfOnly->setWordWrap(true);
    pdfOnly->setEnabled(false);
    redactLayout->addWidget(new QLabel(tr("Other words to hide:"), m_redactBox));
    auto *termRow = new QHBoxLayout;
    m_termEdit = new QLineEdit(m_redactBox);
    m_termEdit->setObjectName(u"redactTerm"_s);
    m_termEdit->setPlaceholderText(tr("e.g. a family member's name"));
    auto *addTermButton = new QPushButton(tr("Add"), m_redactBox);
    addTermButton->setObjectName(u"addRedactTerm"_s);
    auto *removeTermButton = new QPushButton(tr("Remove"), m_redactBox);
    removeTermButton->setObjectName(u"removeRedactTerm"_s);
    termRow->addWidget(m_termEdit, 1);
    termRow->addWidget(addTermButton);
    termRow->addWidget(removeTermButton);
    redactLayout->addLayout(termRow);
    m_terms = new QListWidget(m_redactBox);
    m_terms->setObjectName(u"redactTerms"_s);
    m_terms->setFixedHeight(m_terms->fontMetrics().height() * 3 + 2 * m_terms->frameWidth() + 4);
    redactLayout->addWidget(m_terms);
    for (QPushButton *button : {addTermButton, removeTermButton})
        button->setAutoDefault(false);
    connect(addTermButton, &QPushButton::clicked, this, &ExportDialog::addTerm);
    connect(m_termEdit, &QLineEdit::returnPressed, this, &ExportDialog::addTerm);
    connect(removeTermButton, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_terms->selectedItems());
        optionChanged();
    });

    m_screenshotBox = new QWidget(m_redactBox);
    auto *shotLayout = new QVBoxLayout(m_screenshotBox);
    shotLayout->setContentsMargins(0, 4, 0, 4);
    auto *note = new QLabel(tr("<b>Plaint cannot read the text inside pictures.</b> If your name, number or address "
                               "shows in a screenshot or photo below, open it and drag a box over it: the box "
                               "is burnt into the picture in the dossier."),
        m_screenshotBox);
    note->setObjectName(u"screenshotNote"_s);
    note->setWordWrap(true);
    shotLayout->addWidget(note);
    m_images = new QListWidget(m_screenshotBox);
    m_images->setObjectName(u"imageExhibits"_s);
    for (auto it = m_imageNames.cbegin(); it != m_imageNames.cend(); ++it) {
        auto *item = new QListWidgetItem(it.value(), m_images);
        item->setData(Qt::UserRole, it.key());
        item->setToolTip(tr("SHA-256: %1").arg(it.key()));
    }
    // As tall as its pictures (up to four), so the button below stays in sight.
    const int rows = qBound(1, int(m_imageNames.size()), 4);
    const int rowHeight = qMax(m_images->sizeHintForRow(0), m_images->fontMetrics().height() + 4);
    m_images->setFixedHeight(rowHeight * rows + 2 * m_images->frameWidth() + 4);
    shotLayout->addWidget(m_images);
    auto *maskButton = new QPushButton(tr("Black out parts of this picture…"), m_screenshotBox);
    maskButton->setObjectName(u"editMasks"_s);
    maskButton->setAutoDefault(false);
    shotLayout->addWidget(maskButton, 0, Qt::AlignLeft);
    const auto editCurrent = [this] {
        if (QListWidgetItem *item = m_images->currentItem())
            editMasks(item->data(Qt::UserRole).toString());
    };
    connect(maskButton, &QPushButton::clicked, this, editCurrent);
    connect(m_images, &QListWidget::itemActivated, this, editCurrent);
    if (m_images->count() > 0)
        m_images->setCurrentRow(0);
    m_pdfNote = new QLabel(tr("Bills and other PDFs go in as pictures of their pages, with your details blacked out "
                              "wherever their text has them, and no text left (the original file is not included). "
                              "A scanned page or a filled-in form field has no text to search: check those pages in "
                              "the preview."),
        m_redactBox);
    m_pdfNote->setObjectName(u"pdfRedactionNote"_s);
    m_pdfNote->setWordWrap(true);
    redactLayout->addWidget(m_pdfNote);
    redactLayout->addWidget(pdfOnly);
    // The pictures first: what Plaint cannot do for the user matters more than the extra words.
    redactLayout->insertWidget(1, m_screenshotBox);
    privacyLayout->addWidget(m_redactBox);
    layout->addWidget(privacy);

    auto *exhibits = new QGroupBox(tr("Exhibits"), page);
    auto *exhibitsLayout = new QVBoxLayout(exhibits);
    m_exhibitTexts = new ExhibitDescriptions(exhibits);
    if (auto events = m_library->timeline(m_caseId, 0, -1, true))
        m_exhibitTexts->load(m_case, *events);
    exhibitsLayout->addWidget(m_exhibitTexts);
    exhibits->setVisible(m_exhibitTexts->count() > 0);
    layout->addWidget(exhibits);


    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(page->sizeHint().width() + 24);
    return scroll;
}

QWidget *ExportDialog::buildPreview()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(box);
    m_status->setObjectName(u"previewStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_warnings = new QLabel(box);
    m_warnings->setObjectName(u"previewWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->hide();
    layout->addWidget(m_warnings);
    m_document = new QPdfDocument(this);
    m_view = new QPdfView(box);
    m_view->setObjectName(u"preview"_s);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setPageSpacing(12);
    m_view->setMinimumWidth(420);
    layout->addWidget(m_view, 1);
    return box;
}

void ExportDialog::restoreComplainant()
{
    // The user's own details, not the case's: the same for every dossier they make.
    QSettings settings;
    settings.beginGroup(u"dossier/complainant"_s);
    m_name->setText(settings.value(u"name"_s).toString());
    m_phones->setText(settings.value(u"phones"_s).toStringList().join(u", "_s));
    m_idNumber->setText(settings.value(u"idNumber"_s).toString());
    m_email->setText(settings.value(u"email"_s).toString());
    m_address->setText(settings.value(u"address"_s).toString());
    settings.endGroup();
    m_redact->setChecked(settings.value(u"dossier/redact"_s, false).toBool());
}

void ExportDialog::rememberComplainant() const
{
    const DossierOptions o = options();
    QSettings settings;
    settings.beginGroup(u"dossier/complainant"_s);
    settings.setValue(u"name"_s, o.complainant.name);
    settings.setValue(u"phones"_s, o.complainant.phones);
    settings.setValue(u"idNumber"_s, o.complainant.idNumber);
    settings.setValue(u"email"_s, o.complainant.email);
    settings.setValue(u"address"_s, o.complainant.address);
    settings.endGroup();
    settings.setValue(u"dossier/redact"_s, o.redact);
    m_exhibitTexts->remember();
}

DossierOptions ExportDialog::options() const
{
    DossierOptions o;
    o.caseId = m_caseId;
    o.audience = m_audience->currentData().toString();
    o.jurisdiction = m_jurisdiction->currentData().toString();
    o.language = m_language->currentData().toString();
    o.complainant.name = m_name->text().trimmed();
    static const QRegularExpression separators(u"[,;，；、]"_s);
    for (const QString &phone : m_phones->text().split(separators, Qt::SkipEmptyParts)) {
        if (!phone.trimmed().isEmpty())
            o.complainant.phones << phone.trimmed();
    }
    o.complainant.idNumber = m_idNumber->text().trimmed();
    o.complainant.email = m_email->text().trimmed();
    o.complainant.address = m_address->text().trimmed();
    o.redact = m_redact->isChecked();
    if (o.redact) {
        for (int i = 0; i < m_terms->count(); ++i)
            o.redactTerms << m_terms->item(i)->text();
    }
    o.masks = m_masks;
    o.exhibitTexts = m_exhibitTexts->texts();
    if (m_fromSet->isChecked())
        o.from = m_from->date();
    if (m_toSet->isChecked())
        o.to = m_to->date();
    o.attachOriginals = m_attachOriginals->isChecked() && !o.redact;
    return o;
}

void ExportDialog::addTerm()
{
    const QString term = m_termEdit->text().trimmed();
    if (term.isEmpty())
        return;
    if (m_terms->findItems(term, Qt::MatchExactly).isEmpty())
        m_terms->addItem(term);
    m_termEdit->clear();
    optionChanged();
}

void ExportDialog::updateRedactionNote()
{
    const bool redact = m_redact->isChecked();
    m_redactBox->setVisible(redact);
    m_screenshotBox->setVisible(redact && !m_imageNames.isEmpty());
    m_pdfNote->setVisible(redact && m_hasPdfExhibits);
    // The original files are not redacted, so they never go along with a redacted dossier.
    m_attachOriginals->setEnabled(!redact);
    m_attachOriginals->setText(redact ? tr("Embed the original files in the PDF (not while hiding your details)")
                                      : tr("Embed the original files in the PDF"));
}

void ExportDialog::setMasks(const QString &sha256, const QList<QRectF> &masks)
{
    if (masks.isEmpty())
        m_masks.remove(sha256);
    else
        m_masks.insert(sha256, masks);
    for (int i = 0; i < m_images->count(); ++i) {
        QListWidgetItem *item = m_images->item(i);
        if (item->data(Qt::UserRole).toString() != sha256)
            continue;
        const QString name = m_imageNames.value(sha256);
        item->setText(masks.isEmpty() ? name : tr("%1 — %n box(es)", nullptr, int(masks.size())).arg(name));
    }
    optionChanged();
}

void ExportDialog::editMasks(const QString &sha256)
{
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    const Status read = m_library->readEvidence(sha256, bytes);
    if (!read) {
        showProblem(tr("Could not open the picture: %1").arg(read.error()));
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(u"maskDialog"_s);
    dialog.setWindowTitle(tr("Black out parts of %1").arg(m_imageNames.value(sha256)));
    auto *editor = new MaskEditor(&dialog);
    if (!editor->setImageData(bytes.data())) {
        showProblem(tr("Plaint cannot show this picture, so it cannot black out parts of it."));
        return;
    }
    editor->setMasks(m_masks.value(sha256));
    auto *hint = new QLabel(
        tr("Drag a box over anything that must not be seen, then press OK. Click a box to select it, then remove it."),
        &dialog);
    hint->setWordWrap(true);
    auto *remove = new QPushButton(tr("Remove selected box"), &dialog);
    remove->setObjectName(u"removeMask"_s);
    auto *clear = new QPushButton(tr("Remove all boxes"), &dialog);
    clear->setObjectName(u"clearMasks"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    buttons->addButton(clear, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(remove, &QPushButton::clicked, editor, &MaskEditor::removeSelected);
    connect(clear, &QPushButton::clicked, editor, &MaskEditor::clearMasks);
    const auto refresh = [editor, remove, clear] {
        remove->setEnabled(editor->selectedMask() >= 0);
        clear->setEnabled(!editor->masks().isEmpty());
    };
    connect(editor, &MaskEditor::selectionChanged, &dialog, refresh);
    refresh();
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(hint);
    layout->addWidget(editor, 1);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        setMasks(sha256, editor->masks());
}

void ExportDialog::optionChanged()
{
    m_pendingPreview = true;
    m_debounce.start();
    updateButtons();
}

void ExportDialog::regenerate()
{
    m_debounce.stop();
    DossierOptions o = options();
    // The preview shows the dossier even before every detail the form needs
    // is filled in, and lists what is missing; saving refuses until it is.
    o.missingDetailsAreWarnings = true;
    if (o.from.isValid() && o.to.isValid() && o.from > o.to) {
        showProblem(
            tr("The first day (%1) is after the last day (%2): change one of them.")
                .arg(QLocale().toString(o.from, QLocale::ShortFormat), QLocale().toString(o.to, QLocale::ShortFormat)));
        m_pendingPreview = false;
        clearPreview();
        Q_EMIT previewFailed(m_status->text());
        updateButtons();
        return;
    }
    if (!m_previewDir.isValid()) {
        showProblem(tr("Plaint could not make a temporary folder for the preview: %1").arg(m_previewDir.errorString()));
        m_pendingPreview = false;
        return;
    }
    rememberComplainant();
    m_pendingPreview = true;
    m_previewJob = ++m_job;
    m_worker->setLatestPreview(m_previewJob);
    const QString path = m_previewDir.filePath(u"preview-%1.pdf"_s.arg(m_previewJob));
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Making the preview…"));
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, job = m_previewJob, o, path] {
        worker->run(job, DossierExportWorker::Kind::Preview, o, path);
    });
    updateButtons();
}

void ExportDialog::workerFinished(const DossierExportWorker::Outcome &outcome)
{
    if (outcome.kind == DossierExportWorker::Kind::Preview) {
        if (outcome.job != m_previewJob || outcome.cancelled) {
            QFile::remove(outcome.path); // superseded by a newer preview
            return;
        }
        m_pendingPreview = m_debounce.isActive();
        if (outcome.ok)
            showPreview(outcome);
        else {
            QFile::remove(outcome.path);
            clearPreview();
            showProblem(tr("The preview could not be made: %1").arg(outcome.error));
            Q_EMIT previewFailed(outcome.error);
        }
        updateButtons();
        return;
    }
    if (outcome.job != m_saveJob)
        return;
    m_saveJob = 0;
    updateButtons();
    const QString where = QDir::toNativeSeparators(outcome.path);
    if (!outcome.ok && outcome.error.isEmpty()) {
        showProblem(
            tr("%1 was written, but checking it found problems: %2").arg(where, outcome.problems.join(u"; "_s)));
    } else if (!outcome.ok) {
        showProblem(outcome.cancelled ? tr("Saving was stopped; nothing was written.")
                                      : tr("Could not save %1: %2").arg(where, outcome.error));
    } else {
        m_status->setStyleSheet(QString());
        m_status->setText((outcome.kind == DossierExportWorker::Kind::Bundle
                ? tr("Saved the bundle %1 and checked it: every file matches its SHA-256 fingerprint.")
                : tr("Saved %1 (%n page(s)) and checked it: every exhibit matches its SHA-256 fingerprint.", nullptr,
                    outcome.pages))
                              .arg(where));
    }
    Q_EMIT saved(outcome.path, outcome.ok);
}

void ExportDialog::showPreview(const DossierExportWorker::Outcome &outcome)
{
    const int page = m_document->pageCount() > 0 ? m_view->pageNavigator()->currentPage() : 0;
    const QString old = m_previewPath;
    const QPdfDocument::Error error = m_document->load(outcome.path);
    if (error != QPdfDocument::Error::None || m_document->status() != QPdfDocument::Status::Ready) {
        clearPreview();
        QFile::remove(outcome.path);
        showProblem(tr("The preview was made but cannot be shown (error %1).").arg(int(error)));
        Q_EMIT previewFailed(m_status->text());
        return;
    }
    if (!old.isEmpty() && old != outcome.path)
        QFile::remove(old);
    m_previewPath = outcome.path;
    m_previewManifest = outcome.manifest;
    // Stay on the page the user was reading, as far as the new dossier goes.
    if (page > 0)
        m_view->pageNavigator()->jump(qMin(page, m_document->pageCount() - 1), QPointF());
    m_status->setStyleSheet(QString());
    m_status->setText(
        tr("Preview: %n page(s), %1. This is exactly what will be saved and printed.", nullptr, outcome.pages)
            .arg(tr("%n exhibit(s)", nullptr, outcome.exhibits)));
    if (outcome.warnings.isEmpty()) {
        m_warnings->hide();
    } else {
        QStringList items;
        for (const QString &warning : outcome.warnings)
            items << u"<li>"_s + warning.toHtmlEscaped() + u"</li>"_s;
        m_warnings->setText(
            tr("Worth knowing before you send it:") + u"<ul style='margin:0'>"_s + items.join(QString()) + u"</ul>"_s);
        m_warnings->show();
    }
    Q_EMIT previewReady();
}

void ExportDialog::clearPreview()
{
    // No pages rather than pages that no longer match the choices.
    m_document->close();
    if (!m_previewPath.isEmpty())
        QFile::remove(m_previewPath);
    m_previewPath.clear();
    m_previewManifest.clear();
    m_warnings->hide();
}

void ExportDialog::showProblem(const QString &message)
{
    m_status->setStyleSheet(u"color:#c0392b; font-weight:bold"_s);
    m_status->setText(message);
}

QString ExportDialog::problem() const
{
    return m_status->styleSheet().isEmpty() ? QString() : m_status->text();
}

void ExportDialog::updateButtons()
{
    const bool saving = m_saveJob != 0;
    m_savePdf->setEnabled(!saving);
    // The originals in a bundle cannot be redacted, so a redacted bundle is refused.
    m_saveBundle->setEnabled(!saving && !m_redact->isChecked());
    m_saveBundle->setToolTip(m_redact->isChecked()
            ? tr("A bundle carries your original files, and Plaint cannot hide anything in them. "
                 "Untick \"Hide my personal details\" to save a bundle.")
            : tr("The PDF, every original file byte for byte, and a list of their SHA-256 "
                 "fingerprints, in one ZIP file."));
    // Printing prints the preview's pages, so only a current preview.
    m_print->setEnabled(!saving && !m_pendingPreview && !m_previewPath.isEmpty());
}

QString ExportDialog::suggestedName(const QString &extension) const
{
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]+"_s);
    QString title = m_case.title;
    title.replace(unsafe, u" "_s);
    title = title.simplified();
    const QString name = title.isEmpty() ? tr("Complaint dossier") : tr("%1 - complaint dossier").arg(title);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(name + u'.' + extension);
}

void ExportDialog::savePdf()
{
    save(DossierExportWorker::Kind::Pdf);
}

void ExportDialog::saveBundle()
{
    save(DossierExportWorker::Kind::Bundle);
}

void ExportDialog::save(DossierExportWorker::Kind kind)
{
    if (m_saveJob != 0)
        return;
    const DossierOptions o = options();
    if (o.from.isValid() && o.to.isValid() && o.from > o.to) {
        showProblem(tr("The first day is after the last day: change one of them before saving."));
        return;
    }
    const bool pdf = kind == DossierExportWorker::Kind::Pdf;
    const QString caption = pdf ? tr("Save the dossier as PDF") : tr("Save the dossier bundle");
    const QString suggested = suggestedName(pdf ? u"pdf"_s : u"zip"_s);
    QString path = saveFileHook() ? saveFileHook()(caption, suggested)
                                  : QFileDialog::getSaveFileName(this, caption, suggested,
                                      pdf ? tr("PDF documents (*.pdf)") : tr("ZIP files (*.zip)"));
    if (path.isEmpty())
        return;
    const QString extension = pdf ? u".pdf"_s : u".zip"_s;
    if (!path.endsWith(extension, Qt::CaseInsensitive))
        path += extension;
    rememberComplainant();
    m_saveJob = ++m_job;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = m_saveJob, kind, o, path] { worker->run(job, kind, o, path); });
    updateButtons();
}

void ExportDialog::print()
{
    if (m_previewPath.isEmpty() || m_pendingPreview)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the dossier"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        const Status printed = printTo(*target);
        if (!printed)
            showProblem(printed.error());
    });
    preview.exec();
}

void ExportDialog::setUpPrinter(QPrinter &printer) const
{
    printer.setDocName(QFileInfo(suggestedName(u"pdf"_s)).completeBaseName());
    // The dossier's own paper (A4), unless the user picks another in the print dialog.
    const QSizeF first = m_document->pagePointSize(0);
    if (first.isValid())
        printer.setPageSize(QPageSize(first, QPageSize::Point, QString(), QPageSize::FuzzyOrientationMatch));
}

Status ExportDialog::printTo(QPrinter &printer) const
{
    if (m_document->status() != QPdfDocument::Status::Ready || m_document->pageCount() == 0)
        return Status::failure(tr("There is no preview to print yet."));
    printer.setFullPage(true);
    QPainter painter;
    if (!painter.begin(&printer))
        return Status::failure(tr("The printer could not be started."));
    const int dpi = qMin(printer.resolution(), kMaxPrintDpi);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    for (int page = 0; page < m_document->pageCount(); ++page) {
        if (page > 0 && !printer.newPage())
            return Status::failure(tr("The printer stopped at page %1.").arg(page + 1));
        const QSizeF points = m_document->pagePointSize(page);
        const QSize pixels = (points * dpi / 72.0).toSize();
        const QImage image = m_document->render(page, pixels);
        if (image.isNull())
            return Status::failure(tr("Page %1 could not be drawn for printing.").arg(page + 1));
        const QRectF paper = printer.paperRect(QPrinter::DevicePixel);
        const QSizeF fitted = QSizeF(image.size()).scaled(paper.size(), Qt::KeepAspectRatio);
        const QRectF target(
            paper.topLeft() + QPointF((paper.width() - fitted.width()) / 2, (paper.height() - fitted.height()) / 2),
            fitted);
        painter.drawImage(target, image);
    }
    painter.end();
    return {};
}

} // namespace plaint
