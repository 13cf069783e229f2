// pain-rule: after a logged session above the pain ceiling, the next session steps the load back.
// It fails when the load goes up (more than after the same session at 1/10), and warns when it
// only holds (as much as the session that hurt).
#include <algorithm>
#include <array>
#include <optional>
#include <stdexcept>

#include "checks.hpp"
#include "coach/sdk/history.hpp"
#include "isolated_run.hpp"
#include "planning.hpp"

namespace coach::cli::validation {

namespace {

// The load of a session on the healing hamstring, heaviest first, compared in this order: the
// fastest sprint (%), sprint metres, eccentric reps, other strength reps, running minutes, drill
// metres, isometric seconds. Sprinting is what strains a hamstring most; isometric holds are the
// gentlest loading there is.
struct Load {
    std::array<long long, 7> parts{};

    friend auto operator<=>(const Load&, const Load&) = default;
};

struct Volume {
    Category category = Category::rest;
    int sets = 1;
    std::optional<int> reps, distance_m, intensity_pct, duration_min, hold_s;
};

void add(Load& load, const Volume& v) {
    auto& p = load.parts;
    switch (v.category) {
        case Category::sprint:
            p[0] = std::max<long long>(p[0], v.intensity_pct.value_or(100));
            p[1] += 1LL * v.sets * v.reps.value_or(1) * v.distance_m.value_or(0);
            break;
        case Category::strength_eccentric:
            p[2] += 1LL * v.sets * v.reps.value_or(0);
            break;
        case Category::strength_general:
            p[3] += 1LL * v.sets * v.reps.value_or(0);
            break;
        case Category::running:
            p[4] += 1LL * v.sets * v.duration_min.value_or(0);
            break;
        case Category::drill:
            p[5] += 1LL * v.sets * v.reps.value_or(1) * v.distance_m.value_or(0);
            break;
        case Category::strength_isometric:
            p[6] += 1LL * v.sets * v.hold_s.value_or(0);
            break;
        default:
            break;
    }
}

Load load_of(const Session& session) {
    Load load;
    for (const auto& item : session.items) {
        add(load, {item.category, item.sets.value_or(1), item.reps, item.distance_m,
                   item.intensity_pct, item.duration_min, item.hold_s});
    }
    return load;
}

// A logged session's load, its exercises read from the shared catalog (and `declared`).
Load load_of(const LogEntry& entry, const std::vector<DeclaredExercise>& declared) {
    Load load;
    for (const auto& item : entry.items) {
        if (const auto category = category_of(item.exercise, declared)) {
            add(load, {*category, item.sets.value_or(1), item.reps, item.distance_m,
                       item.intensity_pct, item.duration_min, item.hold_s});
        }
    }
    return load;
}

// "sprint 100 m up to 60%, 48 eccentric reps" and the like.
std::string describe(const Load& load) {
    const auto& p = load.parts;
    std::string text;
    const auto part = [&text](long long value, const std::string& words) {
        if (value > 0) {
            text += (text.empty() ? "" : ", ") + std::to_string(value) + words;
        }
    };
    if (p[1] > 0) {
        text += "sprint " + std::to_string(p[1]) + " m up to " + std::to_string(p[0]) + "%";
    }
    part(p[2], " eccentric reps");
    part(p[3], " other strength reps");
    part(p[4], " min of running");
    part(p[5], " m of drills");
    part(p[6], " s of isometric holds");
    return text.empty() ? "no loading work" : text;
}

// The plan's first session after `day`, or nullptr.
const Session* next_session(const Plan& plan, Date day) {
    for (const auto& session : plan.sessions) {
        if (session.date > day) {
            return &session;
        }
    }
    return nullptr;
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
            // The ceiling is the pain the philosophy accepts during exercise.
            if (painful_session == nullptr || painful_session->pain_during.value_or(0) <= ceiling) {
                continue;
            }
            const int pain = *painful_session->pain_during;
            const Date session_day = painful_session->date;
            const Load hurt = load_of(*painful_session, philosophy.info.exercises);
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
            const Session* next = next_session(after_pain, session_day);
            const Session* twin = next_session(after_comfort, session_day);
            const Load load_after_pain = next != nullptr ? load_of(*next) : Load{};
            const Load load_after_comfort = twin != nullptr ? load_of(*twin) : Load{};
            const std::string story =
                label + ": after the session of " + session_day.iso() + " at pain "
                + std::to_string(pain) + "/10 during it, above the " + std::to_string(ceiling)
                + "/10 ceiling (" + describe(hurt) + "), the next session"
                + (next != nullptr ? " (" + next->date.iso() + ")" : std::string{}) + " carries "
                + describe(load_after_pain);
            if (load_after_pain > load_after_comfort) {
                findings.push_back(fail(story + "; after the same session at "
                                        + std::to_string(comfortable_pain) + "/10 it carries "
                                        + describe(load_after_comfort)
                                        + ". Load must not go up after pain above the ceiling: "
                                          "step it back"));
            } else if (load_after_pain >= hurt) {
                findings.push_back(warn(story
                                        + ", as much as the session that hurt: it only holds "
                                          "the load. Step it back to the previous stage until "
                                          "a session there is tolerated"));
            } else {
                findings.push_back(note(story + ": load stepped back"));
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
