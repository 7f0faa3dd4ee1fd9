#include "eventeditor.h"

#include "localeformat.h"
#include "promisedialog.h"
#include "suggestionbox.h"
#include "themecolours.h"
#include "timelinedelegate.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

const QList<Channel> kChannels{Channel::Phone, Channel::Store, Channel::App,    Channel::Chat, Channel::Sms,
                               Channel::Email, Channel::Letter, Channel::Social, Channel::Note};
const QList<Direction> kDirections{Direction::Outgoing, Direction::Incoming, Direction::Note};

QString offsetText(int seconds)
{
    const int minutes = qAbs(seconds) / 60;
    return u"UTC%1%2:%3"_s.arg(seconds < 0 ? u'-' : u'+').arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QDateTime withLocalOffset(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

int minutesOf(qint64 seconds)
{
    return seconds < 0 ? -1 : int((seconds + 30) / 60);
}

// Minutes typed into a spin box; an unchanged minute count keeps the seconds a timer measured.
qint64 secondsFrom(const QSpinBox *box, qint64 shown)
{
    if (box->value() < 0)
        return -1;
    if (shown >= 0 && box->value() == minutesOf(shown))
        return shown;
    return qint64(box->value()) * 60;
}

QSpinBox *minutesBox(const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(-1, 24 * 60);
    box->setSpecialValueText(EventEditor::tr("not recorded"));
    box->setSuffix(EventEditor::tr(" min"));
    return box;
}

// As tall as its rows (up to `most`): a short list leaves room for what follows.
void fitHeight(QListWidget *list, int most)
{
    int height = 2 * list->frameWidth() + 4;
    for (int row = 0; row < list->count(); ++row)
        height += qMax(list->sizeHintForRow(row), list->fontMetrics().height());
    list->setFixedHeight(qMin(most, qMax(height, list->fontMetrics().height() * 2)));
}

bool sameMinute(const QDateTime &a, const QDateTime &b)
{
    return a.isValid() == b.isValid() && qAbs(a.secsTo(b)) < 60 && a.time().minute() == b.time().minute();
}

} // namespace

EventEditor::EventEditor(QWidget *parent) : QWidget(parent)
{
    qRegisterMetaType<plaint::EventEditor::Draft>();
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto *empty = new QLabel(tr("<p><b>Nothing selected.</b></p>"
                                "<p>Pick an event in the timeline to see it here, or log what just happened: "
                                "<b>Start call</b> when you dial the hotline (the timer counts the time on hold), "
                                "or drop screenshots, photos and bills onto the timeline.</p>"),
                             this);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    empty->setMargin(12);
    m_stack->addWidget(empty);

    auto *form = new QWidget(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(form);
    m_heading = new QLabel(form);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    // The running call: its clock, and the toggle pressed when put on hold and again when a person answers.
    m_timerRow = new QWidget(form);
    auto *timerRow = new QHBoxLayout(m_timerRow);
    timerRow->setContentsMargins(0, 0, 0, 0);
    m_timer = new QLabel(m_timerRow);
    QFont timerFont = m_timer->font();
    timerFont.setPointSizeF(timerFont.pointSizeF() * 2.2);
    timerFont.setBold(true);
    m_timer->setFont(timerFont);
    m_timer->setObjectName(u"callTimer"_s);
    m_holdToggle = new QPushButton(m_timerRow);
    m_holdToggle->setObjectName(u"holdToggle"_s);
    m_holdToggle->setCheckable(true);
    m_holdToggle->setToolTip(tr("Press when they put you on hold, and again when a person answers (Ctrl+H). "
                                "The time on hold adds up."));
    connect(m_holdToggle, &QPushButton::toggled, this, &EventEditor::setOnHold);
    timerRow->addWidget(m_timer);
    timerRow->addStretch();
    timerRow->addWidget(m_holdToggle, 0, Qt::AlignVCenter);
    layout->addWidget(m_timerRow);

    m_fields = new QFormLayout;
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    buildFields(form, m_fields);
    layout->addLayout(m_fields);
    buildPromises(form);
    layout->addWidget(m_promisesLabel);
    layout->addWidget(m_promises);
    layout->addWidget(m_settleRow);
    layout->addWidget(m_suggestionBox);
    layout->addWidget(m_promiseBox);

    m_attachments = new QListWidget(form);
    m_attachments->setObjectName(u"attachments"_s);
    m_attachments->setWordWrap(true);
    m_attachments->setToolTip(tr("Double-click to look at a piece of evidence"));
    connect(m_attachments, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole + 1).toLongLong();
        if (id > 0) {
            Q_EMIT evidenceRequested(id);
            return;
        }
        // A file waiting for the entry: taken out of it again.
        const QString path = item->data(Qt::UserRole).toString();
        const auto found = std::find_if(m_pending.cbegin(), m_pending.cend(), [&](const PendingFile &f) { return f.path == path; });
        if (found == m_pending.cend())
            return;
        const PendingFile file = *found;
        removePendingFile(path);
        Q_EMIT pendingFileRemoved(file.path, file.temporary);
    });
    m_attachments->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_evidenceLabel = new QLabel(tr("Evidence:"), form);
    layout->addWidget(m_evidenceLabel);
    layout->addWidget(m_attachments);

    m_edited = new QLabel(form);
    m_edited->setObjectName(u"edited"_s);
    m_edited->setWordWrap(true);
    m_edited->setTextFormat(Qt::RichText);
    connect(m_edited, &QLabel::linkActivated, this, [this] {
        if (m_event.id > 0)
            Q_EMIT historyRequested(m_event.id);
    });
    layout->addWidget(m_edited);

    auto *buttons = new QHBoxLayout;
    m_attach = new QPushButton(tr("Attach f&iles…"), form);
    m_attach->setObjectName(u"attach"_s);
    m_trash = new QPushButton(tr("Move to trash"), form);
    m_trash->setObjectName(u"trash"_s);
    m_trash->setToolTip(tr("Delete key. Nothing is lost: restore it from View → Show trash."));
    m_cancel = new QPushButton(tr("Cancel"), form);
    m_cancel->setObjectName(u"cancel"_s);
    m_save = new QPushButton(form);
    m_save->setObjectName(u"save"_s);
    m_save->setDefault(true);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_trash);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch();

    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &EventEditor::tick);
    connect(m_save, &QPushButton::clicked, this, &EventEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, &EventEditor::cancelRequested);
    connect(m_trash, &QPushButton::clicked, this, [this] {
        if (m_event.id > 0)
            Q_EMIT trashRequested(m_event.id);
    });
    connect(m_attach, &QPushButton::clicked, this, [this] { Q_EMIT attachRequested(isWritingEntry() ? 0 : m_event.id); });

    m_suggestionDelay.setSingleShot(true);
    m_suggestionDelay.setInterval(300);
    connect(&m_suggestionDelay, &QTimer::timeout, this, &EventEditor::updateSuggestion);
    for (QLineEdit *edit : {m_summary, m_outcome})
        connect(edit, &QLineEdit::textChanged, &m_suggestionDelay, qOverload<>(&QTimer::start));
    connect(m_quotes, &QPlainTextEdit::textChanged, &m_suggestionDelay, qOverload<>(&QTimer::start));
    connect(m_when, &QDateTimeEdit::dateTimeChanged, &m_suggestionDelay, qOverload<>(&QTimer::start));

    // What the user changes, as opposed to what filling the form changes.
    for (QLineEdit *edit : {m_agentCode, m_agentName, m_reference, m_summary, m_outcome, m_promiseText})
        connect(edit, &QLineEdit::textEdited, this, &EventEditor::touched);
    connect(m_quotes, &QPlainTextEdit::textChanged, this, &EventEditor::touched);
    for (QComboBox *box : {m_channel, m_direction})
        connect(box, &QComboBox::activated, this, &EventEditor::touched);
    for (QSpinBox *box : {m_duration, m_hold, m_travel})
        connect(box, &QSpinBox::valueChanged, this, &EventEditor::touched);
    for (QDateTimeEdit *edit : {m_when, m_promiseDue})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &EventEditor::touched);
    for (QCheckBox *box : {m_finalAnswer, m_promiseHasDue})
        connect(box, &QCheckBox::clicked, this, &EventEditor::touched);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &EventEditor::updateRows);
    connect(m_travel, &QSpinBox::valueChanged, this, &EventEditor::updateRows);
    connect(m_hold, &QSpinBox::valueChanged, this, &EventEditor::updateRows);

    // Ctrl+V in a text field with a screenshot (and no text) on the clipboard
    // is meant for the window: the screenshot becomes evidence.
    for (QWidget *w : std::initializer_list<QWidget *>{m_agentCode, m_agentName, m_reference, m_summary, m_outcome,
                                                       m_promiseText, m_quotes})
        w->installEventFilter(this);
    setMode(Mode::Empty);
}

