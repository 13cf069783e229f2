#pragma once

#include "coach/sdk.hpp"

// How fast the rehab moves for each grade of strain (British Athletics classification). Grade 4
// and grade 3 at site c never reach a plugin: the engine refers them on.
namespace coach::eccentric_strength {

struct GradeSchedule {
    int pain_relief_days;        // daily isometric sessions when the hamstring is irritable
    int two_leg_sessions;        // sessions completed on two legs before a family goes to one
    int earliest_run_day;        // days after the injury before the first easy run
    int run_to_full_speed_days;  // estimate, from the first run
    int run_to_sport_days;       // estimate, from the first run
};

// About 15 days to running is the philosophy's figure for a grade 1-2 strain. Grade 0 (soreness
// without a lesion) and grade 3 are not covered by it: a week and four weeks are this plugin's
// reading, stated in the rationale. Two-leg sessions scale so that, at three sessions a week,
// the whole circuit fits 2 weeks (grades 0-1) to 3 weeks (grade 3).
constexpr GradeSchedule schedule_for_grade(int grade) {
    switch (grade) {
        case 0:
            return {.pain_relief_days = 2,
                    .two_leg_sessions = 2,
                    .earliest_run_day = 7,
                    .run_to_full_speed_days = 10,
                    .run_to_sport_days = 14};
        case 1:
            return {.pain_relief_days = 3,
                    .two_leg_sessions = 3,
                    .earliest_run_day = 15,
                    .run_to_full_speed_days = 14,
                    .run_to_sport_days = 21};
        case 2:
            return {.pain_relief_days = 3,
                    .two_leg_sessions = 4,
                    .earliest_run_day = 15,
                    .run_to_full_speed_days = 21,
                    .run_to_sport_days = 28};
        default:
            return {.pain_relief_days = 5,
                    .two_leg_sessions = 5,
                    .earliest_run_day = 28,
                    .run_to_full_speed_days = 28,
                    .run_to_sport_days = 42};
    }
}

// The grade's schedule for this injury: the days to running and on to the sport lengthened by the
// published factors for a tear into the tendon, a stretch-type injury or a previous hamstring
// injury (course.hpp, published_delay_permille). The source's "about 15 days" is for an ordinary
// strain and it says nothing of these; lengthening its days by the published factors is this
// plan's reading.
constexpr GradeSchedule schedule_for(const Injury& injury) {
    GradeSchedule schedule = schedule_for_grade(injury.grade);
    const int permille = published_delay_permille(injury);
    schedule.earliest_run_day = lengthened(schedule.earliest_run_day, permille);
    schedule.run_to_full_speed_days = lengthened(schedule.run_to_full_speed_days, permille);
    schedule.run_to_sport_days = lengthened(schedule.run_to_sport_days, permille);
    return schedule;
}

}  // namespace coach::eccentric_strength
