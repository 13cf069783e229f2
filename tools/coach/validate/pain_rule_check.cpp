// pain-rule: after a logged session above the pain ceiling, the next session's load does not go
// up.
#include <algorithm>
#include <optional>
#include <stdexcept>

#include "checks.hpp"
#include "coach/sdk/history.hpp"
#include "isolated_run.hpp"
#include "planning.hpp"

namespace coach::cli::validation {

namespace {

// The categories whose dose is load on the healing hamstring.
bool is_loading(Category category) {
    switch (category) {
        case Category::strength_eccentric:
        case Category::strength_isometric:
        case Category::strength_general:
        case Category::sprint:
        case Category::running:
        case Category::drill:
            return true;
        default:
            return false;
    }
}

// The total dose of strength, sprint, running and drill items in the plan's first session after
// `day` (0 when it has none).
int next_session_load(const Plan& plan, Date day) {
    for (const auto& session : plan.sessions) {
        if (session.date <= day) {
            continue;
        }
        int load = 0;
        for (const auto& item : session.items) {
            if (is_loading(item.category)) {
                load += item_dose(item).value_or(0);
            }
        }
        return load;
    }
    return 0;
}

std::optional<Date> next_session_date(const Plan& plan, Date day) {
    for (const auto& session : plan.sessions) {
        if (session.date > day) {
            return session.date;
        }
    }
    return std::nullopt;
}

// The record with every logged session attributed to `philosophy`, so that the plugin reads them
// as its own sessions.
Athlete as_sessions_of(Athlete athlete, const std::string& philosophy) {
    for (auto& entry : athlete.log) {
        entry.philosophy = philosophy;
    }
    return athlete;
}

// The last session logged up to `day`, or nullptr.
LogEntry* last_session(Athlete& athlete, Date day) {
    LogEntry* last = nullptr;
    for (auto& entry : athlete.log) {
        if (entry.date <= day && (last == nullptr || entry.date >= last->date)) {
            last = &entry;
        }
    }
    return last;
}

Plan plan_or_throw(const PhilosophyUnderTest& philosophy, const Case& input,
                   const std::string& label) {
    auto result = philosophy.boundary->plan(input);
    if (!result) {
        throw std::runtime_error(label + ": plan() " + result.error);
    }
    return std::move(*result.value);
}

}  // namespace

Findings check_pain_rule(const CheckInput& input) {
    const PluginUnderTest plugin{input.library};
    const auto philosophies = plugin.philosophies();
    Findings findings;
    for (const auto& philosophy : philosophies) {
        const int ceiling = philosophy.info.pain_ceiling;
        for (const auto& [athlete, planning] : cases_past_the_gate(input.athletes)) {
            const Case& planning_case = planning.input();
            Athlete painful = as_sessions_of(planning_case.athlete, philosophy.info.id);
            const auto* painful_session = last_session(painful, planning_case.as_of);
            if (painful_session == nullptr || worst_pain(*painful_session).value_or(0) <= ceiling) {
                continue;
            }
            const int pain = *worst_pain(*painful_session);
            const Date session_day = painful_session->date;
            // The twin: the same athlete, whose last session was comfortable.
            Athlete comfortable = painful;
            const int comfortable_pain = std::min(1, ceiling);
            auto* comfortable_session = last_session(comfortable, planning_case.as_of);
            comfortable_session->pain_during = comfortable_pain;
            comfortable_session->pain_next_day = comfortable_pain;

            const auto label = plan_label(philosophy, *athlete, philosophies.size());
            announce_activity("planning " + label + " after a painful and a comfortable session");
            const Request request{planning_case.as_of, planning_case.horizon_days};
            const auto after_pain =
                plan_or_throw(philosophy, PlanningCase{painful, request}.input(), label);
            const auto after_comfort =
                plan_or_throw(philosophy, PlanningCase{comfortable, request}.input(), label);
            const int load_after_pain = next_session_load(after_pain, session_day);
            const int load_after_comfort = next_session_load(after_comfort, session_day);
            const auto next_day = next_session_date(after_pain, session_day);
            const std::string story =
                label + ": after the session of " + session_day.iso() + " at pain "
                + std::to_string(pain) + "/10, above the " + std::to_string(ceiling)
                + "/10 ceiling, the next session"
                + (next_day ? " (" + next_day->iso() + ")" : std::string{}) + " carries "
                + std::to_string(load_after_pain)
                + " units of strength, sprint, running and drill dose; after the same session at "
                + std::to_string(comfortable_pain) + "/10 it carries "
                + std::to_string(load_after_comfort);
            if (load_after_pain > load_after_comfort) {
                findings.push_back(fail(story
                                        + ". Load must not go up after pain above the "
                                          "ceiling: hold or regress it"));
            } else {
                findings.push_back(note(story + ": load held or reduced"));
            }
        }
    }
    if (findings.empty()) {
        findings.push_back(
            note("no reference athlete logged a session above the pain ceiling: "
                 "not checked"));
    }
    return findings;
}

}  // namespace coach::cli::validation
