#include "step_back.hpp"

#include <algorithm>

#include "coach/sdk/counted.hpp"
#include "exercise_families.hpp"
#include "identity.hpp"
#include "pain_rule.hpp"

namespace coach::eccentric_strength {

SessionLevel level_of(const LogEntry& entry) {
    SessionLevel level = SessionLevel::none;
    for (const auto& item : entry.items) {
        for (const auto& family : circuit_families) {
            if (const auto stage = stage_of(family, item.exercise)) {
                level = std::max(level, *stage == Stage::one_leg ? SessionLevel::one_leg
                                                                 : SessionLevel::two_legs);
            }
        }
    }
    if (level != SessionLevel::none) {
        return level;
    }
    if (logged_category(entry, Category::strength_isometric)) {
        return SessionLevel::pain_relief;
    }
    if (logged_category(entry, Category::running) || logged_category(entry, Category::sprint)) {
        return SessionLevel::running;
    }
    return SessionLevel::none;
}

StepBack step_back_in_force(const TrainingLog& log) {
    StepBack step;
    for (const LogEntry* entry : log.own_sessions()) {
        const SessionLevel level = level_of(*entry);
        if (above_pain_ceiling(*entry)) {
            const int pain = *entry->pain_during;
            if (level == SessionLevel::two_legs || level == SessionLevel::pain_relief) {
                step = {StepKind::back_to_pain_relief, entry->date, pain, 0};
            } else if (level == SessionLevel::running) {
                step = {StepKind::running_paused, entry->date, pain, 0};
            } else if (level == SessionLevel::one_leg) {
                step = {};  // the families step back to two legs themselves
            }
            continue;
        }
        if (!tolerated(*entry)) {
            continue;
        }
        const bool circuit = level == SessionLevel::two_legs || level == SessionLevel::one_leg;
        if (step.kind == StepKind::back_to_pain_relief && level == SessionLevel::pain_relief) {
            ++step.relief_sessions_tolerated;
        } else if (circuit) {
            step = {};  // strength work tolerated again: the stay is over
        }
    }
    return step;
}

int relief_days_owed(const StepBack& step, const GradeSchedule& schedule) {
    if (step.kind != StepKind::back_to_pain_relief) {
        return 0;
    }
    return std::max(schedule.pain_relief_days - step.relief_sessions_tolerated, 0);
}

std::string describe(const StepBack& step, const GradeSchedule& schedule) {
    const std::string session = "The session of " + step.painful_session.iso() + " went to "
                                + std::to_string(step.pain) + "/10 during the exercises, above the "
                                + std::to_string(pain_ceiling) + "/10 ceiling";
    switch (step.kind) {
        case StepKind::none:
            return {};
        case StepKind::back_to_pain_relief: {
            const int owed = relief_days_owed(step, schedule);
            return session + ": the load steps back to the stage before the two-leg circuit, "
                   + counted(schedule.pain_relief_days, "day")
                   + " of pain-relief holds that calm an irritable hamstring ("
                   + std::to_string(owed) + (owed == 1 ? " day" : " days")
                   + " still to do), and the two-leg stage then starts again.";
        }
        case StepKind::running_paused:
            return session + " while running: no running until a strength session is tolerated "
                             "again, and the runs then restart at the shortest.";
    }
    return {};
}

}  // namespace coach::eccentric_strength
