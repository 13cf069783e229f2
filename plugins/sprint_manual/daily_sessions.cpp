#include "daily_sessions.hpp"

#include <string>

#include "hands_on_work.hpp"
#include "running_work.hpp"

namespace coach::sprint_manual {

namespace {

void settle_and_walk(SessionBuilder& session, const PlannedDay& day, int days_since_injury) {
    loosen_surrounding_muscles(session, day, days_since_injury);
    walk_and_march(session, days_since_injury);
}

// Week 1: about 30 minutes, daily.
void easy_accelerations_and_drills(SessionBuilder& session, const PlannedDay& day,
                                   int days_since_injury) {
    loosen_surrounding_muscles(session, day, days_since_injury);
    running_drills(session, day);
    accelerations(session, day);
    if (day.after_trouble) {
        self_massage_between_sets(session, sprint_sets(day));
    }
    change_of_work_running_a(session, day);
}

// From week 2 on: hands on the surrounding muscles first time, the fuller warm-up, drills, then
// accelerations with massage between sets (and self-massage after a troubled session).
void warm_up_and_accelerate(SessionBuilder& session, const PlannedDay& day, int days_since_injury) {
    if (day.first_session) {
        loosen_surrounding_muscles(session, day, days_since_injury);
    }
    jog_flexibility_and_pnf(session);
    flushing_massage(session);
    running_drills(session, day);
    accelerations(session, day);
    massage_between_sets(session, sprint_sets(day));
    if (day.after_trouble) {
        self_massage_between_sets(session, sprint_sets(day));
    }
}

// Week 2: the fuller warm-up, longer accelerations, massage between sets, the site reached.
void longer_accelerations(SessionBuilder& session, const PlannedDay& day, int days_since_injury) {
    warm_up_and_accelerate(session, day, days_since_injury);
    change_of_work_running_a(session, day);
    work_on_the_site_gradually(session, day);
}

void restore_heavy_lifting(SessionBuilder& session) {
    session.add({.exercise = "deadlift",
                 .sets = 3,
                 .reps = 5,
                 .load = Load::heavy,
                 .rest_s = 180,
                 .side = Side::both,
                 .cue = "the normal heavy lifting is back; lift on the day before the day off"});
}

// Weeks 3-4 and after: sprints, flying sprints, speed changes, heavy lifting.
void sprinting_at_speed(SessionBuilder& session, const PlannedDay& day, int days_since_injury) {
    warm_up_and_accelerate(session, day, days_since_injury);
    flying_sprints(session, day);
    fast_easy_fast_runs(session, day);
    work_on_the_site_gradually(session, day);
    if (day.heavy_lifting) {
        restore_heavy_lifting(session);
    }
}

// The day after a session with pain above the ceiling: no running and no drills, hands-on work
// instead.
void recover_without_running(SessionBuilder& session, const PlannedDay& day,
                             int days_since_injury) {
    loosen_surrounding_muscles(session, day, days_since_injury);
    walk(session);
    if (days_since_injury >= 3) {
        self_massage_on_a_day_off(session);
    }
}

}  // namespace

void add_session(PlanBuilder& plan, const PlannedDay& day) {
    if (day.day_off) {
        plan.rest_day(day.day, "the day off in the 3 days on, 1 day off rhythm");
        return;
    }
    if (day.no_running) {
        SessionBuilder session = plan.session(day.day, "no running after the painful session");
        if (day.first_session) {
            evaluate_and_observe(session);
        }
        recover_without_running(session, day, plan.input().day_of_injury(day.day));
        return;
    }
    SessionBuilder session = plan.session(day.day, std::string{session_focus(day.stage)});
    if (day.first_session) {
        evaluate_and_observe(session);
    }
    const int days_since_injury = plan.input().day_of_injury(day.day);
    switch (day.stage) {
        case Stage::settle_and_walk:
            settle_and_walk(session, day, days_since_injury);
            break;
        case Stage::easy_accelerations:
            easy_accelerations_and_drills(session, day, days_since_injury);
            break;
        case Stage::longer_accelerations:
            longer_accelerations(session, day, days_since_injury);
            break;
        case Stage::speed:
        case Stage::full_training:
            sprinting_at_speed(session, day, days_since_injury);
            break;
    }
}

}  // namespace coach::sprint_manual
