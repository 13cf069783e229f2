#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "coach/sdk/catalog.hpp"
#include "coach/sdk/date.hpp"

namespace coach {

enum class Side { both, injured, uninjured };
COACH_ENUM_NAMES(Side, {Side::both, "both"}, {Side::injured, "injured"},
                 {Side::uninjured, "uninjured"});

// One prescribed exercise. Set the fields the exercise needs; the volume field its category's
// dose unit names (catalog.hpp) must be present and positive.
struct Item {
    std::string exercise;
    Category category = Category::rest;  // filled in from the catalog by PlanBuilder
    std::optional<int> sets;
    std::optional<int> reps;
    std::optional<Load> load;
    std::optional<int> distance_m;
    std::optional<int> intensity_pct;  // of top speed or effort, 0-100
    std::optional<int> rest_s;         // between reps or sets
    std::optional<int> duration_min;
    std::optional<int> hold_s;
    std::optional<Side> side;
    std::string cue;

    friend bool operator==(const Item&, const Item&) = default;
};

// The item a logged exercise amounts to: the dose the athlete did, with no cue, rest or side, and
// the category left to be set from the catalog (or the plugin's declared exercises).
// [thread-safe] Pure.
inline Item item_done(const LoggedItem& logged) {
    return Item{.exercise = logged.exercise,
                .sets = logged.sets,
                .reps = logged.reps,
                .load = logged.load,
                .distance_m = logged.distance_m,
                .intensity_pct = logged.intensity_pct,
                .duration_min = logged.duration_min,
                .hold_s = logged.hold_s};
}

// The volume of `item` in its category's dose unit, or nullopt when the fields that unit needs
// are missing. Count-dosed categories (rest, assessment, support) are always 1.
constexpr std::optional<int> item_dose(const Item& item) {
    const int sets = item.sets.value_or(1);
    switch (dose_unit(item.category)) {
        case DoseUnit::reps:
            return item.reps ? std::optional{sets * *item.reps} : std::nullopt;
        case DoseUnit::seconds:
            return item.hold_s ? std::optional{sets * *item.hold_s} : std::nullopt;
        case DoseUnit::metres:
            return item.distance_m ? std::optional{sets * item.reps.value_or(1) * *item.distance_m}
                                   : std::nullopt;
        case DoseUnit::minutes:
            return item.duration_min ? std::optional{sets * *item.duration_min} : std::nullopt;
        case DoseUnit::count:
            return 1;
    }
    return std::nullopt;
}

// The volume an item states and its unit: its category's dose unit (item_dose) when that field
// is given, else the first of distance_m (times reps), hold_s, reps, duration_min the item gives,
// each times sets. A protocol may dose an exercise in the unit its source states, independent of
// the catalog category (a mobility drill as sets of reps): such an item has a volume, though not
// one that adds to its category's weekly dose. nullopt when the item gives no volume at all.
// [thread-safe] Pure.
struct StatedDose {
    DoseUnit unit = DoseUnit::count;
    int amount = 1;
};

constexpr std::optional<StatedDose> stated_dose(const Item& item) {
    if (const auto dose = item_dose(item)) {
        return StatedDose{dose_unit(item.category), *dose};
    }
    const int sets = item.sets.value_or(1);
    if (item.distance_m) {
        return StatedDose{DoseUnit::metres, sets * item.reps.value_or(1) * *item.distance_m};
    }
    if (item.hold_s) {
        return StatedDose{DoseUnit::seconds, sets * *item.hold_s};
    }
    if (item.reps) {
        return StatedDose{DoseUnit::reps, sets * *item.reps};
    }
    if (item.duration_min) {
        return StatedDose{DoseUnit::minutes, sets * *item.duration_min};
    }
    return std::nullopt;
}

// A day of the plan. A rest day is a session with a single `rest` item. `projected`: the session
// rests on the projected course of recovery rather than on measured values (a phase entered, or a
// progression made, because the course expects a criterion to be met by then): an estimate that
// the reassessment the plan schedules at that step confirms or moves.
struct Session {
    Date date;
    std::string phase;
    std::string focus;
    std::vector<Item> items;
    bool projected = false;

    bool is_rest_day() const {
        return items.size() == 1 && items.front().category == Category::rest;
    }

