#pragma once

#include <QtGlobal>

#include <type_traits>
#include <utility>

namespace plaint::eventfields {

// The core's Event is gaining the time kept on hold and the time spent
// travelling (-1 when not recorded) and a flag for the company's final
// answer. Analysis reads them through these functions, so it reports them
// as soon as the core records them and says "not recorded" until then.

template <typename E, typename = void>
struct HasHold : std::false_type {};
template <typename E>
struct HasHold<E, std::void_t<decltype(std::declval<const E &>().holdSeconds)>> : std::true_type {};

template <typename E, typename = void>
struct HasTravel : std::false_type {};
template <typename E>
struct HasTravel<E, std::void_t<decltype(std::declval<const E &>().travelSeconds)>> : std::true_type {};

template <typename E, typename = void>
struct HasFinalAnswer : std::false_type {};
template <typename E>
struct HasFinalAnswer<E, std::void_t<decltype(std::declval<const E &>().finalAnswer)>> : std::true_type {};

template <typename E>
qint64 holdSeconds(const E &e)
{
    if constexpr (HasHold<E>::value)
        return qint64(e.holdSeconds);
    else
        return -1;
}

template <typename E>
qint64 travelSeconds(const E &e)
{
    if constexpr (HasTravel<E>::value)
        return qint64(e.travelSeconds);
    else
        return -1;
}

template <typename E>
bool isFinalAnswer(const E &e)
{
    if constexpr (HasFinalAnswer<E>::value)
        return bool(e.finalAnswer);
    else
        return false;
}

} // namespace plaint::eventfields
