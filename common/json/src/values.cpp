#include "strict_json/values.hpp"

#include <boost/json/serialize.hpp>
#include <cmath>
#include <limits>

namespace coach::strict_json {

std::string quoted(std::string_view text) {
    constexpr std::size_t shown = 40;
    std::string out = "\"";
    out += text.substr(0, shown);
    if (text.size() > shown) {
        out += "...";
    }
    return out + "\"";
}

std::string describe(const boost::json::value& value) {
    switch (value.kind()) {
        case boost::json::kind::null:
            return "null";
        case boost::json::kind::bool_:
            return value.get_bool() ? "true" : "false";
        case boost::json::kind::int64:
            return std::to_string(value.get_int64());
        case boost::json::kind::uint64:
            return std::to_string(value.get_uint64());
        case boost::json::kind::double_:
            return boost::json::serialize(value);
        case boost::json::kind::string:
            return quoted(value.get_string());
        case boost::json::kind::array:
            return "an array";
        case boost::json::kind::object:
            return "an object";
    }
    return "a value";
}

std::string child_pointer(std::string_view pointer, std::string_view token) {
    std::string out{pointer};
    out += '/';
    for (const char c : token) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

std::string child_pointer(std::string_view pointer, std::size_t index) {
    return std::string{pointer} + '/' + std::to_string(index);
}

std::optional<int> integer_in(const boost::json::value& value, int min, int max) {
    std::optional<long long> number;
    if (value.is_int64()) {
        number = value.get_int64();
    } else if (value.is_uint64()) {
        number = std::numeric_limits<long long>::max();
    } else if (value.is_double()) {
        const double d = value.get_double();
        if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 1e15) {
            number = static_cast<long long>(d);
        }
    }
    if (!number || *number < min || *number > max) {
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

std::string integer_expected(int min, int max, const boost::json::value& value) {
    return "expected integer " + std::to_string(min) + ".." + std::to_string(max) + ", got "
           + describe(value);
}

}  // namespace coach::strict_json
