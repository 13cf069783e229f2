#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/json.hpp"
#include "coach/sdk/date.hpp"
#include "coach/sdk/enum_names.hpp"
#include "strict_json/values.hpp"

// Reads a parsed JSON document into the data model, collecting a Problem (with its JSON
// pointer) for every value that is missing, of the wrong type or out of range.
namespace coach::json::detail {

using strict_json::child_pointer;
using strict_json::describe;
using strict_json::quoted;

class Reader {
  public:
    void problem(std::string pointer, std::string message) {
        problems_.push_back({std::move(pointer), std::move(message)});
    }
    void warning(std::string pointer, std::string message) {
        warnings_.push_back({std::move(pointer), std::move(message)});
    }
    std::vector<Problem>& problems() { return problems_; }
    std::vector<Problem>& warnings() { return warnings_; }
    bool ok() const { return problems_.empty(); }

    // Keys that belong only in strictly read objects (the names of red flags, and of the objects
    // that hold them): an unknown key elsewhere that is, or is a likely misspelling of, one of
    // them is refused rather than warned about, and so is one anywhere inside an unknown value,
    // so that no red flag is ignored for being in the wrong place. `names` outlive the reader.
    void guard(std::vector<std::string_view> names) { guarded_ = std::move(names); }
    const std::vector<std::string_view>& guarded() const { return guarded_; }

  private:
    std::vector<Problem> problems_;
    std::vector<Problem> warnings_;
    std::vector<std::string_view> guarded_;
};

// Whether a key no read asked for is a warning (the value is ignored) or a problem.
enum class UnknownKeys { warn, refuse };

// A JSON object being read, and where it sits in the document.
class ObjectReader {
  public:
    ObjectReader(const boost::json::object& object, std::string pointer, Reader& reader)
        : object_(object), pointer_(std::move(pointer)), reader_(reader) {}

    const std::string& pointer() const { return pointer_; }
    Reader& reader() const { return reader_; }

    // The field's value, or nullptr when absent or null (a problem when required). Every read
    // goes through here, which records `key` as known.
    const boost::json::value* field(std::string_view key, bool required) const;

    std::optional<int> integer(std::string_view key, int min, int max, bool required) const;
    std::optional<std::string> string(std::string_view key, bool required) const;
    // A string that names something: a problem when present but empty or only whitespace.
    std::optional<std::string> identifier(std::string_view key, bool required) const;
    std::optional<bool> boolean(std::string_view key, bool required) const;
    std::optional<Date> date(std::string_view key, bool required) const;
    std::vector<std::string> strings(std::string_view key) const;
    std::optional<ObjectReader> object(std::string_view key, bool required) const;

    // Each element of an array field that is an object; a problem for every other element.
    template <class Read>
    void each_object(std::string_view key, Read&& read) const {
        const auto* value = field(key, false);
        if (value == nullptr) {
            return;
        }
        const auto at = child_pointer(pointer_, key);
        if (!value->is_array()) {
            reader_.problem(at, "expected an array, got " + describe(*value));
            return;
        }
        std::size_t index = 0;
        for (const auto& element : value->get_array()) {
            const auto element_at = child_pointer(at, index++);
            if (!element.is_object()) {
                reader_.problem(element_at, "expected an object, got " + describe(element));
                continue;
            }
            read(ObjectReader{element.get_object(), element_at, reader_});
        }
    }

    // Reports each key of the object that no read so far asked for, in document order, with a
    // closest known key when one is a likely misspelling; `what` names the object's members in
    // the message ("field", "symptom"). A warned key that touches a guarded name (Reader::guard)
    // is a problem instead. Call after the object's last read.
    void report_unknown_keys(UnknownKeys severity, std::string_view what = "field") const;

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
        reader_.problem(child_pointer(pointer_, key),
                        "expected one of " + choices + ", got \"" + *text + "\"");
        return std::nullopt;
    }

  private:
    const boost::json::object& object_;
    std::string pointer_;
    Reader& reader_;
    mutable std::vector<std::string_view> known_;  // keys asked for; they outlive the reader
};

// Parses `text` into a JSON object, recording a problem at "" when it is not one.
std::optional<boost::json::value> parse_document(std::string_view text, Reader& reader);

// Checks the "schema" field names `expected`.
void expect_schema(const ObjectReader& document, std::string_view expected);

}  // namespace coach::json::detail
