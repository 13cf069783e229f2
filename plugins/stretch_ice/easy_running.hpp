#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "coach/sdk.hpp"

namespace coach::stretch_ice {

inline constexpr int light_jogs_before_easy_runs = 3;
inline constexpr int run_step_min = 5;  // each run 5 minutes longer than the one before

// The light jog's allowance, left out after a run that hurt (RunThatHurt, pain_answer.hpp).
inline constexpr std::string_view soreness_that_loosens_is_fine =
    " Some soreness that loosens up as you go is fine; stop if it sharpens.";
inline constexpr int longest_easy_run_min = 40;

// Running comes back slowly, one run at a time, whichever stage the run falls in: three light
// jogs of 10, 15 and 20 minutes, then easy runs that grow by 5 minutes a run up to 40, then the
// athlete's usual easy running. `run_number` counts runs since running resumed (0 = first).
inline Item run_after_strain(int run_number) {
    if (run_number < light_jogs_before_easy_runs) {
        return {.exercise = "light_jog",
                .intensity_pct = 50,
                .duration_min = 10 + run_step_min * run_number,
                .cue = std::string{"Slow, easy jog on flat, even ground."}.append(
                    soreness_that_loosens_is_fine)};
    }
    const int minutes = 20 + run_step_min * (run_number - light_jogs_before_easy_runs);
    if (minutes < longest_easy_run_min) {
        return {.exercise = "easy_run",
                .intensity_pct = 60,
                .duration_min = minutes,
                .cue =
                    "Easy run at a conversational pace on varied, even terrain; no speed "
                    "work."};
    }
    return {.exercise = "easy_run",
            .intensity_pct = 65,
            .duration_min = longest_easy_run_min,
            .cue =
                "Easy run; build back towards your usual training week gradually and keep "
                "speed work for when easy running feels normal."};
}

// The run `run_number`, or the last one of the ladder no longer than `at_most` minutes (the
// shortest jog when none is: the answer to pain plans no run then, pain_answer.hpp): after a
// session that hurt, the runs climb back only to that bound until a session within mild
// discomfort is logged.
inline Item run_after_strain(int run_number, std::optional<int> at_most) {
    while (at_most && run_number > 0
           && run_after_strain(run_number).duration_min.value_or(0) > *at_most) {
        --run_number;
    }
    return run_after_strain(run_number);
}

}  // namespace coach::stretch_ice
