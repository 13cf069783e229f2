#include "json_reader.hpp"

#include <algorithm>

#include "strict_json/parse.hpp"

namespace coach::protocol {

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
    auto number = strict_json::integer_in(value, min, max);
    if (!number) {
        problems.add(pointer, strict_json::integer_expected(min, max, value));
    }
    return number;
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
    // The reader athlete records go through: a repeated key, a byte-order mark or trailing
    // content is refused here as there, never settled silently.
    strict_json::ParseFailure failure;
    auto value = strict_json::parse_strict(text, failure);
    if (!value) {
        problems.add(std::move(failure.pointer), std::move(failure.message));
        return std::nullopt;
    }
    if (!value->is_object()) {
        problems.add("", "expected a JSON object, got " + describe(*value));
        return std::nullopt;
    }
    return value;
}

}  // namespace coach::protocol
