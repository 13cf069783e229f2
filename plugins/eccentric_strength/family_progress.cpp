#include "family_progress.hpp"

#include <algorithm>

#include "identity.hpp"

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

bool completed_as_prescribed(const LogEntry& entry, const LoggedItem& item) {
    return entry.completed && item.sets.value_or(circuit_sets) >= circuit_sets
           && item.reps.value_or(circuit_reps) >= circuit_reps && !above_pain_ceiling(entry);
}

std::string pain_text(const LogEntry& entry) {
    return std::to_string(worst_pain(entry).value_or(0)) + "/10";
}

std::string name_of(const ExerciseFamily& family) {
    return std::string{family.name};
}

FamilyProgress continue_two_leg_stage(const ExerciseFamily& family, FamilyProgress progress,
                                      const GradeSchedule& schedule) {
    progress.two_leg_sessions_done = progress.sessions_completed_at_stage;
    progress.two_leg_sessions_remaining =
        schedule.two_leg_sessions - progress.sessions_completed_at_stage;
    if (progress.sessions_completed_at_stage == 0) {
        progress.status = name_of(family) + ": starts on " + std::string{family.two_leg_name}
                          + " and moves to " + std::string{family.one_leg_name} + " after "
                          + std::to_string(schedule.two_leg_sessions)
                          + " sessions completed within 4/10.";
        return progress;
    }
    progress.status = name_of(family) + ": " + std::to_string(progress.sessions_completed_at_stage)
                      + " of " + std::to_string(schedule.two_leg_sessions)
                      + " two-leg sessions done within 4/10, so "
                      + std::to_string(progress.two_leg_sessions_remaining)
                      + " more on two legs before moving to one leg.";
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

FamilyProgress hold_on_current_stage(const ExerciseFamily& family, FamilyProgress progress,
                                     const GradeSchedule& schedule, const LogEntry& painful) {
    if (progress.logged_stage == Stage::one_leg) {
        progress.two_leg_sessions_remaining = 0;
    } else {
        progress.two_leg_sessions_done = 0;  // the hip thrust load comes back down to medium
        progress.two_leg_sessions_remaining =
            std::max(schedule.two_leg_sessions - progress.sessions_completed_at_stage, 1);
    }
    progress.status = name_of(family) + ": held at "
                      + std::string{name_at(family, progress.logged_stage)}
                      + " because the last logged session went above 4/10 (" + pain_text(painful)
                      + "); no progression until a session stays within 4/10.";
    return progress;
}

FamilyProgress step_back_to_two_legs(const ExerciseFamily& family, FamilyProgress progress,
                                     const LogEntry& painful) {
    progress.two_leg_sessions_done = 0;
    progress.two_leg_sessions_remaining = 1;
    progress.status = name_of(family) + ": stepped back from " + std::string{family.one_leg_name}
                      + " to " + std::string{family.two_leg_name}
                      + " because the last logged session went above 4/10 (" + pain_text(painful)
                      + "); back to one leg after a session within 4/10.";
    return progress;
}

FamilyProgress resume_on_two_legs_after_gap(const ExerciseFamily& family, FamilyProgress progress,
                                            int days_without_strength) {
    progress.two_leg_sessions_done = 0;
    progress.two_leg_sessions_remaining = 1;
    progress.status = name_of(family) + ": " + std::to_string(days_without_strength)
                      + " days without strength work, so one session on "
                      + std::string{family.two_leg_name} + " before going back to "
                      + std::string{family.one_leg_name} + ".";
    return progress;
}

}  // namespace

FamilyProgress progress_from_log(const ExerciseFamily& family, const TrainingLog& log,
                                 const GradeSchedule& schedule, Date as_of) {
    FamilyProgress progress;
    const LogEntry* last_with_family = nullptr;
    for (const LogEntry* entry : log.own_sessions()) {
        const LoggedItem* item = logged_item(family, *entry);
        if (item == nullptr) {
            continue;
        }
        const Stage stage = *stage_of(family, item->exercise);
        if (stage != progress.logged_stage) {
            progress.logged_stage = stage;
            progress.sessions_completed_at_stage = 0;
        }
        if (completed_as_prescribed(*entry, *item)) {
            ++progress.sessions_completed_at_stage;
        }
        last_with_family = entry;
    }

    const LogEntry* last = log.last_own_session();
    if (last != nullptr && above_pain_ceiling(*last)) {
        if (last == last_with_family && progress.logged_stage == Stage::one_leg) {
            return step_back_to_two_legs(family, progress, *last);
        }
        return hold_on_current_stage(family, progress, schedule, *last);
    }
    if (progress.logged_stage == Stage::one_leg) {
        const auto last_strength = log.last_strength_day();
        const int days_without_strength = last_strength ? as_of - *last_strength : 0;
        if (days_without_strength >= detraining_gap_days) {
            return resume_on_two_legs_after_gap(family, progress, days_without_strength);
        }
        return stay_on_one_leg(family, progress);
    }
    if (progress.sessions_completed_at_stage >= schedule.two_leg_sessions) {
        return progress_to_single_leg(family, progress, schedule);
    }
    return continue_two_leg_stage(family, progress, schedule);
}

Stage stage_in_planned_session(const FamilyProgress& progress, int planned_session) {
    return planned_session < progress.two_leg_sessions_remaining ? Stage::two_legs : Stage::one_leg;
}

bool established_on_one_leg(const FamilyProgress& progress) {
    return progress.logged_stage == Stage::one_leg && progress.sessions_completed_at_stage > 0
           && progress.two_leg_sessions_remaining == 0;
}

}  // namespace coach::eccentric_strength