void EventEditor::buildFields(QWidget *form, QFormLayout *fields)
{
    m_channel = new QComboBox(form);
    m_channel->setObjectName(u"channel"_s);
    for (Channel c : kChannels)
        m_channel->addItem(TimelineDelegate::channelName(c), int(c));
    m_direction = new QComboBox(form);
    m_direction->setObjectName(u"direction"_s);
    for (Direction d : kDirections)
        m_direction->addItem(TimelineDelegate::directionName(d), int(d));
    m_when = new QDateTimeEdit(form);
    m_when->setObjectName(u"when"_s);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(LocaleFormat::dateTimeFormat());
    m_duration = minutesBox(u"duration"_s, form);
    m_hold = minutesBox(u"hold"_s, form);
    m_hold->setToolTip(tr("Of the whole call, the minutes they kept you waiting on hold"));
    m_travel = minutesBox(u"travel"_s, form);
    m_travel->setToolTip(tr("Minutes it took you to get there and back"));
    m_agentCode = new QLineEdit(form);
    m_agentCode->setObjectName(u"agentCode"_s);
    m_agentCode->setPlaceholderText(tr("e.g. 23338 — ask for it on every call"));
    m_agentName = new QLineEdit(form);
    m_agentName->setObjectName(u"agentName"_s);
    m_reference = new QLineEdit(form);
    m_reference->setObjectName(u"reference"_s);
    m_reference->setPlaceholderText(tr("ticket or reference number they gave you"));
    m_summary = new QLineEdit(form);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setPlaceholderText(tr("what happened, in one sentence"));
    m_quotes = new QPlainTextEdit(form);
    m_quotes->setObjectName(u"quotes"_s);
    m_quotes->setPlaceholderText(tr("their words, exactly as said — one quote per line"));
    m_quotes->setTabChangesFocus(true);
    // Room for a few quotes; the promises and evidence below stay in sight.
    m_quotes->setMaximumHeight(m_quotes->fontMetrics().lineSpacing() * 7);
    m_outcome = new QLineEdit(form);
    m_outcome->setObjectName(u"outcome"_s);
    m_finalAnswer = new QCheckBox(tr("This is their final answer on my complaint"), form);
    m_finalAnswer->setObjectName(u"finalAnswer"_s);
    m_finalAnswer->setToolTip(tr("A final answer (or deadlock letter) is often what lets you take the complaint "
                                 "to an ombudsman or regulator."));
    // Alt+F, E, V, C and H open the menus: the letters here stay clear of them and of each other.
    fields->addRow(tr("Channe&l:"), m_channel);
    fields->addRow(tr("&Direction:"), m_direction);
    fields->addRow(tr("&When:"), m_when);
    fields->addRow(tr("D&uration:"), m_duration);
    fields->addRow(tr("O&n hold:"), m_hold);
    fields->addRow(tr("&Travel there and back:"), m_travel);
    fields->addRow(tr("&Agent ID:"), m_agentCode);
    fields->addRow(tr("A&gent name:"), m_agentName);
    fields->addRow(tr("&Reference:"), m_reference);
    fields->addRow(tr("Su&mmary:"), m_summary);
    fields->addRow(tr("What the&y said:"), m_quotes);
    fields->addRow(tr("&Outcome:"), m_outcome);
    fields->addRow(QString(), m_finalAnswer);
}

