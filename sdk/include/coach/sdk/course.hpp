#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "coach/sdk/date.hpp"
#include "coach/sdk/enum_names.hpp"

// The course of recovery: the athlete's state on each day, measured where an assessment recorded
// it and projected elsewhere from published recovery times. The engine builds it once per request
// (its course_of(), docs/DESIGN.md "The course of recovery") and hands it to every philosophy in
// Case::course, so that all of them plan on the same expected recovery. A value type.
namespace coach {

// A number the course follows: the values an assessment records (athlete.hpp, Assessment).
// Pain is the 0-10 numeric rating scale; the deficits are % of the uninjured side; the top
// sprint speed is % of the athlete's own top speed.
enum class Sign : std::uint8_t {
    pain_rest,
    pain_walking,
    pain_exercise,
    aslr_deficit_pct,
    strength_deficit_pct,
    max_sprint_pct,
};
COACH_ENUM_NAMES(Sign, {Sign::pain_rest, "pain_rest"}, {Sign::pain_walking, "pain_walking"},
                 {Sign::pain_exercise, "pain_exercise"},
                 {Sign::aslr_deficit_pct, "aslr_deficit_pct"},
                 {Sign::strength_deficit_pct, "strength_deficit_pct"},
                 {Sign::max_sprint_pct, "max_sprint_pct"});

inline constexpr std::size_t sign_count = enum_names<Sign>::table.size();

constexpr std::size_t index_of(Sign sign) {
    return static_cast<std::size_t>(sign);
}

// Whether a higher value is the better one: only for the top sprint speed.
constexpr bool higher_is_better(Sign sign) {
    return sign == Sign::max_sprint_pct;
}

// For people: "pain walking", "strength deficit" ...
constexpr std::string_view label(Sign sign) {
    switch (sign) {
        case Sign::pain_rest:
            return "pain at rest";
        case Sign::pain_walking:
            return "pain walking";
        case Sign::pain_exercise:
            return "pain during exercise";
        case Sign::aslr_deficit_pct:
            return "active straight-leg raise deficit";
        case Sign::strength_deficit_pct:
            return "strength deficit";
        case Sign::max_sprint_pct:
            return "top sprint speed";
    }
    return "";
}

// "/10" for pain, "%" for the rest.
constexpr std::string_view unit(Sign sign) {
    return sign <= Sign::pain_exercise ? "/10" : "%";
}

// How a value of the course is known.
enum class Basis : std::uint8_t {
    unknown,    // nothing measured yet and the projection does not reach this day
    measured,   // an assessment of this very day recorded it (one day's assessments merged)
    projected,  // expected from the last measurement and published recovery times
};
COACH_ENUM_NAMES(Basis, {Basis::unknown, "unknown"}, {Basis::measured, "measured"},
                 {Basis::projected, "projected"});

// One sign on one day. `value` is in the sign's unit and means nothing when basis is unknown.
struct Reading {
    std::int16_t value = 0;
    Basis basis = Basis::unknown;

    constexpr bool known() const { return basis != Basis::unknown; }
    constexpr std::optional<int> value_if_known() const {
        return known() ? std::optional<int>{value} : std::nullopt;
    }
    friend bool operator==(const Reading&, const Reading&) = default;
};

// A value an assessment recorded.
struct Measurement {
    Date date;
    int value = 0;

    friend bool operator==(const Measurement&, const Measurement&) = default;
};

// The athlete's expected state on one day.
struct DayState {
    Date date;
    std::array<Reading, sign_count> readings{};

    constexpr const Reading& operator[](Sign sign) const { return readings[index_of(sign)]; }
    friend bool operator==(const DayState&, const DayState&) = default;
};

// Where the projection's days come from: the published recovery time for the injury and what the
// record's assessments add to it. Days are counted from the injury date.
struct Projection {
    int published_days = 0;      // return to sport from grade, site, mechanism, previous injuries
    int walking_floor_days = 0;  // at least this many, for pain on walking after day 1; 0: none
    int delay_days = 0;          // added because a measured value was behind the projected schedule
    Date pain_free_rest;     // pain at rest reaches 0; measured 0: then at most (docs/DESIGN.md)
    Date pain_free_walking;  // pain walking reaches 0 (so too); running may build from here
    Date return_to_sport;    // pain-free exercise, full range and top speed: the course's estimate
    std::vector<std::string> reasons;  // each step of the estimate, with its source

    friend bool operator==(const Projection&, const Projection&) = default;
};

// How much longer than usual for its grade the published data expect a hamstring injury to take,
// as factors in permille (1000: as usual), each applied once (docs/DESIGN.md, "The course of
// recovery", gives the figures): into the tendon (site c), x1.5 (Shamji et al., BMJ Open Sport
// Exerc Med 2021); a stretch-type injury, x1.8 (Askling et al., Br J Sports Med 2013); after a
// previous hamstring injury, x1.786 (Brooks et al., Am J Sports Med 2006). The course's projection
// applies them; a philosophy may lengthen its own calendar by them where its sources are silent.
inline constexpr int site_c_delay_permille = 1500;
inline constexpr int stretch_type_delay_permille = 1800;
inline constexpr int recurrence_delay_permille = 1786;

// The product of the factors that apply to `injury`, in permille, rounded half up (1000 when none
// applies; at most 4822). [thread-safe] Pure.
constexpr int published_delay_permille(const Injury& injury) {
    std::int64_t product = 1000;
    const auto apply = [&product](int factor) { product = (product * factor + 500) / 1000; };
    if (injury.site == Site::c) {
        apply(site_c_delay_permille);
    }
    if (injury.mechanism == Mechanism::stretching) {
        apply(stretch_type_delay_permille);
    }
    if (injury.previous_injuries > 0) {
        apply(recurrence_delay_permille);
    }
    return static_cast<int>(product);
}

// `days` (0 or more) lengthened by `permille`, rounded half up: lengthened(15, 1500) is 23.
// [thread-safe] Pure.
constexpr int lengthened(int days, int permille) {
    return static_cast<int>((static_cast<std::int64_t>(days) * permille + 500) / 1000);
}

// The course of recovery from the injury (at most two years back) to the plan's last day.
struct Course {
    std::vector<DayState> days;  // one per day, consecutive, oldest first
    // Per sign (indexed by index_of), every value the merged assessments recorded up to the plan's
    // last day, oldest first.
    std::array<std::vector<Measurement>, sign_count> measurements;
    Projection projection;

