#include "json_reader.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace coach::protocol {

namespace {

std::string quoted(std::string_view text) {
    constexpr std::size_t shown = 40;
    std::string out = "\"";
    out += text.substr(0, shown);
    if (text.size() > shown) {
        out += "...";
    }
    return out + "\"";
}

}  // namespace

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

void ObjectReader::only(std::initializer_list<std::string_view> known) const {
    for (const auto& [key, value] : object_) {
        if (key == "notes" || std::find(known.begin(), known.end(), key) != known.end()) {
            continue;
        }
        std::string expected;
        for (const auto name : known) {
            expected += (expected.empty() ? "" : ", ") + std::string{name};
        }
        problems_.add(pointer_to(key), "unknown field; expected one of " + expected + ", notes");
    }
}

const boost::json::value* ObjectReader::field(std::string_view key, bool required) const {
    const auto* value = object_.if_contains(key);
    if (value == nullptr || value->is_null()) {
        if (required) {
            problems_.add(pointer_to(key), "required, missing");
        }
        return nullptr;
    }
    return value;
}

std::optional<int> read_integer(const boost::json::value& value, int min, int max,
                                const std::string& pointer, Problems& problems) {
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
        problems.add(pointer, "expected integer " + std::to_string(min) + ".." + std::to_string(max)
                                  + ", got " + describe(value));
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

std::optional<int> ObjectReader::integer(std::string_view key, int min, int max,
                                         bool required) const {
    const auto* value = field(key, required);
    if (value == nullptr) {
        return std::nullopt;
    }
    return read_integer(*value, min, max, pointer_to(key), problems_);
}

std::optional<std::string> ObjectReader::string(std::string_view key, bool required) const {
    const auto* value = field(key, required);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (!value->is_string() || (required && value->get_string().empty())) {
        problems_.add(pointer_to(key), "expected a non-empty string, got " + describe(*value));
        return std::nullopt;
    }
    return std::string{value->get_string()};
}

std::optional<bool> ObjectReader::boolean(std::string_view key, bool required) const {
    const auto* value = field(key, required);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (!value->is_bool()) {
        problems_.add(pointer_to(key), "expected true or false, got " + describe(*value));
        return std::nullopt;
    }
    return value->get_bool();
}

const boost::json::array* ObjectReader::array_field(std::string_view key, bool required) const {
    const auto* value = field(key, required);
    if (value == nullptr) {
        return nullptr;
    }
    if (!value->is_array()) {
        problems_.add(pointer_to(key), "expected an array, got " + describe(*value));
        return nullptr;
    }
    if (required && value->get_array().empty()) {
        problems_.add(pointer_to(key), "must not be empty");
        return nullptr;
    }
    return &value->get_array();
}

std::vector<std::string> ObjectReader::strings(std::string_view key, bool required) const {
    std::vector<std::string> out;
    const auto* array = array_field(key, required);
    if (array == nullptr) {
        return out;
    }
    std::size_t index = 0;
    for (const auto& element : *array) {
        if (element.is_string() && !element.get_string().empty()) {
            out.emplace_back(element.get_string());
        } else {
            problems_.add(child_pointer(pointer_to(key), index),
                          "expected a non-empty string, got " + describe(element));
        }
        ++index;
    }
    return out;
}

std::optional<ObjectReader> ObjectReader::object(std::string_view key, bool required) const {
    const auto* value = field(key, required);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (!value->is_object()) {
        problems_.add(pointer_to(key), "expected an object, got " + describe(*value));
        return std::nullopt;
    }
    return ObjectReader{value->get_object(), pointer_to(key), problems_};
}

std::optional<boost::json::value> parse_document(std::string_view text, Problems& problems) {
    boost::json::parse_options options;
    options.max_depth = 64;
    boost::json::stream_parser parser{{}, options};
    boost::json::error_code error;
    const std::size_t consumed = parser.write(text.data(), text.size(), error);
    if (!error) {
        parser.finish(error);
    }
    if (error) {
        const auto before = text.substr(0, consumed);
        const auto line = 1 + std::count(before.begin(), before.end(), '\n');
        const auto line_start = before.rfind('\n');
        const auto column =
            consumed - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
        problems.add("", "not valid JSON at line " + std::to_string(line) + ", column "
                             + std::to_string(column) + ": " + error.message());
        return std::nullopt;
    }
    auto value = parser.release();
    if (!value.is_object()) {
        problems.add("", "expected a JSON object, got " + describe(value));
        return std::nullopt;
    }
    return value;
}

}  // namespace coach::protocol
