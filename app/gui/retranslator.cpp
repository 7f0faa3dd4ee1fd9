#include "retranslator.h"

#include "language.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSet>
#include <QTabWidget>
#include <QTextEdit>
#include <QTreeWidget>
#include <QWidget>

#include <functional>

namespace plaint {
namespace {

// Sets the text anew when it came from a translation.
void renew(const QString &text, const std::function<void(const QString &)> &set)
{
    if (text.isEmpty())
        return;
    const QString again = Language::retranslate(text);
    if (!again.isNull() && again != text)
        set(again);
}

void retranslateWidget(QWidget *w)
{
    renew(w->windowTitle(), [w](const QString &t) { w->setWindowTitle(t); });
    renew(w->toolTip(), [w](const QString &t) { w->setToolTip(t); });
    renew(w->statusTip(), [w](const QString &t) { w->setStatusTip(t); });
    renew(w->whatsThis(), [w](const QString &t) { w->setWhatsThis(t); });
    if (auto *label = qobject_cast<QLabel *>(w))
        renew(label->text(), [label](const QString &t) { label->setText(t); });
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        renew(button->text(), [button](const QString &t) { button->setText(t); });
    if (auto *line = qobject_cast<QLineEdit *>(w))
        renew(line->placeholderText(), [line](const QString &t) { line->setPlaceholderText(t); });
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        renew(plain->placeholderText(), [plain](const QString &t) { plain->setPlaceholderText(t); });
    if (auto *rich = qobject_cast<QTextEdit *>(w))
        renew(rich->placeholderText(), [rich](const QString &t) { rich->setPlaceholderText(t); });
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
        renew(spin->specialValueText(), [spin](const QString &t) { spin->setSpecialValueText(t); });
    if (auto *group = qobject_cast<QGroupBox *>(w))
        renew(group->title(), [group](const QString &t) { group->setTitle(t); });
    if (auto *menu = qobject_cast<QMenu *>(w))
        renew(menu->title(), [menu](const QString &t) { menu->setTitle(t); });
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        // An editable box's items are the user's own choices as much as Plaint's: only fixed lists.
        if (!combo->isEditable()) {
            for (int i = 0; i < combo->count(); ++i)
                renew(combo->itemText(i), [combo, i](const QString &t) { combo->setItemText(i, t); });
        }
    }
    if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
        for (int i = 0; i < tabs->count(); ++i) {
            renew(tabs->tabText(i), [tabs, i](const QString &t) { tabs->setTabText(i, t); });
            renew(tabs->tabToolTip(i), [tabs, i](const QString &t) { tabs->setTabToolTip(i, t); });
        }
    }
    if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
        QTreeWidgetItem *header = tree->headerItem();
        for (int i = 0; header && i < header->columnCount(); ++i)
            renew(header->text(i), [header, i](const QString &t) { header->setText(i, t); });
    }
}

void retranslateAction(QAction *a)
{
    // A tooltip Qt derives from the text follows it; one set of its own is looked up itself.
    const QString tipBefore = a->toolTip();
    renew(a->text(), [a](const QString &t) { a->setText(t); });
    if (a->toolTip() == tipBefore)
        renew(tipBefore, [a](const QString &t) { a->setToolTip(t); });
    renew(a->statusTip(), [a](const QString &t) { a->setStatusTip(t); });
    renew(a->whatsThis(), [a](const QString &t) { a->setWhatsThis(t); });
}

} // namespace

void Retranslator::retranslateAll()
{
    QSet<QAction *> actions;
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        retranslateWidget(w);
        for (QAction *a : w->actions())
            actions.insert(a);
        if (w->isWindow()) {
            for (QAction *a : w->findChildren<QAction *>())
                actions.insert(a);
        }
    }
    for (QAction *a : std::as_const(actions))
        retranslateAction(a);
    for (QWidget *w : widgets)
        w->update();
}

} // namespace plaint
