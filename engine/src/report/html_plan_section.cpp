#include "report/html_plan_section.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include "coach/report.hpp"
#include "report/html_palette.hpp"
#include "report/html_text.hpp"

namespace coach::report::html {

namespace {

std::string heading(const ComparisonEntry& entry, std::size_t index) {
    std::string status = "error";
    std::string version;
    if (entry.outcome.plan) {
        status = to_string(entry.outcome.plan->status);
        version = entry.outcome.plan->philosophy.version;
    }
    return "<h2><span class=\"swatch\" style=\"background:" + std::string{philosophy_colour(index)}
           + "\"></span>" + escape(entry.outcome.philosophy)
           + (version.empty() ? "" : " <span class=\"version\">" + escape(version) + "</span>")
           + " <span class=\"status " + status + "\">"
           + (status == "referral"         ? "withheld: referral"
              : status == "not_applicable" ? "not applicable"
                                           : status)
           + "</span></h2>\n";
}

std::string referrals(const Plan& plan) {
    std::string out;
    for (const auto& referral : plan.referrals) {
        const bool stop = referral.level == ReferralLevel::stop;
        out += std::string{"<p class=\"plan-referral "} + (stop ? "stop" : "advise") + "\">"
               + (stop ? "Stop, see a clinician: " : "See a clinician: ") + escape(referral.reason)
               + "</p>\n";
    }
    return out;
}

std::string milestones(const Milestones& milestones) {
    constexpr std::array kinds{MilestoneKind::return_to_run, MilestoneKind::full_speed,
                               MilestoneKind::return_to_sport};
    const bool any = std::any_of(kinds.begin(), kinds.end(), [&](MilestoneKind kind) {
        return milestones.date(kind) || milestones.is_beyond_horizon(kind);
    });
    if (!any) {
        return {};
    }
    std::string out = "<ul class=\"milestones\" aria-label=\"Milestones (estimates)\">\n";
    for (const auto kind : kinds) {
        const auto day = milestones.date(kind);
        const std::string label = kind == MilestoneKind::return_to_run ? "Return to run"
                                  : kind == MilestoneKind::full_speed  ? "Full speed"
                                                                       : "Return to sport";
        if (!day) {
            if (milestones.is_beyond_horizon(kind)) {
                out += "<li><span class=\"label\">" + label + "</span> beyond the horizon</li>\n";
            }
            continue;
        }
        const bool projected = milestones.is_projected(kind);
        std::string note;
        if (kind == MilestoneKind::return_to_sport) {
            note = ": <em>"
                   + escape(projected ? projected_return_to_sport_wording : return_to_sport_wording)
                   + "</em>";
        }
        out += "<li><span class=\"label\">" + label + "</span> " + weekday_day_month(*day) + " "
               + day->iso().substr(0, 4) + note
               + (projected ? " <span class=\"estimate\">earliest estimate</span>" : "")
               + "</li>\n";
    }
    return out + "</ul>\n<p class=\"muted\">All milestones are estimates; an earliest estimate "
                 "rests on the projected course of recovery.</p>\n";
}

std::string phases(const Plan& plan) {
    if (plan.phases.empty()) {
        return {};
    }
    std::string out =
        "<h3>Phases</h3>\n<table class=\"phases\">\n<thead><tr><th>Phase</th><th>Dates</th>"
        "<th>Goal</th><th>Move on when</th></tr></thead>\n<tbody>\n";
    for (const auto& phase : plan.phases) {
        out += "<tr><td class=\"name\">" + escape(phase.name)
               + (phase.return_to_sport ? " <span class=\"estimate\">return to sport</span>" : "")
               + "</td><td class=\"dates\">" + day_month(phase.start) + " \u2013 "
               + day_month(phase.end) + "</td><td>" + escape(phase.goal) + "</td><td>";
        if (!phase.exit_criteria.empty()) {
            out += "<ul>";
            for (const auto& criterion : phase.exit_criteria) {
                out += "<li>" + escape(criterion) + "</li>";
            }
            out += "</ul>";
        }
        out += "</td></tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

// One item; its cue only when `show_cue` (cues repeat day after day, and are written out once).
std::string item_line(const Item& item, bool show_cue, std::span<const DeclaredExercise> declared) {
    std::string out = "<li><span class=\"what\">" + escape(describe_item(item, declared))
                      + "</span> <span class=\"category\">"
                      + escape(words(to_string(item.category))) + "</span>";
    if (show_cue && !item.cue.empty()) {
        out += "<div class=\"cue\">" + escape(item.cue) + "</div>";
    }
    return out + "</li>";
}

std::string days(const Plan& plan, std::span<const DeclaredExercise> declared) {
    if (plan.sessions.empty()) {
        return {};
    }
    std::string out =
        "<h3>Day by day</h3>\n<p class=\"muted\">Each exercise's cue is written out the first "
        "time it appears. A session marked <span class=\"estimate\">projected</span> is planned on "
        "the projected course of recovery, not on measured values: an estimate to "
        "reassess.</p>\n<table class=\"days\">\n<thead><tr><th>Date</th><th>Day</th>"
        "<th>Focus</th><th>What to do</th></tr></thead>\n<tbody>\n";
    const std::string* current_phase = nullptr;
    std::set<std::pair<std::string, std::string>> cues_given;  // exercise and cue
    for (const auto& session : plan.sessions) {
        if (!current_phase || *current_phase != session.phase) {
            current_phase = &session.phase;
            out += "<tr class=\"phase-row\"><th colspan=\"4\">Phase: " + escape(session.phase)
                   + "</th></tr>\n";
        }
        const bool rest = session.is_rest_day();
        const std::string classes = std::string{rest ? "rest" : ""}
                                    + (rest && session.projected ? " " : "")
                                    + (session.projected ? "projected" : "");
        out += std::string{"<tr"} + (classes.empty() ? "" : " class=\"" + classes + "\"")
               + "><td class=\"date\">" + session.date.iso()
               + (session.projected ? " <span class=\"estimate\" title=\"planned on the projected "
                                      "course of recovery\">projected</span>"
                                    : "")
               + "</td><td>" + std::string{weekday_name(session.date)} + "</td><td class=\"focus\">"
               + escape(session.focus) + "</td><td><ul class=\"items\">";
        for (const auto& item : session.items) {
            out += item_line(item, cues_given.emplace(item.exercise, item.cue).second, declared);
        }
        out += "</ul></td></tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

std::string bullet_list(std::string_view title, const std::vector<std::string>& lines,
                        std::string_view tag) {
    if (lines.empty()) {
        return {};
    }
    std::string out = "<h3>" + std::string{title} + "</h3>\n<" + std::string{tag} + ">\n";
    for (const auto& line : lines) {
        out += "<li>" + escape(line) + "</li>\n";
    }
    return out + "</" + std::string{tag} + ">\n";
}

}  // namespace

std::string plan_anchor(const std::string& philosophy) {
    std::string id = "plan-";
    for (const char c : philosophy) {
        const bool plain =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        id += plain ? c : '_';
    }
    return id;
}

std::string plan_section(const ComparisonEntry& entry, std::size_t index) {
    std::string out = "<section class=\"plan\" id=\"" + plan_anchor(entry.outcome.philosophy)
                      + "\" style=\"border-top-color:" + std::string{philosophy_colour(index)}
                      + "\">\n";
    out += heading(entry, index);
    if (!entry.outcome.plan) {
        out += "<p class=\"plan-referral stop\">No plan: " + escape(entry.outcome.error) + "</p>\n";
        return out + "</section>\n";
    }
    const auto& plan = *entry.outcome.plan;
    out += referrals(plan);
    if (plan.status == PlanStatus::referral) {
        out +=
            "<p class=\"withheld\">The safety gate withheld this plan: no session until a "
            "clinician has assessed the athlete.</p>\n";
    }
    if (plan.status == PlanStatus::not_applicable) {
        out += "<p class=\"not-applicable\">Not applicable: " + escape(plan.reason) + "</p>\n";
    }
    out += milestones(plan.milestones);
    out += phases(plan);
    out += days(plan, entry.exercises);
    if (!plan.maintenance.empty()) {
        out += "<h3>Maintenance</h3>\n<p>" + escape(plan.maintenance) + "</p>\n";
    }
    out += bullet_list("Why this plan", plan.rationale, "ul");
    out += bullet_list("Sources", plan.sources, "ol");
    out += "<p class=\"provenance\">From <strong>" + escape(plan.philosophy.id) + "</strong> "
           + escape(plan.philosophy.version) + ", library sha256 <code>"
           + escape(plan.philosophy.library_sha256) + "</code></p>\n";
    return out + "</section>\n";
}

}  // namespace coach::report::html
