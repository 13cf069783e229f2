#pragma once

#include "coach/sdk/plan_builder.hpp"
#include "rehab_schedule.hpp"

// The running work, the main treatment in this school: drills and accelerations that restore
// the coordination of the hamstring at speed.
namespace coach::sprint_manual {

// Rest between repetitions: 1-2 min between drills, 2-4 min between accelerations, longer
// after a draggy or painful session.
struct Recoveries {
    int drills_s = 60;
    int accelerations_s = 120;
};

Recoveries recoveries_for(const PlannedDay& day);

// How many sets of accelerations or sprints the day holds: one in the first running sessions
// and while the answer to a painful session holds (below_what_hurt), two otherwise.
int sprint_sets(const PlannedDay& day);

// Easy walking on the flat.
void walk(SessionBuilder& session);

// Before running may start: easy walking, and a walking-pace march from day 2.
void walk_and_march(SessionBuilder& session, int days_since_injury);

// Week 2 on: an easy jog, dynamic flexibility work and hip PNF.
void jog_flexibility_and_pnf(SessionBuilder& session);

// Marching and skipping over 10 m.
void running_drills(SessionBuilder& session, const PlannedDay& day);

// Running A (high knees) over 5 m: the change of work when the hamstring tires; 4 repetitions
// in the first running sessions and while the answer to a painful session holds, 5 otherwise.
void change_of_work_running_a(SessionBuilder& session, const PlannedDay& day);

// Accelerations at the day's dose, in sets of 5 (sets of 3 once they are sprints).
void accelerations(SessionBuilder& session, const PlannedDay& day);

// Flying sprints through a 20 m zone, never longer than the day's sprint distance.
void flying_sprints(SessionBuilder& session, const PlannedDay& day);

// Fast-easy-fast changes of speed over 60 m, once 60 m sprints are allowed.
void fast_easy_fast_runs(SessionBuilder& session, const PlannedDay& day);

}  // namespace coach::sprint_manual