void EventEditor::buildPromises(QWidget *form)
{
    m_promisesLabel = new QLabel(tr("Promises:"), form);
    m_promises = new QListWidget(form);
    m_promises->setObjectName(u"promises"_s);
    m_promises->setWordWrap(true);
    m_promises->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_promises, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (m_mode == Mode::Existing) {
            editSelectedPromise();
            return;
        }
        // A promise kept for the entry goes back into the box to be changed.
        const int index = m_promises->row(item);
        if (index < 0 || index >= m_drafts.size())
            return;
        if (!m_promiseText->text().trimmed().isEmpty())
            m_drafts << currentPromise();
        const PromiseDraft draft = m_drafts.takeAt(index);
        m_promiseText->setText(draft.text);
        m_promiseHasDue->setChecked(draft.due.isValid());
        if (draft.due.isValid()) {
            const QDateTime due = draft.due.toOffsetFromUtc(m_offsetSeconds);
            m_promiseDue->setDateTime(QDateTime(due.date(), due.time()));
            m_acceptedDue = draft.due;
        }
        showDrafts();
    });
    m_settleRow = new QWidget(form);
    auto *settleRow = new QHBoxLayout(m_settleRow);
    settleRow->setContentsMargins(0, 0, 0, 0);
    m_editPromise = new QPushButton(tr("Edit promise…"), m_settleRow);
    m_editPromise->setObjectName(u"editPromise"_s);
    m_editPromise->setToolTip(tr("Change what was promised or the deadline, e.g. when their SMS confirms it"));
    m_kept = new QPushButton(tr("Mark &kept"), m_settleRow);
    m_kept->setObjectName(u"kept"_s);
    m_broken = new QPushButton(tr("Mark &broken"), m_settleRow);
    m_broken->setObjectName(u"broken"_s);
    m_openPromiseBox = new QPushButton(tr("Add a promise…"), m_settleRow);
    m_openPromiseBox->setObjectName(u"openPromiseBox"_s);
    m_openPromiseBox->setToolTip(tr("A promise made here that you did not log yet, e.g. confirmed later by SMS"));
    connect(m_openPromiseBox, &QPushButton::clicked, this, [this] {
        m_promiseBoxOpen = true;
        updateRows();
        m_promiseText->setFocus();
    });
    settleRow->addWidget(m_openPromiseBox);
    settleRow->addWidget(m_editPromise);
    settleRow->addStretch();
    settleRow->addWidget(m_kept);
    settleRow->addWidget(m_broken);
    auto selected = [this]() -> const QListWidgetItem * {
        const QListWidgetItem *item = m_promises->currentItem();
        if (!item && m_promises->count() == 1)
            item = m_promises->item(0);
        return item;
    };
    auto settle = [this, selected](const QString &status) {
        if (const QListWidgetItem *item = selected())
            Q_EMIT settleRequested(item->data(Qt::UserRole).toLongLong(), status);
    };
    connect(m_kept, &QPushButton::clicked, this, [settle] { settle(u"kept"_s); });
    connect(m_broken, &QPushButton::clicked, this, [settle] { settle(u"broken"_s); });
    connect(m_editPromise, &QPushButton::clicked, this, &EventEditor::editSelectedPromise);

    m_suggestionBox = new SuggestionBox(form);
    connect(m_suggestionBox, &SuggestionBox::used, this, &EventEditor::acceptSuggestion);

    m_promiseBox = new QWidget(form);
    auto *promiseForm = new QFormLayout(m_promiseBox);
    promiseForm->setContentsMargins(0, 0, 0, 0);
    m_promiseText = new QLineEdit(m_promiseBox);
    m_promiseText->setObjectName(u"promiseText"_s);
    m_promiseText->setPlaceholderText(tr("e.g. “we will call you back within 48 hours”"));
    m_promiseHasDue = new QCheckBox(tr("by"), m_promiseBox);
    m_promiseHasDue->setObjectName(u"promiseHasDue"_s);
    m_promiseDue = new QDateTimeEdit(m_promiseBox);
    m_promiseDue->setObjectName(u"promiseDue"_s);
    m_promiseDue->setCalendarPopup(true);
    m_promiseDue->setDisplayFormat(LocaleFormat::dateTimeFormat());
    m_promiseDue->setEnabled(false);
    connect(m_promiseHasDue, &QCheckBox::toggled, m_promiseDue, &QWidget::setEnabled);
    m_addPromise = new QPushButton(m_promiseBox);
    m_addPromise->setObjectName(u"addPromise"_s);
    connect(m_addPromise, &QPushButton::clicked, this, &EventEditor::addTypedPromise);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_promiseHasDue);
    dueRow->addWidget(m_promiseDue, 1);
    dueRow->addWidget(m_addPromise);
    promiseForm->addRow(tr("They &promised:"), m_promiseText);
    promiseForm->addRow(QString(), dueRow);
}

