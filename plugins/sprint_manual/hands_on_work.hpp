#pragma once

#include "coach/sdk/plan_builder.hpp"
#include "rehab_schedule.hpp"

// Manual therapy as this school uses it: keep the surrounding muscles free so the right
// movement pattern can come back, and reach the injury site only gradually.
namespace coach::sprint_manual {

// Ask and watch how the athlete stands, walks, sits and rises; then feel gently around the site.
void evaluate_and_observe(SessionBuilder& session);

// Light massage of the hamstring above and below the site, adductors, calves and glutes,
// never into the site itself. Shorter and lighter in the first days after injury.
void loosen_surrounding_muscles(SessionBuilder& session, const PlannedDay& day,
                                int days_since_injury);

// Light flushing strokes through the whole lower limbs, to finish the warm-up.
void flushing_massage(SessionBuilder& session);

// Hamstrings, calves and glutes after each set of accelerations or sprints.
void massage_between_sets(SessionBuilder& session, int sets);

// Work on the injury site itself: none in the first session, light at first, deeper tissue
// work once a few sessions have brought the tone down; back to light after a troubled session.
void work_on_the_site_gradually(SessionBuilder& session, const PlannedDay& day);

// After a draggy or painful session: the athlete loosens the hamstring between sets.
void self_massage_between_sets(SessionBuilder& session, int sets);

// The day without running after a session with pain above the ceiling: the athlete loosens the
// hamstring.
void self_massage_on_a_day_off(SessionBuilder& session);

}  // namespace coach::sprint_manual
