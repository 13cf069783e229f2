#pragma once

#include "coach/sdk.hpp"

namespace coach::stretch_ice {

inline constexpr int ice_minutes_on = 20;
inline constexpr int ice_seconds_off = 20 * 60;

inline Item complete_rest() {
    return {.exercise = "rest",
            .cue = "Complete rest from running and training; walk only as daily life needs."};
}

// Ice is never left on continuously: 20 minutes on, 20 minutes off, repeated `rounds` times.
inline Item ice_twenty_on_twenty_off(int rounds) {
    return {.exercise = "ice",
            .sets = rounds,
            .rest_s = ice_seconds_off,
            .duration_min = ice_minutes_on,
            .side = Side::injured,
            .cue =
                "Cold pack wrapped in a cloth: 20 minutes on, then 20 minutes off before the "
                "next round. Never leave ice on continuously."};
}

// A cold pack once the day's activity is done.
inline Item cold_pack_after_activity() {
    Item item = ice_twenty_on_twenty_off(2);
    item.cue =
        "Cold pack after the session: 20 minutes on, 20 minutes off, then a second "
        "round. Never ice continuously.";
    return item;
}

inline Item compression_shorts() {
    return {.exercise = "compression_shorts",
            .cue =
                "Wear compression shorts through the day and during activity to support the "
                "healing muscle."};
}

}  // namespace coach::stretch_ice
