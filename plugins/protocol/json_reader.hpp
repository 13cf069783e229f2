#pragma once

#include <boost/json.hpp>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/date.hpp"
#include "coach/sdk/enum_names.hpp"
#include "strict_json/values.hpp"

// Reads a hand-written JSON document, collecting one Problem (with its JSON pointer) for every
// value that is missing, of the wrong type, out of range or not a known field. Parsing and the
// wording of problems are the engine's own (common/json, linked statically: a plugin cannot link
// the engine).
namespace coach::protocol {

struct Problem {
    std::string pointer;  // RFC 6901; "" is the whole document
    std::string message;

    std::string to_string() const { return pointer.empty() ? message : pointer + ": " + message; }
};

using strict_json::child_pointer;
using strict_json::describe;

class Problems {
  public:
    void add(std::string pointer, std::string message) {
        list_.push_back({std::move(pointer), std::move(message)});
    }
    const std::vector<Problem>& list() const { return list_; }
    bool empty() const { return list_.empty(); }

  private:
    std::vector<Problem> list_;
};

// A JSON object being read, and where it sits in the document.
class ObjectReader {
  public:
    ObjectReader(const boost::json::object& object, std::string pointer, Problems& problems)
        : object_(object), pointer_(std::move(pointer)), problems_(problems) {}

    const std::string& pointer() const { return pointer_; }
    std::string pointer_to(std::string_view key) const { return child_pointer(pointer_, key); }
    Problems& problems() const { return problems_; }
    bool has(std::string_view key) const { return field(key, false) != nullptr; }
    const boost::json::object& fields() const { return object_; }

    // A problem for every field not in `known`: hand-written files misspell keys, and a
    // misspelt dose must not be silently ignored. "notes" is always allowed, for comments.
    void only(std::initializer_list<std::string_view> known) const;

    // The field's value, or nullptr when absent or null (a problem when required).
    const boost::json::value* field(std::string_view key, bool required) const;

    std::optional<int> integer(std::string_view key, int min, int max, bool required) const;
    std::optional<std::string> string(std::string_view key, bool required) const;
    std::optional<bool> boolean(std::string_view key, bool required) const;
    // An array of strings; a problem when required and absent or empty.
    std::vector<std::string> strings(std::string_view key, bool required) const;
    std::optional<ObjectReader> object(std::string_view key, bool required) const;

    // Each element of an array field that is an object; a problem for every other element, and
    // for an absent or empty array when required.
    template <class Read>
    void each_object(std::string_view key, bool required, Read&& read) const {
        const auto* array = array_field(key, required);
        if (array == nullptr) {
            return;
        }
        const auto at = pointer_to(key);
        std::size_t index = 0;
        for (const auto& element : *array) {
            const auto element_at = child_pointer(at, index++);
            if (!element.is_object()) {
                problems_.add(element_at, "expected an object, got " + describe(element));
                continue;
            }
            read(ObjectReader{element.get_object(), element_at, problems_});
        }
    }

    template <class Enum>
    std::optional<Enum> enumeration(std::string_view key, bool required) const {
        const auto text = string(key, required);
        if (!text) {
            return std::nullopt;
        }
        if (auto parsed = parse_enum<Enum>(*text)) {
            return parsed;
        }
        std::string choices;
        for (const auto& [value, name] : enum_names<Enum>::table) {
            choices += (choices.empty() ? "" : ", ") + std::string{name};
        }
        problems_.add(pointer_to(key), "expected one of " + choices + ", got \"" + *text + "\"");
        return std::nullopt;
    }

    // The array of a field, or nullptr (with a problem for a non-array, or a missing or empty
    // array when required).
    const boost::json::array* array_field(std::string_view key, bool required) const;

  private:
    const boost::json::object& object_;
    std::string pointer_;
    Problems& problems_;
};

// `value` as an integer in min..max, or nullopt with a problem at `pointer`.
std::optional<int> read_integer(const boost::json::value& value, int min, int max,
                                const std::string& pointer, Problems& problems);

// Parses `text` strictly (strict_json/parse.hpp: a repeated key, trailing content, a byte-order
// mark are problems) into a JSON object, recording a problem when it is not one.
std::optional<boost::json::value> parse_document(std::string_view text, Problems& problems);

}  // namespace coach::protocol
