#include "session_content.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>

#include "coach/sdk/counted.hpp"

namespace coach::eccentric_strength {

namespace {

constexpr int hold_sets = 5;
constexpr int hold_rest_s = 60;
constexpr int hold_effort_pct = 50;

int sessions_into_stage(const FamilyProgress& progress, int planned_session) {
    return stage_in_planned_session(progress, planned_session) == Stage::two_legs
               ? progress.two_leg_sessions_done + planned_session
               : planned_session - progress.two_leg_sessions_remaining;
}

// The pain-relief dose: 5 holds of 30 s at about half effort, 60 s apart; the lighter one 3 at
// about a third.
Item isometric_hold(std::string exercise, Side side, std::string cue, HoldDose dose, int hold_s) {
    const bool lighter = dose == HoldDose::lighter;
    const bool between = dose == HoldDose::between;
    return {.exercise = std::move(exercise),
            .sets = lighter   ? lighter_hold_sets
                    : between ? between_hold_sets
                              : hold_sets,
            .intensity_pct = lighter   ? lighter_hold_effort_pct
                             : between ? between_hold_effort_pct
                                       : hold_effort_pct,
            .rest_s = hold_rest_s,
            .hold_s = hold_s,
            .side = side,
            .cue = std::move(cue)};
}

}  // namespace

void add_pain_relief_loading(SessionBuilder& session, HoldDose dose, int hold_s) {
    struct Cues {
        const char* bridge;
        const char* heel_dig;
    };
    Cues cues{
        "Heels on the floor, lift the hips and hold at about half effort. Pain should ease "
        "as you hold; keep it at or under 4/10. No stretching.",
        "Lying down, knee bent, press the heel into the floor and hold at about half "
        "effort; a calming dose, not a workout."};
    if (dose == HoldDose::lighter) {
        cues = {
            "Heels on the floor, lift the hips and hold at about a third of effort: the last "
            "holds went above 4/10, so keep these easy and stop if pain goes over 4/10. No "
            "stretching.",
            "Lying down, knee bent, press the heel into the floor and hold at about a third of "
            "effort; lighter than last time."};
    } else if (dose == HoldDose::between) {
        cues = {
            "Heels on the floor, lift the hips and hold at a little less than half effort: a "
            "step up from the lighter holds, which went well; stop if pain goes over 4/10. No "
            "stretching.",
            "Lying down, knee bent, press the heel into the floor and hold at a little less "
            "than half effort; a step up from the lighter holds, not yet the usual ones."};
    }
    session.add(isometric_hold("isometric_bridge_hold", Side::both, cues.bridge, dose, hold_s))
        .add(isometric_hold("isometric_heel_dig", Side::injured, cues.heel_dig, dose, hold_s));
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
        // Below the dose that hurt: one load lighter than the lower of the plan's load and the
        // one logged in the painful session (a session already stepped back may hurt again).
        const Load top = family_progress.hurt_load
                             ? std::min(prescribed, *family_progress.hurt_load)
                             : prescribed;
        const Load load = family_progress.stays_back_until_logged ? lighter_than(top) : prescribed;
        Item item = circuit_item(family, stage, load);
        if (family_progress.stays_back_until_logged && family_progress.fewer_sets && load == top) {
            // Nothing lighter than bodyweight: a step back in volume instead, one set fewer than
            // the session that hurt (the pain-monitoring model reduces the load or the amount,
            // Silbernagel et al. 2007, Am J Sports Med 35(6):897-906).
            const int hurt_sets =
                std::min(family_progress.hurt_sets.value_or(circuit_sets), circuit_sets);
            const int sets = std::max(hurt_sets - 1, 1);
            item.sets = sets;
            item.cue += " Stepped back after pain: " + counted(sets, "set") + ", not "
                        + std::to_string(hurt_sets) + ".";
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
