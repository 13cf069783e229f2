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

// A word of the text matches a pattern when it equals it, or, for a pattern ending in '*',
// starts with the rest: "tingl*" is tingle, tingling, tingly; "numb" is not "number".
constexpr bool matches(std::string_view word, std::string_view pattern) {
    return pattern.ends_with('*') ? word.starts_with(pattern.substr(0, pattern.size() - 1))
                                  : word == pattern;
}

template <class Patterns>
bool matches_any(std::string_view word, const Patterns& patterns) {
    return std::any_of(patterns.begin(), patterns.end(), [word](std::string_view pattern) {
        return !pattern.empty() && matches(word, pattern);
    });
}

constexpr RedFlag numb = RedFlag::numbness;
constexpr RedFlag tingle = RedFlag::tingling;
constexpr RedFlag weight = RedFlag::unable_to_bear_weight;
constexpr RedFlag gap = RedFlag::palpable_gap;

// A word that names a red flag (a pattern, above), unless one of `unless` follows it within two
// words of its clause ("electric stim" is a treatment, "nerve glides" an exercise).
struct FlagWord {
    std::string_view word;
    RedFlag flag;
    RedFlag also;  // == flag when the word names one flag only
    std::array<std::string_view, 4> unless{};
};

// Every word is tied to one of the red flags the gate reads (docs/DATA.md, "Safety gate"):
// - numbness, tingling: nerve symptoms are named many ways; sciatic, radiating, radicular,
//   shooting or electric pain and nerve pain imply both nerve flags. Abbreviations are read with
//   their punctuation (words_of): "P&N" (pins and needles) and "N&T", "N+T", "N/T" (numbness and
//   tingling) read as "pn" and "nt".
// - unable to bear weight: crutches, a wheelchair, and the weight-bearing orders given to those
//   who cannot bear full weight: NWB (non-), TTWB (toe-touch), TDWB (touch-down), PWB (partial).
//   PWB is not itself an inability to bear weight, but it says full weight is not borne: only the
//   clinician can say whether the flag is present, and a mention asks them to (red_flag_text.hpp).
// - palpable gap: a rupture, avulsion, retracted tendon, dent, divot, indentation, cavity or
//   defect is what a palpable gap is felt for (a possible complete tear).
constexpr auto flag_words = std::to_array<FlagWord>({
    {"numb", numb, numb},
    {"numbs", numb, numb},
    {"numbed", numb, numb},
    {"numbish", numb, numb},
    {"numbness", numb, numb},
    {"numbing", numb, numb},
    {"hypoaesth*", numb, numb},
    {"hypoesth*", numb, numb},
    {"tingl*", tingle, tingle},
    {"paresth*", tingle, tingle},
    {"paraesth*", tingle, tingle},
    {"parasth*", tingle, tingle},
    {"needles", tingle, tingle},
    {"pn", tingle, tingle},
    {"nt", numb, tingle},
    {"sciatic*", numb, tingle},
    {"radiat*", numb, tingle},
    {"radicul*", numb, tingle},
    {"shooting", numb, tingle},
    {"electric*", numb, tingle, {"stim*", "muscle", "current*"}},
    {"nerve", numb, tingle, {"glide*", "floss*", "slider*", "mobili*"}},
    {"nerves", numb, tingle},
    {"neural", numb, tingle, {"glide*", "floss*", "slider*", "mobili*"}},
    {"neuropath*", numb, tingle},
    {"crutch*", weight, weight},
    {"wheelchair*", weight, weight},
    {"nwb*", weight, weight},
    {"ttwb*", weight, weight},
    {"tdwb*", weight, weight},
    {"pwb*", weight, weight},
    {"nonweightbearing", weight, weight},
    {"avuls*", gap, gap},
    {"ruptur*", gap, gap},
    {"retract*", gap, gap},
    {"dent", gap, gap},
    {"dents", gap, gap},
    {"defect*", gap, gap},
    {"indentation*", gap, gap},
    {"divot*", gap, gap},
    {"cavity", gap, gap},
    {"cavitation", gap, gap},
    {"concavity", gap, gap},
});

