#pragma once

#include <string>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "coach/sdk/chronology.hpp"
#include "coach/sdk/course.hpp"
#include "json_reader.hpp"

// Conditions a protocol file states on the athlete: entry and exit criteria of phases, when a
// regression applies, when to advise a referral. Every condition of a Criteria must hold.
namespace coach::protocol {

// A number the protocol can test.
enum class Measure {
    days_since_injury,   // on the day being decided
    sessions_completed,  // sessions of this protocol done before that day (logged + planned)
    last_session_pain,   // worst pain (during or next day) of the last logged session
    pain_rest,           // the rest: from the course of recovery on the day being decided
    pain_walking,
    pain_exercise,
    aslr_deficit_pct,
    strength_deficit_pct,
    max_sprint_pct,
};

// A yes/no finding of the latest assessment.
enum class Flag {
    numbness,
    tingling,
    altered_gait,
    unable_to_bear_weight,
    palpable_gap,
    daily_pain_medication,
};

using coach::Relation;

struct Bound {
    Relation relation = Relation::at_least;
    int value = 0;
};

struct NumberCondition {
    Measure measure = Measure::days_since_injury;
    std::vector<Bound> bounds;  // all must hold
};

struct FlagCondition {
    Flag flag = Flag::altered_gait;
    bool present = false;
};

struct Criteria {
    std::vector<NumberCondition> numbers;
    std::vector<FlagCondition> flags;

    bool empty() const { return numbers.empty() && flags.empty(); }
};

// Which values of the course a decision may read.
enum class Evidence {
    course,    // the course on the day decided: measured where measured, projected beyond
    measured,  // only what was measured on or before that day (referrals, regressions)
};

// What is known about the athlete on the day a criterion is decided. Assessment values come from
// the course of recovery (Case::course) of that day: measured where an assessment recorded them,
// projected beyond, so that a plan progresses on the recovery the published data expect and
// says so. A condition on a value that is unknown on that day is not met. A finding comes from
// the latest assessment on or before that day that records it (present or absent): a symptom no
// assessment records is not known either way, and a condition on it is not met, so that
// "altered_gait": false waits for a gait recorded even (gait_recorded_even(),
// coach/sdk/chronology.hpp, which the safety gate's high-speed rule reads too).
struct Facts {
    Date day;
    int days_since_injury = 0;
    int sessions_completed = 0;
    const LogEntry* last_session = nullptr;
    const Course* course = nullptr;
    Evidence evidence = Evidence::course;
    // The merged assessments of the record (Case::chronology), all of them; read up to `day`.
    const Chronology* chronology = nullptr;
};

// Reads a criteria object, e.g. {"days_since_injury": {"at_least": 7}, "altered_gait": false}.
Criteria read_criteria(const ObjectReader& object);

// Each condition in words, e.g. "pain walking at most 1/10".
std::vector<std::string> describe(const Criteria& criteria);

// The conditions that `facts` do not meet, in words with what was observed, e.g.
// "pain walking at most 1/10 (4/10 measured on 2026-10-03)" or "(2/10 projected for
// 2026-10-06)". Empty when all are met.
std::vector<std::string> unmet(const Criteria& criteria, const Facts& facts);

// The conditions that `facts` meet only on the projected course (course.hpp,
// Standing::projected), in words: what a reassessment on that day has to confirm. Empty when
// every condition holds on measured values or does not read the course.
std::vector<std::string> projected(const Criteria& criteria, const Facts& facts);

inline bool met(const Criteria& criteria, const Facts& facts) {
    return unmet(criteria, facts).empty();
}

// The fewest days since injury on which `criteria` can hold (0 when they say nothing of it).
int earliest_day_since_injury(const Criteria& criteria);

}  // namespace coach::protocol
