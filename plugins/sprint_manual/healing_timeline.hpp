#pragma once

#include "coach/sdk/athlete.hpp"
#include "coach/sdk/date.hpp"

namespace coach::sprint_manual {

// How long each stage lasts at the least, by grade. The source's own case is a tear rehabbed
// in about four weeks from day 5, and it holds that a grade 2 tear should take 3-5 weeks, not
// 8. Milder grades move through the same stages faster; a grade 3 tear is given about 7 weeks.
// A tear into the tendon, a stretch-type injury or an earlier hamstring injury lengthens the
// stages by the published factors (coach/sdk/course.hpp, published_delay_permille).
struct HealingTimeline {
    int grade = 2;
    Date injury;
    int first_running_day = 4;  // days after injury; the engine refuses sprints on days 0-2
    int easy_acceleration_days = 7;
    int longer_acceleration_days = 7;
    int speed_days = 14;
    int careful_sessions = 5;   // the first running sessions, which err low
    int distance_step_m = 5;    // the most a session may add to the reference session's distance
    int delay_permille = 1000;  // the published factor the stages were lengthened by

    Date running_may_start() const { return injury + first_running_day; }
    Date longer_accelerations_may_start() const {
        return running_may_start() + easy_acceleration_days;
    }
    Date speed_may_start() const {
        return longer_accelerations_may_start() + longer_acceleration_days;
    }
    // The earliest day the athlete may meet the return-to-sport criteria.
    Date full_training_may_start() const { return speed_may_start() + speed_days; }
};

HealingTimeline timeline_for(const Injury& injury);

}  // namespace coach::sprint_manual
