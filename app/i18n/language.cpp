#include "language.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

const QString kSettingsKey = u"language"_s;

struct Installed
{
    QString code;
    std::vector<std::unique_ptr<QTranslator>> translators;
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
    for (const auto &t : state.translators)
        QCoreApplication::removeTranslator(t.get());
    state.translators.clear();

    const bool followSystem = code.isEmpty();
    const QString applied = followSystem ? forSystem() : code;
    QLocale::setDefault(followSystem ? QLocale::system() : localeFor(applied));

    auto load = [&state](const QString &name, const QString &folder) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(name, folder) && QCoreApplication::installTranslator(translator.get()))
            state.translators.push_back(std::move(translator));
    };
    // English is the source language; its file only carries plural forms.
    load(u"plaint_"_s + applied, u":/i18n"_s);
    // Qt's own strings (standard buttons, context menus), when installed.
    if (applied != English)
        load(u"qtbase_"_s + applied, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
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

} // namespace plaint
