#pragma once

#include <algorithm>

namespace coach::stretch_ice {

// When each stage starts, in days since the injury. The sources give the two ends: a little
// soreness and tightness is back in a few days, a severe strain can take up to 8 weeks. The
// grades in between are scaled between those ends.
struct RecoveryTimeline {
    int rest_days;            // complete rest with ice and compression: days 0 .. rest_days-1
    int return_to_run_day;    // first slow, easy jog
    int return_to_sport_day;  // usual running again (criteria met, clinician sign-off required)
};

constexpr RecoveryTimeline recovery_timeline_for_grade(int grade) {
    switch (std::clamp(grade, 0, 3)) {
        case 0:
            return {.rest_days = 2, .return_to_run_day = 2, .return_to_sport_day = 4};
        case 1:
            return {.rest_days = 2, .return_to_run_day = 4, .return_to_sport_day = 7};
        case 2:
            return {.rest_days = 3, .return_to_run_day = 14, .return_to_sport_day = 28};
        default:
            return {.rest_days = 3, .return_to_run_day = 28, .return_to_sport_day = 56};
    }
}

}  // namespace coach::stretch_ice