bool EventEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        if (key->matches(QKeySequence::Paste) && mime && !mime->hasText() && (mime->hasImage() || mime->hasUrls()))
            return true; // not taken by the field: the window's Paste adds it as evidence
    }
    return QWidget::eventFilter(watched, event);
}

void EventEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
}

void EventEditor::applyColours()
{
    // Icons drawn in the text colour: drawn again when the desktop turns dark or light.
    const QColor ink = palette().color(QPalette::Text);
    for (int i = 0; i < m_channel->count(); ++i)
        m_channel->setItemIcon(i, TimelineDelegate::tintedIcon(toString(kChannels.at(i)), ink, 16, devicePixelRatioF()));
    for (int i = 0; i < m_attachments->count(); ++i)
        m_attachments->item(i)->setIcon(TimelineDelegate::tintedIcon(u"attachment"_s, ink, 16, devicePixelRatioF()));
    const QColor attention = ThemeColours::attention(palette());
    for (int i = 0; i < m_promises->count(); ++i) {
        QListWidgetItem *item = m_promises->item(i);
        const QString state = item->data(Qt::UserRole + 1).toString();
        item->setForeground(state == u"overdue" || state == u"broken" ? QBrush(attention) : QBrush());
    }
}

void EventEditor::touched()
{
    if (!m_filling)
        m_touched = true;
}

void EventEditor::setMode(Mode mode)
{
    const bool changed = m_mode != mode;
    m_mode = mode;
    m_stack->setCurrentIndex(mode == Mode::Empty ? 0 : 1);
    const bool existing = mode == Mode::Existing;
    const bool call = mode == Mode::Call;
    m_timerRow->setVisible(call);
    m_duration->setEnabled(!call);
    m_hold->setEnabled(!call);
    m_when->setEnabled(!call);
    m_trash->setVisible(existing);
    m_cancel->setVisible(!existing);
    m_edited->setVisible(existing);
    m_save->setText(call ? tr("End call and &save") : existing ? tr("&Save changes") : tr("&Save"));
    m_save->setToolTip(call ? tr("Ctrl+S, Ctrl+Return or Ctrl+Shift+E: the call's length is stored")
                            : tr("Ctrl+S or Ctrl+Return"));
    m_addPromise->setText(existing ? tr("Add this promise") : tr("Add another"));
    m_addPromise->setToolTip(existing ? tr("Records this promise with the event")
                                      : tr("Keeps this promise for the entry and empties the box for one more"));
    if (!call) {
        m_ticker.stop();
        m_clock.stop();
        const QSignalBlocker blocker(m_holdToggle);
        m_holdToggle->setChecked(false);
    }
    updateRows();
    if (changed)
        Q_EMIT modeChanged();
}

