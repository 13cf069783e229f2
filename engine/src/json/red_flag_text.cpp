// Red flags written in words (red_flag_text.hpp).
#include "json/red_flag_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
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

constexpr RedFlag numb = RedFlag::numbness;
constexpr RedFlag tingle = RedFlag::tingling;
constexpr RedFlag weight = RedFlag::unable_to_bear_weight;
constexpr RedFlag gap = RedFlag::palpable_gap;

// Nerve symptoms are named many ways; sciatic, radiating, shooting or electric pain, nerve pain
// and a limb "asleep" or gone to sleep imply both nerve flags. A rupture, a retracted tendon, a
// dent, a hollow or a defect is what a palpable gap is felt for (a possible complete tear).
constexpr std::array<FlagWord, 29> flag_words{{
    {"numb", false, numb, numb},
    {"numbness", false, numb, numb},
    {"numbed", false, numb, numb},
    {"tingl", true, tingle, tingle},
    {"paresth", true, tingle, tingle},
    {"paraesth", true, tingle, tingle},
    {"needles", false, tingle, tingle},
    {"sciatic", true, numb, tingle},
    {"radiat", true, numb, tingle},
    {"shooting", false, numb, tingle},
    {"electric", true, numb, tingle},
    {"nerve", false, numb, tingle},
    {"nerves", false, numb, tingle},
    {"neural", false, numb, tingle},
    {"neuropath", true, numb, tingle},
    {"crutch", true, weight, weight},
    {"nwb", false, weight, weight},
    {"palpable", false, gap, gap},
    {"avuls", true, gap, gap},
    {"ruptur", true, gap, gap},
    {"retract", true, gap, gap},
    {"dent", false, gap, gap},
    {"defect", false, gap, gap},
    {"hypoaesth", true, numb, numb},
    {"hypoesth", true, numb, numb},
    {"parasth", true, tingle, tingle},
    {"indentation", false, gap, gap},
    {"divot", false, gap, gap},
    {"nonweightbearing", false, weight, weight},
}};

// Two words that name a red flag together, within `reach` words of each other in one clause
// (words between commas or full stops): "a gap felt in the muscle" but not "after a two-week gap,
// felt good"; "loss of sensation"; "foot drop"; "complete tear"; "needs a stick to walk".
struct FlagPhrase {
    std::string_view word;                 // a prefix
    std::array<std::string_view, 6> near;  // prefixes; "" ends the list
    std::size_t reach;
    RedFlag flag;
    RedFlag also;
};
constexpr std::array<FlagPhrase, 13> flag_phrases{{
    {"gap", {"muscle", "palpable", "felt", "feel", "tendon", "hamstring"}, 3, gap, gap},
    {"complete", {"tear", "torn", "rupture", "thickness"}, 2, gap, gap},
    {"full", {"thickness"}, 1, gap, gap},
    {"bone", {"off"}, 2, gap, gap},
    {"sensation", {"los", "no", "reduced", "altered", "without", "decreased"}, 2, numb, tingle},
    {"sensory", {"loss", "lost", "reduced", "altered", "decreased", "deficit"}, 2, numb, tingle},
    {"feeling", {"loss", "lost", "no", "reduced", "altered", "without"}, 2, numb, tingle},
    {"burning", {"down", "foot", "calf", "leg"}, 3, numb, tingle},
    {"drop", {"foot"}, 1, numb, tingle},
    {"stick", {"walk", "cane"}, 3, weight, weight},
    {"asleep", {"leg", "foot", "calf", "thigh", "toes"}, 3, numb, tingle},
    {"sleep", {"leg", "foot", "calf", "thigh", "toes"}, 4, numb, tingle},
    {"hollow", {"muscle", "felt", "feel", "site", "palpa", "hamstring"}, 4, gap, gap},
}};

// "cannot walk", "can't bear weight", "unable to weight-bear", "non weight bearing",
// "weight-bearing not possible": a word of not being able within three words of walking or
// bearing weight, in one clause. ("can't" and "couldn't" leave the word "t".)
constexpr std::array<std::string_view, 8> unable_words{"cannot", "cant", "unable", "not",
                                                       "non",    "no",   "t",      "impossible"};
constexpr std::array<std::string_view, 4> weight_words{"walk", "bear", "weight", "wb"};
constexpr std::size_t unable_reach = 3;

bool matches(std::string_view word, std::string_view pattern, bool prefix) {
    return prefix ? word.starts_with(pattern) : word == pattern;
}

// A word of a text, in lower case, where it lies in the text, and the clause it is in (clauses
// end at , . ; : ! ? and brackets).
struct Word {
    std::string text;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t clause = 0;
};

std::vector<Word> words_of(std::string_view text) {
    std::vector<Word> words;
    std::size_t clause = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool upper = c >= 'A' && c <= 'Z';
        if (!upper && (c < 'a' || c > 'z')) {
            clause += std::string_view{",.;:!?()[]"}.find(c) != std::string_view::npos ? 1U : 0U;
            continue;
        }
        // Single letters joined by slashes are one word: "N/W/B" is "nwb".
        const auto letter = [text](std::size_t at) {
            return std::isalpha(static_cast<unsigned char>(text[at])) != 0;
        };
        const bool slashed = !words.empty() && words.back().end + 1 == i && text[i - 1] == '/'
                             && (words.back().end < 2 || !letter(words.back().end - 2))
                             && (i + 1 == text.size() || !letter(i + 1));
        if (!slashed && (words.empty() || words.back().end != i)) {
            words.push_back({{}, i, i, clause});
        }
        words.back().text += upper ? static_cast<char>(c - 'A' + 'a') : c;
        words.back().end = i + 1;
    }
    return words;
}

