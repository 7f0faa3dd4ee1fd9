#pragma once

#include <QMessageBox>

#include <functional>

namespace plaint {

// The window's questions to the user. GUI tests answer them through the hook
// instead of a real modal box, and can read what was asked.
class MessageBox final
{
public:
    using Answer = std::function<QMessageBox::StandardButton(const QString &text, QMessageBox::StandardButtons buttons)>;

    // Asks; `labels` renames standard buttons (e.g. Cancel as "Keep editing").
    static QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                           const QString &text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton,
                                           const QList<std::pair<QMessageBox::StandardButton, QString>> &labels = {});

    // Test hook: when set, answers every question instead of the user. Empty: ask the user.
    static void setAnswer(Answer answer);
};

} // namespace plaint