void EventEditor::updateRows()
{
    fitHeight(m_promises, 110);
    fitHeight(m_attachments, 140);
    const auto channel = Channel(m_channel->currentData().toInt());
    // A running call shows its length and time on hold on its clock.
    const bool call = m_mode == Mode::Call;
    m_fields->setRowVisible(m_duration, !call);
    m_fields->setRowVisible(m_hold, !call && (channel == Channel::Phone || channel == Channel::Chat || m_hold->value() >= 0));
    m_fields->setRowVisible(m_travel, channel == Channel::Store || m_travel->value() >= 0);
    const bool existing = m_mode == Mode::Existing;
    const bool listsPromises = existing ? m_promises->count() > 0 : !m_drafts.isEmpty();
    m_promisesLabel->setVisible(listsPromises);
    m_promises->setVisible(listsPromises);
    // An event's promise box opens when asked for (or when a suggestion is taken); a new entry's is always there.
    m_settleRow->setVisible(existing);
    for (QPushButton *b : {m_editPromise, m_kept, m_broken})
        b->setVisible(existing && m_promises->count() > 0);
    m_openPromiseBox->setVisible(existing && !m_promiseBoxOpen);
    m_promiseBox->setVisible(!existing || m_promiseBoxOpen);
    const bool listsEvidence = m_attachments->count() > 0;
    m_evidenceLabel->setVisible(listsEvidence);
    m_attachments->setVisible(listsEvidence);
    m_evidenceLabel->setText(existing ? tr("Evidence:") : tr("Evidence, stored when you save:"));
    m_promisesLabel->setText(existing ? tr("Promises:") : tr("Promises, stored when you save:"));
}

void EventEditor::showEmpty()
{
    m_event = Event{};
    m_pending.clear();
    m_drafts.clear();
    m_touched = false;
    m_suggested.clear();
    m_suggestionBox->setSuggestions({});
    setMode(Mode::Empty);
}

QStringList EventEditor::discard()
{
    QStringList ours;
    for (const PendingFile &f : std::as_const(m_pending)) {
        if (f.temporary)
            ours << f.path;
    }
    showEmpty();
    return ours;
}

void EventEditor::fill(const Event &e)
{
    m_filling = true;
    m_event = e;
    m_pending.clear();
    m_drafts.clear();
    m_channel->setCurrentIndex(m_channel->findData(int(e.channel)));
    m_direction->setCurrentIndex(m_direction->findData(int(e.direction)));
    // The time as it was on the user's clock then, in the offset they were in.
    const QDateTime when = e.occurred.isValid() ? e.occurred : withLocalOffset(QDateTime::currentDateTimeUtc());
    m_offsetSeconds = when.offsetFromUtc();
    m_when->setDateTime(QDateTime(when.date(), when.time()));
    m_when->setToolTip(tr("On the clock you were on: %1").arg(offsetText(m_offsetSeconds)));
    m_duration->setValue(minutesOf(e.durationSeconds));
    m_hold->setValue(minutesOf(e.holdSeconds));
    m_travel->setValue(minutesOf(e.travelSeconds));
    m_agentCode->setText(e.agentCode);
    m_agentName->setText(e.agentName);
    m_reference->setText(e.reference);
    m_summary->setText(e.summary);
    m_summary->setPlaceholderText(tr("what happened, in one sentence"));
    m_quotes->setPlainText(e.quotes.join(u'\n'));
    m_outcome->setText(e.outcome);
    // Long words are read from their start.
    for (QLineEdit *edit : {m_agentCode, m_agentName, m_reference, m_summary, m_outcome})
        edit->setCursorPosition(0);
    m_finalAnswer->setChecked(e.finalAnswer);
    m_promiseBoxOpen = false;
    m_promiseText->clear();
    m_promiseHasDue->setChecked(false);
    m_promiseDue->setDateTime(QDateTime(m_when->dateTime().addDays(2)));
    m_suggestionDelay.stop();
    m_suggested.clear();
    m_acceptedMatches.clear();
    m_acceptedDue = {};
    m_suggestionBox->setSuggestions({});
    fillChildren(e);
    m_edited->setText(e.wasEdited() ? tr("Edited: this is version %1. <a href=\"#history\">Show the earlier versions</a>")
                                          .arg(e.revision)
                                    : QString());
    m_filling = false;
    m_touched = false;
}

void EventEditor::fillChildren(const Event &e)
{
    m_promises->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Promise &p : e.promises) {
        const QString state = p.stateName(now);
        const QString due = p.due.isValid() ? LocaleFormat::dateTime(p.due) : tr("no deadline");
        auto *item = new QListWidgetItem(tr("%1 — due %2 — %3").arg(p.text, due, TimelineDelegate::promiseStateName(state)),
                                         m_promises);
        item->setData(Qt::UserRole, p.id);
        item->setData(Qt::UserRole + 1, state);
    }
    m_attachments->clear();
    for (const Attachment &a : e.attachments) {
        auto *item = new QListWidgetItem(tr("%1 (%2, %3)").arg(a.fileName, a.mimeType, QLocale().formattedDataSize(a.size)),
                                         m_attachments);
        item->setToolTip(tr("SHA-256: %1\nAdded: %2")
                             .arg(a.sha256, QLocale().toString(a.added.toLocalTime(),
                                                               LocaleFormat::dateTimeFormat(QLocale::LongFormat))));
        item->setData(Qt::UserRole, a.sha256);
        item->setData(Qt::UserRole + 1, a.id);
    }
    applyColours();
    updateRows();
}

