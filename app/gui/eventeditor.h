#pragma once

#include "event.h"
#include "promiseparser.h"
#include "promisesuggestion.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace plaint {

// The right-hand pane: shows and edits one event, or takes a new one, or logs
// a call while it happens with a running timer (time on hold counts).
class EventEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventEditor)

public:
    enum class Mode { Empty, Existing, NewEntry, Call };

    // A promise typed together with a new event.
    struct PromiseDraft
    {
        QString text;
        QDateTime due; // invalid: no deadline given
    };

    explicit EventEditor(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void showEmpty();
    void presentEvent(const Event &event);
    void startNew(qint64 caseId, Channel channel);
    void startCall(qint64 caseId);
    // Seconds since "Start call"; -1 when no call is running.
    qint64 callSeconds() const;
    qint64 shownEventId() const { return m_event.id; }

    // The event as the form now says; meta fields come from what was shown.
    Event currentEvent() const;
    PromiseDraft currentPromise() const;

    // Business days in promises are counted on this jurisdiction's calendar.
    void setJurisdiction(Jurisdiction jurisdiction);
    // The promise found in what was typed or pasted, shown for one-click
    // confirmation; empty when there is none. updateSuggestion() reads the
    // form again at once (typing does it after a short pause).
    std::optional<PromiseSuggestion> suggestion() const { return m_suggested; }
    void updateSuggestion();
    void acceptSuggestion();

Q_SIGNALS:
    void addRequested(const plaint::Event &event, const plaint::EventEditor::PromiseDraft &promise);
    void updateRequested(const plaint::Event &event);
    void trashRequested(qint64 eventId);
    void attachRequested(qint64 eventId);
    void settleRequested(qint64 promiseId, const QString &status);
    void historyRequested(qint64 eventId);
    void evidenceRequested(qint64 attachmentId);
    void cancelled();

private:
    void setMode(Mode mode);
    void fill(const Event &event);
    void save();
    void tick();
    void showSuggestion();

    Mode m_mode = Mode::Empty;
    Event m_event;
    QDateTime m_callStarted;
    int m_offsetSeconds = 0; // of the event shown: the form edits its wall clock
    QElapsedTimer m_callClock;
    QTimer m_ticker;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_timer = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_direction = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QSpinBox *m_duration = nullptr;
    QLineEdit *m_agentCode = nullptr;
    QLineEdit *m_agentName = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_summary = nullptr;
    QPlainTextEdit *m_quotes = nullptr;
    QLineEdit *m_outcome = nullptr;
    QWidget *m_promiseBox = nullptr;
    QLineEdit *m_promiseText = nullptr;
    QCheckBox *m_promiseHasDue = nullptr;
    QDateTimeEdit *m_promiseDue = nullptr;
    QListWidget *m_promises = nullptr;
    QWidget *m_suggestionBox = nullptr;
    QLabel *m_suggestionText = nullptr;
    QPushButton *m_useSuggestion = nullptr;
    QTimer m_suggestionDelay;
    PromiseParser m_parser;
    std::optional<Jurisdiction> m_jurisdiction; // whose business days m_parser counts
    std::optional<PromiseSuggestion> m_suggested;
    QString m_acceptedMatch; // the words of the suggestion taken, so it is not offered again
    QDateTime m_acceptedDue; // exact, with its seconds and offset, while the form still shows it
    QListWidget *m_attachments = nullptr;
    QLabel *m_edited = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_trash = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_kept = nullptr;
    QPushButton *m_broken = nullptr;
};

} // namespace plaint

Q_DECLARE_METATYPE(plaint::EventEditor::PromiseDraft)
