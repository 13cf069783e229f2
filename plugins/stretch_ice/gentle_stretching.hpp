#pragma once

#include <vector>

#include "coach/sdk.hpp"

namespace coach::stretch_ice {

// A hamstring that has lost range on the active straight-leg raise is tight. When the range was
// not measured, a recently strained hamstring is taken to be tight.
inline bool feels_tight(const Assessment* latest) {
    if (latest == nullptr || !latest->aslr_deficit_pct) {
        return true;
    }
    return *latest->aslr_deficit_pct > 0;
}

// How many times a day to stretch: twice while the hamstring is tight, otherwise once, as a
// cool-down after the day's activity.
inline int stretches_per_day(bool tight) {
    return tight ? 2 : 1;
}

namespace detail {
inline std::string repeated(int rounds_per_day) {
    return rounds_per_day > 1 ? " Repeat before the evening stretch." : std::string{};
}
}  // namespace detail

// The dynamic warm-up without its jogging drill: the day after a session that hurt, when the
// approach allows no running or other high-impact exercise ("stretch and strengthen instead").
inline std::vector<Item> low_impact_warm_up(int rounds_per_day) {
    const std::string again = detail::repeated(rounds_per_day);
    return {
        {.exercise = "inchworm",
         .sets = rounds_per_day,
         .reps = 5,
         .duration_min = 2,
         .cue = "Walk the hands out to a plank and back, knees soft, only as far as is "
                "comfortable."
                + again},
        {.exercise = "fire_hydrant_circles",
         .sets = rounds_per_day,
         .reps = 10,
         .duration_min = 2,
         .side = Side::both,
         .cue = "On hands and knees, circle each bent leg out to the side, ten each way." + again},
        {.exercise = "leg_crossovers",
         .sets = rounds_per_day,
         .reps = 10,
         .duration_min = 2,
         .side = Side::both,
         .cue = "Lying on the back, swing one straight leg across the body and back, "
                "alternating legs."
                + again},
    };
}

// The dynamic warm-up that comes before any activity and before any static stretch: butt kicks
// (jogging on the spot), then the low-impact drills. With `rounds_per_day` of 2 it is repeated
// before the evening stretch.
inline std::vector<Item> dynamic_warm_up(int rounds_per_day) {
    std::vector<Item> drills{
        {.exercise = "butt_kicks",
         .sets = rounds_per_day,
         .duration_min = 2,
         .cue = "Jog on the spot kicking the heels gently towards the buttocks."
                + detail::repeated(rounds_per_day)}};
    for (auto& drill : low_impact_warm_up(rounds_per_day)) {
        drills.push_back(std::move(drill));
    }
    return drills;
}

// Gentle static stretching, only once the muscle is warm, never aggressive.
inline Item gentle_hamstring_stretch(int times_per_day) {
    return {.exercise = "hamstring_static_stretch",
            .sets = times_per_day,
            .duration_min = 5,
            .hold_s = 30,
            .side = Side::both,
            .cue = times_per_day > 1
                       ? "Gentle stretch, twice a day while the hamstring is tight: now, after "
                         "the warm-up, and again this evening after repeating it. Hold 30 "
                         "seconds at a mild pull, never into pain, never on a cold muscle."
                       : "Gentle stretch after the session while the muscle is warm. Hold 30 "
                         "seconds at a mild pull, never into pain."};
}

}  // namespace coach::stretch_ice