void EventEditor::updateChildren(const Event &e)
{
    if (m_mode != Mode::Existing || e.id != m_event.id)
        return;
    m_event.promises = e.promises;
    m_event.attachments = e.attachments;
    fillChildren(m_event);
}

void EventEditor::showPending()
{
    m_attachments->clear();
    for (const PendingFile &f : std::as_const(m_pending)) {
        const QFileInfo info(f.path);
        auto *item = new QListWidgetItem(tr("%1 (%2) — stored when you save").arg(info.fileName(),
                                                                                 QLocale().formattedDataSize(info.size())),
                                         m_attachments);
        item->setToolTip(tr("%1\nDouble-click to take it out of this entry.")
                             .arg(QDir::toNativeSeparators(f.temporary ? info.fileName() : f.path)));
        item->setData(Qt::UserRole, f.path);
    }
    applyColours();
    updateRows();
}

void EventEditor::showDrafts()
{
    m_promises->clear();
    for (const PromiseDraft &d : std::as_const(m_drafts)) {
        const QString due = d.due.isValid() ? LocaleFormat::dateTime(d.due) : tr("no deadline");
        auto *item = new QListWidgetItem(tr("%1 — due %2").arg(d.text, due), m_promises);
        item->setToolTip(tr("Double-click to change it"));
    }
    updateRows();
}

void EventEditor::addPendingFiles(const QStringList &paths, bool temporary)
{
    if (!isWritingEntry())
        return;
    for (const QString &path : paths) {
        const bool known = std::any_of(m_pending.cbegin(), m_pending.cend(), [&](const PendingFile &f) { return f.path == path; });
        if (!known)
            m_pending << PendingFile{path, temporary};
    }
    showPending();
}

void EventEditor::removePendingFile(const QString &path)
{
    m_pending.removeIf([&](const PendingFile &f) { return f.path == path; });
    if (isWritingEntry())
        showPending();
}

void EventEditor::presentEvent(const Event &e)
{
    fill(e);
    m_heading->setText(tr("%1 — %2").arg(TimelineDelegate::channelName(e.channel), LocaleFormat::longDateTime(e.occurred)));
    setMode(Mode::Existing);
    updateSuggestion();
}

void EventEditor::startNew(qint64 caseId, Channel channel)
{
    Event e;
    e.caseId = caseId;
    e.channel = channel;
    e.direction = channel == Channel::Note ? Direction::Note : Direction::Outgoing;
    e.occurred = withLocalOffset(QDateTime::currentDateTimeUtc());
    fill(e);
    showPending();
    showDrafts();
    m_heading->setText(tr("New entry: %1").arg(TimelineDelegate::channelName(channel)));
    setMode(Mode::NewEntry);
    m_summary->setFocus();
}

void EventEditor::startCall(qint64 caseId)
{
    Event e;
    e.caseId = caseId;
    e.channel = Channel::Phone;
    e.direction = Direction::Outgoing;
    m_callStarted = withLocalOffset(QDateTime::currentDateTimeUtc());
    e.occurred = m_callStarted;
    fill(e);
    showPending();
    showDrafts();
    m_heading->setText(tr("Call in progress — started %1").arg(LocaleFormat::time(m_callStarted.time())));
    setMode(Mode::Call);
    m_clock.start();
    {
        const QSignalBlocker blocker(m_holdToggle);
        m_holdToggle->setChecked(false);
    }
    tick();
    m_ticker.start();
    m_agentCode->setFocus();
}

void EventEditor::restoreDraft(const Draft &draft)
{
    fill(draft.event);
    m_drafts = draft.promises;
    m_pending = draft.files;
    showPending();
    showDrafts();
    m_heading->setText(tr("Not saved yet: %1").arg(TimelineDelegate::channelName(draft.event.channel)));
    setMode(Mode::NewEntry);
    m_touched = true;
}

qint64 EventEditor::callSeconds() const
{
    return m_mode == Mode::Call && m_clock.isRunning() ? m_clock.elapsedMs() / 1000 : -1;
}

qint64 EventEditor::holdSeconds() const
{
    if (m_mode != Mode::Call || !m_clock.holdRecorded())
        return -1;
    return m_clock.holdMs() / 1000;
}

void EventEditor::setOnHold(bool onHold)
{
    if (m_mode != Mode::Call || onHold == m_clock.isOnHold())
        return;
    m_clock.setOnHold(onHold);
    {
        const QSignalBlocker blocker(m_holdToggle);
        m_holdToggle->setChecked(onHold);
    }
    tick();
    Q_EMIT holdChanged(onHold);
}

