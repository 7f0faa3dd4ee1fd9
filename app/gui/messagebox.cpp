#include "messagebox.h"

#include <QPushButton>

namespace plaint {
namespace {

MessageBox::Answer &hook()
{
    static MessageBox::Answer answer;
    return answer;
}

} // namespace

void MessageBox::setAnswer(Answer answer)
{
    hook() = std::move(answer);
}

QMessageBox::StandardButton MessageBox::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const QList<std::pair<QMessageBox::StandardButton, QString>> &labels)
{
    if (hook())
        return hook()(text, buttons);
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (const auto &[button, label] : labels) {
        if (QAbstractButton *b = box.button(button))
            b->setText(label);
    }
    box.exec();
    const auto clicked = box.standardButton(box.clickedButton());
    // Closing the box with Escape or its title bar is the safe answer.
    return clicked == QMessageBox::NoButton ? QMessageBox::Cancel : clicked;
}

} // namespace plaint
