#pragma once

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

// A day of the plan. A rest day is a session with a single `rest` item.
struct Session {
    Date date;
    std::string phase;
    std::string focus;
    std::vector<Item> items;

    bool is_rest_day() const {
        return items.size() == 1 && items.front().category == Category::rest;
    }

    friend bool operator==(const Session&, const Session&) = default;
};

struct Phase {
    std::string name;
    Date start;
    Date end;
    std::string goal;
    std::vector<std::string> exit_criteria;

    friend bool operator==(const Phase&, const Phase&) = default;
};

// Estimates, never clearances: return to sport means "criteria met, clinician sign-off required".
struct Milestones {
    std::optional<Date> return_to_run;
    std::optional<Date> full_speed;
    std::optional<Date> return_to_sport;

    friend bool operator==(const Milestones&, const Milestones&) = default;
};

inline constexpr std::string_view return_to_sport_wording =
    "criteria met, clinician sign-off required";

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
