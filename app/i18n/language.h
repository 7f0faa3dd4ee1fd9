#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace plaint {

// Which language Plaint speaks: the system's, or one the user picked
// (kept in QSettings). Translations are compiled in as resources under :/i18n.
class Language final
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    // Codes Plaint has translations for; the empty code means "follow the system".
    static inline const QString English = QStringLiteral("en");
    static inline const QString SimplifiedChinese = QStringLiteral("zh_CN");
    static inline const QString TraditionalChinese = QStringLiteral("zh_TW");

    struct Choice
    {
        QString code; // empty for the system's language
        QString name; // in its own language, so anyone can find theirs
    };
    static QList<Choice> choices();

    // The user's choice from the settings ("" when none).
    static QString stored();
    static void store(const QString &code);

    // The translation that serves a locale: zh_TW for Traditional Chinese
    // (Taiwan, Hong Kong, Macao), zh_CN for other Chinese, else English.
    static QString forLocale(const QLocale &locale);
    // forLocale() over the system's preferred UI languages, in order.
    static QString forSystem();

    // Installs Plaint's (and Qt's own) translations for `code` ("" = the
    // system's), replacing any installed before, and sets the default QLocale
    // so dates and numbers match the language. Qt then sends every widget a
    // LanguageChange event. Returns the code applied.
    static QString apply(const QString &code);
    // A text in a given language, whatever language is installed.
    static QString translated(const QString &code, const char *context, const char *source);
    // The code applied last ("" before apply()).
    static QString current();
    // What a text Plaint showed in one language reads in the one applied
    // now: the same message looked up again. Null for a text that did not
    // come from a translation as it stands (user data, or a message with
    // its %1 filled in).
    static QString retranslate(const QString &text);
};

} // namespace plaint
