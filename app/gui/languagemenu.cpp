#include "languagemenu.h"

#include "language.h"

#include <QActionGroup>
#include <QMessageBox>

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

void LanguageMenu::choose(const QString &code, bool tell)
{
    const bool changed = code != Language::stored();
    Language::store(code);
    for (QAction *a : actions())
        if (a->isCheckable())
            a->setChecked(a->data().toString() == code);
    if (changed && tell) {
        // Said in the language chosen, since that is the one the user reads.
        const QString target = code.isEmpty() ? Language::forSystem() : code;
        QMessageBox::information(this,
            Language::translated(target, "plaint::LanguageMenu", QT_TRANSLATE_NOOP("plaint::LanguageMenu", "Language")),
            Language::translated(target, "plaint::LanguageMenu",
                QT_TRANSLATE_NOOP("plaint::LanguageMenu", "Plaint will use this language the next time it starts.")));
    }
    if (changed)
        Q_EMIT languageChosen(code);
}

} // namespace plaint