// A red flag `text` mentions, and the words that name it.
// A red flag `text` mentions: `flag`, or either of `flag` and `also` when the words name both
// alike ("sciatic pain" is numbness or tingling), and the words that name it.
struct Mention {
    RedFlag flag;
    RedFlag also;
    std::string word;

    bool single() const { return flag == also; }
    bool covers(RedFlag other) const { return flag == other || also == other; }
};

class MentionFinder {
  public:
    explicit MentionFinder(std::string_view text) : text_(text), words_(words_of(text)) {}

    std::vector<Mention> find() && {
        for (std::size_t i = 0; i < words_.size(); ++i) {
            const auto& word = words_[i].text;
            for (const auto& named : flag_words) {
                if (matches(word, named.word, named.prefix)) {
                    add(named.flag, named.also, i, i);
                }
            }
            for (const auto& phrase : flag_phrases) {
                if (word.starts_with(phrase.word)) {
                    if (auto other = near(i, phrase.reach, phrase.near)) {
                        add(phrase.flag, phrase.also, std::min(i, *other), std::max(i, *other));
                    }
                }
            }
            const bool weight_word = std::any_of(weight_words.begin(), weight_words.end(),
                                                 [&word](auto w) { return word.starts_with(w); });
            if (weight_word) {
                if (auto other = near(i, unable_reach, unable_words, true)) {
                    // "can't" is "can" and "t": quote from "can".
                    std::size_t first = std::min(i, *other);
                    first -= words_[first].text == "t" && first > 0 ? 1U : 0U;
                    add(RedFlag::unable_to_bear_weight, RedFlag::unable_to_bear_weight, first,
                        std::max(i, *other));
                }
            }
        }
        return std::move(found_);
    }

  private:
    // The index of a word within `reach` of word `i`, in its clause, that starts with one of
    // `near` (equals one, when `exact`).
    template <class Words>
    std::optional<std::size_t> near(std::size_t i, std::size_t reach, const Words& near,
                                    bool exact = false) const {
        const std::size_t from = i >= reach ? i - reach : 0;
        const std::size_t to = std::min(words_.size(), i + reach + 1);
        for (std::size_t k = from; k < to; ++k) {
            if (k == i || words_[k].clause != words_[i].clause) {
                continue;
            }
            for (const auto candidate : near) {
                if (!candidate.empty() && matches(words_[k].text, candidate, !exact)) {
                    return k;
                }
            }
        }
        return std::nullopt;
    }

    void add(RedFlag flag, RedFlag also, std::size_t first, std::size_t last) {
        const std::string said{
            text_.substr(words_[first].begin, words_[last].end - words_[first].begin)};
        const bool seen = std::any_of(found_.begin(), found_.end(), [&](const Mention& m) {
            return m.flag == flag && m.also == also;
        });
        if (!seen) {
            found_.push_back({flag, also, said});
        }
    }

    std::string_view text_;
    std::vector<Word> words_;
    std::vector<Mention> found_;
};

std::vector<Mention> mentions_in(std::string_view text) {
    return MentionFinder{text}.find();
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

// Keys whose strings are names, not words: identifiers, dates, enumerations and catalog ids (a
// review's `lifts` names red flags as enumerations). A review's note is read as words: a red flag
// it names must be one the review lifts or one its assessment records.
constexpr std::array<std::string_view, 17> structured_keys{
    "schema",     "$schema", "id",        "date",  "as_of",    "region",
    "muscle",     "site",    "mechanism", "load",  "fatigue",  "exercise",
    "philosophy", "sex",     "equipment", "lifts", "clinician"};

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
    // A mention of either of two flags is answered by a record of either, and said no more when
    // the text also names one of them on its own.
    void check(std::string_view text, const std::string& pointer) {
        const auto mentions = mentions_in(text);
        for (const auto& mention : mentions) {
            const bool said_alone =
                !mention.single()
                && std::any_of(mentions.begin(), mentions.end(), [&](const Mention& other) {
                       return other.single() && mention.covers(other.flag);
                   });
            if (said_alone) {
                continue;
            }
            auto missing = unrecorded(mention.flag, pointer);
            if (missing && !mention.single() && !unrecorded(mention.also, pointer)) {
                missing.reset();
            }
            if (missing) {
                std::string names = "symptoms." + std::string{to_string(mention.flag)};
                if (!mention.single()) {
                    names += " or symptoms." + std::string{to_string(mention.also)};
                }
                problems_.add(pointer, "mentions \"" + mention.word + "\", but " + *missing
                                           + " " + names
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
            const auto& assessment = assessments[*index];
            const auto& review = assessment.clinician_review;
            const bool lifted = review
                                && std::find(review->lifts.begin(), review->lifts.end(), flag)
                                       != review->lifts.end();
            if (records(assessment)
                || (lifted && pointer.find("/clinician_review/") != std::string::npos)) {
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
