#pragma once

#include <optional>
#include <string>

#include "coach/sdk.hpp"
#include "pain_answer.hpp"
#include "strengthening.hpp"

namespace coach::stretch_ice {

// What stays the same from day to day for one athlete.
struct Routine {
    int stretches_per_day = 2;
    WeightRoom weight_room = WeightRoom::home;
    // After a session that hurt, no planned run is longer than this (minutes) until a session of
    // this plan is logged within mild discomfort (PainAnswer::longest_run()), nor after a run that
    // hurt longer than its bound (RunThatHurt::longest_run()); none when unset.
    std::optional<int> longest_run_min;
    // A run that hurt: no planned run is longer than its bound (RunThatHurt::longest_run(), also
    // in longest_run_min), and each run says so.
    std::optional<RunThatHurt> run_that_hurt;
    // After sprints or runs without a length that hurt, the runs stay light jogs
    // (PainAnswer::light_jogs_only).
    bool light_jogs_only = false;
    // After a session that hurt, no planned aqua jog or cycle is longer (minutes) until the answer
    // ends (PainAnswer::cross_training_at_most); none when unset, and no aqua jog or cycle at
    // all when 0.
    std::optional<int> cross_training_at_most;
};

// Complete rest, ice in rounds of 20 minutes on and 20 off, and compression. No exercise.
// `why` says why, when it is not the first days after the injury.
void plan_rest_day(PlanBuilder& plan, Date day, std::string why = {});

// The check after days of complete rest, first in the day's session: if the pain has not
// improved, see a doctor before going on.
void check_pain_after_rest(PlanBuilder& plan, Date day);

// While the strain heals: warm-up, cross-training, gentle strength every other day, foam
// rolling, massage, gentle stretching, then ice.
void plan_healing_day(PlanBuilder& plan, Date day, int day_of_stage, const Routine& routine);

// The day a stage back after a session that hurt: the healing day without its jogging drill,
// since while in pain the approach allows no running or other high-impact exercise.
void plan_day_after_pain(PlanBuilder& plan, Date day, int day_of_stage, const Routine& routine);

// Slow, easy running every other day, posterior-chain strength on the days between, each
// session framed by the warm-up before and foam rolling, massage, stretching and ice after.
void plan_easy_running_day(PlanBuilder& plan, Date day, int day_of_stage, const Routine& routine);

// A week of three easy runs, two strength sessions and two rest days, with the warm-up and
// stretching kept for good. The runs keep building from the `runs_before_stage` runs of the
// easy-running stage.
void plan_usual_running_day(PlanBuilder& plan, Date day, int day_of_stage, int runs_before_stage,
                            const Routine& routine);

// How many runs the easy-running stage holds when it lasts `days` days.
int runs_in_easy_running_stage(int days);

}  // namespace coach::stretch_ice
