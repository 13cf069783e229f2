#include "hands_on_work.hpp"

namespace coach::sprint_manual {

namespace {

constexpr int light_site_sessions = 3;  // sessions of light site massage before deeper work
constexpr int early_days = 3;           // days 0-2: the engine keeps hands off the site anyway

}  // namespace

void evaluate_and_observe(SessionBuilder& session) {
    session.add({.exercise = "evaluation",
                 .cue = "ask first how standing, walking, sitting and rising from bed feel; watch "
                        "the athlete walk, then feel gently around "
                        "the injury to judge its extent and the tone of the muscles nearby"});
}

void loosen_surrounding_muscles(SessionBuilder& session, const PlannedDay& day,
                                int days_since_injury) {
    if (days_since_injury < early_days) {
        session.add({.exercise = "massage_surrounding",
                     .duration_min = 10,
                     .side = Side::injured,
                     .cue = "very light, superficial passes for circulation only, on the "
                            "hamstring well above and below the site, adductors, calves and "
                            "glutes; stay away from the site itself"});
        return;
    }
    session.add({.exercise = "massage_surrounding",
                 .duration_min = 15,
                 .side = Side::injured,
                 .cue = day.first_session
                            ? "first session: bring the tone down in the hamstring above and "
                              "below the site, the adductors, calves and glutes, with light "
                              "strokes that do not stretch the tissue; leave the injury site "
                              "itself alone today"
                            : "loosen the hamstring above and below the site, the adductors, "
                              "calves and glutes before running; keep off the site itself"});
}

void flushing_massage(SessionBuilder& session) {
    session.add({.exercise = "flushing_massage",
                 .duration_min = 5,
                 .side = Side::both,
                 .cue = "light flushing strokes through both lower limbs to finish the warm-up"});
}

void massage_between_sets(SessionBuilder& session, int sets) {
    session.add({.exercise = "massage_surrounding",
                 .sets = sets,
                 .duration_min = 3,
                 .side = Side::injured,
                 .cue = "after each set: work the hamstrings, calves and glutes so they are free "
                        "to fire in the next set and fatigue does not build up"});
}

void work_on_the_site_gradually(SessionBuilder& session, const PlannedDay& day) {
    if (day.first_session) {
        return;
    }
    if (day.after_trouble
        || (day.stage == Stage::longer_accelerations
            && day.session_in_stage < light_site_sessions)) {
        session.add({.exercise = "massage_site",
                     .duration_min = 5,
                     .side = Side::injured,
                     .cue = "start on the site itself with light work; go no deeper until the "
                            "tone of the muscle has come down"});
        return;
    }
    session.add({.exercise = "deep_tissue_massage",
                 .duration_min = 10,
                 .side = Side::injured,
                 .cue = "deeper work into the site, a layer at a time, to free any scarring and "
                        "remaining spasm; ease off if it brings on more than mild discomfort"});
}

void self_massage_between_sets(SessionBuilder& session, int sets) {
    session.add({.exercise = "self_massage",
                 .sets = sets,
                 .duration_min = 2,
                 .side = Side::injured,
                 .cue = "the last session felt draggy or hurt: knead the hamstring loose between "
                        "sets; if it still feels draggy or twinges, stop running for today"});
}

void self_massage_on_a_day_off(SessionBuilder& session) {
    session.add({.exercise = "self_massage",
                 .duration_min = 10,
                 .side = Side::injured,
                 .cue = "no running today after the session that hurt: knead the hamstring, "
                        "calves and glutes loose, gently, and stay off the sore spot"});
}

}  // namespace coach::sprint_manual
