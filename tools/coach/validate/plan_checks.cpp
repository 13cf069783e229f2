// plan, validity and determinism: what one call of plan() returns for each reference athlete.
#include <algorithm>
#include <chrono>

#include "checks.hpp"
#include "coach/json.hpp"
#include "coach/safety_gate.hpp"
#include "isolated_run.hpp"
#include "planning.hpp"

namespace coach::cli::validation {

namespace {

// A host plans thousands of athletes: one plan should take less than this.
constexpr double plan_budget_ms = 50.0;
// Each plan is timed this many times after a first, untimed call; the fastest counts, so that a
// busy machine does not make a fast plugin look slow.
constexpr int timed_calls = 3;

// How far the report looks around a difference for the JSON value it lies in.
constexpr std::size_t difference_reach = 60;

double fastest_call_ms(const PhilosophyUnderTest& philosophy, const Case& input) {
    double fastest = 0;
    for (int call = 0; call < timed_calls; ++call) {
        const auto start = std::chrono::steady_clock::now();
        philosophy.boundary->plan(input);
        const std::chrono::duration<double, std::milli> took =
            std::chrono::steady_clock::now() - start;
        fastest = call == 0 ? took.count() : std::min(fastest, took.count());
    }
    return fastest;
}

// The JSON member or value of `text` around byte `at`: from after the ',', '{' or '[' before it
// to the ',', '}' or ']' after it, e.g. "duration_min":20.
std::string member_around(const std::string& text, std::size_t at) {
    const auto floor = at > difference_reach ? at - difference_reach : 0;
    auto from = text.find_last_of(",{[", at);
    from = from == std::string::npos || from < floor ? floor : from + 1;
    auto to = text.find_first_of(",}]", at);
    to = std::min({to, at + difference_reach, text.size()});
    return text.substr(from, to - from);
}

// Where two encodings first differ, with the member each has there.
std::string first_difference(const std::string& first, const std::string& second) {
    const auto mismatch = std::mismatch(first.begin(), first.end(), second.begin(), second.end());
    const auto at = static_cast<std::size_t>(mismatch.first - first.begin());
    return "first difference at byte " + std::to_string(at) + ": " + member_around(first, at)
           + " then " + member_around(second, at);
}

}  // namespace

Findings check_plans(const CheckInput& input) {
    const PluginUnderTest plugin{input.library};
    const auto philosophies = plugin.philosophies();
    const auto cases = cases_past_the_gate(input.athletes);
    Findings findings;
    std::size_t planned = 0;
    std::size_t over_budget = 0;
    double slowest_ms = -1;
    std::string slowest;
    for (const auto& philosophy : philosophies) {
        for (const auto& [athlete, planning_case] : cases) {
            const auto label = plan_label(philosophy, *athlete, philosophies.size());
            announce_activity("planning " + label);
            const auto first = philosophy.boundary->plan(planning_case.input());
            if (!first) {
                findings.push_back(fail(label + ": plan() " + first.error));
                continue;
            }
            ++planned;
            const double took = fastest_call_ms(philosophy, planning_case.input());
            over_budget += took > plan_budget_ms ? 1 : 0;
            if (took > slowest_ms) {
                slowest_ms = took;
                slowest = label;
            }
        }
    }
    if (cases.empty()) {
        findings.push_back(note("no reference athlete gets past the safety gate: nothing planned"));
    } else if (over_budget > 0) {
        findings.push_back(warn(
            "slowest plan took " + milliseconds_text(slowest_ms) + " (" + slowest + "), over the "
            + milliseconds_text(plan_budget_ms) + " a host can spend on an " + "athlete; "
            + std::to_string(over_budget) + " of " + std::to_string(planned) + " plans over it"));
    } else if (planned > 0) {
        findings.push_back(note(std::to_string(planned) + " plans of the reference athletes, "
                                + "slowest " + milliseconds_text(slowest_ms) + " (" + slowest
                                + ")"));
    }
    return findings;
}

Findings check_validity(const CheckInput& input) {
    const PluginUnderTest plugin{input.library};
    const auto philosophies = plugin.philosophies();
    Findings findings;
    std::size_t valid = 0;
    for (const auto& philosophy : philosophies) {
        for (const auto& [athlete, planning_case] : cases_past_the_gate(input.athletes)) {
            const auto label = plan_label(philosophy, *athlete, philosophies.size());
            announce_activity("planning " + label);
            const auto result = philosophy.boundary->plan(planning_case.input());
            if (!result) {
                findings.push_back(fail(label + ": plan() " + result.error));
                continue;
            }
            const auto problems =
                safety::plan_problems(*result.value, planning_case.input(), philosophy.info);
            if (problems.empty()) {
                ++valid;
                continue;
            }
            std::string reason = label + ": " + problems.front();
            if (problems.size() > 1) {
                reason += " (and " + std::to_string(problems.size() - 1) + " more)";
            }
            findings.push_back(fail(reason));
        }
    }
    if (findings.empty()) {
        findings.push_back(note(std::to_string(valid)
                                + " plans keep the safety gate's rules: catalog exercises, "
                                  "positive volumes, dates in the horizon, no heat, sprinting, "
                                  "site massage, eccentric or loaded strength in the first 3 "
                                  "days"));
    }
    return findings;
}

Findings check_determinism(const CheckInput& input) {
    const PluginUnderTest plugin{input.library};
    const auto philosophies = plugin.philosophies();
    Findings findings;
    std::size_t same = 0;
    for (const auto& philosophy : philosophies) {
        for (const auto& [athlete, planning_case] : cases_past_the_gate(input.athletes)) {
            const auto label = plan_label(philosophy, *athlete, philosophies.size());
            announce_activity("planning " + label);
            const auto first = encoded_plan(philosophy, planning_case.input());
            // The second call gets a copy of the record, so that a plan may not depend on where
            // the record lives either.
            const Case& original = planning_case.input();
            const Athlete copy = original.athlete;
            const auto second = encoded_plan(
                philosophy,
                PlanningCase{copy, Request{original.as_of, original.horizon_days}}.input());
            if (first.text == second.text) {
                ++same;
                continue;
            }
            findings.push_back(fail(label + ": the same input gave two different plans, "
                                    + first_difference(first.text, second.text)));
        }
    }
    if (findings.empty()) {
        findings.push_back(note(std::to_string(same)
                                + " plans made twice from the same input: byte-identical JSON"));
    }
    return findings;
}

}  // namespace coach::cli::validation
