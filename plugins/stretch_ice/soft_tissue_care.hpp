#pragma once

#include <string>
#include <utility>

#include "coach/sdk.hpp"

namespace coach::stretch_ice {

// Soft-tissue care is dosed in minutes on one or both legs.
inline Item care(std::string exercise, int minutes, Side side, std::string cue) {
    return {.exercise = std::move(exercise),
            .duration_min = minutes,
            .side = side,
            .cue = std::move(cue)};
}

inline Item foam_rolling() {
    return care("foam_roll_hamstring", 5, Side::both,
                "Roll the back of both thighs slowly; ease the pressure over any tender spot.");
}

inline Item self_massage() {
    return care("self_massage", 5, Side::injured,
                "Rub the back of the thigh with the hands or a massage stick to ease tightness; "
                "gentle pressure.");
}

// A weekly sports massage of the hamstring and the muscles around it.
inline Item sports_massage() {
    return care("massage_surrounding", 30, Side::injured,
                "Sports massage of the hamstrings, glutes and calves to loosen the muscles "
                "around the strain.");
}

}  // namespace coach::stretch_ice