// Two words that name a red flag together, within `reach` words of each other in one clause
// (words between commas or full stops): "a gap felt in the muscle" but not "after a two-week gap,
// felt good"; "loss of sensation"; "foot drop"; "complete tear"; "needs a stick to walk"; "pain
// referring into the leg". Patterns as above: "sleep" is not "sleepy", "no" is not "normal".
struct FlagPhrase {
    std::string_view word;
    std::array<std::string_view, 8> near;  // "" ends the list
    std::size_t reach;
    RedFlag flag;
    RedFlag also;
};
constexpr auto flag_phrases = std::to_array<FlagPhrase>({
    {"gap*", {"muscle*", "palpa*", "felt", "feel*", "tendon*", "hamstring*"}, 3, gap, gap},
    {"hollow", {"muscle*", "felt", "feel*", "site", "palpa*", "hamstring*"}, 4, gap, gap},
    {"hole", {"muscle*", "felt", "feel*", "site", "palpa*", "hamstring*", "tendon*"}, 4, gap, gap},
    {"depression", {"felt", "feel*", "site", "palpa*", "tendon*"}, 3, gap, gap},
    {"palpable", {"step", "deform*", "deficit", "discontinu*"}, 2, gap, gap},
    {"complete*", {"tear*", "torn", "ruptur*", "thickness"}, 2, gap, gap},
    {"full", {"thickness"}, 1, gap, gap},
    {"bone", {"off"}, 2, gap, gap},
    {"sensation*",
     {"los*", "no", "reduced", "altered", "without", "decreased", "diminished"},
     2,
     numb,
     tingle},
    {"sensory",
     {"los*", "reduced", "altered", "decreased", "deficit*", "diminished"},
     2,
     numb,
     tingle},
    {"feeling", {"los*", "no", "reduced", "altered", "without"}, 2, numb, tingle},
    {"feel", {"cannot", "cant", "couldnt", "unable"}, 2, numb, numb},  // "can't feel the foot"
    {"power", {"no", "los*", "reduced"}, 2, numb, tingle},  // weakness of a nerve's muscles
    {"burning", {"down", "foot", "calf", "leg*"}, 3, numb, tingle},
    {"drop*", {"foot"}, 1, numb, tingle},
    {"dead", {"leg*", "foot", "calf", "thigh*", "toe*"}, 2, numb, numb},
    {"asleep", {"leg*", "foot", "calf", "thigh*", "toe*"}, 3, numb, tingle},
    {"sleep", {"leg*", "foot", "calf", "thigh*", "toe*"}, 4, numb, tingle},
    {"referr*", {"leg*", "foot", "calf", "thigh*", "toe*", "down", "buttock*"}, 3, numb, tingle},
    {"refers", {"leg*", "foot", "calf", "thigh*", "toe*", "down", "buttock*"}, 3, numb, tingle},
    {"stick", {"walk*", "cane"}, 3, weight, weight},
    {"touch*", {"weight*", "wb*"}, 2, weight, weight},  // toe-touch, touch-down weight bearing
    {"partial*", {"weight*", "wb*"}, 2, weight, weight},
});

// "cannot walk", "can't bear weight", "unable to weight-bear", "non weight bearing",
// "weight-bearing not possible": a word of not being able within three words of walking or
// bearing weight, in one clause. ("can't" and "couldn't" leave the word "t".) Never negated.
constexpr auto unable_words = std::to_array<std::string_view>(
    {"cannot", "cant", "unable", "not", "non", "no", "t", "impossible"});
constexpr auto weight_words = std::to_array<std::string_view>(
    {"walk*", "bear", "bears", "bearing", "weight", "weightbearing", "wb*"});
constexpr std::size_t unable_reach = 3;

// A negation (a narrow rule: a false alarm is safe, a missed flag is not). A word or phrase that
// names a red flag is not a mention when a negator applies to it directly in its clause: the word
// before it is a negator, with at most three `negation_fillers` between ("no retraction", "walks
// without crutches", "no palpable defect", "no sign of nerve pain"); or it follows a negated flag
// word after "or" ("no numbness or tingling"); or "negative" follows it through test words only
// ("neural tension test negative"). Phrases that are symptoms because of their negator ("no
// sensation", "no feeling in the foot", "can't feel", "not able to bear weight", "unable to WB",
// "no power") keep the negator inside the phrase, and inability to bear weight is never negated.
// "No new numbness", "no more tingling", "not numb": the words between are not fillers, or the
// word not a negator, so these stay mentions.
constexpr auto negators =
    std::to_array<std::string_view>({"no", "without", "wo", "denies", "denied", "negative", "nil"});
constexpr auto negation_fillers = std::to_array<std::string_view>(
    {"obvious", "palpable", "visible", "signs", "sign", "of", "any", "evidence", "a"});
constexpr auto test_words =
    std::to_array<std::string_view>({"tension", "test", "tests", "testing", "sign", "signs"});
constexpr std::size_t most_fillers = 3;

// A word of a text, in lower case, where it lies in the text, and the clause it is in (clauses
// end at , . ; : ! ? and brackets).
struct Word {
    std::string text;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t clause = 0;
    bool letters = false;   // single letters, joined or not: "n", "nwb" from "N/W/B"
    bool negative = false;  // a contraction in n't: "cant" from "can't", "didnt"
};

bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Single letters joined by one of . / & + are one word, so that abbreviations read as written
// without their punctuation: "N/W/B" and "n.w.b." are "nwb", "P&N" and "P & N" are "pn",
// "N+T" is "nt", "c/o" is "co".
bool joins_letters(std::string_view between) {
    const auto trimmed = [](std::string_view s) {
        while (!s.empty() && s.front() == ' ') {
            s.remove_prefix(1);
        }
        while (!s.empty() && s.back() == ' ') {
            s.remove_suffix(1);
        }
        return s;
    };
    if (between == "." || between == "/") {
        return true;
    }
    const auto joiner = trimmed(between);
    return joiner == "&" || joiner == "+";
}

