// Red flags written in words (red_flag_text.hpp).
#include "json/red_flag_text.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/enum_names.hpp"

namespace coach::json::detail {

namespace {

using strict_json::child_pointer;

// A word that names a red flag: equal to `word`, or starting with it when `prefix`.
struct FlagWord {
    std::string_view word;
    bool prefix;
    RedFlag flag;
    RedFlag also;  // == flag when the word names one flag only
};

// Nerve symptoms are named many ways; sciatic or radiating pain implies both nerve flags.
constexpr std::array<FlagWord, 12> flag_words{{
    {"numb", false, RedFlag::numbness, RedFlag::numbness},
    {"numbness", false, RedFlag::numbness, RedFlag::numbness},
    {"numbed", false, RedFlag::numbness, RedFlag::numbness},
    {"tingl", true, RedFlag::tingling, RedFlag::tingling},
    {"paresth", true, RedFlag::tingling, RedFlag::tingling},
    {"paraesth", true, RedFlag::tingling, RedFlag::tingling},
    {"needles", false, RedFlag::tingling, RedFlag::tingling},
    {"sciatic", true, RedFlag::numbness, RedFlag::tingling},
    {"radiat", true, RedFlag::numbness, RedFlag::tingling},
    {"crutch", true, RedFlag::unable_to_bear_weight, RedFlag::unable_to_bear_weight},
    {"palpable", false, RedFlag::palpable_gap, RedFlag::palpable_gap},
    {"avuls", true, RedFlag::palpable_gap, RedFlag::palpable_gap},
}};

// "cannot walk", "can't bear weight", "unable to weight-bear", "non weight bearing": a word of
// not being able, followed within three words by walking or bearing weight.
// ("can't" and "couldn't" leave the word "t".)
constexpr std::array<std::string_view, 7> unable_words{"cannot", "cant", "unable", "not",
                                                       "non",    "no",   "t"};
constexpr std::array<std::string_view, 3> weight_words{"walk", "bear", "weight"};
constexpr std::size_t unable_reach = 3;
// "a gap felt in the muscle", but not "a two-week gap in training": a gap within three words of
// one of these.
constexpr std::array<std::string_view, 8> gap_words{"muscle", "palpable", "felt",    "feel",
                                                    "feels",  "tendon",   "visible", "dent"};

bool matches(std::string_view word, std::string_view pattern, bool prefix) {
    return prefix ? word.starts_with(pattern) : word == pattern;
}

// A word of a text, in lower case, and where it lies in the text.
struct Word {
    std::string text;
    std::size_t begin = 0;
    std::size_t end = 0;
};

std::vector<Word> words_of(std::string_view text) {
    std::vector<Word> words;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool upper = c >= 'A' && c <= 'Z';
        if (!upper && (c < 'a' || c > 'z')) {
            continue;
        }
        if (words.empty() || words.back().end != i) {
            words.push_back({{}, i, i});
        }
        words.back().text += upper ? static_cast<char>(c - 'A' + 'a') : c;
        words.back().end = i + 1;
    }
    return words;
}

// A red flag `text` mentions, and the word that names it.
struct Mention {
    RedFlag flag;
    std::string word;
};

std::vector<Mention> mentions_in(std::string_view text) {
    std::vector<Mention> found;
    const auto words = words_of(text);
    const auto add = [&found](RedFlag flag, const std::string& word) {
        const bool seen = std::any_of(found.begin(), found.end(),
                                      [flag](const Mention& m) { return m.flag == flag; });
        if (!seen) {
            found.push_back({flag, word});
        }
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& word = words[i].text;
        const std::string said{text.substr(words[i].begin, words[i].end - words[i].begin)};
        for (const auto& named : flag_words) {
            if (matches(word, named.word, named.prefix)) {
                add(named.flag, said);
                add(named.also, said);
            }
        }
        if (word == "gap") {
            const std::size_t from = i >= unable_reach ? i - unable_reach : 0;
            const std::size_t to = std::min(words.size(), i + unable_reach + 1);
            for (std::size_t near = from; near < to; ++near) {
                if (std::find(gap_words.begin(), gap_words.end(), words[near].text)
                    != gap_words.end()) {
                    add(RedFlag::palpable_gap, said);
                    break;
                }
            }
        }
        const bool weight = std::any_of(weight_words.begin(), weight_words.end(),
                                        [&word](auto w) { return word.starts_with(w); });
        for (std::size_t back = 1; weight && back <= unable_reach && back <= i; ++back) {
            const auto& before = words[i - back].text;
            if (std::find(unable_words.begin(), unable_words.end(), before) != unable_words.end()) {
                // "can't" is "can" and "t": quote from "can".
                const std::size_t first = before == "t" && back < i ? i - back - 1 : i - back;
                const auto begin = words[first].begin;
                add(RedFlag::unable_to_bear_weight,
                    std::string{text.substr(begin, words[i].end - begin)});
                break;
            }
        }
    }
    return found;
}

// The index in `/section/N/...` when `pointer` lies inside that array's element.
std::optional<std::size_t> element_of(std::string_view pointer, std::string_view section) {
    const std::string head = "/" + std::string{section} + "/";
    if (!pointer.starts_with(head)) {
        return std::nullopt;
    }
    const auto rest = pointer.substr(head.size());
    std::size_t index = 0;
    const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), index);
    if (error != std::errc{} || (end != rest.data() + rest.size() && *end != '/')) {
        return std::nullopt;
    }
    return index;
}

