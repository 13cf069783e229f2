#include "completed_work.hpp"

#include "bounded_progression.hpp"
#include "coach/sdk/catalog.hpp"
#include "coach/sdk/history.hpp"

namespace coach::sprint_manual {

namespace {

Trouble trouble_in(const LogEntry& entry, int pain_ceiling) {
    if (!entry.completed) {
        return Trouble::stopped_early;
    }
    if (const auto pain = worst_pain(entry); pain && *pain > pain_ceiling) {
        return Trouble::painful;
    }
    if (entry.fatigue == Fatigue::draggy) {
        return Trouble::draggy;
    }
    return Trouble::none;
}

bool is_sprint(const LoggedItem& item) {
    const auto* exercise = find_exercise(item.exercise);
    return exercise != nullptr && exercise->category == Category::sprint;
}

// The longest and fastest sprint work of one session, or nullopt when it held none.
std::optional<SprintDose> sprint_work_in(const LogEntry& entry) {
    std::optional<SprintDose> found;
    for (const auto& item : entry.items) {
        if (!is_sprint(item)) {
            continue;
        }
        const SprintDose dose{item.distance_m.value_or(0), item.intensity_pct.value_or(0)};
        found = found ? found->at_least(dose) : dose;
    }
    return found;
}

}  // namespace

std::string describe(Trouble trouble) {
    switch (trouble) {
        case Trouble::none:
            return "without trouble";
        case Trouble::draggy:
            return "with the hamstring feeling draggy";
        case Trouble::painful:
            return "with pain above the light tug this work allows";
        case Trouble::stopped_early:
            return "stopped before it was finished";
    }
    return "";
}

CompletedWork read_completed_work(const Athlete& athlete, Date through, int pain_ceiling) {
    CompletedWork work;
    for (const LogEntry* entry : log_before(athlete, through + 1)) {
        const Trouble trouble = trouble_in(*entry, pain_ceiling);
        work.last_session = entry->date;
        work.last_session_trouble = trouble;
        const auto sprint_work = sprint_work_in(*entry);
        if (!sprint_work) {
            continue;
        }
        if (!work.first_run) {
            work.first_run = entry->date;
        }
        if (!work.first_high_speed && sprint_work->intensity_pct >= high_speed_pct) {
            work.first_high_speed = entry->date;
        }
        if (entry->completed) {
            ++work.running_sessions;
        }
        if (trouble != Trouble::none) {
            continue;
        }
        const SprintDose best =
            work.best_trouble_free ? work.best_trouble_free->at_least(*sprint_work) : *sprint_work;
        if (best != work.best_trouble_free) {
            work.best_trouble_free = best;
            work.best_trouble_free_date = entry->date;
        }
        if (sprint_work->reaches(full_sprint)) {
            ++work.full_sprint_sessions;
        }
    }
    return work;
}

}  // namespace coach::sprint_manual
