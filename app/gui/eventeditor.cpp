#include "eventeditor.h"

#include "timelinedelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
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

} // namespace

EventEditor::EventEditor(QWidget *parent) : QWidget(parent)
{
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

    m_timer = new QLabel(form);
    QFont timerFont = m_timer->font();
    timerFont.setPointSizeF(timerFont.pointSizeF() * 2.2);
    timerFont.setBold(true);
    m_timer->setFont(timerFont);
    m_timer->setObjectName(u"callTimer"_s);
    layout->addWidget(m_timer);

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_channel = new QComboBox(form);
    m_channel->setObjectName(u"channel"_s);
    for (Channel c : kChannels)
        m_channel->addItem(TimelineDelegate::tintedIcon(toString(c), palette().color(QPalette::Text), 16, devicePixelRatioF()),
                           TimelineDelegate::channelName(c), int(c));
    m_direction = new QComboBox(form);
    m_direction->setObjectName(u"direction"_s);
    for (Direction d : kDirections)
        m_direction->addItem(TimelineDelegate::directionName(d), int(d));
    m_when = new QDateTimeEdit(form);
    m_when->setObjectName(u"when"_s);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_duration = new QSpinBox(form);
    m_duration->setObjectName(u"duration"_s);
    m_duration->setRange(-1, 24 * 60);
    m_duration->setSpecialValueText(tr("not recorded"));
    m_duration->setSuffix(tr(" min"));
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
    fields->addRow(tr("&Channel:"), m_channel);
    fields->addRow(tr("Di&rection:"), m_direction);
    fields->addRow(tr("&When:"), m_when);
    fields->addRow(tr("D&uration:"), m_duration);
    fields->addRow(tr("&Agent ID:"), m_agentCode);
    fields->addRow(tr("Agent &name:"), m_agentName);
    fields->addRow(tr("&Reference:"), m_reference);
    fields->addRow(tr("&Summary:"), m_summary);
    fields->addRow(tr("What they &said:"), m_quotes);
    fields->addRow(tr("&Outcome:"), m_outcome);
    layout->addLayout(fields);

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
    m_promiseDue->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_promiseDue->setEnabled(false);
    connect(m_promiseHasDue, &QCheckBox::toggled, m_promiseDue, &QWidget::setEnabled);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_promiseHasDue);
    dueRow->addWidget(m_promiseDue, 1);
    m_suggestionBox = new QWidget(m_promiseBox);
    m_suggestionBox->setObjectName(u"suggestionBox"_s);
    m_suggestionBox->setStyleSheet(u"#suggestionBox { background: #eef6ec; border: 1px solid #8fc08a; border-radius: 4px; }"
                                   u" QLabel { color: #1d4a1a; }"_s);
    auto *suggestionRow = new QHBoxLayout(m_suggestionBox);
    suggestionRow->setContentsMargins(6, 4, 6, 4);
    m_suggestionText = new QLabel(m_suggestionBox);
    m_suggestionText->setObjectName(u"suggestion"_s);
    m_suggestionText->setWordWrap(true);
    m_useSuggestion = new QPushButton(m_suggestionBox);
    m_useSuggestion->setObjectName(u"useSuggestion"_s);
    suggestionRow->addWidget(m_suggestionText, 1);
    suggestionRow->addWidget(m_useSuggestion, 0, Qt::AlignVCenter);
    m_suggestionBox->setVisible(false);
    connect(m_useSuggestion, &QPushButton::clicked, this, &EventEditor::acceptSuggestion);
    promiseForm->addRow(m_suggestionBox);
    promiseForm->addRow(tr("They &promised:"), m_promiseText);
    promiseForm->addRow(QString(), dueRow);
    layout->addWidget(m_promiseBox);
    m_suggestionDelay.setSingleShot(true);
    m_suggestionDelay.setInterval(300);
    connect(&m_suggestionDelay, &QTimer::timeout, this, &EventEditor::updateSuggestion);
    for (QLineEdit *edit : {m_summary, m_outcome})
        connect(edit, &QLineEdit::textChanged, &m_suggestionDelay, qOverload<>(&QTimer::start));
    connect(m_quotes, &QPlainTextEdit::textChanged, &m_suggestionDelay, qOverload<>(&QTimer::start));
    connect(m_when, &QDateTimeEdit::dateTimeChanged, &m_suggestionDelay, qOverload<>(&QTimer::start));

    m_promises = new QListWidget(form);
    m_promises->setObjectName(u"promises"_s);
    m_promises->setMaximumHeight(110);
    m_promises->setWordWrap(true);
    m_promises->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *settleRow = new QHBoxLayout;
    m_kept = new QPushButton(tr("Mark &kept"), form);
    m_kept->setObjectName(u"kept"_s);
    m_broken = new QPushButton(tr("Mark &broken"), form);
    m_broken->setObjectName(u"broken"_s);
    settleRow->addStretch();
    settleRow->addWidget(m_kept);
    settleRow->addWidget(m_broken);
    layout->addWidget(new QLabel(tr("Promises:"), form));
    layout->addWidget(m_promises);
    layout->addLayout(settleRow);

    m_attachments = new QListWidget(form);
    m_attachments->setObjectName(u"attachments"_s);
    m_attachments->setMaximumHeight(140);
    m_attachments->setWordWrap(true);
    m_attachments->setToolTip(tr("Double-click to look at a piece of evidence"));
    connect(m_attachments, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT evidenceRequested(item->data(Qt::UserRole + 1).toLongLong());
    });
    m_attachments->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(new QLabel(tr("Evidence:"), form));
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
    m_attach = new QPushButton(tr("Attach &files…"), form);
    m_trash = new QPushButton(tr("Move to &trash"), form);
    m_trash->setObjectName(u"trash"_s);
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
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_ticker.stop();
        Q_EMIT cancelled();
    });
    connect(m_trash, &QPushButton::clicked, this, [this] {
        if (m_event.id > 0)
            Q_EMIT trashRequested(m_event.id);
    });
    connect(m_attach, &QPushButton::clicked, this, [this] {
        if (m_event.id > 0)
            Q_EMIT attachRequested(m_event.id);
    });
    auto settle = [this](const QString &status) {
        const QListWidgetItem *item = m_promises->currentItem();
        if (!item && m_promises->count() == 1)
            item = m_promises->item(0);
        if (item)
            Q_EMIT settleRequested(item->data(Qt::UserRole).toLongLong(), status);
    };
    connect(m_kept, &QPushButton::clicked, this, [settle] { settle(u"kept"_s); });
    connect(m_broken, &QPushButton::clicked, this, [settle] { settle(u"broken"_s); });
    setMode(Mode::Empty);
}

