#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "coach/sdk/course.hpp"
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
    bool first_session = false;    // evaluation day: hands stay off the injury site
    bool careful_start = false;    // one of the first running sessions, which err low
    bool after_trouble = false;    // answers a troubled session: no progression, longer recoveries
    bool below_what_hurt = false;  // answers a painful session: below its dose
    bool no_running = false;       // the day after a painful session: hands-on work only
    bool heavy_lifting = false;
    int session_in_stage = 0;          // 0 for the first session of the stage in this plan
    std::optional<SprintDose> sprint;  // the running dose, on running days
    // After pain: at most this many repetitions of an acceleration (when the dose that hurt was
    // already the slowest) and of a running drill, one fewer than in the session that hurt.
    std::optional<int> most_acceleration_reps;
    std::optional<int> most_drill_reps;
    // On the way back up after pain answered (CompletedWork::hurt): the day of the latest painful
    // session and its sprint work, which bound the day's dose, and whether the day tries that
    // work again (a session just below it having been logged tolerated).
    std::optional<Date> hurt_on;
    std::optional<SprintDose> hurt_dose;
    bool tries_what_hurt = false;
};

// A stage opened on the projected course of recovery: the plan reassesses on its first day.
struct ProjectedStep {
    Date day;
    std::string expected;
};

struct RehabSchedule {
    std::vector<PlannedDay> days;  // every day from the first planned day to the horizon's end
    std::vector<ProjectedStep> projected_steps;
    // Reached inside the horizon: running, sprinting at 90% or more, the full-training stage.
    bool runs = false;
    bool full_speed = false;
    bool full_training = false;
};

// What the course of recovery must show before a stage opens (the project's reading of the
// coach's "light tug, never soreness" and of his stages): easy accelerations with walking pain
// at most 2/10, or free of pain while the gait may be altered (the latest assessment recording
// the gait finds it altered, or none records it); longer accelerations with walking free of pain;
// speed with a top sprint speed of at least 90%; full training with no pain during exercise.
std::vector<Criterion> course_criteria(Stage stage, bool gait_altered = false);

// Lays out the days of the plan. Stages open when the calendar allows, the completed work
// qualifies and the course of recovery (Case::course) shows what course_criteria() asks; each
// running session goes one bounded step beyond the last, as if completed without trouble. A
// troubled session in the log is answered first (bounded_progression.hpp, answer_to): after
// pain, a day without running, then sessions below the dose that hurt, at most at the stage
// below the one it belonged to, every one at that dose: the plan climbs only from a session logged
// tolerated, never from one it assumes; after other trouble, one session with no progression.
// Once a session below the pain is logged tolerated, the bounded steps back up stay below the work
// that hurt (one step below it, its drills one repetition fewer) until a session just below it is
// logged tolerated, and then go no further than that work itself until it is logged tolerated: the
// plan assumes no such session (the pain-monitoring model returns to a load that hurt only after
// a lower one is tolerated, Silbernagel et al. 2007, Am J Sports Med 35(6):897-906; the steps
// are the plugin's reading of it). A
// stage opened on projected rather than measured values is a ProjectedStep. No day with a logged
// session is planned.
RehabSchedule lay_out_schedule(const Case& input, const HealingTimeline& timeline,
                               const CompletedWork& completed);

}  // namespace coach::sprint_manual
