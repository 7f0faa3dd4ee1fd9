#pragma once

namespace plaint {

// Turns the open windows and dialogs to the language just applied, without
// a restart: every text a widget or action shows that came from a
// translation (titles, labels, buttons, menus, tooltips, placeholders, combo
// box items, tree headers) is looked up again (Language::retranslate). Texts
// built with arguments, and what models and delegates paint, are made anew
// by the window as it refreshes; every widget is repainted.
class Retranslator final
{
public:
    static void retranslateAll();
};

} // namespace plaint
