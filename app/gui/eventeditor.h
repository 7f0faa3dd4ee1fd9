#pragma once

#include "callclock.h"
#include "event.h"
#include "promiseparser.h"
#include "promisesuggestion.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace plaint {

class SuggestionBox;

// The right-hand pane: shows and edits one event, or takes a new one, or logs
// a call while it happens with a running timer and an "on hold" toggle (the
// time on hold is the point). An entry being written keeps its evidence and
// promises until it is saved, and says so when it would be lost.
class EventEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventEditor)

public:
    enum class Mode { Empty, Existing, NewEntry, Call };

    // A promise typed for an event.
    struct PromiseDraft
    {
        QString text;
        QDateTime due; // invalid: no deadline given
    };

    // A file to be stored with the entry being written, in the same transaction.
    struct PendingFile
    {
        QString path;
        bool temporary = false; // Plaint's own copy (a pasted image, a link): removed once stored or discarded
    };

    // An entry as typed, ready to be stored.
    struct Draft
    {
        Event event;
        QList<PromiseDraft> promises;
        QList<PendingFile> files;
    };

    explicit EventEditor(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void showEmpty();
    void presentEvent(const Event &event);
    void startNew(qint64 caseId, Channel channel);
    void startCall(qint64 caseId);
    // Shows again an entry that could not be stored, so that it can be saved once more.
    void restoreDraft(const Draft &draft);
    // The shown event's promises and evidence as stored now; what is being typed stays.
    void updateChildren(const Event &event);

    // Seconds since "Start call"; -1 when no call is running.
    qint64 callSeconds() const;
    // Seconds on hold in the running call; -1 when the hold toggle was not used.
    qint64 holdSeconds() const;
    bool isOnHold() const { return m_clock.isOnHold(); }
    void setOnHold(bool onHold);
    qint64 shownEventId() const { return m_event.id; }
    qint64 entryCaseId() const { return m_event.caseId; }

    // A new entry or a call is being written and is not stored yet.
    bool isWritingEntry() const { return m_mode == Mode::NewEntry || m_mode == Mode::Call; }
    // Something would be lost if the editor showed anything else now: a running
    // call, a new entry with anything in it, or changes to the shown event.
    bool hasUnsavedWork() const;
    // What would be lost, in a sentence for the question Save / Discard / Keep editing.
    QString unsavedDescription() const;

    // Evidence for the entry being written, stored with it when it is saved.
    void addPendingFiles(const QStringList &paths, bool temporary);
    void removePendingFile(const QString &path);
    const QList<PendingFile> &pendingFiles() const { return m_pending; }
    // Forgets the entry being written (or the edits) and shows nothing;
    // returns the entry's files that were Plaint's own copies, to remove.
    QStringList discard();

    // Saves what the form says: addRequested for a new entry or a call (which
    // ends), updateRequested for an existing event. False when the form is
    // not complete (it says what is missing).
    bool save();

    // The event as the form now says; meta fields come from what was shown.
    Event currentEvent() const;
    // The promise in the promise box, and every promise of the entry being written.
    PromiseDraft currentPromise() const;
    QList<PromiseDraft> currentPromises() const;

    // Business days in promises are counted on this jurisdiction's calendar.
    void setJurisdiction(Jurisdiction jurisdiction);
    // The promises found in what was typed or pasted, each shown for
    // one-click confirmation. updateSuggestion() reads the form again at once
    // (typing does it after a short pause).
    QList<PromiseSuggestion> suggestions() const { return m_suggested; }
    std::optional<PromiseSuggestion> suggestion() const
    {
        return m_suggested.isEmpty() ? std::nullopt : std::optional<PromiseSuggestion>(m_suggested.first());
    }
    void updateSuggestion();
    void acceptSuggestion(int index = 0);
    // Empties the promise box (after its promise was recorded).
    void clearPromiseBox();

Q_SIGNALS:
    void addRequested(const plaint::EventEditor::Draft &draft);
    void updateRequested(const plaint::Event &event);
    void trashRequested(qint64 eventId);
    // eventId 0: for the entry being written.
    void attachRequested(qint64 eventId);
    void settleRequested(qint64 promiseId, const QString &status);
    void addPromiseRequested(qint64 eventId, const plaint::EventEditor::PromiseDraft &promise);
    void editPromiseRequested(const plaint::Promise &before, const plaint::Promise &after);
    void historyRequested(qint64 eventId);
    void evidenceRequested(qint64 attachmentId);
    void cancelRequested();
    // A file waiting for the entry was taken out of it (temporary: Plaint's own copy, to remove).
    void pendingFileRemoved(const QString &path, bool temporary);
    void modeChanged();
    void holdChanged(bool onHold);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFields(QWidget *form, QFormLayout *fields);
    void buildPromises(QWidget *form);
    void setMode(Mode mode);
    void fill(const Event &event);
    void fillChildren(const Event &event);
    void showPending();
    void showDrafts();
    void updateRows();
    void tick();
    void touched();
    void addTypedPromise();
    void editSelectedPromise();
    void applyColours();
    bool differsFromShown() const;
    Promise promiseById(qint64 id) const;

    Mode m_mode = Mode::Empty;
    Event m_event;
    QDateTime m_callStarted;
    int m_offsetSeconds = 0; // of the event shown: the form edits its wall clock
    CallClock m_clock;
    QTimer m_ticker;
    bool m_filling = false;  // the form is being filled, not typed into
    bool m_touched = false;  // the user changed something since it was filled
    QList<PendingFile> m_pending;
    QList<PromiseDraft> m_drafts;

    QStackedWidget *m_stack = nullptr;
    QFormLayout *m_fields = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_timer = nullptr;
    QPushButton *m_holdToggle = nullptr;
    QWidget *m_timerRow = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_direction = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QSpinBox *m_duration = nullptr;
    QSpinBox *m_hold = nullptr;
    QSpinBox *m_travel = nullptr;
    QLineEdit *m_agentCode = nullptr;
    QLineEdit *m_agentName = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_summary = nullptr;
    QPlainTextEdit *m_quotes = nullptr;
    QLineEdit *m_outcome = nullptr;
    QCheckBox *m_finalAnswer = nullptr;
    QWidget *m_promiseBox = nullptr;
    QLineEdit *m_promiseText = nullptr;
    QCheckBox *m_promiseHasDue = nullptr;
    QDateTimeEdit *m_promiseDue = nullptr;
    QPushButton *m_addPromise = nullptr;
    QLabel *m_promisesLabel = nullptr;
    QListWidget *m_promises = nullptr;
    QWidget *m_settleRow = nullptr;
    SuggestionBox *m_suggestionBox = nullptr;
    QTimer m_suggestionDelay;
    PromiseParser m_parser;
    std::optional<Jurisdiction> m_jurisdiction; // whose business days m_parser counts
    QList<PromiseSuggestion> m_suggested;
    QStringList m_acceptedMatches; // the words of suggestions taken, so they are not offered again
    QDateTime m_acceptedDue;       // exact, with its seconds and offset, while the form still shows it
    QLabel *m_evidenceLabel = nullptr;
    QListWidget *m_attachments = nullptr;
    QLabel *m_edited = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_trash = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_kept = nullptr;
    QPushButton *m_broken = nullptr;
    QPushButton *m_editPromise = nullptr;
    QPushButton *m_openPromiseBox = nullptr;
    bool m_promiseBoxOpen = false; // an event's promise box, asked for
};

} // namespace plaint

Q_DECLARE_METATYPE(plaint::EventEditor::PromiseDraft)
Q_DECLARE_METATYPE(plaint::EventEditor::Draft)
