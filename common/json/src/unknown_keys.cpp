// Unknown keys: the closest known key to suggest, and the guard that refuses a key which may
// record a red flag in the wrong place (object_reader.hpp).
#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "strict_json/closest_words.hpp"
#include "strict_json/object_reader.hpp"
#include "strict_json/utf8.hpp"
#include "strict_json/values.hpp"

namespace coach::strict_json {

namespace {

constexpr std::size_t longest_compared = 40;  // longer keys get no suggestion

// A key that a message can show in its pointer: not empty, short enough to read (at most what
// quoted() shows of a value) and every character shown as itself. Any other key is reported at
// its object, and the message quotes it escaped and cut: a trial's 10,000-character unknown key
// was printed whole.
bool prints_in_a_pointer(std::string_view key) {
    if (key.empty() || key.size() > 40) {  // "" would read "/: unknown field" (trial 73)
        return false;
    }
    for (std::size_t at = 0; at < key.size();) {
        const auto code = leading_code_point(key.substr(at));
        if (!code || is_unprintable(code->value)) {
            return false;
        }
        at += code->length;
    }
    return true;
}

// ASCII letters whatever their case (keys are compared as the C locale would, without its call).
constexpr char folded(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
}

bool same_letter(char a, char b) {
    return folded(a) == folded(b);
}

// Edit distance between `a` and `b`, letters compared whatever their case, counting a swap of two
// neighbours as one edit (optimal string alignment), or `limit` + 1 once it is certain to exceed
// `limit`. Both are at most longest_compared long: the rows live on the stack, as this runs for
// every unknown key.
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
                                  (*previous)[j - 1] + (same_letter(a[i - 1], b[j - 1]) ? 0 : 1)});
            if (i > 1 && j > 1 && same_letter(a[i - 1], b[j - 2])
                && same_letter(a[i - 2], b[j - 1])) {
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

// The guarded name that `key` names in other words (Guard::words), if that name is guarded.
const std::string_view* guarded_word(std::string_view key, const Guard& guard) {
    for (const auto& word : words_of(key)) {
        for (const auto& other : guard.words) {
            const bool match = other.prefix ? word.starts_with(other.word) : word == other.word;
            if (!match) {
                continue;
            }
            const auto found = std::find(guard.names.begin(), guard.names.end(), other.name);
            if (found != guard.names.end()) {
                return &*found;
            }
        }
    }
    return nullptr;
}

// A guarded name that `key` is, in any case, is a likely misspelling of, or names in other words;
// nullptr if none.
const std::string_view* guarded_near(std::string_view key, const Guard& guard) {
    const auto lower = [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    };
    for (const auto& name : guard.names) {
        const bool same = key.size() == name.size()
                          && std::equal(key.begin(), key.end(), name.begin(),
                                        [&](char a, char b) { return lower(a) == b; });
        if (same) {
            return &name;
        }
    }
    if (const auto* near = closest(key, guard.names)) {
        return near;
    }
    return guarded_word(key, guard);
}

// The pointer of the first key inside `value` (at any depth) that touches a guarded name, and
// the name.
std::optional<std::pair<std::string, const std::string_view*>> guarded_inside(
    const boost::json::value& value, const std::string& pointer, const Guard& guard) {
    if (value.is_object()) {
        for (const auto& member : value.get_object()) {
            const std::string_view key{member.key().data(), member.key().size()};
            const auto at = child_pointer(pointer, key);
            if (const auto* name = guarded_near(key, guard)) {
                return std::pair{at, name};
            }
            if (auto inside = guarded_inside(member.value(), at, guard)) {
                return inside;
            }
        }
    } else if (value.is_array()) {
        std::size_t index = 0;
        for (const auto& element : value.get_array()) {
            if (auto inside = guarded_inside(element, child_pointer(pointer, index++), guard)) {
                return inside;
            }
        }
    }
    return std::nullopt;
}

// Whether `value` is or holds (at any depth) a string.
bool holds_text(const boost::json::value& value) {
    if (value.is_string()) {
        return true;
    }
    if (value.is_object()) {
        const auto& object = value.get_object();
        return std::any_of(object.begin(), object.end(),
                           [](const auto& member) { return holds_text(member.value()); });
    }
    if (value.is_array()) {
        const auto& array = value.get_array();
        return std::any_of(array.begin(), array.end(), holds_text);
    }
    return false;
}

}  // namespace