void EventEditor::setMode(Mode mode)
{
    m_mode = mode;
    m_stack->setCurrentIndex(mode == Mode::Empty ? 0 : 1);
    const bool existing = mode == Mode::Existing;
    const bool call = mode == Mode::Call;
    m_timer->setVisible(call);
    m_duration->setEnabled(!call);
    m_when->setEnabled(!call);
    m_promiseBox->setVisible(!existing);
    m_promises->setVisible(existing);
    m_kept->setVisible(existing);
    m_broken->setVisible(existing);
    m_attachments->setVisible(existing);
    m_attach->setVisible(existing);
    m_trash->setVisible(existing);
    m_cancel->setVisible(!existing);
    m_edited->setVisible(existing);
    m_save->setText(call ? tr("&End call and save") : existing ? tr("&Save changes") : tr("&Save"));
    if (!call)
        m_ticker.stop();
}

void EventEditor::showEmpty()
{
    m_event = Event{};
    setMode(Mode::Empty);
}

void EventEditor::fill(const Event &e)
{
    m_event = e;
    m_channel->setCurrentIndex(m_channel->findData(int(e.channel)));
    m_direction->setCurrentIndex(m_direction->findData(int(e.direction)));
    // The time as it was on the user's clock then, in the offset they were in.
    const QDateTime when = e.occurred.isValid() ? e.occurred : withLocalOffset(QDateTime::currentDateTimeUtc());
    m_offsetSeconds = when.offsetFromUtc();
    m_when->setDateTime(QDateTime(when.date(), when.time()));
    m_when->setToolTip(tr("On the clock you were on: %1").arg(offsetText(m_offsetSeconds)));
    m_duration->setValue(e.durationSeconds < 0 ? -1 : int((e.durationSeconds + 30) / 60));
    m_agentCode->setText(e.agentCode);
    m_agentName->setText(e.agentName);
    m_reference->setText(e.reference);
    m_summary->setText(e.summary);
    m_quotes->setPlainText(e.quotes.join(u'\n'));
    m_outcome->setText(e.outcome);
    m_promiseText->clear();
    m_promiseHasDue->setChecked(false);
    m_promiseDue->setDateTime(QDateTime(m_when->dateTime().addDays(2)));
    m_suggestionDelay.stop();
    m_suggested.reset();
    m_acceptedMatch.clear();
    m_acceptedDue = {};
    m_suggestionBox->setVisible(false);

    m_promises->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Promise &p : e.promises) {
        const QString state = p.stateName(now);
        const QString due = p.due.isValid() ? QLocale().toString(QDateTime(p.due.date(), p.due.time()), QLocale::ShortFormat)
                                            : tr("no deadline");
        auto *item = new QListWidgetItem(tr("%1 — due %2 — %3").arg(p.text, due, TimelineDelegate::promiseStateName(state)),
                                         m_promises);
        item->setData(Qt::UserRole, p.id);
        if (state == u"overdue" || state == u"broken")
            item->setForeground(QColor(0xc0, 0x39, 0x2b));
    }
    m_attachments->clear();
    for (const Attachment &a : e.attachments) {
        auto *item = new QListWidgetItem(
            TimelineDelegate::tintedIcon(u"attachment"_s, palette().color(QPalette::Text), 16, devicePixelRatioF()),
            tr("%1 (%2, %3)").arg(a.fileName, a.mimeType, QLocale().formattedDataSize(a.size)), m_attachments);
        item->setToolTip(tr("SHA-256: %1\nAdded: %2").arg(a.sha256, QLocale().toString(a.added.toLocalTime(), QLocale::LongFormat)));
        item->setData(Qt::UserRole, a.sha256);
        item->setData(Qt::UserRole + 1, a.id);
    }
    m_edited->setText(e.wasEdited() ? tr("Edited: this is version %1. <a href=\"#history\">Show the earlier versions</a>")
                                          .arg(e.revision)
                                    : QString());
}

