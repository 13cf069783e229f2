#pragma once

#include <optional>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "coach/sdk/plan.hpp"
#include "completed_work.hpp"
#include "healing_timeline.hpp"
#include "rehab_stage.hpp"
#include "sprint_dose.hpp"

namespace coach::sprint_manual {

// One day of the plan as the coach lays it out, before it is turned into exercises.
struct PlannedDay {
    Date day;
    Stage stage = Stage::settle_and_walk;
    bool day_off = false;
    bool first_session = false;  // evaluation day: hands stay off the injury site
    bool careful_start = false;  // one of the first running sessions, which err low
    bool after_trouble = false;  // the last session was draggy or painful: hold and recover
    bool heavy_lifting = false;
    int session_in_stage = 0;          // 0 for the first session of the stage in this plan
    std::optional<SprintDose> sprint;  // the running dose, on running days
};

struct RehabSchedule {
    std::vector<PlannedDay> days;  // every day from the first planned day to the horizon's end
    Milestones milestones;
};

// Lays out the days of the plan. Stages open when the calendar allows and the completed work
// qualifies; each running session goes one bounded step beyond the last, as if completed
// without trouble. The schedule is followed past the horizon, when needed, to estimate the
// milestones.
RehabSchedule lay_out_schedule(const Case& input, const HealingTimeline& timeline,
                               const CompletedWork& completed);

}  // namespace coach::sprint_manual