    // The state of `day`, or nullptr when the course does not cover it.
    const DayState* on(Date day) const {
        if (days.empty() || day < days.front().date || day > days.back().date) {
            return nullptr;
        }
        return &days[static_cast<std::size_t>(day - days.front().date)];
    }

    // `sign` on `day`; unknown outside the course.
    Reading reading(Date day, Sign sign) const {
        const DayState* state = on(day);
        return state == nullptr ? Reading{} : (*state)[sign];
    }

    // The latest measurement of `sign` dated on or before `day`, or nullptr.
    const Measurement* latest_measurement(Sign sign, Date day) const {
        const auto& found = measurements[index_of(sign)];
        const auto after = std::upper_bound(
            found.begin(), found.end(), day,
            [](Date d, const Measurement& measurement) { return d < measurement.date; });
        return after == found.begin() ? nullptr : &*(after - 1);
    }

    friend bool operator==(const Course&, const Course&) = default;
};

// How a criterion compares a value with its bound.
enum class Relation : std::uint8_t { above, at_least, below, at_most };
COACH_ENUM_NAMES(Relation, {Relation::above, "above"}, {Relation::at_least, "at_least"},
                 {Relation::below, "below"}, {Relation::at_most, "at_most"});

constexpr bool holds(Relation relation, int value, int bound) {
    switch (relation) {
        case Relation::above:
            return value > bound;
        case Relation::at_least:
            return value >= bound;
        case Relation::below:
            return value < bound;
        case Relation::at_most:
            return value <= bound;
    }
    return false;
}

// A condition on one sign of the course, e.g. {Sign::pain_walking, Relation::at_most, 1}.
// `unknown_passes`: a day on which the sign is unknown (nothing measured yet and the projection
// not there yet) does not hold the criterion back; by default it does.
struct Criterion {
    Sign sign = Sign::pain_walking;
    Relation relation = Relation::at_most;
    int bound = 0;
    bool unknown_passes = false;

    friend bool operator==(const Criterion&, const Criterion&) = default;
};

// "pain walking at most 1/10"
inline std::string describe(const Criterion& criterion) {
    std::string relation{to_string(criterion.relation)};
    std::replace(relation.begin(), relation.end(), '_', ' ');
    return std::string{label(criterion.sign)} + " " + relation + " "
           + std::to_string(criterion.bound) + std::string{unit(criterion.sign)};
}

// "pain walking at most 0/10, pain during exercise at most 2/10"
inline std::string describe(std::span<const Criterion> criteria) {
    std::string text;
    for (const auto& criterion : criteria) {
        text += (text.empty() ? "" : ", ") + describe(criterion);
    }
    return text;
}

// How a criterion stands on a day of the course.
enum class Standing : std::uint8_t {
    unmet,      // not met, or the value is unknown (unless the criterion lets that pass)
    met,        // met by the latest measurement on or before the day (the course never projects
                // a value worse than the last measurement, so it holds from then on), or unknown
                // and let pass
    projected,  // met only by the projection: an earliest estimate, to be reassessed
};

// How `criterion` stands on `day`. [thread-safe] Pure.
inline Standing standing(const Course& course, const Criterion& criterion, Date day) {
    const Reading reading = course.reading(day, criterion.sign);
    if (!reading.known()) {
        return criterion.unknown_passes ? Standing::met : Standing::unmet;
    }
    if (!holds(criterion.relation, reading.value, criterion.bound)) {
        return Standing::unmet;
    }
    const Measurement* latest = course.latest_measurement(criterion.sign, day);
    return latest != nullptr && holds(criterion.relation, latest->value, criterion.bound)
               ? Standing::met
               : Standing::projected;
}

// The worst standing of every criterion on `day` (met when there are none).
inline Standing standing(const Course& course, std::span<const Criterion> criteria, Date day) {
    Standing worst = Standing::met;
    for (const auto& criterion : criteria) {
        const Standing one = standing(course, criterion, day);
        if (one == Standing::unmet) {
            return Standing::unmet;
        }
        if (one == Standing::projected) {
            worst = Standing::projected;
        }
    }
    return worst;
}

// The first day in from..to on which every criterion is met, and whether that rests on the
// projection; nullopt when no day of the range meets them. [thread-safe] Pure.
struct FirstMet {
    Date day;
    bool projected = false;
};
inline std::optional<FirstMet> first_met(const Course& course, std::span<const Criterion> criteria,
                                         Date from, Date to) {
    for (Date day = from; day <= to; day += 1) {
        if (const Standing found = standing(course, criteria, day); found != Standing::unmet) {
            return FirstMet{day, found == Standing::projected};
        }
    }
    return std::nullopt;
}

// The cue of the reassessment a plan schedules on a day it moves on by projected criteria:
// "reassess: pain walking at most 1/10 expected by now; if not, hold this stage".
inline std::string reassessment_cue(std::string_view expected) {
    return "reassess: " + std::string{expected}
           + " expected by now (a projection, not a measurement); if not, stay at the "
             "previous stage and plan again from the new assessment";
}

}  // namespace coach
