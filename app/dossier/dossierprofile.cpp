#include "dossierprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plaint {

namespace {

const QString kBase = u":/plaint/dossier/"_s;

// The ids of the data files in a resource folder, without ".json".
QStringList idsIn(const QString &folder)
{
    QStringList ids;
    for (const QString &file : QDir(kBase + folder).entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        ids << file.chopped(5);
    return ids;
}

bool safeId(const QString &id)
{
    static const QRegularExpression form(u"^[A-Za-z0-9_-]{1,40}$"_s);
    return form.match(id).hasMatch();
}

} // namespace

static Result<QJsonObject> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("Dossier", "The dossier data file %1 is missing.").arg(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Result<QJsonObject>::failure(QCoreApplication::translate("Dossier", "The dossier data file %1 is damaged: %2.")
                                                .arg(path, error.errorString()));
    return doc.object();
}

// {"en": "...", "zh_CN": "..."}: the language's own, else Simplified for
// Traditional (better than English for that reader), else English.
static QString localized(const QJsonValue &value, const QString &language)
{
    if (value.isString())
        return value.toString();
    const QJsonObject o = value.toObject();
    for (const QString &key : {language, language == u"zh_TW" ? u"zh_CN"_s : QString(), u"en"_s})
        if (!key.isEmpty() && o.contains(key))
            return o.value(key).toString();
    return {};
}

QStringList DossierProfile::jurisdictions()
{
    QStringList codes = idsIn(u"jurisdictions"_s);
    if (codes.removeAll(u"generic"_s) > 0)
        codes << u"generic"_s;
    return codes;
}

QStringList DossierProfile::audiences()
{
    QList<QPair<int, QString>> ordered;
    for (const QString &id : idsIn(u"audiences"_s)) {
        auto file = readJson(kBase + u"audiences/"_s + id + u".json"_s);
        ordered.append({file ? file->value(u"order"_s).toInt(1000) : 1000, id});
    }
    std::sort(ordered.begin(), ordered.end());
    QStringList ids;
    for (const auto &[order, id] : std::as_const(ordered))
        ids << id;
    return ids;
}

QStringList DossierProfile::languages() { return {u"en"_s, u"zh_CN"_s, u"zh_TW"_s}; }

QString DossierProfile::jurisdictionName(const QString &code, const QString &language)
{
    auto file = safeId(code) ? readJson(kBase + u"jurisdictions/"_s + code + u".json"_s) : Result<QJsonObject>::failure({});
    const QString name = file ? localized(file->value(u"name"_s), language) : QString();
    return name.isEmpty() ? code : name;
}

QString DossierProfile::audienceName(const QString &id, const QString &language)
{
    auto file = safeId(id) ? readJson(kBase + u"audiences/"_s + id + u".json"_s) : Result<QJsonObject>::failure({});
    const QString name = file ? localized(file->value(u"name"_s), language) : QString();
    return name.isEmpty() ? id : name;
}

Result<DossierProfile> DossierProfile::load(const QString &audience, const QString &jurisdiction, const QString &language)
{
    using R = Result<DossierProfile>;
    if (!languages().contains(language))
        return R::failure(QCoreApplication::translate("Dossier", "Unknown dossier language \"%1\": use en, zh_CN or zh_TW.")
                              .arg(language));
    // A jurisdiction or an audience is whatever has a file.
    const QString jurisdictionPath = kBase + u"jurisdictions/"_s + jurisdiction + u".json"_s;
    if (!safeId(jurisdiction) || !QFile::exists(jurisdictionPath))
        return R::failure(QCoreApplication::translate("Dossier", "Unknown jurisdiction \"%1\": use %2.")
                              .arg(jurisdiction, jurisdictions().join(u", "_s)));
    const QString audiencePath = kBase + u"audiences/"_s + audience + u".json"_s;
    if (!safeId(audience) || !QFile::exists(audiencePath))
        return R::failure(QCoreApplication::translate("Dossier", "Unknown audience \"%1\": use %2.")
                              .arg(audience, audiences().join(u", "_s)));

    auto strings = readJson(kBase + u"strings.json"_s);
    if (!strings)
        return R::failure(strings.error());
    auto audienceFile = readJson(audiencePath);
    if (!audienceFile)
        return R::failure(audienceFile.error());
    auto jurisdictionFile = readJson(jurisdictionPath);
    if (!jurisdictionFile)
        return R::failure(jurisdictionFile.error());

    DossierProfile p;
    p.m_language = language;
    p.m_jurisdiction = jurisdiction;
    p.m_audience = audience;
    const QJsonObject english = strings->value(u"en"_s).toObject();
    for (const QString &key : english.keys())
        if (!key.endsWith(u"_one"_s)) // optional forms
            p.m_requiredKeys << key;
    auto merge = [&p](const QJsonObject &o) {
        for (auto it = o.begin(); it != o.end(); ++it)
            p.m_text.insert(it.key(), it.value().toString());
    };
    merge(strings->value(language).toObject());
    const QJsonObject audienceStrings = audienceFile->value(u"strings"_s).toObject();
    merge(audienceStrings.value(language).toObject());
    p.m_locale = QLocale(p.text(u"locale"_s));

    for (const QJsonValue &v : audienceFile->value(u"sections"_s).toArray())
        p.m_sections << v.toString();
    for (const QJsonValue &v : audienceFile->value(u"index_columns"_s).toArray())
        p.m_indexColumns << v.toString();

    p.m_authority = localized(jurisdictionFile->value(u"authorities"_s).toObject().value(audience), language);
    for (const QJsonValue &v : jurisdictionFile->value(u"required"_s).toObject().value(audience).toArray()) {
        if (v.isString())
            p.m_requirements.append({v.toString(), -1});
        else
            p.m_requirements.append({v.toObject().value(u"field"_s).toString(), v.toObject().value(u"waived_after_days"_s).toInt(-1)});
    }
    p.m_currency = jurisdictionFile->value(u"currency"_s).toString();
    const QJsonObject form = jurisdictionFile->value(u"form"_s).toObject();
    p.m_formSource = localized(form.value(u"source"_s), language);
    for (const QJsonValue &v : form.value(u"questions"_s).toArray()) {
        const QJsonObject q = v.toObject();
        p.m_form.append({q.value(u"answer"_s).toString(), localized(q, language)});
    }
    for (const QJsonValue &v : jurisdictionFile->value(u"legal"_s).toArray()) {
        const QJsonObject l = v.toObject();
        const QJsonArray audiences = l.value(u"audiences"_s).toArray();
        if (!audiences.isEmpty() && !audiences.contains(audience))
            continue;
        p.m_legal.append({localized(l, language), l.value(u"source"_s).toString()});
    }
    return p;
}

QString DossierProfile::text(const QString &key) const
{
    QString value = m_text.value(key, key);
    // The parties are named as this audience names them (投诉人, 申诉人, 原告;
    // the complainant, the claimant), in every sentence that mentions them.
    if (value.contains(u'{')) {
        value.replace(u"{party}"_s, m_text.value(u"party"_s));
        value.replace(u"{Party}"_s, m_text.value(u"party_cap"_s));
        value.replace(u"{other}"_s, m_text.value(u"other"_s));
    }
    return value;
}

QString DossierProfile::text(const QString &key, qint64 count) const
{
    if (count == 1 && m_text.contains(key + u"_one"_s))
        return text(key + u"_one"_s);
    return text(key);
}

QString DossierProfile::format(const QString &key, const QStringList &args, qint64 count) const
{
    const QString pattern = text(key, count);
    QString out;
    out.reserve(pattern.size() + 64);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u'%' && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            const int n = pattern.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += pattern.at(i);
    }
    return out;
}

