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

// One exercise with its dose for a week of the protocol: the plan's item, but for its
// repetitions, which a file may give as a scheme.
struct Prescription {
    Item dose;  // category from the catalog or the declared exercises; reps unset (see `reps`)
    std::optional<Reps> reps;
};

// The training of one or more consecutive protocol weeks ("weeks 5-10").
struct Week {
    int first = 1;  // protocol-wide week numbers, 1-based
    int last = 1;
    std::vector<unsigned> weekdays;  // 0 = Monday ... 6 = Sunday, one per session, ascending
    std::vector<Prescription> items;
};

struct ProtocolPhase {
    std::string name;
    std::string goal;
    std::string focus;
    Criteria entry;  // to start the phase
    Criteria exit;   // to leave it
    std::vector<Week> weeks;
};

// What follows the last week, repeated every week for as long as the plan runs.
struct Maintenance {
    std::string description;
    std::vector<unsigned> weekdays;
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
