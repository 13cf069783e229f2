#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace coach::sprint_manual {

struct HealingTimeline;

// The stages of the sprint coach's progression, in the order the athlete goes through them.
enum class Stage {
    settle_and_walk,       // before running may start: evaluation, walking, light hands-on work
    easy_accelerations,    // "week 1": 5-10 m at 50-60%, drills, about 30 minutes a day
    longer_accelerations,  // "week 2": 20-25 m, PNF and flushing massage, work on the site
    speed,                 // "weeks 3-4": 30-60 m at 90-100%, flying sprints, heavy lifting
    full_training,         // return-to-sport criteria met: keep the same work going
};
inline constexpr std::size_t stage_count = 5;

std::string_view phase_name(Stage stage);
std::string_view session_focus(Stage stage);
std::string_view phase_goal(Stage stage);
std::vector<std::string> exit_criteria(Stage stage, const HealingTimeline& timeline);

}  // namespace coach::sprint_manual
