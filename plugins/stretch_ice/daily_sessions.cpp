#include "daily_sessions.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "cross_training.hpp"
#include "easy_running.hpp"
#include "gentle_stretching.hpp"
#include "rest_and_ice.hpp"
#include "sharp_pain.hpp"
#include "soft_tissue_care.hpp"
#include "stages.hpp"

namespace coach::stretch_ice {

namespace {

// The first 3 days after injury protect the muscle: no foam rolling, massage or stretching of it
// yet (the engine's safety gate refuses a plan that has them).
constexpr int first_day_of_soft_tissue_care = 3;

void add_all(SessionBuilder& session, const std::vector<Item>& items) {
    for (const auto& item : items) {
        session.add(item);
    }
}

// A sports massage once a week, self-massage on the other days.
Item massage_for(int day_of_stage) {
    return day_of_stage % 7 == 1 ? sports_massage() : self_massage();
}

// Foam rolling, massage and gentle stretching after the session, from the fourth day on.
void add_soft_tissue_care(SessionBuilder& session, const PlanBuilder& plan, Date day,
                          int day_of_stage, const Routine& routine) {
    if (plan.input().day_of_injury(day) < first_day_of_soft_tissue_care) {
        return;
    }
    session.add(foam_rolling())
        .add(massage_for(day_of_stage))
        .add(gentle_hamstring_stretch(routine.stretches_per_day));
}

// The run `run_number` (easy_running.hpp) as the answer to a painful session allows: no longer
// than its bound, and only the light jogs after running of no length that hurt.
Item run_for(int run_number, const Routine& routine) {
    if (routine.light_jogs_only) {
        run_number = std::min(run_number, light_jogs_before_easy_runs - 1);
    }
    Item run = run_after_strain(run_number, routine.longest_run_min);
    const auto& hurt = routine.run_that_hurt;
    if (!hurt) {
        return run;
    }
    if (const auto at = run.cue.find(soreness_that_loosens_is_fine); at != std::string::npos) {
        run.cue.erase(at, soreness_that_loosens_is_fine.size());
    }
    const std::string bound = std::to_string(hurt->longest_run()) + " minutes";
    std::string why = !hurt->tries_again() ? "no run is longer than " + bound + " until one of "
                                                 + bound + " is logged within mild discomfort"
                      : hurt->none_shorter()
                          ? "no jog is shorter, so this length is tried again, and no run is "
                            "longer until one this long is logged within mild discomfort"
                          : "this length is tried again after a shorter run went within mild "
                            "discomfort, and no run is longer until one this long does";
    run.cue += " The " + std::to_string(hurt->minutes) + "-minute run of " + hurt->on.iso()
               + (hurt->stopped ? " was stopped before its end: " : " hurt: ") + why
               + "; stop at any pain above mild discomfort.";
    return run;
}

// Posterior chain and hamstring-and-neighbours sessions alternate.
std::vector<Item> strength_session(int session_number, WeightRoom room) {
    return session_number % 2 == 0 ? strengthen_posterior_chain(room)
                                   : strengthen_hamstring_and_neighbours(room);
}

}  // namespace

void plan_rest_day(PlanBuilder& plan, Date day, std::string why) {
    Item rest = complete_rest();
    if (!why.empty()) {
        rest.cue = std::move(why) + " " + rest.cue;
    }
    plan.session(day, "rest")
        .add(std::move(rest))
        .add(ice_twenty_on_twenty_off(3))
        .add(compression_shorts());
}

void check_pain_after_rest(PlanBuilder& plan, Date day) {
    Session& session = plan.session(day, "check after rest").session();
    Item check{.exercise = "evaluation",
               .cue =
                   "Check the pain before anything else: if it has not improved after these "
                   "days of complete rest, see a doctor before going on. A little soreness "
                   "that eases as you start slowly is a good sign."};
    check.category = Category::assessment;
    session.items.insert(session.items.begin(), std::move(check));
}

namespace {

void plan_cross_training_day(PlanBuilder& plan, Date day, int day_of_stage, const Routine& routine,
                             const std::vector<Item>& warm_up) {
    auto session = plan.session(day, "cross-training");
    session.add(compression_shorts());
    add_all(session, warm_up);
    if (routine.cross_training_at_most.value_or(1) > 0) {
        session.add(cross_training(day_of_stage, routine.cross_training_at_most));
    }
    if (day_of_stage % 2 == 1) {
        add_all(session, strengthen_around_the_hamstring());
    }
    add_soft_tissue_care(session, plan, day, day_of_stage, routine);
    session.add(cold_pack_after_activity());
}

}  // namespace

void plan_healing_day(PlanBuilder& plan, Date day, int day_of_stage, const Routine& routine) {
    plan_cross_training_day(plan, day, day_of_stage, routine,
                            dynamic_warm_up(routine.stretches_per_day));
}

void plan_day_after_pain(PlanBuilder& plan, Date day, int day_of_stage, const Routine& routine) {
    plan_cross_training_day(plan, day, day_of_stage, routine,
                            low_impact_warm_up(routine.stretches_per_day));
}

void plan_easy_running_day(PlanBuilder& plan, Date day, int day_of_stage, const Routine& routine) {
    const bool running_day = day_of_stage % 2 == 0;
    auto session = plan.session(day, running_day ? "easy running" : "strength");
    session.add(compression_shorts());
    add_all(session, dynamic_warm_up(routine.stretches_per_day));
    if (running_day) {
        session.add(run_for(day_of_stage / 2, routine));
    } else {
        add_all(session, strength_session(day_of_stage / 2, routine.weight_room));
    }
    add_soft_tissue_care(session, plan, day, day_of_stage, routine);
    session.add(cold_pack_after_activity());
}

int runs_in_easy_running_stage(int days) {
    return (days + 1) / 2;
}

void plan_usual_running_day(PlanBuilder& plan, Date day, int day_of_stage, int runs_before_stage,
                            const Routine& routine) {
    const int day_of_week = day_of_stage % 7;
    if (day_of_week == 3 || day_of_week == 6) {
        plan.rest_day(day, "Rest day: no running or training.");
        return;
    }
    const bool running_day = day_of_week % 2 == 0;
    auto session = plan.session(day, running_day ? "running" : "strength");
    add_all(session, dynamic_warm_up(routine.stretches_per_day));
    if (running_day) {
        const int runs_this_stage = 3 * (day_of_stage / 7) + day_of_week / 2;
        session.add(run_for(runs_before_stage + runs_this_stage, routine));
    } else {
        add_all(session, strength_session(day_of_week == 1 ? 0 : 1, routine.weight_room));
    }
    session.add(foam_rolling()).add(gentle_hamstring_stretch(routine.stretches_per_day));
}

}  // namespace coach::stretch_ice
