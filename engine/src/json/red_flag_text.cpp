// Red flags written in words (red_flag_text.hpp).
#include "json/red_flag_text.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/enum_names.hpp"
#include "json/grade_in_text.hpp"
#include "json/red_flag_mentions.hpp"
#include "json/red_flag_questions.hpp"
#include "strict_json/values.hpp"

namespace coach::json::detail {

namespace {

// The index N when `pointer` lies inside the element /`array`/N.
std::optional<std::size_t> index_in(std::string_view pointer, std::string_view array) {
    const auto element = strict_json::element_of(pointer, array);
    return element ? std::optional{element->index} : std::nullopt;
}

// Keys whose strings are names, not words: identifiers, dates and enumerations (a review's `lifts`
// names red flags as enumerations). A review's note is read as words: a red flag it names must be
// one the review lifts or one its assessment records. A logged item is read whole, its `exercise`
// and any `equipment` too: a catalog id reads as words ("single_leg_deadlift"), and free text
// there ("walked with a stick", "crutches") is the record's as much as its notes. So is the
// record's own `equipment`: what the athlete has now, so a walking aid listed there ("crutches",
// "wheelchair") is one in use, answered by the latest assessment (trial 34: inability to bear
// weight is a red flag that withholds every plan, docs/DATA.md "Safety gate").
constexpr auto structured_keys = std::to_array<std::string_view>(
    {"schema", "$schema", "id", "date", "as_of", "region", "muscle", "site", "mechanism", "load",
     "fatigue", "philosophy", "sex", "lifts", "clinician"});

// Strings that name something by a pointer of their own: a goal's event is a competition's name,
// not words about the athlete (trial 36: "numbness charity run" names a run), and the profile's
// sport is the game the athlete plays (trial 37: "wheelchair rugby" is not a wheelchair in use).
constexpr auto name_pointers = std::to_array<std::string_view>({"/goal/event", "/profile/sport"});

bool is_structured(std::string_view key) {
    return std::find(structured_keys.begin(), structured_keys.end(), key) != structured_keys.end();
}

bool is_a_name(std::string_view pointer) {
    return std::find(name_pointers.begin(), name_pointers.end(), pointer) != name_pointers.end();
}

std::string symptom_name(RedFlag flag) {
    return "symptoms." + std::string{to_string(flag)};
}

// Who answers for a red flag a text at some pointer mentions (red_flag_text.hpp).
struct Answer {
    std::optional<std::size_t> assessment;  // the assessment that records the flag
    bool lifted = false;                    // a review's note, and the review lifts the flag
    std::string missing;                    // else which should: "this assessment does not record"

    bool answered() const { return assessment || lifted; }
};

class TextCheck {
  public:
    TextCheck(const Athlete& athlete, strict_json::Problems& problems)
        : athlete_(athlete), problems_(problems), grades_(athlete.injury) {}

