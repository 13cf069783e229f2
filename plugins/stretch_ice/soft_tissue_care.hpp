#pragma once

#include "coach/sdk.hpp"

namespace coach::stretch_ice {

inline Item foam_rolling() {
    return {.exercise = "foam_roll_hamstring",
            .duration_min = 5,
            .side = Side::both,
            .cue = "Roll the back of both thighs slowly; ease the pressure over any tender spot."};
}

inline Item self_massage() {
    return {.exercise = "self_massage",
            .duration_min = 5,
            .side = Side::injured,
            .cue =
                "Rub the back of the thigh with the hands or a massage stick to ease "
                "tightness; gentle pressure."};
}

// A weekly sports massage of the hamstring and the muscles around it.
inline Item sports_massage() {
    return {.exercise = "massage_surrounding",
            .duration_min = 30,
            .side = Side::injured,
            .cue =
                "Sports massage of the hamstrings, glutes and calves to loosen the muscles "
                "around the strain."};
}

}  // namespace coach::stretch_ice
