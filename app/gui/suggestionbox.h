#pragma once

#include "promisesuggestion.h"

#include <QList>
#include <QWidget>

class QVBoxLayout;

namespace plaint {

// The promises Plaint found in what was typed or pasted, each with its own
// button to take it: one SMS often holds more than one ("we will call you
// within 24 hours and refund you within 3 working days").
class SuggestionBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionBox)

public:
    explicit SuggestionBox(QWidget *parent = nullptr);

    void setSuggestions(const QList<PromiseSuggestion> &suggestions);
    const QList<PromiseSuggestion> &suggestions() const { return m_suggestions; }
    // The sentence shown for a suggestion.
    static QString describe(const PromiseSuggestion &s);

Q_SIGNALS:
    // The index in suggestions().
    void used(int index);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyColours();

    QList<PromiseSuggestion> m_suggestions;
    QVBoxLayout *m_rows = nullptr;
};

} // namespace plaint
