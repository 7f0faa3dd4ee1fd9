#pragma once

#include "library.h"
#include "result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <optional>

namespace plaint::cli {

// What every verb handler gets: the parsed arguments, the streams, and the
// library, opened only when the handler asks for it.
class Command final
{
    Q_DECLARE_TR_FUNCTIONS(Command)
    Q_DISABLE_COPY_MOVE(Command)

public:
    Command(QString verb, QStringList arguments, QString libraryPath, QTextStream &out, QTextStream &err);

    // Parses the verb's arguments; prints the problem and returns false on bad usage.
    bool parse(const QList<QCommandLineOption> &options, int positionalMin = 0, int positionalMax = 0,
               const QString &positionalName = {});
    const QCommandLineParser &args() const { return m_parser; }
    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }

    // Opens the library on first use. Only a verb that starts something
    // (case add) may create a missing library; the others report it.
    enum class Create { No, Yes };
    Library *library(Library::OpenMode mode = Library::OpenMode::ReadWrite, Create create = Create::No);
    bool libraryExists() const;

    // A case and its live timeline with promises and evidence, from the library
    // opened read-only; on failure the problem is printed and nothing returned.
    struct CaseTimeline
    {
        Library *library = nullptr;
        Case info;
        QList<Event> events;
    };
    std::optional<CaseTimeline> caseWithTimeline(qint64 caseId);
    QString libraryPath() const { return m_libraryPath; }
    void setLibraryPath(const QString &path) { m_libraryPath = path; }
    // The verb's arguments as typed, for verbs whose grammar QCommandLineParser cannot express.
    const QStringList &rawArguments() const { return m_arguments; }

    // Prints one line to stderr and returns ExitCode::BadInput.
    int fail(const QString &message);
    void print(const QString &line);
    // One line for the person at the terminal, on stderr, beside output meant for scripts.
    void note(const QString &line);
    void printJson(const QJsonObject &object);

    // Value parsers: each names the option and the expected form on failure.
    Result<qint64> id(const QString &option);
    Result<QDateTime> dateTime(const QString &option, bool endOfDayWhenDateOnly = false);
    Result<qint64> minutesAsSeconds(const QString &option);
    // The moment given by --as-of, or now when it was not given.
    Result<QDateTime> asOf();
    bool required(const QStringList &options);

    QTextStream &out() { return m_out; }

private:
    QString m_verb;
    QStringList m_arguments;
    QString m_libraryPath;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    std::unique_ptr<Library> m_library;
};

int caseCommand(Command &command, const QString &action);
int caseTransferCommand(Command &command, const QString &action); // case export, case import
int eventCommand(Command &command, const QString &action);
int promiseCommand(Command &command, const QString &action);
int attachCommand(Command &command);
int evidenceCommand(Command &command, const QString &action);
int searchCommand(Command &command);
int showCommand(Command &command);
int verifyCommand(Command &command);
int exportCommand(Command &command);
int promisesCommand(Command &command);
int deadlinesCommand(Command &command);
int analyseCommand(Command &command);
int suggestCommand(Command &command);
int importCommand(Command &command, const QString &kind);

} // namespace plaint::cli
