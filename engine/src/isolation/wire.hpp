#pragma once

#include <boost/pfr/core.hpp>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "coach/sdk/date.hpp"
#include "coach/sdk/enum_names.hpp"

// The binary encoding of the data model on the channel between the engine and its plugin workers.
// Both ends are the same build of the engine, so the encoding carries no schema and no version:
// the fields of a struct follow one another in declaration order (Boost.PFR walks them, so a
// field added to the data model crosses without a change here), integers and enums in the
// machine's byte order, a Date as its day number, strings and vectors behind a 32-bit count,
// and an optional behind a presence byte.
//
// The engine trusts no worker, so Reader checks every step: a count that runs past the bytes
// left, an enum value outside its table, a bool that is neither 0 nor 1, or bytes left over, and
// the message is refused as a whole.
namespace coach::isolation::wire {

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};

// The enums of the data model: each has a table of names (enum_names.hpp), which says which
// values are valid.
template <class T>
concept NamedEnum = std::is_enum_v<T> && requires {
    enum_names<T>::table;
};

// Counts the bytes an encoding would take, writing none.
struct ByteCount {
    std::size_t bytes = 0;
    void push_back(char /*byte*/) { ++bytes; }
    void append(const char* /*data*/, std::size_t size) { bytes += size; }
    void append(const std::string& text) { bytes += text.size(); }
};

// Appends values to `Out`: a byte string, or a ByteCount. [thread-compatible]
template <class Out>
class BasicWriter {
  public:
    explicit BasicWriter(Out& out) : out_(out) {}

    template <class T>
    void write(const T& value) {
        if constexpr (std::is_same_v<T, bool>) {
            out_.push_back(value ? '\1' : '\0');
        } else if constexpr (std::is_integral_v<T>) {
            raw(value);
        } else if constexpr (NamedEnum<T>) {
            raw(static_cast<std::underlying_type_t<T>>(value));
        } else if constexpr (std::is_same_v<T, Date>) {
            raw(value.days_since_epoch());
        } else if constexpr (std::is_same_v<T, std::string>) {
            count(value.size());
            out_.append(value);
        } else if constexpr (is_optional<T>::value) {
            write(value.has_value());
            if (value) {
                write(*value);
            }
        } else if constexpr (is_vector<T>::value) {
            count(value.size());
            for (const auto& element : value) {
                write(element);
            }
        } else {
            static_assert(std::is_aggregate_v<T>, "the wire carries the data model's aggregates");
            boost::pfr::for_each_field(value, [this](const auto& field) { this->write(field); });
        }
    }

  private:
    template <class Integer>
    void raw(Integer value) {
        char bytes[sizeof value];
        std::memcpy(bytes, &value, sizeof value);
        out_.append(bytes, sizeof value);
    }
    void count(std::size_t size) { raw(static_cast<std::uint32_t>(size)); }

    Out& out_;
};

using Writer = BasicWriter<std::string>;

// Reads values back from bytes that may come from a misbehaving process. Each read() returns
// false, and every later one too, at the first byte that does not fit. [thread-compatible]
class Reader {
  public:
    explicit Reader(std::string_view bytes) : rest_(bytes) {}

    // Whether everything read so far fitted and no byte is left.
    bool finished() const { return ok_ && rest_.empty(); }

    template <class T>
    bool read(T& value) {
        if (!ok_) {
            return false;
        }
        if constexpr (std::is_same_v<T, bool>) {
            std::uint8_t byte = 0;
            if (raw(byte) && byte > 1) {
                ok_ = false;
            }
            value = byte == 1;
        } else if constexpr (std::is_integral_v<T>) {
            raw(value);
        } else if constexpr (NamedEnum<T>) {
            std::underlying_type_t<T> underlying{};
            if (raw(underlying)) {
                value = static_cast<T>(underlying);
                ok_ = is_named(value);
            }
        } else if constexpr (std::is_same_v<T, Date>) {
            int days = 0;
            if (raw(days)) {
                value = Date::from_days(days);
            }
        } else if constexpr (std::is_same_v<T, std::string>) {
            if (const auto size = count()) {
                value = std::string{rest_.data(), *size};  // cheaper than assign() for new text
                rest_.remove_prefix(*size);
            }
        } else if constexpr (is_optional<T>::value) {
            bool present = false;
            if (read(present) && present) {
                read(value.emplace());
            } else {
                value.reset();
            }
        } else if constexpr (is_vector<T>::value) {
            if (const auto size = count()) {
                // No reserve: the count is only a claim; the vector grows as elements arrive.
                value.clear();
                for (std::size_t i = 0; i < *size && read(value.emplace_back()); ++i) {
                }
            }
        } else {
            static_assert(std::is_aggregate_v<T>, "the wire carries the data model's aggregates");
            boost::pfr::for_each_field(value, [this](auto& field) { this->read(field); });
        }
        return ok_;
    }

  private:
    template <class Integer>
    bool raw(Integer& value) {
        if (rest_.size() < sizeof value) {
            return ok_ = false;
        }
        std::memcpy(&value, rest_.data(), sizeof value);
        rest_.remove_prefix(sizeof value);
        return true;
    }
    // A string's or vector's count; every element takes at least one byte, so a count above the
    // bytes left cannot be true.
    std::optional<std::size_t> count() {
        std::uint32_t size = 0;
        if (!raw(size) || size > rest_.size()) {
            ok_ = false;
            return std::nullopt;
        }
        return size;
    }
    template <class Enum>
    static bool is_named(Enum value) {
        for (const auto& entry : enum_names<Enum>::table) {
            if (entry.first == value) {
                return true;
            }
        }
        return false;
    }

    std::string_view rest_;
    bool ok_ = true;
};

// `parts` one after the other.
template <class... Parts>
void append(std::string& out, const Parts&... parts) {
    Writer writer{out};
    (writer.write(parts), ...);
}

// How many bytes `value` takes in this encoding, without encoding it. [thread-safe]
template <class T>
std::size_t encoded_size(const T& value) {
    ByteCount count;
    BasicWriter<ByteCount>{count}.write(value);
    return count.bytes;
}

// Fills `parts` from `bytes`, which must hold exactly them.
template <class... Parts>
bool read_exactly(std::string_view bytes, Parts&... parts) {
    Reader reader{bytes};
    (reader.read(parts), ...);
    return reader.finished();
}

}  // namespace coach::isolation::wire