const std::string_view* closest(std::string_view key, std::span<const std::string_view> known) {
    return closest(key, known, 2);
}

const std::string_view* closest(std::string_view key, std::span<const std::string_view> known,
                                std::size_t max_edits) {
    if (key.empty() || key.size() > longest_compared) {
        return nullptr;
    }
    // A name every letter of which is changed is no misspelling of another.
    const std::size_t limit = std::min(
        {key.size() <= 4 ? std::min<std::size_t>(1, max_edits) : max_edits, key.size() - 1});
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

std::string listed(std::span<const std::string_view> names) {
    std::string text;
    for (const auto name : names) {
        text += (text.empty() ? "" : ", ") + std::string{name};
    }
    return text;
}

std::string did_you_mean(const std::string_view* meant) {
    return meant != nullptr ? " (did you mean " + quoted(*meant) + "?)" : "";
}

std::string did_you_mean(std::string_view name, std::span<const std::string_view> known) {
    return did_you_mean(closest(name, known));
}

const std::string_view* closest_by_words(std::string_view name,
                                         std::span<const std::string_view> known) {
    if (name.size() > longest_compared) {
        return nullptr;
    }
    const auto words = words_of(name);
    std::size_t letters = 0;
    for (const auto& word : words) {
        if (word.size() < 2) {
            return nullptr;
        }
        letters += word.size();
    }
    if (letters < 3) {
        return nullptr;
    }
    const std::string_view* found = nullptr;
    for (const auto& candidate : known) {
        auto unused = words_of(candidate);
        const bool named = std::all_of(words.begin(), words.end(), [&unused](const auto& word) {
            const auto start = std::find_if(unused.begin(), unused.end(), [&word](const auto& own) {
                return own.starts_with(word);
            });
            if (start == unused.end()) {
                return false;
            }
            unused.erase(start);
            return true;
        });
        if (named && found != nullptr && *found != candidate) {
            return nullptr;  // more than one: no suggestion
        }
        if (named) {
            found = &candidate;
        }
    }
    return found;
}

void ObjectReader::report_unknown_keys(UnknownKeys severity, std::string_view what) const {
    for (const auto& member : object_) {
        const std::string_view key{member.key().data(), member.key().size()};
        if (std::find(known_.begin(), known_.end(), key) != known_.end()) {
            continue;
        }
        std::string message =
            "unknown " + std::string{what} + " " + quoted(key) + did_you_mean(key, known_);
        const auto at = prints_in_a_pointer(key) ? child_pointer(pointer_, key) : pointer_;
        if (severity == UnknownKeys::refuse) {
            problems_.add(at, message + "; expected " + listed(known_));
        } else if (guarded_near(key, problems_.guarded()) != nullptr) {
            problems_.add(at, message + std::string{problems_.guarded().refusal});
        } else if (auto inside = guarded_inside(member.value(), at, problems_.guarded())) {
            problems_.add(inside->first, quoted(*inside->second) + " inside the unknown field "
                                             + quoted(key)
                                             + std::string{problems_.guarded().refusal});
        } else {
            problems_.warn_unknown_key(
                at, std::move(message),
                problems_.guarded().reads_text && holds_text(member.value()));
        }
    }
}

void ObjectReader::only(std::initializer_list<std::string_view> known) const {
    for (const auto& member : object_) {
        const std::string_view key{member.key().data(), member.key().size()};
        if (key == "notes" || std::find(known.begin(), known.end(), key) != known.end()) {
            continue;
        }
        std::string expected;
        for (const auto name : known) {
            expected += (expected.empty() ? "" : ", ") + std::string{name};
        }
        const bool prints = prints_in_a_pointer(key);
        problems_.add(prints ? pointer_to(key) : pointer_,
                      "unknown field" + (prints ? std::string{} : " " + quoted(key))
                          + did_you_mean(key, std::span{known.begin(), known.size()})
                          + "; expected one of " + expected + ", notes");
    }
}

}  // namespace coach::strict_json
