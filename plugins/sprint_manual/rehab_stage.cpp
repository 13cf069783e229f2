#include "rehab_stage.hpp"

#include "bounded_progression.hpp"
#include "healing_timeline.hpp"
#include "rehab_schedule.hpp"

namespace coach::sprint_manual {

std::string_view phase_name(Stage stage) {
    switch (stage) {
        case Stage::settle_and_walk:
            return "settle and walk";
        case Stage::easy_accelerations:
            return "easy accelerations and drills";
        case Stage::longer_accelerations:
            return "longer accelerations with hands-on work";
        case Stage::speed:
            return "speed: sprint mechanics at 90-100%";
        case Stage::full_training:
            return "full training";
    }
    return "";
}

std::string_view session_focus(Stage stage) {
    switch (stage) {
        case Stage::settle_and_walk:
            return "evaluation, walking and light hands-on work";
        case Stage::easy_accelerations:
            return "easy accelerations and running drills";
        case Stage::longer_accelerations:
            return "longer accelerations, massage between sets";
        case Stage::speed:
            return "sprinting at speed, hands-on work between sets";
        case Stage::full_training:
            return "normal sprint training";
    }
    return "";
}

std::string_view phase_goal(Stage stage) {
    switch (stage) {
        case Stage::settle_and_walk:
            return "let the first days pass with the muscle moving gently and its neighbours "
                   "loose, ready for running on the first day it is allowed";
        case Stage::easy_accelerations:
            return "re-teach the running pattern at low speed: short, easy accelerations and "
                   "drills that work the hamstring to a light tug, never to soreness";
        case Stage::longer_accelerations:
            return "lengthen the accelerations to 20-25 m while the hands-on work moves "
                   "gradually from the surrounding muscles onto the injury site";
        case Stage::speed:
            return "refine sprint mechanics and build a base of fast running: sprints of 30-60 m "
                   "at 90-100%, flying sprints, fast-easy-fast runs, heavy lifting back";
        case Stage::full_training:
            return "keep sprinting as the main work, with hands-on work in the warm-up and "
                   "between sets";
    }
    return "";
}

// Every criterion stage_on() checks before the next stage opens: the calendar, the completed
// work, and what the course of recovery must show (course_criteria()), in words.
std::vector<std::string> exit_criteria(Stage stage, const HealingTimeline& timeline) {
    const auto not_before = [](Date day) { return "not before " + day.iso(); };
    const auto course = [](Stage next) { return describe(course_criteria(next)); };
    switch (stage) {
        case Stage::settle_and_walk:
            return {"day " + std::to_string(timeline.first_running_day) + " after injury ("
                        + timeline.running_may_start().iso() + ")",
                    course(Stage::easy_accelerations) + " ("
                        + describe(course_criteria(Stage::easy_accelerations, true))
                        + " while the gait is altered or not yet recorded even)"};
        case Stage::easy_accelerations:
            return {
                std::to_string(timeline.careful_sessions) + " careful running sessions completed",
                "accelerations of " + stage_ceiling(stage, false).describe()
                    + " completed without trouble",
                not_before(timeline.longer_accelerations_may_start()),
                course(Stage::longer_accelerations)};
        case Stage::longer_accelerations:
            return {"accelerations of " + stage_ceiling(stage, false).describe()
                        + " completed without trouble",
                    not_before(timeline.speed_may_start()), course(Stage::speed),
                    "walking pain-free and even: pain walking 0/10, the gait recorded even, "
                    "and not before the projected pain-free walking day"};
        case Stage::speed:
            return {std::to_string(full_sprint_sessions_for_return) + " sessions of sprints over "
                        + full_sprint.describe() + " completed without trouble",
                    not_before(timeline.full_training_may_start()), course(Stage::full_training),
                    "return to sport: criteria met, clinician sign-off required"};
        case Stage::full_training:
            return {};
    }
    return {};
}

}  // namespace coach::sprint_manual
