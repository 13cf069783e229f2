#include "family_progress.hpp"

#include <algorithm>

#include "coach/sdk/counted.hpp"
#include "identity.hpp"
#include "pain_rule.hpp"
#include "step_back.hpp"

namespace coach::eccentric_strength {

namespace {

// The family's exercise in a logged session; the single-leg one when both were done.
const LoggedItem* logged_item(const ExerciseFamily& family, const LogEntry& entry) {
    const LoggedItem* found = nullptr;
    for (const auto& item : entry.items) {
        const auto stage = stage_of(family, item.exercise);
        if (stage == Stage::one_leg) {
            return &item;
        }
        if (stage == Stage::two_legs) {
            found = &item;
        }
    }
    return found;
}

bool done_as_prescribed(const LoggedItem& item) {
    return item.sets.value_or(circuit_sets) >= circuit_sets
           && item.reps.value_or(circuit_reps) >= circuit_reps;
}

std::string pain_text(const LogEntry& entry) {
    return describe(pain_reading(entry));
}

std::string name_of(const ExerciseFamily& family) {
    return std::string{family.name};
}

// What the replay of the log leaves for one family.
struct Replayed {
    FamilyProgress progress;
    const LogEntry* painful = nullptr;  // the session that stepped the family back or held it
    const LoggedItem* hurt = nullptr;   // the family's two-leg item in `painful`, if it held one
    bool back_from_one_leg = false;     // stepped back from one leg by `painful`
    bool restarted = false;             // the two-leg stage started again because of `painful`
    bool tolerated_since = false;       // a session at the family's stage tolerated since