void EventEditor::tick()
{
    const qint64 s = callSeconds();
    m_holdToggle->setText(m_clock.isOnHold() ? tr("A person answered") : tr("I'm on hold"));
    if (s < 0)
        return;
    const qint64 hold = holdSeconds();
    m_timer->setText(hold < 0 ? CallClock::text(s) : tr("%1 · on hold %2").arg(CallClock::text(s), CallClock::text(hold)));
}

bool EventEditor::differsFromShown() const
{
    const Event now = currentEvent();
    const Event &was = m_event;
    return now.channel != was.channel || now.direction != was.direction || !sameMinute(now.occurred, was.occurred)
        || now.durationSeconds != was.durationSeconds || now.holdSeconds != was.holdSeconds
        || now.travelSeconds != was.travelSeconds || now.agentCode != was.agentCode.trimmed()
        || now.agentName != was.agentName.trimmed() || now.reference != was.reference.trimmed()
        || now.summary != was.summary.trimmed() || now.quotes != was.quotes || now.outcome != was.outcome.trimmed()
        || now.finalAnswer != was.finalAnswer;
}

bool EventEditor::hasUnsavedWork() const
{
    switch (m_mode) {
    case Mode::Empty:
        return false;
    case Mode::Call:
        return true;
    case Mode::NewEntry:
        return m_touched || !m_pending.isEmpty() || !m_drafts.isEmpty();
    case Mode::Existing:
        return (m_touched && differsFromShown()) || !m_promiseText->text().trimmed().isEmpty();
    }
    return false;
}

QString EventEditor::unsavedDescription() const
{
    switch (m_mode) {
    case Mode::Call:
        return tr("You are logging a call (%1 so far). It is not saved yet.").arg(CallClock::text(callSeconds()));
    case Mode::NewEntry:
        return m_pending.isEmpty() ? tr("This new entry is not saved yet.")
                                   : tr("This new entry and its %n file(s) are not saved yet.", nullptr, int(m_pending.size()));
    case Mode::Existing:
        return tr("Your changes to “%1” are not saved yet.").arg(m_event.summary);
    case Mode::Empty:
        break;
    }
    return {};
}

Event EventEditor::currentEvent() const
{
    Event e = m_event;
    e.channel = Channel(m_channel->currentData().toInt());
    e.direction = Direction(m_direction->currentData().toInt());
    if (m_mode == Mode::Call) {
        e.occurred = m_callStarted;
        e.durationSeconds = callSeconds();
        e.holdSeconds = holdSeconds();
    } else {
        // The editor shows the wall clock of the offset the event happened in.
        const QDateTime typed = m_when->dateTime();
        e.occurred = QDateTime(typed.date(), typed.time(), Qt::OffsetFromUTC, m_offsetSeconds);
        if (m_event.occurred.isValid() && sameMinute(e.occurred, m_event.occurred)
            && e.occurred.offsetFromUtc() == m_event.occurred.offsetFromUtc())
            e.occurred = m_event.occurred; // keeps seconds the form does not show
        e.durationSeconds = secondsFrom(m_duration, m_event.durationSeconds);
        e.holdSeconds = secondsFrom(m_hold, m_event.holdSeconds);
    }
    e.travelSeconds = secondsFrom(m_travel, m_event.travelSeconds);
    e.agentCode = m_agentCode->text().trimmed();
    e.agentName = m_agentName->text().trimmed();
    e.reference = m_reference->text().trimmed();
    e.summary = m_summary->text().trimmed();
    e.quotes.clear();
    for (const QString &line : m_quotes->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            e.quotes << line.trimmed();
    }
    e.outcome = m_outcome->text().trimmed();
    e.finalAnswer = m_finalAnswer->isChecked();
    return e;
}

EventEditor::PromiseDraft EventEditor::currentPromise() const
{
    PromiseDraft draft;
    draft.text = m_promiseText->text().trimmed();
    if (m_promiseHasDue->isChecked()) {
        // Like the event's own time, the deadline is on the clock the event happened on.
        const QDateTime typed = m_promiseDue->dateTime();
        draft.due = QDateTime(typed.date(), typed.time(), Qt::OffsetFromUTC, m_offsetSeconds);
        if (m_acceptedDue.isValid() && QDateTime(m_acceptedDue.toOffsetFromUtc(m_offsetSeconds).date(),
                                                 m_acceptedDue.toOffsetFromUtc(m_offsetSeconds).time())
                                           == QDateTime(typed.date(), typed.time()))
            draft.due = m_acceptedDue;
    }
    return draft;
}

QList<EventEditor::PromiseDraft> EventEditor::currentPromises() const
{
    QList<PromiseDraft> all = m_drafts;
    if (const PromiseDraft typed = currentPromise(); !typed.text.isEmpty())
        all << typed;
    return all;
}

void EventEditor::setJurisdiction(Jurisdiction jurisdiction)
{
    if (m_jurisdiction == jurisdiction)
        return;
    m_jurisdiction = jurisdiction;
    auto calendar = BusinessCalendar::forJurisdiction(jurisdiction);
    m_parser = PromiseParser(calendar ? *calendar : BusinessCalendar());
}