void EventEditor::presentEvent(const Event &e)
{
    fill(e);
    m_heading->setText(tr("%1 — %2").arg(TimelineDelegate::channelName(e.channel),
                                         QLocale().toString(e.occurred, QLocale::LongFormat)));
    setMode(Mode::Existing);
}

void EventEditor::startNew(qint64 caseId, Channel channel)
{
    Event e;
    e.caseId = caseId;
    e.channel = channel;
    e.direction = channel == Channel::Note ? Direction::Note : Direction::Outgoing;
    e.occurred = withLocalOffset(QDateTime::currentDateTimeUtc());
    fill(e);
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
    m_callClock.start();
    m_heading->setText(tr("Call in progress — started %1").arg(QLocale().toString(m_callStarted.time(), QLocale::ShortFormat)));
    setMode(Mode::Call);
    tick();
    m_ticker.start();
    m_agentCode->setFocus();
}

qint64 EventEditor::callSeconds() const
{
    return m_mode == Mode::Call && m_callClock.isValid() ? m_callClock.elapsed() / 1000 : -1;
}

void EventEditor::tick()
{
    const qint64 s = callSeconds();
    if (s < 0)
        return;
    m_timer->setText(u"%1:%2:%3"_s.arg(s / 3600).arg((s / 60) % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0')));
}

Event EventEditor::currentEvent() const
{
    Event e = m_event;
    e.channel = Channel(m_channel->currentData().toInt());
    e.direction = Direction(m_direction->currentData().toInt());
    if (m_mode == Mode::Call) {
        e.occurred = m_callStarted;
        e.durationSeconds = callSeconds();
    } else {
        // The editor shows the wall clock of the offset the event happened in.
        const QDateTime typed = m_when->dateTime();
        e.occurred = QDateTime(typed.date(), typed.time(), Qt::OffsetFromUTC, m_offsetSeconds);
        e.durationSeconds = m_duration->value() < 0 ? -1 : qint64(m_duration->value()) * 60;
        // An unchanged minute count keeps the seconds a call timer measured.
        if (m_event.durationSeconds >= 0 && m_duration->value() == int((m_event.durationSeconds + 30) / 60))
            e.durationSeconds = m_event.durationSeconds;
        if (m_event.occurred.isValid() && e.occurred == m_event.occurred)
            e.occurred = m_event.occurred; // keeps seconds the form does not show
    }
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
        if (m_acceptedDue.isValid() && QDateTime(m_acceptedDue.date(), m_acceptedDue.time()) == QDateTime(typed.date(), typed.time()))
            draft.due = m_acceptedDue;
    }
    return draft;
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
    m_suggested.reset();
    if (m_mode != Mode::NewEntry && m_mode != Mode::Call) {
        showSuggestion();
        return;
    }
    const QDateTime said = currentEvent().occurred;
    // Their words first: a promise is what they said; the summary and outcome are the user's account of it.
    QStringList texts = currentEvent().quotes;
    texts << m_summary->text() << m_outcome->text();
    for (const QString &text : texts) {
        for (const PromiseSuggestion &s : m_parser.parse(text, said)) {
            if (s.matched == m_acceptedMatch)
                continue;
            // A dated promise beats a vague one; otherwise the parser's confidence decides.
            if (!m_suggested || (m_suggested->vague && !s.vague)
                || (m_suggested->vague == s.vague && s.confidence > m_suggested->confidence))
                m_suggested = s;
        }
    }
    showSuggestion();
}

void EventEditor::showSuggestion()
{
    if (!m_suggested) {
        m_suggestionBox->setVisible(false);
        return;
    }
    const PromiseSuggestion &s = *m_suggested;
    if (s.vague) {
        m_suggestionText->setText(tr("“%1” is a promise without a date. Ask them: by when exactly? "
                                     "You can still log it, with no deadline.")
                                      .arg(s.matched));
        m_useSuggestion->setText(tr("Log it without a date"));
    } else {
        QString text = tr("They promised: “%1”, due %2.")
                           .arg(s.what, QLocale().toString(QDateTime(s.due.date(), s.due.time()), QLocale::LongFormat));
        if (!s.yearsWithoutHolidayData.isEmpty())
            text += u' ' + tr("(Holidays of %1 are not known to Plaint: only weekends were skipped.)")
                               .arg(QLocale().createSeparatedList([&] {
                                   QStringList years;
                                   for (int y : s.yearsWithoutHolidayData)
                                       years << QString::number(y);
                                   return years;
                               }()));
        m_suggestionText->setText(text);
        m_useSuggestion->setText(tr("&Use this promise"));
    }
    m_suggestionBox->setVisible(true);
}

void EventEditor::acceptSuggestion()
{
    if (!m_suggested)
        return;
    const PromiseSuggestion s = *m_suggested;
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
    m_acceptedMatch = s.matched;
    m_suggested.reset();
    showSuggestion();
}

void EventEditor::save()
{
    Event e = currentEvent();
    if (e.summary.isEmpty()) {
        if (m_mode == Mode::Call)
            e.summary = e.agentCode.isEmpty() ? tr("Phone call") : tr("Phone call with agent %1").arg(e.agentCode);
        else {
            m_summary->setFocus();
            m_summary->setPlaceholderText(tr("a summary is needed — what happened?"));
            return;
        }
    }
    if (m_mode == Mode::Existing) {
        Q_EMIT updateRequested(e);
        return;
    }
    m_ticker.stop();
    Q_EMIT addRequested(e, currentPromise());
}

} // namespace plaint
