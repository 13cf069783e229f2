// Grades in fields the schema does not know (grade_in_text.hpp, check_grades_in_fields):
// "mri": {"grade": 4}, "injury_grade_mri": "4"; the grades of notes are grade_in_text.cpp's.
#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/enum_names.hpp"
#include "json/grade_in_text.hpp"
#include "json/grade_reader.hpp"
#include "json/grade_tokens.hpp"
#include "json/grade_vocabulary.hpp"
#include "strict_json/values.hpp"

namespace coach::json::detail {

using namespace grade_words;
using namespace grade_text;

namespace {

// The grade a field's value writes whole: 0..4, "4", "4c", "IV", "four".
std::optional<Grade> field_grade(const boost::json::value& value) {
    if (value.is_int64() || value.is_uint64() || value.is_double()) {
        const double number = value.is_int64()    ? static_cast<double>(value.get_int64())
                              : value.is_uint64() ? static_cast<double>(value.get_uint64())
                                                  : value.get_double();
        const int grade = static_cast<int>(number);
        if (number >= 0 && number <= 4 && static_cast<double>(grade) == number) {
            return Grade{grade, std::nullopt};
        }
        return std::nullopt;
    }
    if (!value.is_string()) {
        return std::nullopt;
    }
    const std::string_view text{value.get_string().data(), value.get_string().size()};
    const auto tokens = tokens_of(text);
    if (tokens.size() != 1
        || folded(text, 0, tokens[0].begin).find_first_not_of(" ") != std::string::npos) {
        return std::nullopt;
    }
    return grade_of(tokens[0].text);
}

// Pairs of letters of which every grading word holds one: "gr" (grade, regraded), "gd", "ba"
// (BAMIC), "cl" (classification, reclassified), "sc" (rescored).
constexpr std::array<std::string_view, 5> grading_pairs = {"gr", "gd", "ba", "cl", "sc"};

// Whether `key` may name a grade: whether it holds one of grading_pairs, in any case. Each word
// key_words() reads is a run of the key's own characters, lower-cased, so a key with a grading
// word among its words holds that word's pair: most keys of a record ("date", "pain_rest",
// "symptoms") are ruled out so, without being split into words (splitting every key took most of
// this check's instructions).
constexpr bool may_name_a_grade(std::string_view key) {
    const auto lower = [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    };
    for (std::size_t i = 0; i + 1 < key.size(); ++i) {
        for (const std::string_view pair : grading_pairs) {
            if (lower(key[i]) == pair[0] && lower(key[i + 1]) == pair[1]) {
                return true;
            }
        }
    }
    return false;
}
static_assert(std::ranges::all_of(grading_words, may_name_a_grade),
              "every grading word holds one of grading_pairs");

class FieldCheck {
  public:
    FieldCheck(const Injury& recorded, Injury& injury, strict_json::Problems& problems)
        : recorded_(recorded), injury_(injury), problems_(problems) {}

    // Reads every member under `value`, which is at `pointer`; `pointer` grows and shrinks back
    // as the walk goes down and up (strict_json::PointerStep).
    void walk(const boost::json::value& value, std::string& pointer) {
        if (value.is_object()) {
            const auto& object = value.get_object();
            for (const auto& member : object) {
                const std::string_view key{member.key().data(), member.key().size()};
                const strict_json::PointerStep step{pointer, key};
                if (!elsewhere(pointer)) {
                    read(key, member.value(), object, pointer);
                    walk(member.value(), pointer);
                }
            }
        } else if (value.is_array()) {
            std::size_t index = 0;
            for (const auto& element : value.get_array()) {
                const strict_json::PointerStep step{pointer, index++};
                walk(element, pointer);
            }
        }
    }

  private:
    // The record's own injury, and what grades something else: the profile ("grade 4 league"),
    // the goal, the equipment and a logged session's exercises.
    static bool elsewhere(std::string_view pointer) {
        for (const std::string_view part : {"/injury", "/profile", "/goal", "/equipment"}) {
            if (strict_json::is_at_or_under(pointer, part)) {
                return true;
            }
        }
        const auto logged = strict_json::element_of(pointer, "/log");
        return logged && strict_json::is_at_or_under(logged->rest, "/items");
    }

    void read(std::string_view key, const boost::json::value& value,
              const boost::json::object& parent, const std::string& pointer) {
        if (!may_name_a_grade(key)) {
            return;
        }
        const auto words = key_words(key);
        if (!any_word(words, grading_words) || any_word(words, exercise_after)
            || any_word(words, exercise_before) || any_word(words, sport_grade_words)) {
            return;
        }
        auto grade = field_grade(value);
        if (!grade) {
            return;
        }
        if (!grade->site) {
            if (const auto* site = parent.if_contains("site"); site && site->is_string()) {
                grade->site = site_letter(std::string_view{site->get_string()});
            }
        }
        WrittenGrade written{grade->grade, grade->site ? grade->site : recorded_.site,
                             "",           false,
                             std::nullopt, false,
                             false};
        const int current = grade_text::severity(injury_.grade, injury_.site);
        if (!written.stops() || grade_text::severity(written.grade, written.site) <= current) {
            return;
        }
        const auto said =
            "holds grade " + std::to_string(written.grade)
            + (written.site && grade->site ? std::string{to_string(*written.site)} : std::string{})
            + " in a field the schema does not know";
        if (any_word(words, dating_before) || any_word(words, other_side_words)
            || any_word(words, other_words)) {
            problems_.warn(pointer, said + ", dated as an earlier injury or the other leg: injury "
                                         "records "
                                        + injury_named(recorded_)
                                        + ", which the safety gate reads; check the grade");
            return;
        }
        Injury raised = recorded_;
        raise_to(raised, written);
        problems_.warn(pointer, said + ", but injury records " + injury_named(recorded_)
                                    + ": the worse grade is read (the worst reading wins), so "
                                      "the safety gate stops every plan as for a recorded "
                                    + injury_named(raised) + "; correct the one that is wrong");
        raise_to(injury_, written);
    }

    const Injury& recorded_;
    Injury& injury_;
    strict_json::Problems& problems_;
};

}  // namespace

void check_grades_in_fields(const boost::json::value& document, const Injury& recorded,
                            Injury& injury, strict_json::Problems& problems) {
    if (recorded.grade >= 4) {
        return;  // nothing is worse than a complete tear
    }
    std::string pointer;
    FieldCheck{recorded, injury, problems}.walk(document, pointer);
}

}  // namespace coach::json::detail
