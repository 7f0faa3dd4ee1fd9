#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace plaint {

// The outcome of an operation that can fail for reasons the user must read:
// either a value, or an error sentence meant for people, never both.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString error) { return Result(std::nullopt, std::move(error)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const & { return *m_value; }
    const QString &error() const { return m_error; }

private:
    Result(std::nullopt_t, QString error) : m_error(std::move(error)) {}
    std::optional<T> m_value;
    QString m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    static Result failure(QString error)
    {
        Result r;
        r.m_error = std::move(error);
        r.m_failed = true;
        return r;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace plaint
