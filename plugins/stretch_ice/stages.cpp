#include "stages.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "sharp_pain.hpp"

namespace coach::stretch_ice {

namespace {

void declare_stage(PlanBuilder& plan, std::string_view name, Date start, Date end, std::string goal,
                   std::vector<std::string> exit_criteria) {
    const Case& input = plan.input();
    start = std::max(start, input.as_of);
    end = std::min(end, input.last_day());
    if (start <= end) {
        plan.phase(std::string{name}, start, end, std::move(goal), std::move(exit_criteria));
    }
}

}  // namespace

Stage stage_on(int day_of_injury, const RecoveryTimeline& timeline) {
    if (day_of_injury < timeline.rest_days) {
        return Stage::rest;
    }
    if (day_of_injury < timeline.return_to_run_day) {
        return Stage::healing;
    }
    if (day_of_injury < timeline.return_to_sport_day) {
        return Stage::easy_running;
    }
    return Stage::usual_running;
}

int first_day_of(Stage stage, const RecoveryTimeline& timeline) {
    switch (stage) {
        case Stage::rest:
            return 0;
        case Stage::healing:
            return timeline.rest_days;
        case Stage::easy_running:
            return timeline.return_to_run_day;
        case Stage::usual_running:
            return timeline.return_to_sport_day;
    }
    return 0;
}

void declare_stages(PlanBuilder& plan, const RecoveryTimeline& timeline) {
    const Date injury = plan.input().athlete.injury.date;
    const Date last_day = plan.input().last_day();
    declare_stage(
        plan, rest_stage_name, injury, injury + (timeline.rest_days - 1),
        "Let the small tears settle: complete rest, ice and compression.",
        {"walking is comfortable", "no sharp pain (" + std::string{sharp_pain_definition} + ")"});
    declare_stage(plan, healing_stage_name, injury + timeline.rest_days,
                  injury + (timeline.return_to_run_day - 1),
                  "Ease the muscle with gentle stretching, foam rolling and massage, strengthen "
                  "around it, and keep fit with low-impact cross-training.",
                  {"walking and cross-training are pain-free",
                   "the stretch feels like a mild pull, not pain"});
    declare_stage(
        plan, easy_running_stage_name, injury + timeline.return_to_run_day,
        injury + (timeline.return_to_sport_day - 1),
        "Come back with slow, easy running and strengthen the posterior chain.",
        {"easy runs of 30 to 40 minutes without pain", "no extra tightness the next morning"});
    if (injury + timeline.return_to_sport_day <= last_day) {
        declare_stage(plan, usual_running_stage_name, injury + timeline.return_to_sport_day,
                      last_day,
                      "Build back to the usual training week; keep warming up, stretching and "
                      "strengthening.",
                      {});
        plan.as_return_to_sport();
    }
}

}  // namespace coach::stretch_ice
