#include "coach/plan_rules.hpp"

#include <algorithm>

#include "coach/sdk/chronology.hpp"

namespace coach {

namespace {

bool is_running(const Item& item) {
    return item.category == Category::running || item.category == Category::sprint;
}

void add(std::vector<MilestoneKind>& kinds, MilestoneKind kind) {
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
        kinds.push_back(kind);
    }
}

}  // namespace

void drop_logged_days(Plan& plan, const Case& input) {
    std::string days;
    std::erase_if(plan.sessions, [&](const Session& session) {
        if (!logged_on(input.chronology, session.date)) {
            return false;
        }
        days += (days.empty() ? "" : ", ") + session.date.iso();
        return true;
    });
    if (!days.empty()) {
        plan.rationale.push_back("Nothing is prescribed on " + days
                                 + ": a session is already logged that day (the engine never "
                                   "prescribes a logged day again).");
    }
    // Sessions logged after the day the plan starts from were not used to plan it (the request's
    // as_of fixes that day): said, never skipped silently.
    const auto& logged = input.chronology.rehabilitation;
    const auto after = std::find_if(logged.begin(), logged.end(), [&](const LogEntry& entry) {
        return entry.date > input.as_of;
    });
    if (after != logged.end()) {
        const auto count = logged.end() - after;
        plan.rationale.push_back(std::to_string(count) + (count == 1 ? " session" : " sessions")
                                 + " logged after " + input.as_of.iso()
                                 + ", the day this plan starts from, the first on "
                                 + after->date.iso() + ", " + (count == 1 ? "was" : "were")
                                 + " not used to plan it: plan from a later day to take "
                                 + (count == 1 ? "it" : "them") + " into account.");
    }
}

void set_milestones(Plan& plan, const Case& input) {
    const std::vector<MilestoneKind> declared = std::move(plan.milestones.beyond_horizon);
    Milestones found;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            if (is_running(item) && !found.return_to_run) {
                found.return_to_run = session.date;
                if (session.projected) {
                    add(found.projected, MilestoneKind::return_to_run);
                }
            }
            if (item.category == Category::sprint && !found.full_speed
                && item.intensity_pct.value_or(0) >= full_speed_pct) {
                found.full_speed = session.date;
                if (session.projected) {
                    add(found.projected, MilestoneKind::full_speed);
                }
            }
        }
    }
    const auto marked = std::find_if(plan.phases.begin(), plan.phases.end(),
                                     [](const Phase& phase) { return phase.return_to_sport; });
    if (marked != plan.phases.end()) {
        if (marked->start > input.last_day()) {
            add(found.beyond_horizon, MilestoneKind::return_to_sport);
        } else {
            found.return_to_sport = marked->start;
            const Session* last_before = nullptr;
            for (const auto& session : plan.sessions) {
                if (session.date <= marked->start) {
                    last_before = &session;
                }
            }
            if (last_before != nullptr && last_before->projected) {
                add(found.projected, MilestoneKind::return_to_sport);
            }
        }
    }
    for (const auto kind : declared) {
        if (!found.date(kind)) {
            add(found.beyond_horizon, kind);
        }
    }
    std::sort(found.beyond_horizon.begin(), found.beyond_horizon.end());
    std::sort(found.projected.begin(), found.projected.end());
    plan.milestones = std::move(found);
}

}  // namespace coach