QStringList DossierProfile::missingKeys() const
{
    QStringList missing;
    for (const QString &key : m_requiredKeys)
        if (!m_text.contains(key) || (m_text.value(key).isEmpty() && !key.endsWith(u"_join"_s))) // a join may be nothing (Chinese)
            missing << key;
    return missing;
}

QString DossierProfile::date(const QDate &day) const
{
    return day.isValid() ? m_locale.toString(day, text(u"date_format"_s)) : QString();
}

QString DossierProfile::zone(int offset)
{
    return u"UTC%1%2:%3"_s.arg(offset < 0 ? QStringLiteral("−") : QStringLiteral("+"))
        .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
        .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString DossierProfile::dateTime(const QDateTime &at) const
{
    if (!at.isValid())
        return {};
    // The time the user lived it, in the offset they were in.
    const int offset = at.offsetFromUtc();
    const QString when = m_locale.toString(at.toOffsetFromUtc(offset), text(u"datetime_format"_s));
    if (m_commonOffset && *m_commonOffset == offset)
        return when;
    return when + u' ' + zone(offset);
}

QString DossierProfile::money(const Money &amount) const
{
    if (amount.isNull())
        return {};
    const int digits = Money::minorDigits(amount.currency);
    double scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    // The locale's own symbol for its own currency; the ISO code otherwise,
    // which every reader can place (a Taiwanese reader of a CNY claim).
    const QString symbol = m_locale.currencySymbol(QLocale::CurrencyIsoCode) == amount.currency
        ? m_locale.currencySymbol(QLocale::CurrencySymbol)
        : amount.currency + QChar(0x00A0);
    return m_locale.toCurrencyString(double(amount.minor) / scale, symbol, digits);
}

QString DossierProfile::list(const QStringList &items) const
{
    return items.join(text(u"list_separator"_s));
}

QString DossierProfile::duration(qint64 seconds) const
{
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return text(u"minutes"_s).arg(minutes);
    if (minutes % 60 == 0)
        return text(u"hours"_s).arg(minutes / 60);
    return text(u"hours_minutes"_s).arg(minutes / 60).arg(minutes % 60);
}

} // namespace plaint