void EventEditor::updateSuggestion()
{
    m_suggestionDelay.stop();
    m_suggested.clear();
    if (m_mode == Mode::Empty) {
        m_suggestionBox->setSuggestions({});
        return;
    }
    const Event e = currentEvent();
    // An existing event's promises already recorded (the same deadline) are not offered again.
    auto recorded = [&](const PromiseSuggestion &s) {
        if (m_mode != Mode::Existing)
            return false;
        return std::any_of(e.promises.cbegin(), e.promises.cend(), [&](const Promise &p) {
            return s.vague ? !p.due.isValid() : p.due.isValid() && qAbs(p.due.secsTo(s.due)) < 60;
        });
    };
    auto taken = [&](const PromiseSuggestion &s) { return m_acceptedMatches.contains(s.matched); };
    // Their words first: a promise is what they said; the summary and outcome are the user's account of it.
    QStringList texts = e.quotes;
    texts << m_summary->text() << m_outcome->text();
    QList<PromiseSuggestion> dated, vague;
    for (const QString &text : std::as_const(texts)) {
        for (const PromiseSuggestion &s : m_parser.parse(text, e.occurred)) {
            if (taken(s) || recorded(s))
                continue;
            QList<PromiseSuggestion> &list = s.vague ? vague : dated;
            const bool twice = std::any_of(list.cbegin(), list.cend(), [&](const PromiseSuggestion &o) {
                return o.matched == s.matched && o.due == s.due;
            });
            if (!twice)
                list << s;
        }
    }
    // A dated promise before a vague one; among each, in the order they were said.
    m_suggested = dated + vague;
    m_suggestionBox->setSuggestions(m_suggested);
}

void EventEditor::acceptSuggestion(int index)
{
    if (index < 0 || index >= m_suggested.size())
        return;
    const PromiseSuggestion s = m_suggested.at(index);
    // A promise already in the box stays with the entry; the box takes the new one.
    if (isWritingEntry() && !m_promiseText->text().trimmed().isEmpty()) {
        m_drafts << currentPromise();
        showDrafts();
    }
    m_promiseText->setText(s.what.isEmpty() ? s.matched : s.what);
    if (s.vague || !s.due.isValid()) {
        m_promiseHasDue->setChecked(false);
        m_acceptedDue = {};
    } else {
        // Shown on the event's clock; kept exact as long as the user leaves it.
        const QDateTime due = s.due.toOffsetFromUtc(m_offsetSeconds);
        m_acceptedDue = due;
        m_promiseDue->setDateTime(QDateTime(due.date(), due.time()));
        m_promiseHasDue->setChecked(true);
    }
    m_acceptedMatches << s.matched;
    m_touched = true;
    m_promiseBoxOpen = true;
    updateRows();
    m_suggested.removeAt(index);
    m_suggestionBox->setSuggestions(m_suggested);
}

void EventEditor::addTypedPromise()
{
    const PromiseDraft draft = currentPromise();
    if (draft.text.isEmpty()) {
        m_promiseText->setFocus();
        return;
    }
    if (m_mode == Mode::Existing) {
        Q_EMIT addPromiseRequested(m_event.id, draft);
        return;
    }
    m_drafts << draft;
    m_promiseText->clear();
    m_promiseHasDue->setChecked(false);
    m_acceptedDue = {};
    m_touched = true;
    showDrafts();
}

void EventEditor::clearPromiseBox()
{
    m_promiseText->clear();
    m_promiseHasDue->setChecked(false);
    m_acceptedDue = {};
    m_promiseBoxOpen = false;
    updateRows();
}

Promise EventEditor::promiseById(qint64 id) const
{
    for (const Promise &p : m_event.promises) {
        if (p.id == id)
            return p;
    }
    return {};
}

void EventEditor::editSelectedPromise()
{
    const QListWidgetItem *item = m_promises->currentItem();
    if (!item && m_promises->count() == 1)
        item = m_promises->item(0);
    if (!item || m_mode != Mode::Existing)
        return;
    const Promise before = promiseById(item->data(Qt::UserRole).toLongLong());
    if (before.id <= 0)
        return;
    PromiseDialog dialog(before, m_offsetSeconds, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT editPromiseRequested(before, dialog.result());
}

bool EventEditor::save()
{
    if (m_mode == Mode::Empty)
        return false;
    Event e = currentEvent();
    if (e.summary.isEmpty()) {
        if (m_mode == Mode::Call) {
            e.summary = e.agentCode.isEmpty() ? tr("Phone call") : tr("Phone call with agent %1").arg(e.agentCode);
        } else {
            m_summary->setFocus();
            m_summary->setPlaceholderText(tr("a summary is needed — what happened?"));
            return false;
        }
    }
    if (m_mode == Mode::Existing) {
        Q_EMIT updateRequested(e);
        return true;
    }
    Q_EMIT addRequested(Draft{e, currentPromises(), m_pending});
    return true;
}

} // namespace plaint
