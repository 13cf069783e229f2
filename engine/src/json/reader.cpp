#include "json/reader.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "strict_json/parse.hpp"

namespace coach::json::detail {

namespace {

constexpr std::size_t longest_compared = 40;  // longer keys get no suggestion

// Edit distance between `a` and `b`, counting a swap of two neighbours as one edit (optimal string
// alignment), or `limit` + 1 once it is certain to exceed `limit`. Both are at most
// longest_compared long: the rows live on the stack, as this runs for every unknown key.
std::size_t distance_within(std::string_view a, std::string_view b, std::size_t limit) {
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit
        || b.size() > longest_compared) {
        return limit + 1;
    }
    using Row = std::array<std::size_t, longest_compared + 1>;
    Row rows[3];
    Row* before = &rows[0];
    Row* previous = &rows[1];
    Row* row = &rows[2];
    for (std::size_t j = 0; j <= b.size(); ++j) {
        (*previous)[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        (*row)[0] = i;
        std::size_t best = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            auto cell = std::min({(*previous)[j] + 1, (*row)[j - 1] + 1,
                                  (*previous)[j - 1] + (a[i - 1] != b[j - 1] ? 1 : 0)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                cell = std::min(cell, (*before)[j - 2] + 1);
            }
            (*row)[j] = cell;
            best = std::min(best, cell);
        }
        if (best > limit) {
            return limit + 1;
        }
        std::swap(before, previous);
        std::swap(previous, row);
    }
    return (*previous)[b.size()];
}

// The known key `key` is most likely a misspelling of: at most 2 edits away (1 for short keys).
const std::string_view* closest(std::string_view key, const std::vector<std::string_view>& known) {
    if (key.size() > longest_compared) {
        return nullptr;
    }
    const std::size_t limit = key.size() <= 4 ? 1 : 2;
    const std::string_view* best = nullptr;
    std::size_t best_distance = limit + 1;
    for (const auto& candidate : known) {
        const auto distance = distance_within(key, candidate, limit);
        if (distance < best_distance) {
            best = &candidate;
            best_distance = distance;
        }
    }
    return best;
}

// The words of `key` in lower case: split at anything but a letter and before an upper-case letter
// that follows a lower-case one ("cannotBearWeight", "numb-left" and "tingle_2" all split).
std::vector<std::string> words_of(std::string_view key) {
    std::vector<std::string> words(1);
    char before = 0;
    for (const char c : key) {
        const bool upper = c >= 'A' && c <= 'Z';
        const bool letter = upper || (c >= 'a' && c <= 'z');
        if (!letter || (upper && before >= 'a' && before <= 'z')) {
            if (!words.back().empty()) {
                words.emplace_back();
            }
        }
        if (letter) {
            words.back() += upper ? static_cast<char>(c - 'A' + 'a') : c;
        }
        before = c;
    }
    if (words.back().empty()) {
        words.pop_back();
    }
    return words;
}

// A stop-level red flag that `key` names in other words ("numb", "tingle", "paresthesia",
// "pins_and_needles", "cannot_bear_weight", "gap"): the guarded name it stands for, if guarded.
const std::string_view* guarded_synonym(std::string_view key,
                                        const std::vector<std::string_view>& guarded) {
    struct Synonym {
        std::string_view word;
        bool prefix;  // the word begins with it, or is it
        std::string_view flag;
    };
    static constexpr std::array<Synonym, 10> synonyms = {
        {{"numb", false, "numbness"},
         {"numbn", true, "numbness"},
         {"tingl", true, "tingling"},
         {"paresth", true, "tingling"},
         {"paraesth", true, "tingling"},
         {"needles", false, "tingling"},
         {"bear", false, "unable_to_bear_weight"},
         {"bearing", false, "unable_to_bear_weight"},
         {"gap", false, "palpable_gap"},
         {"palpable", false, "palpable_gap"}}};
    for (const auto& word : words_of(key)) {
        for (const auto& synonym : synonyms) {
            const bool match =
                synonym.prefix ? word.starts_with(synonym.word) : word == synonym.word;
            if (!match) {
                continue;
            }
            const auto found = std::find(guarded.begin(), guarded.end(), synonym.flag);
            if (found != guarded.end()) {
                return &*found;
            }
        }
    }
    return nullptr;
}

// A guarded name that `key` is, in any case, is a likely misspelling of, or names in other words;
// nullptr if none.
const std::string_view* guarded_near(std::string_view key,
                                     const std::vector<std::string_view>& guarded) {
    const auto lower = [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    };
    for (const auto& name : guarded) {
        const bool same = key.size() == name.size()
                          && std::equal(key.begin(), key.end(), name.begin(),
                                        [&](char a, char b) { return lower(a) == b; });
        if (same) {
            return &name;
        }
    }
    if (const auto* near = closest(key, guarded)) {
        return near;
    }
    return guarded_synonym(key, guarded);
}

// The pointer of the first key inside `value` (at any depth) that touches a guarded name, and
// the name.
std::optional<std::pair<std::string, const std::string_view*>> guarded_inside(
    const boost::json::value& value, const std::string& pointer,
    const std::vector<std::string_view>& guarded) {
    if (value.is_object()) {
        for (const auto& member : value.get_object()) {
            const std::string_view key{member.key().data(), member.key().size()};
            const auto at = child_pointer(pointer, key);
            if (const auto* name = guarded_near(key, guarded)) {
                return std::pair{at, name};
            }
            if (auto inside = guarded_inside(member.value(), at, guarded)) {
                return inside;
            }
        }
    } else if (value.is_array()) {
        std::size_t index = 0;
        for (const auto& element : value.get_array()) {
            if (auto inside = guarded_inside(element, child_pointer(pointer, index++), guarded)) {
                return inside;
            }
        }
    }
    return std::nullopt;
}

constexpr std::string_view misplaced =
    ": refused, as it may record a red flag; symptoms and clinician reviews belong in an "
    "assessment (\"symptoms\", \"clinician_review\")";

}  // namespace

const boost::json::value* ObjectReader::field(std::string_view key, bool required) const {
    if (std::find(known_.begin(), known_.end(), key) == known_.end()) {
        known_.push_back(key);
    }
    const auto* value = object_.if_contains(key);
    if (value == nullptr || value->is_null()) {
        if (required) {
            reader_.problem(child_pointer(pointer_, key), "required, missing");
        }
        return nullptr;
    }
    return value;
}

std::optional<int> ObjectReader::integer(std::string_view key, int min, int max,
                                         bool required) const {
    const auto* value = field(key, required);
    if (value == nullptr) {
        return std::nullopt;
    }
    auto number = strict_json::integer_in(*value, min, max);
    if (!number) {
        reader_.problem(child_pointer(pointer_, key),
                        strict_json::integer_expected(min, max, *value));
    }
    return number;
}

std::optional<std::string> ObjectReader::string(std::string_view key, bool required) const {
    const auto* value = field(key, required);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (!value->is_string()) {
        reader_.problem(child_pointer(pointer_, key), "expected a string, got " + describe(*value));
        return std::nullopt;
    }
    return std::string{value->get_string()};
}

std::optional<std::string> ObjectReader::identifier(std::string_view key, bool required) const {
    auto text = string(key, required);
    if (text && text->find_first_not_of(" \t\r\n") == std::string::npos) {
        reader_.problem(child_pointer(pointer_, key), "must not be empty");
        return std::nullopt;
    }
    return text;
}

void ObjectReader::report_unknown_keys(UnknownKeys severity, std::string_view what) const {
    for (const auto& member : object_) {
        const std::string_view key{member.key().data(), member.key().size()};
        if (std::find(known_.begin(), known_.end(), key) != known_.end()) {
            continue;
        }
        std::string message = "unknown " + std::string{what} + " " + quoted(key);
        if (const auto* near = closest(key, known_)) {
            message += " (did you mean " + quoted(*near) + "?)";
        }
        const auto at = child_pointer(pointer_, key);
        if (severity == UnknownKeys::refuse) {
            std::string listed;
            for (const auto known : known_) {
                listed += (listed.empty() ? "" : ", ") + std::string{known};
            }
            reader_.problem(at, message + "; expected " + listed);
        } else if (guarded_near(key, reader_.guarded()) != nullptr) {
            reader_.problem(at, message + std::string{misplaced});
        } else if (auto inside = guarded_inside(member.value(), at, reader_.guarded())) {
            reader_.problem(inside->first, quoted(*inside->second) + " inside the unknown field "
                                               + quoted(key) + std::string{misplaced});
        } else {
            reader_.warning(at, std::move(message));
        }
    }
}

std::optional<bool> ObjectReader::boolean(std::string_view key, bool required) const {
    const auto* value = field(key, required);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (!value->is_bool()) {
        reader_.problem(child_pointer(pointer_, key),
                        "expected true or false, got " + describe(*value));
        return std::nullopt;
    }
    return value->get_bool();
}

std::optional<Date> ObjectReader::date(std::string_view key, bool required) const {
    const auto* value = field(key, required);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (value->is_string()) {
        if (auto parsed = Date::parse(value->get_string())) {
            return parsed;
        }
    }
    reader_.problem(child_pointer(pointer_, key),
                    "expected a date YYYY-MM-DD, got " + describe(*value));
    return std::nullopt;
}

std::vector<std::string> ObjectReader::strings(std::string_view key) const {
    std::vector<std::string> out;
    const auto* value = field(key, false);
    if (value == nullptr) {
        return out;
    }
    const auto at = child_pointer(pointer_, key);
    if (!value->is_array()) {
        reader_.problem(at, "expected an array of strings, got " + describe(*value));
        return out;
    }
    std::size_t index = 0;
    for (const auto& element : value->get_array()) {
        if (element.is_string()) {
            out.emplace_back(element.get_string());
        } else {
            reader_.problem(child_pointer(at, index),
                            "expected a string, got " + describe(element));
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
        reader_.problem(child_pointer(pointer_, key),
                        "expected an object, got " + describe(*value));
        return std::nullopt;
    }
    return ObjectReader{value->get_object(), child_pointer(pointer_, key), reader_};
}

static_assert(strict_json::max_document_bytes == max_record_bytes);

std::optional<boost::json::value> parse_document(std::string_view text, Reader& reader) {
    strict_json::ParseFailure failure;
    auto value = strict_json::parse_strict(text, failure);
    if (!value) {
        reader.problem(std::move(failure.pointer), std::move(failure.message));
        return std::nullopt;
    }
    if (!value->is_object()) {
        reader.problem("", "expected a JSON object, got " + describe(*value));
        return std::nullopt;
    }
    return value;
}

void expect_schema(const ObjectReader& document, std::string_view expected) {
    const auto schema = document.string("schema", true);
    if (schema && *schema != expected) {
        document.reader().problem(
            "/schema", "expected \"" + std::string{expected} + "\", got \"" + *schema + "\"");
    }
}

}  // namespace coach::json::detail
