#include "healing_timeline.hpp"

#include <algorithm>

#include "coach/sdk/course.hpp"

namespace coach::sprint_manual {

HealingTimeline timeline_for(const Injury& injury) {
    HealingTimeline timeline;
    timeline.grade = injury.grade;
    timeline.injury = injury.date;
    if (injury.grade <= 0) {
        // Soreness without a lesion: the same stages, each a few days long.
        timeline.easy_acceleration_days = 3;
        timeline.longer_acceleration_days = 3;
        timeline.speed_days = 4;
        timeline.careful_sessions = 3;
        timeline.distance_step_m = 10;
    } else if (injury.grade == 1) {
        // About three weeks in all.
        timeline.easy_acceleration_days = 5;
        timeline.longer_acceleration_days = 5;
        timeline.speed_days = 7;
        timeline.careful_sessions = 3;
        timeline.distance_step_m = 10;
    } else if (injury.grade >= 3) {
        // The source is silent on grade 3: later start, longer stages, about seven weeks.
        timeline.first_running_day = 7;
        timeline.easy_acceleration_days = 10;
        timeline.longer_acceleration_days = 10;
        timeline.speed_days = 21;
    }
    // The source's case is a sprint-type tear and it says nothing of tendon tears, stretch-type
    // injuries or earlier strains: its stages are lengthened by the published factors for them.
    timeline.delay_permille = published_delay_permille(injury);
    timeline.easy_acceleration_days =
        lengthened(timeline.easy_acceleration_days, timeline.delay_permille);
    timeline.longer_acceleration_days =
        lengthened(timeline.longer_acceleration_days, timeline.delay_permille);
    timeline.speed_days = lengthened(timeline.speed_days, timeline.delay_permille);
    return timeline;
}

HealingTimeline after_pain(HealingTimeline timeline, Date painful_day, Date first_lower_session,
                           const std::array<std::optional<Date>, stage_count>& opened) {
    const int lost = std::max(first_lower_session - painful_day, 0);
    timeline.days_lost_to_pain = lost;
    for (std::size_t stage = 0; stage < opened.size(); ++stage) {
        if (opened[stage] && *opened[stage] > first_lower_session) {
            timeline.opens_not_before[stage] = *opened[stage] + lost;
        }
    }
    return timeline;
}

}  // namespace coach::sprint_manual
