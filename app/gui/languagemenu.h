#pragma once

#include <QMenu>

namespace plaint {

// View → Language: the system's language, English, 简体中文 or 繁體中文.
// The choice applies at once to the open windows and is kept in the
// settings for the next start.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // Picks a language as the menu does.
    void choose(const QString &code);

Q_SIGNALS:
    void languageChosen(const QString &code);
};

} // namespace plaint