    // Reads every string under `value`, which is at `pointer`; `pointer` grows and shrinks back
    // as the walk goes down and up (strict_json::PointerStep).
    void walk(const boost::json::value& value, std::string& pointer) {
        if (value.is_string()) {
            if (!is_a_name(pointer)) {
                check(value.get_string(), pointer);
            }
        } else if (value.is_object()) {
            for (const auto& member : value.get_object()) {
                const std::string_view key{member.key().data(), member.key().size()};
                if (!is_structured(key)) {
                    const strict_json::PointerStep step{pointer, key};
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

    // The flags the words affirm where the record says absent: (assessment, flag).
    const std::vector<std::pair<std::size_t, RedFlag>>& affirmed() const { return affirmed_; }

    // The grades the words affirm worse than recorded (grade_in_text.hpp).
    const GradeCheck& grades() const { return grades_; }

  private:
    // A mention of either of two flags is answered by a record of either, and said no more when
    // the text also names one of them on its own.
    void check(std::string_view written, const std::string& pointer) {
        const auto settled = written.find('?') == std::string_view::npos
                                 ? std::nullopt
                                 : with_settled_doubts(written);
        const std::string_view text = settled ? std::string_view{*settled} : written;
        const auto mentions = mentions_in(text, day_written(pointer), athlete_.injury.date);
        for (const auto& mention : mentions) {
            const bool said_alone =
                !mention.single()
                && std::any_of(mentions.begin(), mentions.end(), [&](const Mention& other) {
                       return other.single() && mention.covers(other.flag);
                   });
            if (said_alone) {
                continue;
            }
            const Answer first = answer(mention.flag, pointer);
            const Answer second = mention.single() ? first : answer(mention.also, pointer);
            const bool denied_in_the_log =
                mention.denied && !mention.affirmed && index_in(pointer, "/log").has_value();
            if (!first.answered() && !second.answered() && !(mention.settled && !mention.affirmed)
                && !denied_in_the_log) {
                std::string names = symptom_name(mention.flag);
                if (!mention.single()) {
                    names += " or " + symptom_name(mention.also);
                }
                problems_.add(pointer, "mentions \"" + mention.word + "\", but " + first.missing
                                           + " " + names
                                           + ": record it (true or false) so that the safety "
                                             "gate can act on it");
            } else if (mention.affirmed) {
                check_contradiction(mention, pointer, first, second);
            }
        }
        grades_.read(text, pointer, problems_);
    }

    // Words that affirm a flag the answering assessment records absent (and none present): a
    // warning, and the flag is read as present, as red flags always win. A review that lifts the
    // flag has said what its own note's words mean.
    void check_contradiction(const Mention& mention, const std::string& pointer,
                             const Answer& first, const Answer& second) {
        std::vector<std::pair<std::size_t, RedFlag>> absent;
        const std::array<std::pair<RedFlag, const Answer*>, 2> answers{
            {{mention.flag, &first}, {mention.also, &second}}};
        for (std::size_t i = 0; i < (mention.single() ? 1 : 2); ++i) {
            const auto& [flag, answer] = answers[i];
            if (answer->lifted) {
                return;
            }
            if (!answer->assessment) {
                continue;
            }
            const auto recorded = finding(athlete_.assessments[*answer->assessment].symptoms, flag);
            if (is_present(recorded)) {
                return;
            }
            if (recorded == Finding::absent) {
                absent.emplace_back(*answer->assessment, flag);
            }
        }
        if (absent.empty()) {
            return;
        }
        const auto where =
            index_in(pointer, "/assessments")
                ? std::string{"this assessment"}
                : "the assessment of " + athlete_.assessments[absent.front().first].date.iso();
        std::string names;
        for (const auto& [index, flag] : absent) {
            names += (names.empty() ? "" : " and ") + symptom_name(flag) + " false";
            affirmed_.emplace_back(index, flag);
        }
        problems_.warn(pointer, "mentions \"" + mention.word + "\", but " + where + " records "
                                    + names
                                    + ": the words contradict the record, and the red flag "
                                      "is read as present (red flags win); correct the one "
                                      "that is wrong");
    }

    // The day since the injury (day 0) of the assessment or log entry `pointer` lies in, if any.
    std::optional<int> day_written(const std::string& pointer) const {
        if (auto index = index_in(pointer, "/assessments");
            index && *index < athlete_.assessments.size()) {
            return athlete_.assessments[*index].date - athlete_.injury.date;
        }
        if (auto index = index_in(pointer, "/log"); index && *index < athlete_.log.size()) {
            return athlete_.log[*index].date - athlete_.injury.date;
        }
        return std::nullopt;
    }

    // Which assessment records `flag` for text at `pointer` (red_flag_text.hpp), or which should.
    Answer answer(RedFlag flag, const std::string& pointer) const {
        const auto& assessments = athlete_.assessments;
        const auto records = [flag](const Assessment& a) {
            return finding(a.symptoms, flag) != Finding::not_recorded;
        };
        if (auto index = index_in(pointer, "/assessments"); index && *index < assessments.size()) {
            const auto& assessment = assessments[*index];
            const auto& review = assessment.clinician_review;
            const bool lifted = review
                                && std::find(review->lifts.begin(), review->lifts.end(), flag)
                                       != review->lifts.end();
            if (lifted && pointer.find("/clinician_review/") != std::string::npos) {
                return {.lifted = true};
            }
            if (records(assessment)) {
                return {.assessment = *index};
            }
            return {.missing = "this assessment does not record"};
        }
        if (auto index = index_in(pointer, "/log"); index && *index < athlete_.log.size()) {
            const Date day = athlete_.log[*index].date;
            std::optional<std::size_t> earliest;
            for (std::size_t i = 0; i < assessments.size(); ++i) {
                if (assessments[i].date >= day && records(assessments[i])
                    && (!earliest || assessments[i].date < assessments[*earliest].date)) {
                    earliest = i;
                }
            }
            if (earliest) {
                return {.assessment = earliest};
            }
            return {.missing = "no assessment on or after " + day.iso() + " records"};
        }
        const auto latest = std::max_element(
            assessments.begin(), assessments.end(),
            [](const Assessment& a, const Assessment& b) { return a.date < b.date; });
        if (latest != assessments.end() && records(*latest)) {
            return {.assessment = static_cast<std::size_t>(latest - assessments.begin())};
        }
        return {.missing = latest == assessments.end() ? "no assessment records"
                                                       : "the latest assessment does not record"};
    }

    const Athlete& athlete_;
    strict_json::Problems& problems_;
    std::vector<std::pair<std::size_t, RedFlag>> affirmed_;
    GradeCheck grades_;
};

}  // namespace

void check_red_flags_in_text(const boost::json::value& document, Athlete& athlete,
                             strict_json::Problems& problems) {
    TextCheck check{athlete, problems};
    std::string pointer;
    check.walk(document, pointer);
    for (const auto& [index, flag] : check.affirmed()) {
        finding(athlete.assessments[index].symptoms, flag) = Finding::present;
    }
    check.grades().raise(athlete.injury);
}

}  // namespace coach::json::detail
