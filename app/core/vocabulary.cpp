#include "vocabulary.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

template <typename E, std::size_t N>
using Table = std::array<std::pair<E, QStringView>, N>;

constexpr Table<Channel, 9> kChannels{{
    {Channel::Phone, u"phone"}, {Channel::Store, u"store"}, {Channel::App, u"app"},
    {Channel::Chat, u"chat"}, {Channel::Sms, u"sms"}, {Channel::Email, u"email"},
    {Channel::Letter, u"letter"}, {Channel::Social, u"social"}, {Channel::Note, u"note"},
}};
constexpr Table<Direction, 3> kDirections{{
    {Direction::Outgoing, u"out"}, {Direction::Incoming, u"in"}, {Direction::Note, u"note"},
}};
constexpr Table<CaseStatus, 4> kCaseStatuses{{
    {CaseStatus::Open, u"open"}, {CaseStatus::Escalated, u"escalated"},
    {CaseStatus::Resolved, u"resolved"}, {CaseStatus::Abandoned, u"abandoned"},
}};
constexpr Table<PromiseStatus, 3> kPromiseStatuses{{
    {PromiseStatus::Pending, u"pending"}, {PromiseStatus::Kept, u"kept"},
    {PromiseStatus::Broken, u"broken"},
}};
constexpr Table<Jurisdiction, 5> kJurisdictions{{
    {Jurisdiction::CN, u"CN"}, {Jurisdiction::US, u"US"}, {Jurisdiction::UK, u"UK"},
    {Jurisdiction::EU, u"EU"}, {Jurisdiction::Other, u"other"},
}};

template <typename E, std::size_t N>
QString nameOf(const Table<E, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return name.toString();
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const Table<E, N> &table, const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const auto &[e, name] : table) {
        if (trimmed.compare(name, Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QStringList namesOf(const Table<E, N> &table)
{
    QStringList names;
    for (const auto &entry : table)
        names << entry.second.toString();
    return names;
}

} // namespace

QString toString(Channel value) { return nameOf(kChannels, value); }
QString toString(Direction value) { return nameOf(kDirections, value); }
QString toString(CaseStatus value) { return nameOf(kCaseStatuses, value); }
QString toString(PromiseStatus value) { return nameOf(kPromiseStatuses, value); }
QString toString(Jurisdiction value) { return nameOf(kJurisdictions, value); }

std::optional<Channel> channelFromString(const QString &text) { return valueOf(kChannels, text); }
std::optional<Direction> directionFromString(const QString &text) { return valueOf(kDirections, text); }
std::optional<CaseStatus> caseStatusFromString(const QString &text) { return valueOf(kCaseStatuses, text); }
std::optional<PromiseStatus> promiseStatusFromString(const QString &text) { return valueOf(kPromiseStatuses, text); }
std::optional<Jurisdiction> jurisdictionFromString(const QString &text)
{
    // "GB" is what most people type for the United Kingdom.
    if (text.trimmed().compare(u"GB"_s, Qt::CaseInsensitive) == 0)
        return Jurisdiction::UK;
    return valueOf(kJurisdictions, text);
}

QStringList channelNames() { return namesOf(kChannels); }
QStringList directionNames() { return namesOf(kDirections); }
QStringList caseStatusNames() { return namesOf(kCaseStatuses); }
QStringList jurisdictionNames() { return namesOf(kJurisdictions); }

} // namespace plaint
