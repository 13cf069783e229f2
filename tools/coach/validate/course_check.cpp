// course: how a plan marks what rests on the projected course of recovery (docs/DATA.md, "Plan").
#include <algorithm>

#include "checks.hpp"
#include "coach/plan_rules.hpp"
#include "coach/sdk/chronology.hpp"
#include "isolated_run.hpp"
#include "planning.hpp"

namespace coach::cli::validation {

namespace {

bool has_assessment(const Session& session) {
    return std::any_of(session.items.begin(), session.items.end(),
                       [](const Item& item) { return item.category == Category::assessment; });
}

bool says_criteria_met(const Plan& plan) {
    return std::any_of(plan.rationale.begin(), plan.rationale.end(), [](const std::string& line) {
        return line.find("criteria met") != std::string::npos;
    });
}

// What is wrong with the marks of `plan` for `input`, one line each.
std::vector<std::string> mark_problems(Plan plan, const Case& input) {
    std::vector<std::string> problems;
    const Session* previous = nullptr;
    for (const auto& session : plan.sessions) {
        const bool starts_run = session.projected && (previous == nullptr || !previous->projected);
        if (starts_run && !has_assessment(session)) {
            problems.push_back("the first session planned on the projected course, "
                               + session.date.iso()
                               + ", has no reassessment (an assessment item, e.g. evaluation)");
        }
        if (previous != nullptr && previous->projected && !session.projected) {
            // Only a measurement between the two can make the later one rest on measured values.
            const auto assessed = assessments_until(input.chronology, session.date);
            const bool measured_between =
                !assessed.empty() && assessed.back().date > previous->date;
            if (!measured_between) {
                problems.push_back("the session of " + session.date.iso()
                                   + " is not marked projected, though it follows the projected "
                                     "session of "
                                   + previous->date.iso() + " with no assessment between");
            }
        }
        previous = &session;
    }
    set_milestones(plan, input);  // as the engine does after its gate
    if (plan.milestones.is_projected(MilestoneKind::return_to_sport) && says_criteria_met(plan)) {
        problems.push_back("its rationale says \"criteria met\", but the return to sport ("
                           + plan.milestones.return_to_sport->iso()
                           + ") rests on the projected course: say it is an earliest estimate");
    }
    return problems;
}

}  // namespace

Findings check_course(const CheckInput& input) {
    const PluginUnderTest plugin{input.library};
    const auto philosophies = plugin.philosophies();
    Findings findings;
    std::size_t plans = 0;
    std::size_t projected = 0;
    for (const auto& philosophy : philosophies) {
        for (const auto& [athlete, planning_case] : cases_past_the_gate(input.athletes)) {
            const auto label = plan_label(philosophy, *athlete, philosophies.size());
            announce_activity("planning " + label);
            auto result = philosophy.boundary->plan(planning_case.input());
            if (!result) {
                findings.push_back(fail(label + ": plan() " + result.error));
                continue;
            }
            ++plans;
            const auto& sessions = result.value->sessions;
            if (std::any_of(sessions.begin(), sessions.end(),
                            [](const Session& s) { return s.projected; })) {
                ++projected;
            }
            for (auto& problem : mark_problems(std::move(*result.value), planning_case.input())) {
                findings.push_back(fail(label + ": " + problem));
            }
        }
    }
    if (findings.empty()) {
        findings.push_back(note(std::to_string(plans) + " plans mark the course consistently ("
                                + std::to_string(projected)
                                + " with sessions on the projection, each run of them opened by "
                                  "a reassessment)"));
    }
    return findings;
}

}  // namespace coach::cli::validation
