#pragma once

#include <algorithm>

#include "coach/sdk.hpp"

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

// The grade's calendar for this injury: the days to easy and to usual running lengthened by the
// published factors for a tear into the tendon, a stretch-type injury or a previous hamstring
// injury (coach/sdk/course.hpp, published_delay_permille). The sources say only that a sudden
// tear takes long and that scar tissue may leave a strained hamstring tight; taking the
// published factors for the rest is this plan's reading.
constexpr RecoveryTimeline recovery_timeline_for(const Injury& injury) {
    RecoveryTimeline timeline = recovery_timeline_for_grade(injury.grade);
    const int permille = published_delay_permille(injury);
    timeline.return_to_run_day =
        std::max(lengthened(timeline.return_to_run_day, permille), timeline.rest_days);
    timeline.return_to_sport_day = lengthened(timeline.return_to_sport_day, permille);
    return timeline;
}

}  // namespace coach::stretch_ice
