#include "session_content.hpp"

#include <cstddef>
#include <string>
#include <utility>

namespace coach::eccentric_strength {

namespace {

constexpr int hold_sets = 5;
constexpr int hold_seconds = 30;
constexpr int hold_rest_s = 60;
constexpr int hold_effort_pct = 50;
// After the holds themselves went above the ceiling: fewer, and lighter.
constexpr int lighter_hold_sets = 3;
constexpr int lighter_hold_effort_pct = 30;

int sessions_into_stage(const FamilyProgress& progress, int planned_session) {
    return stage_in_planned_session(progress, planned_session) == Stage::two_legs
               ? progress.two_leg_sessions_done + planned_session
               : planned_session - progress.two_leg_sessions_remaining;
}

// The pain-relief dose: 5 holds of 30 s at about half effort, 60 s apart; the lighter one 3 at
// about a third.
Item isometric_hold(std::string exercise, Side side, std::string cue, HoldDose dose) {
    const bool lighter = dose == HoldDose::lighter;
    return {.exercise = std::move(exercise),
            .sets = lighter ? lighter_hold_sets : hold_sets,
            .intensity_pct = lighter ? lighter_hold_effort_pct : hold_effort_pct,
            .rest_s = hold_rest_s,
            .hold_s = hold_seconds,
            .side = side,
            .cue = std::move(cue)};
}

}  // namespace

void add_pain_relief_loading(SessionBuilder& session, HoldDose dose) {
    const bool lighter = dose == HoldDose::lighter;
    session
        .add(isometric_hold("isometric_bridge_hold", Side::both,
                            lighter ? "Heels on the floor, lift the hips and hold at about a third "
                                      "of effort: the last holds went above 4/10, so keep these "
                                      "easy and stop if pain goes over 4/10. No stretching."
                                    : "Heels on the floor, lift the hips and hold at about half "
                                      "effort. Pain should ease as you hold; keep it at or under "
                                      "4/10. No stretching.",
                            dose))
        .add(isometric_hold("isometric_heel_dig", Side::injured,
                            lighter ? "Lying down, knee bent, press the heel into the floor and "
                                      "hold at about a third of effort; lighter than last time."
                                    : "Lying down, knee bent, press the heel into the floor and "
                                      "hold at about half effort; a calming dose, not a workout.",
                            dose));
}

void add_circuit(SessionBuilder& session, const CircuitProgress& progress, int planned_session,
                 const GradeSchedule& schedule) {
    for (std::size_t index = 0; index < circuit_families.size(); ++index) {
        const ExerciseFamily& family = circuit_families[index];
        const FamilyProgress& family_progress = progress[index];
        const Stage stage = stage_in_planned_session(family_progress, planned_session);
        const Load prescribed =
            prescribed_load(family, stage, sessions_into_stage(family_progress, planned_session),
                            schedule.two_leg_sessions);
        const Load load =
            family_progress.stays_back_until_logged ? lighter_than(prescribed) : prescribed;
        Item item = circuit_item(family, stage, load);
        if (family_progress.stays_back_until_logged && family_progress.fewer_sets
            && load == prescribed) {
            // Nothing lighter than bodyweight: a step back in volume instead (the
            // pain-monitoring model reduces the load or the amount, Silbernagel et al. 2007).
            item.sets = circuit_sets - 1;
            item.cue += " Stepped back after pain: 3 sets, not 4.";
        }
        session.add(std::move(item));
    }
}

int easy_run_minutes(int days_since_return) {
    const int week = days_since_return / 7;
    return week == 0 ? 15 : (week == 1 ? 20 : (week < 4 ? 30 : 40));
}

void add_easy_run(SessionBuilder& session, int days_since_return) {
    const char* pace_cue =
        "Easy, conversational pace on flat ground; stop and walk if the hamstring goes above "
        "4/10.";
    const int minutes = easy_run_minutes(days_since_return);
    session.add({.exercise = minutes == 15 ? "light_jog" : "easy_run",
                 .duration_min = minutes,
                 .cue = pace_cue});
}

}  // namespace coach::eccentric_strength