    bool step_in_force() const { return painful != nullptr && !tolerated_since; }
};

Replayed replay(const ExerciseFamily& family, const TrainingLog& log) {
    Replayed state;
    FamilyProgress& progress = state.progress;
    const Date first_loading = log.first_circuit_day().value_or(Date{});
    const LogEntry* previous = nullptr;
    for (const LogEntry* entry : log.all_sessions()) {
        const LoggedItem* item = logged_item(family, *entry);
        if (item == nullptr && !eccentric_outside_the_circuit(*entry)) {
            continue;
        }
        if (item == nullptr || !TrainingLog::is_own(*entry)) {
            // Another plan's session with this family's exercise, or eccentric work outside the
            // circuit: its pain is the athlete's and steps the family back from where this plan
            // has it, as the family's own exercise would; it never moves the family on.
            if (too_painful(*entry)) {
                state.painful = entry;
                state.hurt = item != nullptr && stage_of(family, item->exercise) == Stage::two_legs
                                 ? item
                                 : nullptr;
                state.tolerated_since = false;
                state.restarted = progress.logged_stage == Stage::two_legs;
                state.back_from_one_leg = progress.logged_stage == Stage::one_leg;
                progress.logged_stage = Stage::two_legs;
                progress.sessions_completed_at_stage = 0;
            }
            continue;
        }
        const Stage stage = *stage_of(family, item->exercise);
        if (stage != progress.logged_stage) {
            progress.logged_stage = stage;
            progress.sessions_completed_at_stage = 0;
            state.back_from_one_leg = false;
        }
        if (too_painful(*entry)) {
            state.painful = entry;
            state.hurt = stage == Stage::two_legs ? item : nullptr;
            state.tolerated_since = false;
            state.restarted = false;
            if (stage == Stage::one_leg) {
                progress.logged_stage = Stage::two_legs;  // one stage back
                progress.sessions_completed_at_stage = 0;
                state.back_from_one_leg = true;
            } else {
                // On two legs already, in whatever session (trial 50: beside a Romanian deadlift
                // and a jog, the heavy two-leg hip thrust that hurt was planned again, and moved
                // to one leg on planned sessions): the two-leg stage starts again, one load
                // lighter, until a session of it is logged within the ceiling.
                // After a step back from one leg too (trial 54): the stage that hurt now is two
                // legs, below the dose logged in it.
                progress.sessions_completed_at_stage = 0;
                state.restarted = true;
                state.back_from_one_leg = false;
            }
        } else if (tolerated(*entry)) {
            state.tolerated_since = true;
            if (done_as_prescribed(*item)
                && !soreness_not_easing(*entry, previous, first_loading)) {
                ++progress.sessions_completed_at_stage;
            }
        }
        previous = entry;
    }
    return state;
}

FamilyProgress continue_two_leg_stage(const ExerciseFamily& family, const Replayed& state,
                                      const GradeSchedule& schedule) {
    FamilyProgress progress = state.progress;
    const int done = progress.sessions_completed_at_stage;
    progress.two_leg_sessions_done = done;
    progress.two_leg_sessions_remaining = std::max(schedule.two_leg_sessions - done, 1);
    const std::string rest = std::to_string(progress.two_leg_sessions_remaining) + " more on two "
                             + "legs before " + std::string{family.one_leg_name} + ".";
    if (state.step_in_force()) {
        progress.stepped_back = true;
        // On two legs already, the lowest stage: the same dose again is not a step back.
        progress.stays_back_until_logged = state.restarted;
        progress.fewer_sets = state.restarted;
        if (state.restarted && state.hurt != nullptr) {
            progress.hurt_load = state.hurt->load;
            progress.hurt_sets = state.hurt->sets;
        }
        progress.status =
            name_of(family) + ": the session of " + state.painful->date.iso() + " went to "
            + pain_text(*state.painful)
            + (state.restarted
                   ? ", so the two-leg stage starts again once the hamstring has calmed: "
                   : ", so it is held on two legs (that session does not count): ")
            + rest;
        return progress;
    }
    if (done == 0) {
        progress.status = name_of(family) + ": starts on " + std::string{family.two_leg_name}
                          + " and moves to " + std::string{family.one_leg_name} + " after "
                          + std::to_string(schedule.two_leg_sessions)
                          + " sessions completed within 4/10.";
        return progress;
    }
    progress.status = name_of(family) + ": " + std::to_string(done) + " of "
                      + std::to_string(schedule.two_leg_sessions)
                      + " two-leg sessions done within 4/10, so " + rest;
    return progress;
}

FamilyProgress progress_to_single_leg(const ExerciseFamily& family, FamilyProgress progress,
                                      const GradeSchedule& schedule) {
    progress.two_leg_sessions_remaining = 0;
    progress.status = name_of(family) + ": the two-leg stage is complete ("
                      + std::to_string(schedule.two_leg_sessions)
                      + " sessions as prescribed within 4/10), so it moves to "
                      + std::string{family.one_leg_name} + ".";
    return progress;
}

FamilyProgress stay_on_one_leg(const ExerciseFamily& family, FamilyProgress progress) {
    progress.two_leg_sessions_remaining = 0;
    progress.status = name_of(family) + ": already on " + std::string{family.one_leg_name}
                      + " in the log, and stays there.";
    return progress;
}

FamilyProgress step_back_to_two_legs(const ExerciseFamily& family, const Replayed& state) {
    FamilyProgress progress = state.progress;
    progress.two_leg_sessions_done = 0;
    if (state.tolerated_since) {
        progress.two_leg_sessions_remaining = 0;
        progress.status = name_of(family) + ": back on " + std::string{family.two_leg_name}
                          + " after the session of " + state.painful->date.iso() + " went to "
                          + pain_text(*state.painful) + "; a two-leg session has been tolerated "
                          + "since, so it returns to " + std::string{family.one_leg_name} + ".";
        return progress;
    }
    progress.stepped_back = true;
    progress.stays_back_until_logged = true;
    progress.two_leg_sessions_remaining = 1;
    progress.status = name_of(family) + ": stepped back from " + std::string{family.one_leg_name}
                      + " to " + std::string{family.two_leg_name} + " because the session of "
                      + state.painful->date.iso() + " went to " + pain_text(*state.painful)
                      + ", above the 4/10 ceiling; it stays there, one load lighter, until a "
                      + "two-leg session is logged within 4/10.";
    return progress;
}

FamilyProgress resume_on_two_legs_after_gap(const ExerciseFamily& family, FamilyProgress progress,
                                            int days_without_strength) {
    progress.two_leg_sessions_done = 0;
    progress.two_leg_sessions_remaining = 1;
    progress.status = name_of(family) + ": " + counted(days_without_strength, "day")
                      + " without strength work, so one session on "
                      + std::string{family.two_leg_name} + " before going back to "
                      + std::string{family.one_leg_name} + ".";
    return progress;
}

}  // namespace

FamilyProgress progress_from_log(const ExerciseFamily& family, const TrainingLog& log,
                                 const GradeSchedule& schedule, Date as_of) {
    const Replayed state = replay(family, log);
    if (state.back_from_one_leg) {
        return step_back_to_two_legs(family, state);
    }
    if (state.progress.logged_stage == Stage::one_leg) {
        const auto last_strength = log.last_strength_day();
        const int days_without_strength = last_strength ? as_of - *last_strength : 0;
        if (days_without_strength >= detraining_gap_days) {
            return resume_on_two_legs_after_gap(family, state.progress, days_without_strength);
        }
        return stay_on_one_leg(family, state.progress);
    }
    if (state.progress.sessions_completed_at_stage >= schedule.two_leg_sessions
        && !state.step_in_force()) {
        return progress_to_single_leg(family, state.progress, schedule);
    }
    return continue_two_leg_stage(family, state, schedule);
}

void hold_on_two_legs(FamilyProgress& progress) {
    if (progress.logged_stage == Stage::two_legs) {
        progress.held_until_logged = true;
        progress.two_leg_sessions_remaining = std::max(progress.two_leg_sessions_remaining, 1);
    }
}

Stage stage_in_planned_session(const FamilyProgress& progress, int planned_session) {
    return progress.stays_back_until_logged || progress.held_until_logged
                   || planned_session < progress.two_leg_sessions_remaining
               ? Stage::two_legs
               : Stage::one_leg;
}

bool established_on_one_leg(const FamilyProgress& progress) {
    return progress.logged_stage == Stage::one_leg && progress.sessions_completed_at_stage > 0
           && progress.two_leg_sessions_remaining == 0;
}

}  // namespace coach::eccentric_strength