    friend bool operator==(const Session&, const Session&) = default;
};

// A stage of the programme. `return_to_sport`: the phase in which the athlete is back in the
// sport (criteria met, clinician sign-off required); a plan marks at most one, and the engine's
// return-to-sport milestone is its start.
struct Phase {
    std::string name;
    Date start;
    Date end;
    std::string goal;
    std::vector<std::string> exit_criteria;
    bool return_to_sport = false;

    friend bool operator==(const Phase&, const Phase&) = default;
};

enum class MilestoneKind : std::uint8_t { return_to_run, full_speed, return_to_sport };
COACH_ENUM_NAMES(MilestoneKind, {MilestoneKind::return_to_run, "return_to_run"},
                 {MilestoneKind::full_speed, "full_speed"},
                 {MilestoneKind::return_to_sport, "return_to_sport"});

// Estimates, never clearances. The engine sets them from the plan, one definition for every
// philosophy (docs/DATA.md, "Milestones"): return to run is the first session with a running or
// sprint item; full speed the first with a sprint item at 90% or more; return to sport the start
// of the phase marked return_to_sport ("criteria met, clinician sign-off required").
struct Milestones {
    std::optional<Date> return_to_run;
    std::optional<Date> full_speed;
    std::optional<Date> return_to_sport;
    // Milestones the programme reaches only after the plan's last day. A plugin lists here what
    // its programme holds beyond the horizon (PlanBuilder::beyond_horizon); the engine keeps an
    // entry only while the milestone has no date.
    std::vector<MilestoneKind> beyond_horizon;
    // Set by the engine: milestones resting on the projection (a session marked projected, or
    // no assessment of that very day measured them met): earliest estimates, not criteria met.
    std::vector<MilestoneKind> projected;

    std::optional<Date> date(MilestoneKind kind) const {
        switch (kind) {
            case MilestoneKind::return_to_run:
                return return_to_run;
            case MilestoneKind::full_speed:
                return full_speed;
            case MilestoneKind::return_to_sport:
                return return_to_sport;
        }
        return std::nullopt;
    }
    bool is_beyond_horizon(MilestoneKind kind) const {
        return std::find(beyond_horizon.begin(), beyond_horizon.end(), kind)
               != beyond_horizon.end();
    }
    bool is_projected(MilestoneKind kind) const {
        return std::find(projected.begin(), projected.end(), kind) != projected.end();
    }

    friend bool operator==(const Milestones&, const Milestones&) = default;
};

inline constexpr std::string_view return_to_sport_wording =
    "criteria met, clinician sign-off required";
// What a plan says of a return to sport that rests on the projected course: the criteria are
// expected, not measured, so it never says they were met.
inline constexpr std::string_view projected_return_to_sport_wording =
    "earliest estimate on the projected course, clinician sign-off required";

enum class ReferralLevel { advise, stop };
COACH_ENUM_NAMES(ReferralLevel, {ReferralLevel::advise, "advise"}, {ReferralLevel::stop, "stop"});

struct Referral {
    ReferralLevel level = ReferralLevel::advise;
    std::string reason;

    friend bool operator==(const Referral&, const Referral&) = default;
};

// ok: a plan that passed the safety gate. referral: the gate withheld it for a red flag (no
// sessions; the referrals say why). not_applicable: the philosophy does not cover the record's
// injury region (no sessions; `reason` says why); the engine decides it from info().injuries
// and does not call plan().
enum class PlanStatus { ok, referral, not_applicable };
COACH_ENUM_NAMES(PlanStatus, {PlanStatus::ok, "ok"}, {PlanStatus::referral, "referral"},
                 {PlanStatus::not_applicable, "not_applicable"});

// Where a plan came from. Filled in by the engine, which alone knows the library file.
struct Provenance {
    std::string id;
    std::string version;
    std::string library_sha256;

    friend bool operator==(const Provenance&, const Provenance&) = default;
};

// A plan, schema coach.plan/1.
struct Plan {
    Provenance philosophy;
    std::string athlete;
    Date as_of;
    PlanStatus status = PlanStatus::ok;
    std::string reason;  // why the status is not_applicable; empty otherwise
    std::vector<Referral> referrals;
    std::vector<Phase> phases;
    std::vector<Session> sessions;
    Milestones milestones;
    std::string maintenance;
    std::vector<std::string> rationale;
    std::vector<std::string> sources;

    friend bool operator==(const Plan&, const Plan&) = default;
};

}  // namespace coach
