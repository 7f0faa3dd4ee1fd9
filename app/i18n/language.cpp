#include "language.h"

#include <QHash>
#include <QLibraryInfo>
#include <QMutex>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

const QString kSettingsKey = u"language"_s;

// Where a translated text came from, so that it can be translated again
// when the language changes while the window is open.
struct Source
{
    QByteArray context;
    QByteArray text;
    QByteArray disambiguation;
    int n = -1;
};

// Every text Plaint (or Qt) translated, by what it read on screen; kept
// across languages, so a window built in English follows a switch to
// Chinese and back. Bounded by the number of messages, not by use.
struct Memory
{
    QMutex mutex;
    QHash<QString, Source> sources;
};

Memory &memory()
{
    static Memory m;
    return m;
}

// The one translator Plaint installs: it asks Plaint's own translation, then
// Qt's, and remembers which source each text it hands out came from
// (including the English source texts it leaves as they are).
class RecordingTranslator final : public QTranslator
{
public:
    std::vector<std::unique_ptr<QTranslator>> inner;

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (!context || !sourceText)
            return {};
        QString result;
        for (const auto &t : inner) {
            result = t->translate(context, sourceText, disambiguation, n);
            if (!result.isNull())
                break;
        }
        const QString shown = result.isNull() ? QString::fromUtf8(sourceText) : result;
        Memory &m = memory();
        QMutexLocker lock(&m.mutex);
        if (!m.sources.contains(shown))
            m.sources.insert(shown, Source {context, sourceText, disambiguation ? QByteArray(disambiguation) : QByteArray(), n});
        return result;
    }
};

struct Installed
{
    QString code;
    std::unique_ptr<RecordingTranslator> translator;
};

Installed &installed()
{
    static Installed state;
    return state;
}

QLocale localeFor(const QString &code)
{
    if (code == Language::SimplifiedChinese)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    if (code == Language::TraditionalChinese)
        return QLocale(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::Taiwan);
    // English chosen on a system in another language: US conventions; on an
    // English system, keep its own (en_GB dates stay day-first).
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::English)
        return system;
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

QList<Language::Choice> Language::choices()
{
    return {{QString(), tr("System language")}, {English, u"English"_s}, {SimplifiedChinese, u"简体中文"_s},
        {TraditionalChinese, u"繁體中文"_s}};
}

QString Language::stored()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    return code == English || code == SimplifiedChinese || code == TraditionalChinese ? code : QString();
}

void Language::store(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
}

QString Language::forLocale(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return English;
    if (locale.script() == QLocale::TraditionalHanScript)
        return TraditionalChinese;
    if (locale.script() == QLocale::SimplifiedHanScript)
        return SimplifiedChinese;
    switch (locale.territory()) {
    case QLocale::Taiwan:
    case QLocale::HongKong:
    case QLocale::Macao:
        return TraditionalChinese;
    default:
        return SimplifiedChinese;
    }
}

QString Language::forSystem()
{
    // The first of the user's languages Plaint speaks wins: a German who
    // reads Chinese second gets Chinese rather than falling to English.
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QLocale locale(name);
        if (locale.language() == QLocale::Chinese || locale.language() == QLocale::English)
            return forLocale(locale);
    }
    return English;
}

QString Language::apply(const QString &code)
{
    Installed &state = installed();
    const bool followSystem = code.isEmpty();
    const QString applied = followSystem ? forSystem() : code;
    QLocale::setDefault(followSystem ? QLocale::system() : localeFor(applied));

    auto translator = std::make_unique<RecordingTranslator>();
    auto load = [&translator](const QString &name, const QString &folder) {
        auto inner = std::make_unique<QTranslator>();
        if (inner->load(name, folder))
            translator->inner.push_back(std::move(inner));
    };
    // English is the source language; its file only carries plural forms.
    load(u"plaint_"_s + applied, u":/i18n"_s);
    // Qt's own strings (standard buttons, context menus), when installed.
    if (applied != English)
        load(u"qtbase_"_s + applied, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // The new one goes in before the old one leaves, so that no text is ever
    // looked up with no translator at all.
    QCoreApplication::installTranslator(translator.get());
    if (state.translator)
        QCoreApplication::removeTranslator(state.translator.get());
    state.translator = std::move(translator);
    state.code = applied;
    return applied;
}

QString Language::translated(const QString &code, const char *context, const char *source)
{
    QTranslator translator;
    if (translator.load(u"plaint_"_s + code, u":/i18n"_s)) {
        const QString text = translator.translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

QString Language::current()
{
    return installed().code;
}

QString Language::retranslate(const QString &text)
{
    Source source;
    {
        Memory &m = memory();
        QMutexLocker lock(&m.mutex);
        const auto it = m.sources.constFind(text);
        // A plural's template never reads as it is on screen: its count is in it.
        if (it == m.sources.constEnd() || it->n >= 0)
            return {};
        source = *it;
    }
    return QCoreApplication::translate(source.context.constData(), source.text.constData(),
        source.disambiguation.isEmpty() ? nullptr : source.disambiguation.constData());
}

} // namespace plaint
