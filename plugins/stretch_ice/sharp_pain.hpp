#pragma once

#include "coach/sdk.hpp"

namespace coach::stretch_ice {

// "Do no exercise in sharp pain." The sources do not put a number on sharp pain; this plan
// reads it as pain on walking or during exercise of 7/10 or more, or pain at rest of 5/10 or more.
inline constexpr int sharp_pain_on_movement = 7;
inline constexpr int sharp_pain_at_rest = 5;

inline constexpr std::string_view sharp_pain_definition =
    "pain on walking or during exercise of 7/10 or more, or pain at rest of 5/10 or more";

inline bool in_sharp_pain(const Assessment* latest) {
    if (latest == nullptr) {
        return false;
    }
    return latest->pain_walking.value_or(0) >= sharp_pain_on_movement
           || latest->pain_exercise.value_or(0) >= sharp_pain_on_movement
           || latest->pain_rest.value_or(0) >= sharp_pain_at_rest;
}

}  // namespace coach::stretch_ice
