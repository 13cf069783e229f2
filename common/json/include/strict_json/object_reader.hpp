#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "strict_json/values.hpp"

// The one typed reader of hand-written JSON in coach, used by the engine's record codecs and by
// the protocol plugin alike: it reads a parsed document into the caller's types and collects a
// Problem (with its JSON pointer) for every value that is missing, of the wrong type, out of
// range or not a known key, so that a file reports every mistake at once. Knows nothing of the
// data model: a caller reads its dates and enums through parsed() and one_of().
// [thread-compatible] A Problems and the readers over it belong to one thread.
namespace coach::strict_json {

struct Problem {
    std::string pointer;  // RFC 6901; "" is the whole document
    std::string message;
    bool text_read = false;  // a warned unknown key whose value holds text read elsewhere (Guard)
    // A warning about a key the format does not know (its value ignored, text_read aside), as
    // opposed to any other warning (for the engine, words in free text that contradict the
    // record). Callers tell the two by this, never by the message's words.
    bool unknown_key = false;

    // "/assessments/1/pain_rest: expected integer 0..10, got 11", or the message alone for the
    // whole document.
    std::string to_string() const { return pointer.empty() ? message : pointer + ": " + message; }
};

// Another word for a guarded key (Guard): a key with a word equal to `word` (or starting with it,
// when `prefix`) touches the guarded `name`, when that name is guarded.
struct GuardedWord {
    std::string_view word;  // lower case
    bool prefix;
    std::string_view name;
};

// Keys that belong only in strictly read objects (for the engine, the names of red flags and of
// the objects that hold them): an unknown key elsewhere that is, nearly is (one or two edits) or
// names in other words one of them is refused rather than warned about, and so is one anywhere
// inside an unknown value. All views outlive the Problems they are given to.
struct Guard {
    std::span<const std::string_view> names;
    std::span<const GuardedWord> words;
    std::string_view refusal;  // appended to the refused key's message: ": refused, as ..."
    // Whether the document's strings are all read elsewhere (the engine reads them for red
    // flags): a warned key whose value holds a string is then marked Problem::text_read.
    bool reads_text = false;
};

// The problems, and the warnings (unknown keys whose values are ignored), of one document.
class Problems {
  public:
    void add(std::string pointer, std::string message) {
        list_.push_back({std::move(pointer), std::move(message)});
    }
    // A warning about the document's content: not an unknown key.
    void warn(std::string pointer, std::string message) {
        warnings_.push_back({std::move(pointer), std::move(message)});
    }
    // A warning about an unknown key, whose value is ignored (`text_read`: but for its text).
    void warn_unknown_key(std::string pointer, std::string message, bool text_read) {
        warnings_.push_back({std::move(pointer), std::move(message), text_read, true});
    }
    std::vector<Problem>& list() { return list_; }
    const std::vector<Problem>& list() const { return list_; }
    std::vector<Problem>& warnings() { return warnings_; }
    bool empty() const { return list_.empty(); }

    void guard(Guard guard) { guard_ = guard; }
    const Guard& guarded() const { return guard_; }

  private:
    std::vector<Problem> list_;
    std::vector<Problem> warnings_;
    Guard guard_;
};

// Whether a key no read asked for is a warning (the value is ignored) or a problem.
enum class UnknownKeys { warn, refuse };

// What a string array's elements must be: any string, or one that is not "".
enum class Elements { any, non_empty };

// `names` separated by commas, as messages list what is expected: "gym, home, pool". [thread-safe]
std::string listed(std::span<const std::string_view> names);

// " (did you mean \"NAME\"?)" for `meant`, a name `given` likely means, else "". The one wording
// of every suggestion a record's or a protocol file's messages make. [thread-safe]
std::string did_you_mean(const std::string_view* meant);
// The same for the name of `known` that `name` likely means (closest()). [thread-safe]
std::string did_you_mean(std::string_view name, std::span<const std::string_view> known);

// A JSON object being read, and where it sits in the document. The object and the Problems
// outlive the reader; so do the keys passed to its reads.
class ObjectReader {
  public:
    ObjectReader(const boost::json::object& object, std::string pointer, Problems& problems)
        : object_(object), pointer_(std::move(pointer)), problems_(problems) {}

    const std::string& pointer() const { return pointer_; }
    std::string pointer_to(std::string_view key) const { return child_pointer(pointer_, key); }
    Problems& problems() const { return problems_; }
    const boost::json::object& fields() const { return object_; }
    bool has(std::string_view key) const { return field(key, false) != nullptr; }

    // The field's value, or nullptr when absent or null (when `required`, a problem: "required,
    // missing" or "required, got null"). Every read goes through here, which records `key` as
    // known.
    const boost::json::value* field(std::string_view key, bool required) const;

