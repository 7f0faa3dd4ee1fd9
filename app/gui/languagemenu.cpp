#include "languagemenu.h"

#include "language.h"
#include "retranslator.h"

#include <QActionGroup>

namespace plaint {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    const QString stored = Language::stored();
    for (const Language::Choice &choice : Language::choices()) {
        QAction *a = addAction(choice.name);
        a->setCheckable(true);
        a->setChecked(choice.code == stored);
        a->setData(choice.code);
        a->setObjectName(
            QStringLiteral("language_%1").arg(choice.code.isEmpty() ? QStringLiteral("system") : choice.code));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = choice.code] { choose(code); });
        if (choice.code.isEmpty())
            addSeparator();
    }
}

void LanguageMenu::choose(const QString &code)
{
    const bool changed = code != Language::stored();
    Language::store(code);
    for (QAction *a : actions())
        if (a->isCheckable())
            a->setChecked(a->data().toString() == code);
    if (!changed)
        return;
    // At once, in every open window and dialog.
    Language::apply(code);
    Retranslator::retranslateAll();
    Q_EMIT languageChosen(code);
}

} // namespace plaint
