#pragma once

// Runs the real `plaint` binary on a library, as a user's script would, with
// its own data folder and a fixed time zone (Asia/Shanghai: the offsets users
// in the stories were on).

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace plaint::test {

using namespace Qt::StringLiterals;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class PlaintRunner final
{
public:
    // `home` holds the XDG data folder and is the working directory.
    PlaintRunner(QString home, QString library) : m_home(std::move(home)), m_library(std::move(library)) {}

    Run run(const QStringList &args, const QString &library = {}) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, QDir(m_home).filePath(u"xdg"_s));
        env.insert(u"TZ"_s, u"Asia/Shanghai"_s);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_home);
        process.start(QStringLiteral(PLAINT_BINARY),
                      QStringList{u"--library"_s, library.isEmpty() ? m_library : library} + args);
        if (!process.waitForFinished(60000))
            qFatal("plaint did not finish");
        return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    }

    // The id a verb such as "case add" prints, or -1 when it failed.
    qint64 addedId(const QStringList &args, const QString &library = {}) const
    {
        const Run r = run(args, library);
        if (r.exitCode != 0)
            qWarning("plaint %s failed: %s", qPrintable(args.join(u' ')), qPrintable(r.err));
        bool ok = false;
        const qint64 id = r.out.trimmed().toLongLong(&ok);
        return ok ? id : -1;
    }

private:
    QString m_home;
    QString m_library;
};

} // namespace plaint::test
