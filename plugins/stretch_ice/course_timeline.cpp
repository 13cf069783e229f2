#include "course_timeline.hpp"

#include <algorithm>
#include <optional>

#include "sharp_pain.hpp"

namespace coach::stretch_ice {

namespace {

constexpr int mild_discomfort = 3;

// The first day (since the injury) from `from_day` on which `criteria` hold on the course, and
// the step to reassess when only the projection makes them hold; past the horizon when none
// does.
int first_day(const Case& input, int from_day, const std::vector<Criterion>& criteria,
              std::vector<ProjectedStep>& steps) {
    const Date injury = input.athlete.injury.date;
    const Date from = std::max(injury + from_day, input.as_of);
    if (const auto met = first_met(input.course, criteria, from, input.last_day())) {
        if (met->projected) {
            steps.push_back({met->day, describe(criteria)});
        }
        // Met on the first day looked at: the calendar's day stands, even when it is past.
        return met->day == from ? from_day : met->day - injury;
    }
    return std::max(from_day, input.last_day() + 1 - injury);
}

}  // namespace

CourseTimeline timeline_on_course(const Case& input, const RecoveryTimeline& calendar) {
    CourseTimeline bent{calendar, {}};
    auto& days = bent.days;
    const std::vector<Criterion> settled{
        {Sign::pain_walking, Relation::below, sharp_pain_on_movement, true},
        {Sign::pain_exercise, Relation::below, sharp_pain_on_movement, true},
        {Sign::pain_rest, Relation::below, sharp_pain_at_rest, true}};
    days.rest_days = std::max(calendar.rest_days, first_day(input, 0, settled, bent.steps));

    const std::vector<Criterion> easy_running{
        {Sign::pain_walking, Relation::at_most, 0},
        {Sign::pain_exercise, Relation::at_most, mild_discomfort, true}};
    days.return_to_run_day = first_day(input, std::max(calendar.return_to_run_day, days.rest_days),
                                       easy_running, bent.steps);

    const std::vector<Criterion> usual_running{{Sign::pain_exercise, Relation::at_most, 0}};
    const int easy_running_days = calendar.return_to_sport_day - calendar.return_to_run_day;
    days.return_to_sport_day = first_day(
        input, std::max(calendar.return_to_sport_day, days.return_to_run_day + easy_running_days),
        usual_running, bent.steps);
    return bent;
}

}  // namespace coach::stretch_ice
