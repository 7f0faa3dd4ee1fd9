#pragma once

#include <QStringList>

#include <functional>

class QWidget;

namespace plaint {

// File dialogs of the window, with a test hook so GUI tests can choose files
// as a person would, through the same code path.
class FileDialog final
{
public:
    // The files chosen to open; empty when cancelled.
    static QStringList openFileNames(QWidget *parent, const QString &caption);

    // Test hook: when set, answers instead of the dialog (an empty list is "cancel").
    static void setOpenAnswer(std::function<QStringList(const QString &caption)> answer);
};

} // namespace plaint
