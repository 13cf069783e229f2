#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coach/sdk/philosophy.hpp"
#include "coach/sdk/plan.hpp"
#include "criteria.hpp"

// A protocol file, coach.protocol/1 (sdk/schema/protocol.schema.json), as the plugin holds it
// once read and checked.
namespace coach::protocol {

inline constexpr std::string_view schema_name = "coach.protocol/1";
inline constexpr std::string_view file_suffix = ".protocol.json";
inline constexpr std::string_view id_prefix = "protocol:";

// Repetitions of one prescribed exercise: a number for every set, a range such as "6-8" (the
// plan prescribes the lower bound and states the range in the cue), or one number per set such
// as "12, 10, 8" (the plan has one item per set, so that each set's dose is exact).
struct Reps {
    int low = 1;
    int high = 1;              // == low unless a range
    std::vector<int> per_set;  // set when the file gives one number per set

    bool is_range() const { return per_set.empty() && high != low; }
};

// When one exercise is due, when it keeps a rhythm of its own rather than the week's sessions.
// At most one of every_days, per_week, on_days and weekdays is set; times_a_day goes with any
// (alone: every day). Days of a phase count from the day the athlete entered it (day 1).
struct ItemSchedule {
    std::optional<int> every_days;   // due on phase days 1, 1 + N, 1 + 2N, ...
    std::optional<int> per_week;     // N days of each 7-day block, spread: offsets k * 7 / N
    std::vector<int> on_days;        // phase days (1-based), ascending
    std::vector<unsigned> weekdays;  // 0 = Monday ... 6 = Sunday, ascending
    int times_a_day = 1;             // bouts on each day it is due, in one session
};

// One exercise with its dose for a week of the protocol: the plan's item, but for its
// repetitions, which a file may give as a scheme, and for the days it is due.
struct Prescription {
    Item dose;  // category from the catalog or the declared exercises; reps unset (see `reps`)
    std::optional<Reps> reps;
    std::optional<ItemSchedule> schedule;  // none: due on every session day of the week
};

// The training of one or more consecutive protocol weeks ("weeks 5-10").
struct Week {
    int first = 1;  // protocol-wide week numbers, 1-based
    int last = 1;
    // 0 = Monday ... 6 = Sunday, one per session, ascending; the days of the items without a
    // schedule of their own (empty when every item has one)
    std::vector<unsigned> weekdays;
    std::vector<Prescription> items;
};

struct ProtocolPhase {
    std::string name;
    std::string goal;
    std::string focus;
    Criteria entry;  // to start the phase
    Criteria exit;   // to leave it
    // Days in the phase, counted from the day the athlete entered it: it is not left before
    // min_days have passed, and it is left once max_days have, exit criteria met or not (never
    // into a phase whose entry criteria are not met: the plan holds and says so).
    std::optional<int> min_days;
    std::optional<int> max_days;
    std::vector<Week> weeks;
};

// What follows the last week, repeated every week for as long as the plan runs.
struct Maintenance {
    std::string description;
    std::vector<unsigned> weekdays;  // as Week::weekdays
    std::vector<Prescription> items;
};

// When the last logged session hurt, go back to the dose of the week before the one that hurt.
struct Regression {
    Criteria when;
    std::string reason;
};

// Findings that add an advise referral to the plan.
struct ReferralRule {
    Criteria when;
    std::string reason;
};

struct Protocol {
    std::string name;  // the file's name without ".protocol.json"
    // What the philosophy says of itself: id "protocol:" + name, name the file's "title".
    PhilosophyInfo info;
    std::vector<std::string> rationale;
    std::vector<ProtocolPhase> phases;
    Maintenance maintenance;
    std::vector<Regression> regressions;
    std::vector<ReferralRule> referrals;
    std::optional<std::string> return_to_sport_phase;  // a phase name, or "maintenance"

    const std::string& id() const { return info.id; }
    // Weeks before maintenance.
    int week_count() const { return phases.empty() ? 0 : phases.back().weeks.back().last; }
};

}  // namespace coach::protocol
