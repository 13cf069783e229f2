#pragma once

#include "coach/sdk/athlete.hpp"
#include "coach/sdk/plan_builder.hpp"
#include "rehab_schedule.hpp"

namespace coach::sprint_manual {

// Turns one planned day into its session: a day off, or the stage's work in the order the
// coach runs it (evaluation, hands-on work, warm-up, drills, accelerations, change of work).
void add_session(PlanBuilder& plan, const PlannedDay& day);

}  // namespace coach::sprint_manual
