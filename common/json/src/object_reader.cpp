#include "strict_json/object_reader.hpp"

#include <algorithm>

#include "strict_json/parse.hpp"
#include "strict_json/values.hpp"

namespace coach::strict_json {

const boost::json::value* ObjectReader::field(std::string_view key, bool required) const {
    if (std::find(known_.begin(), known_.end(), key) == known_.end()) {
        known_.push_back(key);
    }
    const auto* value = object_.if_contains(key);
    if (value == nullptr || value->is_null()) {
        if (required) {
            // Null is no value, but the key is there: "missing" would send the author looking
            // for a key they can see (trial 70: "title": null).
            problems_.add(pointer_to(key),
                          value == nullptr ? "required, missing" : "required, got null");
        }
        return nullptr;
    }
    return value;
}

std::optional<int> read_integer(const boost::json::value& value, int min, int max,
                                const std::string& pointer, Problems& problems) {
    auto number = integer_in(value, min, max);
    if (!number) {
        problems.add(pointer, integer_expected(min, max, value));
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
    if (!value->is_string()) {
        problems_.add(pointer_to(key), "expected a string, got " + describe(*value));
        return std::nullopt;
    }
    return std::string{value->get_string()};
}

std::optional<std::string> ObjectReader::non_empty_string(std::string_view key,
                                                          bool required) const {
    auto text = string(key, required);
    if (text && text->find_first_not_of(" \t\r\n") == std::string::npos) {
        problems_.add(pointer_to(key), "must not be empty");
        return std::nullopt;
    }
    return text;
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

const boost::json::array* ObjectReader::array_field(std::string_view key, bool required) const {
    return array_of(key, required, "an array");
}

const boost::json::array* ObjectReader::array_of(std::string_view key, bool required,
                                                 std::string_view expected) const {
    const auto* value = field(key, required);
    if (value == nullptr) {
        return nullptr;
    }
    if (!value->is_array()) {
        problems_.add(pointer_to(key),
                      "expected " + std::string{expected} + ", got " + describe(*value));
        return nullptr;
    }
    if (required && value->get_array().empty()) {
        problems_.add(pointer_to(key), "must not be empty");
        return nullptr;
    }
    return &value->get_array();
}

std::vector<std::string> ObjectReader::strings(std::string_view key, bool required,
                                               Elements elements) const {
    std::vector<std::string> out;
    const auto* array = array_of(key, required, "an array of strings");
    if (array == nullptr) {
        return out;
    }
    const auto at = pointer_to(key);
    const bool non_empty = elements == Elements::non_empty;
    std::size_t index = 0;
    for (const auto& element : *array) {
        if (element.is_string() && !(non_empty && element.get_string().empty())) {
            out.emplace_back(element.get_string());
        } else {
            problems_.add(child_pointer(at, index), std::string{"expected a "}
                                                        + (non_empty ? "non-empty " : "")
                                                        + "string, got " + describe(element));
        }
        ++index;
    }
    return out;
}

std::optional<boost::json::value> parse_object(std::string_view text, Problems& problems) {
    ParseFailure failure;
    auto value = parse_strict(text, failure);
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

void expect_schema(const ObjectReader& document, std::string_view expected) {
    const auto schema = document.string("schema", true);
    if (schema && *schema != expected) {
        document.problems().add(
            "/schema", "expected \"" + std::string{expected} + "\", got " + quoted(*schema));
    }
}

}  // namespace coach::strict_json
