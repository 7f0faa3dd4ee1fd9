#include "suggestionbox.h"

#include "localeformat.h"
#include "themecolours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {

SuggestionBox::SuggestionBox(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"suggestionBox"_s);
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(6, 4, 6, 4);
    m_rows->setSpacing(4);
    applyColours();
    setVisible(false);
}

QString SuggestionBox::describe(const PromiseSuggestion &s)
{
    if (s.vague)
        return tr("“%1” is a promise without a date. Ask them: by when exactly? You can still log it, with no deadline.")
            .arg(s.matched);
    // One sentence may hold two promises: the words matched tell them apart.
    QString text = s.what.isEmpty() || s.what == s.matched
        ? tr("They promised: “%1”, due %2.").arg(s.matched, LocaleFormat::longDateTime(s.due))
        : tr("They promised “%1”: due %2. (“%3”)").arg(s.matched, LocaleFormat::longDateTime(s.due), s.what);
    if (!s.yearsWithoutHolidayData.isEmpty()) {
        QStringList years;
        for (int y : s.yearsWithoutHolidayData)
            years << QString::number(y);
        text += u' '
            + tr("(Holidays of %1 are not known to Plaint: only weekends were skipped.)").arg(QLocale().createSeparatedList(years));
    }
    return text;
}

void SuggestionBox::setSuggestions(const QList<PromiseSuggestion> &suggestions)
{
    m_suggestions = suggestions;
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                // Later: the button being clicked may be one of them.
                if (QWidget *w = inner->widget()) {
                    w->hide();
                    w->setParent(nullptr);
                    w->deleteLater();
                }
                delete inner;
            }
        }
        delete item;
    }
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        const PromiseSuggestion &s = suggestions.at(i);
        auto *row = new QHBoxLayout;
        auto *text = new QLabel(describe(s), this);
        text->setObjectName(u"suggestion"_s);
        text->setWordWrap(true);
        auto *use = new QPushButton(s.vague ? tr("Log it without a date") : tr("Use this promise"), this);
        use->setObjectName(u"useSuggestion"_s);
        connect(use, &QPushButton::clicked, this, [this, i] { Q_EMIT used(int(i)); });
        row->addWidget(text, 1);
        row->addWidget(use, 0, Qt::AlignVCenter);
        m_rows->addLayout(row);
    }
    applyColours();
    setVisible(!suggestions.isEmpty());
}

void SuggestionBox::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
}

void SuggestionBox::applyColours()
{
    // Painted, not styled: a style sheet would keep this box from hearing of palette changes.
    const ThemeColours::Box box = ThemeColours::box(palette(), ThemeColours::Tone::Suggestion);
    for (QLabel *label : findChildren<QLabel *>()) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, box.text);
        label->setPalette(p);
    }
    update();
}

void SuggestionBox::paintEvent(QPaintEvent *)
{
    const ThemeColours::Box box = ThemeColours::box(palette(), ThemeColours::Tone::Suggestion);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(box.border);
    painter.setBrush(box.background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

} // namespace plaint