    // An integer in min..max (2.0 counts as 2): "expected integer 0..10, got 11".
    std::optional<int> integer(std::string_view key, int min, int max, bool required) const;
    std::optional<std::string> string(std::string_view key, bool required) const;
    // A string that must say something: "must not be empty" when present but empty or only
    // whitespace.
    std::optional<std::string> non_empty_string(std::string_view key, bool required) const;
    std::optional<bool> boolean(std::string_view key, bool required) const;
    std::optional<ObjectReader> object(std::string_view key, bool required) const;
    // An array of strings, with a problem for every element that is not one `elements` allows,
    // and for an absent or empty array when `required`.
    std::vector<std::string> strings(std::string_view key, bool required,
                                     Elements elements = Elements::any) const;
    // The array of a field, or nullptr (with a problem for a non-array, or for an absent or empty
    // array when `required`).
    const boost::json::array* array_field(std::string_view key, bool required) const;

    // A string that `parse` (string_view -> std::optional<T>) accepts, else a problem
    // "expected `expected`, got ..." (e.g. "a date YYYY-MM-DD").
    template <class Parse>
    auto parsed(std::string_view key, bool required, std::string_view expected, Parse&& parse) const
        -> decltype(parse(std::string_view{})) {
        const auto* value = field(key, required);
        if (value == nullptr) {
            return std::nullopt;
        }
        if (value->is_string()) {
            if (auto result = parse(std::string_view{value->get_string()})) {
                return result;
            }
        }
        problems_.add(pointer_to(key),
                      "expected " + std::string{expected} + ", got " + describe(*value));
        return std::nullopt;
    }

    // The value whose name in `table` (pairs of value and name) the string is, else a problem
    // "expected one of a, b, c, got \"d\"", with the name likely meant when one is near
    // (did_you_mean()): "got \"norml\" (did you mean \"normal\"?)".
    template <class Table>
    auto one_of(std::string_view key, const Table& table, bool required) const
        -> std::optional<typename Table::value_type::first_type> {
        const auto text = string(key, required);
        if (!text) {
            return std::nullopt;
        }
        std::vector<std::string_view> names;
        for (const auto& [value, name] : table) {
            if (name == *text) {
                return value;
            }
            names.emplace_back(name);
        }
        problems_.add(pointer_to(key), "expected one of " + listed(names) + ", got \"" + *text
                                           + "\"" + did_you_mean(*text, names));
        return std::nullopt;
    }

    // Each element of an array field that is an object; a problem for every other element, and
    // for an absent or empty array when `required`.
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

    // Reports each key of the object that no read so far asked for, in document order, with a
    // closest known key when one is a likely misspelling; `what` names the object's members in
    // the message ("field", "symptom"). A warned key that touches a guarded name (Guard) is a
    // problem instead; one whose value holds a string is marked (Guard::reads_text). Call after the
    // object's last read. A key longer than 40 bytes or holding a character that does not show as
    // itself (is_unprintable()) is reported at the object's pointer, not its own: the message
    // quotes it escaped and cut.
    void report_unknown_keys(UnknownKeys severity, std::string_view what = "field") const;

    // A problem for every key not in `known` ("notes" is always allowed, for comments):
    // "unknown field; expected one of a, b, notes", with the likely meant key when the unknown one
    // is close to one (closest()): "unknown field (did you mean \"reps\"?); expected one of ...".
    // For files people write by hand, where a misspelt dose must not be silently ignored. A key
    // that would not print in a pointer, as above, is reported at the object and quoted: "unknown
    // field \"xxxx...\"; expected one of ...".
    void only(std::initializer_list<std::string_view> known) const;

  private:
    // array_field, naming what was expected ("an array", "an array of strings").
    const boost::json::array* array_of(std::string_view key, bool required,
                                       std::string_view expected) const;

    const boost::json::object& object_;
    std::string pointer_;
    Problems& problems_;
    mutable std::vector<std::string_view> known_;  // keys asked for
};

// `value` as an integer in min..max, or nullopt with a problem at `pointer`.
std::optional<int> read_integer(const boost::json::value& value, int min, int max,
                                const std::string& pointer, Problems& problems);

// Parses `text` strictly (parse.hpp) into a JSON object, recording a problem when it is not
// JSON or not an object.
std::optional<boost::json::value> parse_object(std::string_view text, Problems& problems);

// Checks that the document's "schema" field names `expected`: "expected \"coach.plan/1\", got
// \"coach.plan/2\"".
void expect_schema(const ObjectReader& document, std::string_view expected);

// The name of `known` that `name` is most likely a misspelling of, as report_unknown_keys()
// suggests it: at most 2 edits away (1 for names of 4 characters or fewer), and fewer edits than
// `name` has characters, letters compared whatever their case ("B" for "b", but no "a" for "d"), a
// swap of two neighbours counting as one edit (optimal string alignment), the first of the
// nearest; nullptr when none is, or when `name` is longer than 40 characters. [thread-safe]
const std::string_view* closest(std::string_view name, std::span<const std::string_view> known);

// As above, at most `max_edits` edits away (1 still for names of 4 characters or fewer): for
// names whose misspellings are often shortenings ("pain_walk" for "pain_walking", 3 edits).
// [thread-safe]
const std::string_view* closest(std::string_view name, std::span<const std::string_view> known,
                                std::size_t max_edits);

}  // namespace coach::strict_json
