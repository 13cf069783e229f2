#pragma once

#include <array>
#include <optional>

#include "coach/sdk/athlete.hpp"
#include "coach/sdk/date.hpp"
#include "rehab_stage.hpp"

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
    // After a painful session: the days it cost (from it to the first session below its dose),
    // and, for each stage that had not opened by then, the day it may open at the earliest (the
    // day it opened without the pain, that many days later). after_pain() sets both.
    int days_lost_to_pain = 0;
    std::array<std::optional<Date>, stage_count> opens_not_before{};

    bool may_open(Stage stage, Date day) const {
        const auto& earliest = opens_not_before[static_cast<std::size_t>(stage)];
        return !earliest || day >= *earliest;
    }

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

// The timeline after a painful session answered by a session below its dose on
// `first_lower_session`: each stage that opens after that day in `opened` (the first day of each
// stage, laid out without the pain) opens later by the days from the painful session on
// `painful_day` to the lower session. Pain above the limit holds the load until a lower one is
// tolerated, and the time spent there is lost (pain-monitoring model, Silbernagel et al. 2007,
// Am J Sports Med 35(6):897-906). [thread-safe] Pure.
HealingTimeline after_pain(HealingTimeline timeline, Date painful_day, Date first_lower_session,
                           const std::array<std::optional<Date>, stage_count>& opened);

}  // namespace coach::sprint_manual
