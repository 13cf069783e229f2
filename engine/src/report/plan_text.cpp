#include <algorithm>
#include <array>
#include <vector>

#include "coach/printable.hpp"
#include "coach/report.hpp"
#include "coach/sdk/catalog.hpp"

namespace coach::report {

namespace {

constexpr std::array<std::string_view, 7> weekday_names = {"Mon", "Tue", "Wed", "Thu",
                                                           "Fri", "Sat", "Sun"};

std::string exercise_name(std::string_view id, std::span<const DeclaredExercise> declared) {
    if (const auto* exercise = find_exercise(id)) {
        return std::string{exercise->name};
    }
    for (const auto& own : declared) {
        if (own.id == id && !own.name.empty()) {
            return own.name;
        }
    }
    return std::string{id};
}

// "  return to sport:   ~2026-11-04 (earliest estimate ...)" and the like, or "" for none.
std::string milestones_text(const Milestones& milestones) {
    struct Line {
        MilestoneKind kind;
        std::string_view label;
    };
    constexpr std::array lines{Line{MilestoneKind::return_to_run, "return to running: "},
                               Line{MilestoneKind::full_speed, "full speed:        "},
                               Line{MilestoneKind::return_to_sport, "return to sport:   "}};
    std::string out;
    for (const auto& [kind, label] : lines) {
        const auto day = milestones.date(kind);
        if (!day) {
            if (milestones.is_beyond_horizon(kind)) {
                out += "  " + std::string{label} + "beyond the horizon\n";
            }
            continue;
        }
        const bool projected = milestones.is_projected(kind);
        out += "  " + std::string{label} + (projected ? "~" : "") + day->iso();
        if (kind == MilestoneKind::return_to_sport) {
            out += " ("
                   + std::string{projected ? projected_return_to_sport_wording
                                           : return_to_sport_wording}
                   + ")";
        } else if (projected) {
            out += " (earliest estimate on the projected course)";
        }
        out += "\n";
    }
    return out.empty() ? out : "\nMilestones (estimates)\n" + out;
}

}  // namespace

std::string describe_item(const Item& item, std::span<const DeclaredExercise> declared) {
    std::string text = exercise_name(item.exercise, declared);
    // Sets times what each set is: its minutes when it is timed, else its reps, metres or hold.
    // A timed set's reps and holds qualify it rather than multiply it: a stretch of 2 sets of
    // 5 minutes in 30-second holds is "2x5 min, 30 s holds", not "2x30 sx5 min".
    std::string volume;
    if (item.sets) {
        volume = std::to_string(*item.sets);
    }
    const auto times = [&volume](const std::string& part) {
        volume += (volume.empty() ? "" : "x") + part;
    };
    std::vector<std::string> qualifiers;
    if (item.duration_min) {
        times(std::to_string(*item.duration_min) + " min");
        if (item.reps) {
            qualifiers.push_back(std::to_string(*item.reps) + (*item.reps == 1 ? " rep" : " reps"));
        }
        if (item.distance_m) {
            qualifiers.push_back(std::to_string(*item.distance_m) + " m");
        }
        if (item.hold_s) {
            qualifiers.push_back(std::to_string(*item.hold_s) + " s holds");
        }
    } else {
        if (item.reps) {
            times(std::to_string(*item.reps));
        }
        if (item.distance_m) {
            times(std::to_string(*item.distance_m) + " m");
        }
        if (item.hold_s) {
            times(std::to_string(*item.hold_s) + " s");
        }
    }
    for (const auto& qualifier : qualifiers) {
        volume += ", " + qualifier;
    }
    if (!volume.empty() && item.category != Category::rest) {
        text += " " + volume;
    }
    if (item.intensity_pct) {
        text += " at " + std::to_string(*item.intensity_pct) + "%";
    }
    if (item.load) {
        text += ", " + std::string{to_string(*item.load)};
    }
    if (item.side && *item.side != Side::both) {
        text += ", " + std::string{to_string(*item.side)} + " side";
    }
    if (item.rest_s) {
        const int rest = *item.rest_s;
        text += ", rest "
                + (rest >= 60 && rest % 60 == 0 ? std::to_string(rest / 60) + " min"
                                                : std::to_string(rest) + " s");
    }
    return text;
}

// Every string of a plan comes from a record or a plugin: each goes through printable().
std::string plan_text(const Plan& plan, std::span<const DeclaredExercise> declared) {
    const auto& p = printable;
    std::string out;
    out += p(plan.philosophy.id) + " " + p(plan.philosophy.version) + ": plan for "
           + p(plan.athlete) + " as of " + plan.as_of.iso() + "\n";
    out += "status: " + std::string{to_string(plan.status)} + "\n";
    if (!plan.reason.empty()) {
        out += "reason: " + p(plan.reason) + "\n";
    }
    for (const auto& referral : plan.referrals) {
        out += "referral (" + std::string{to_string(referral.level)} + "): " + p(referral.reason)
               + "\n";
    }
    if (!plan.phases.empty()) {
        out += "\nPhases\n";
        for (const auto& phase : plan.phases) {
            out += "  " + phase.start.iso() + " .. " + phase.end.iso() + "  " + p(phase.name);
            out += phase.return_to_sport ? " [return to sport]" : "";
            out += phase.goal.empty() ? "\n" : ": " + p(phase.goal) + "\n";
            for (const auto& criterion : phase.exit_criteria) {
                out += "      exit when: " + p(criterion) + "\n";
            }
        }
    }
    out += milestones_text(plan.milestones);
    if (!plan.sessions.empty()) {
        const bool any_projected = std::any_of(plan.sessions.begin(), plan.sessions.end(),
                                               [](const Session& s) { return s.projected; });
        out += any_projected ? "\nSessions (~projected: planned on the projected course of "
                               "recovery, not on measured values)\n"
                             : "\nSessions\n";
    }
    for (const auto& session : plan.sessions) {
        out += "  " + session.date.iso() + " "
               + std::string{weekday_names[session.date.weekday_index()]} + "  " + p(session.focus)
               + " (" + p(session.phase) + ")" + (session.projected ? " ~projected" : "") + "\n";
        for (const auto& item : session.items) {
            out += "      - " + p(describe_item(item, declared));
            out += item.cue.empty() ? "\n" : ": " + p(item.cue) + "\n";
        }
    }
    if (!plan.maintenance.empty()) {
        out += "\nMaintenance: " + p(plan.maintenance) + "\n";
    }
    if (!plan.rationale.empty()) {
        out += "\nWhy\n";
        for (const auto& line : plan.rationale) {
            out += "  - " + p(line) + "\n";
        }
    }
    out += "\nSources\n";
    for (const auto& source : plan.sources) {
        out += "  - " + p(source) + "\n";
    }
    out += "\nfrom " + p(plan.philosophy.id) + " " + p(plan.philosophy.version)
           + ", library sha256 " + p(plan.philosophy.library_sha256) + "\n";
    return out;
}

}  // namespace coach::report