bool is_apostrophe(std::string_view between) {
    return between == "'" || between == "\xE2\x80\x99";  // ' or U+2019
}

std::vector<Word> words_of(std::string_view text) {
    std::vector<Word> words;
    std::size_t clause = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_letter(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        std::string run;
        for (; end < text.size() && is_letter(text[end]); ++end) {
            const char c = text[end];
            run += c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        }
        const std::size_t gap_begin = words.empty() ? 0 : words.back().end;
        const auto between = text.substr(gap_begin, i - gap_begin);
        if (!words.empty() && run.size() == 1 && words.back().letters && joins_letters(between)) {
            words.back().text += run;
            words.back().end = end;
        } else if (!words.empty() && run == "t" && is_apostrophe(between)) {
            auto& word = words.back();
            word.text += run;
            word.end = end;
            word.letters = false;
            word.negative = word.text.ends_with("nt");
        } else {
            clause +=
                static_cast<std::size_t>(std::count_if(between.begin(), between.end(), [](char c) {
                    return std::string_view{",.;:!?()[]"}.find(c) != std::string_view::npos;
                }));
            words.push_back({std::move(run), i, end, clause, end - i == 1});
        }
        i = end;
    }
    return words;
}

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
                if (matches(word, named.word) && !near(i, 2, named.unless, true)
                    && !negated(i, i)) {
                    add(named.flag, named.also, i, i);
                }
            }
            for (const auto& phrase : flag_phrases) {
                if (!matches(word, phrase.word)) {
                    continue;
                }
                if (auto other = near(i, phrase.reach, phrase.near)) {
                    const auto first = std::min(i, *other);
                    const auto last = std::max(i, *other);
                    if (!negated(first, last)) {
                        add(phrase.flag, phrase.also, first, last);
                    }
                }
            }
            if (matches_any(word, weight_words)) {
                if (auto other = unable_near(i)) {
                    add(weight, weight, std::min(i, *other), std::max(i, *other));
                }
            }
        }
        return std::move(found_);
    }

  private:
    bool same_clause(std::size_t a, std::size_t b) const {
        return words_[a].clause == words_[b].clause;
    }

    // The index of a word within `reach` of word `i` in its clause that matches one of
    // `patterns` (only after it, when `after`).
    template <class Patterns>
    std::optional<std::size_t> near(std::size_t i, std::size_t reach, const Patterns& patterns,
                                    bool after = false) const {
        const std::size_t from = after ? i + 1 : (i >= reach ? i - reach : 0);
        const std::size_t to = std::min(words_.size(), i + reach + 1);
        for (std::size_t k = from; k < to; ++k) {
            if (k != i && same_clause(k, i) && matches_any(words_[k].text, patterns)) {
                return k;
            }
        }
        return std::nullopt;
    }

    // A word of not being able within unable_reach of word `i`, in its clause.
    std::optional<std::size_t> unable_near(std::size_t i) const {
        const std::size_t from = i >= unable_reach ? i - unable_reach : 0;
        const std::size_t to = std::min(words_.size(), i + unable_reach + 1);
        for (std::size_t k = from; k < to; ++k) {
            if (k != i && same_clause(k, i)
                && (words_[k].negative
                    || std::find(unable_words.begin(), unable_words.end(), words_[k].text)
                           != unable_words.end())) {
                return k;
            }
        }
        return std::nullopt;
    }

    bool names_flag(std::size_t k) const {
        return std::any_of(flag_words.begin(), flag_words.end(), [&](const FlagWord& named) {
            return matches(words_[k].text, named.word);
        });
    }

    // Whether a negator applies directly to the words first..last (the rule at `negators`).
    bool negated(std::size_t first, std::size_t last) const {
        std::size_t fillers = 0;
        for (std::size_t k = first; k > 0 && same_clause(k - 1, first); --k) {
            const auto& before = words_[k - 1].text;
            if (matches_any(before, negators)) {
                return true;
            }
            if (before == "or" || before == "nor") {
                return k >= 2 && same_clause(k - 2, first) && names_flag(k - 2)
                       && negated(k - 2, k - 2);
            }
            if (!matches_any(before, negation_fillers) || ++fillers > most_fillers) {
                break;
            }
        }
        for (std::size_t k = last + 1; k < words_.size() && same_clause(k, last); ++k) {
            if (words_[k].text == "negative") {
                return true;
            }
            if (!matches_any(words_[k].text, test_words)) {
                break;
            }
        }
        return false;
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
constexpr auto structured_keys = std::to_array<std::string_view>(
    {"schema", "$schema", "id", "date", "as_of", "region", "muscle", "site", "mechanism", "load",
     "fatigue", "exercise", "philosophy", "sex", "equipment", "lifts", "clinician"});

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
