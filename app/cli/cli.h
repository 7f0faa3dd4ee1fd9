#pragma once

#include <QStringList>

namespace plaint::cli {

// Exit codes, documented in README.
enum ExitCode : int {
    Success = 0,
    VerificationFailed = 1, // verify found something wrong
    BadInput = 2,           // usage, bad values, unknown ids, unreadable library: nothing was written
    Cancelled = 130,        // interrupted (Ctrl+C) during an import: nothing was written
};

// Runs one CLI invocation; `arguments` include the program name.
int run(const QStringList &arguments);

// Whether these arguments ask for the command line (a verb, --help, --version,
// or something it must answer with an error) rather than the window.
bool wantsCommandLine(const QStringList &arguments);

// An existing file given alone (and not a verb), as a file manager passes
// it on a double-click, whatever its name: the window opens and decides by
// its content what to offer (CaseFileActions::planOpening). Empty when there
// is none.
QString fileFrom(const QStringList &arguments);

// The library the arguments name, or the user's own (its folder is made).
QString libraryPathFrom(const QStringList &arguments);

// The overview printed by `plaint --help` and by `plaint` with no verb.
QString overview();

} // namespace plaint::cli