// Keys whose strings are names, not words: identifiers, dates, enumerations and catalog ids; and
// a clinician's review, which is itself the clinician's word on the red flags it names.
constexpr std::array<std::string_view, 16> structured_keys{
    "schema",    "$schema",         "id",   "date",    "as_of",    "region",     "muscle",
    "site",      "mechanism",       "load", "fatigue", "exercise", "philosophy", "sex",
    "equipment", "clinician_review"};

class TextCheck {
  public:
    TextCheck(const Athlete& athlete, strict_json::Problems& problems)
        : athlete_(athlete), problems_(problems) {}

    void walk(const boost::json::value& value, const std::string& pointer) {
        if (value.is_string()) {
            check(value.get_string(), pointer);
        } else if (value.is_object()) {
            for (const auto& member : value.get_object()) {
                const std::string_view key{member.key().data(), member.key().size()};
                if (std::find(structured_keys.begin(), structured_keys.end(), key)
                    == structured_keys.end()) {
                    walk(member.value(), child_pointer(pointer, key));
                }
            }
        } else if (value.is_array()) {
            std::size_t index = 0;
            for (const auto& element : value.get_array()) {
                walk(element, child_pointer(pointer, index++));
            }
        }
    }

  private:
    void check(std::string_view text, const std::string& pointer) {
        for (const auto& mention : mentions_in(text)) {
            const auto name = std::string{to_string(mention.flag)};
            if (auto missing = unrecorded(mention.flag, pointer)) {
                problems_.add(pointer, "mentions \"" + mention.word + "\", but " + *missing
                                           + " symptoms." + name
                                           + ": record it (true or false) so that the safety "
                                             "gate can act on it");
            }
        }
    }

    // Which assessment should record `flag` for text at `pointer` and does not ("this assessment
    // does not record"), or nullopt when one does.
    std::optional<std::string> unrecorded(RedFlag flag, const std::string& pointer) const {
        const auto& assessments = athlete_.assessments;
        const auto records = [flag](const Assessment& a) {
            return finding(a.symptoms, flag) != Finding::not_recorded;
        };
        if (auto index = element_of(pointer, "assessments"); index && *index < assessments.size()) {
            if (records(assessments[*index])) {
                return std::nullopt;
            }
            return "this assessment does not record";
        }
        if (auto index = element_of(pointer, "log"); index && *index < athlete_.log.size()) {
            const Date day = athlete_.log[*index].date;
            const bool later =
                std::any_of(assessments.begin(), assessments.end(),
                            [&](const Assessment& a) { return a.date >= day && records(a); });
            if (later) {
                return std::nullopt;
            }
            return "no assessment on or after " + day.iso() + " records";
        }
        const auto latest = std::max_element(
            assessments.begin(), assessments.end(),
            [](const Assessment& a, const Assessment& b) { return a.date < b.date; });
        if (latest != assessments.end() && records(*latest)) {
            return std::nullopt;
        }
        return std::string{latest == assessments.end() ? "no assessment records"
                                                       : "the latest assessment does not record"};
    }

    const Athlete& athlete_;
    strict_json::Problems& problems_;
};

}  // namespace

void check_red_flags_in_text(const boost::json::value& document, const Athlete& athlete,
                             strict_json::Problems& problems) {
    TextCheck{athlete, problems}.walk(document, "");
}

}  // namespace coach::json::detail
