#pragma once

#include <algorithm>
#include <optional>

#include "coach/sdk.hpp"

namespace coach::stretch_ice {

// The weekly step of the cross-training below, in minutes; also the step back below a
// cross-training session that hurt (PainAnswer::cross_training_at_most).
inline constexpr int cross_training_step_min = 5;

// Low-impact fitness while running is not possible: aqua jogging and gentle cycling on
// alternate days, 20 minutes at first and 5 minutes more each week, up to 40; never longer than
// `at_most` minutes when set (after a session that hurt: Routine::cross_training_at_most).
inline Item cross_training(int day_of_stage, std::optional<int> at_most = {}) {
    const int minutes =
        std::min({20 + cross_training_step_min * (day_of_stage / 7), 40, at_most.value_or(40)});
    if (day_of_stage % 2 == 0) {
        return {.exercise = "aqua_jog",
                .intensity_pct = 50,
                .duration_min = minutes,
                .cue =
                    "Run or walk in deep or waist-deep water: fitness without impact. Easy, "
                    "conversational effort."};
    }
    return {.exercise = "cycling",
            .intensity_pct = 50,
            .duration_min = minutes,
            .cue =
                "Gentle cycling, low resistance, smooth pedalling; stop if the hamstring "
                "pulls."};
}

}  // namespace coach::stretch_ice
