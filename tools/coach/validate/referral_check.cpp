// referrals: through the engine's safety gate, red flags withhold the plan and advice is kept.

#include <algorithm>

#include "checks.hpp"
#include "coach/engine.hpp"
#include "coach/safety_gate.hpp"
#include "isolated_run.hpp"

namespace coach::cli::validation {

namespace {

// An engine that loads only the plugin under test. The file was chosen by hand, so the
// ownership rules for plugin folders do not apply; the engine's own log lines are not wanted.
Engine engine_for(const std::filesystem::path& library) {
    return Engine{
        EngineOptions{.plugin_paths = {library},
                      .use_environment = false,
                      .use_bundled = false,
                      .allow_untrusted = true,
                      .log = {[](LogSink::Level, std::string_view) {}, LogSink::Level::off}}};
}

bool has_referral(const Plan& plan, const Referral& wanted) {
    return std::find(plan.referrals.begin(), plan.referrals.end(), wanted) != plan.referrals.end();
}

std::string names(const std::vector<std::string>& list) {
    std::string text;
    for (const auto& name : list) {
        text += (text.empty() ? "" : ", ") + name;
    }
    return text;
}

}  // namespace

Findings check_referrals(const CheckInput& input) {
    announce_activity("loading the plugin into an engine");
    const auto engine = engine_for(input.library);
    if (engine.list().empty()) {
        const auto& errors = engine.load_errors();
        return {fail("the engine did not load it: "
                     + (errors.empty() ? std::string{"no philosophy"} : errors.front().message))};
    }
    Findings findings;
    std::vector<std::string> withheld;
    std::vector<std::string> advised;
    for (const auto& athlete : input.athletes) {
        const PlanningCase planning_case = athlete.planning_case();
        const auto stops = safety::stop_referrals(planning_case.input());
        const auto advice = safety::advise_referrals(planning_case.input());
        if (stops.empty() && advice.empty()) {
            continue;
        }
        for (const auto& record : engine.list()) {
            const auto label =
                engine.list().size() > 1 ? record.info.id + " on " + athlete.name : athlete.name;
            announce_activity("planning " + label + " through the engine");
            const auto outcome =
                engine.plan(record.info.id, athlete.file.athlete, athlete.file.request);
            if (!outcome.plan) {
                findings.push_back(fail(label + ": " + outcome.error));
                continue;
            }
            const auto& plan = *outcome.plan;
            if (!stops.empty()) {
                if (plan.status != PlanStatus::referral || !plan.sessions.empty()
                    || !has_referral(plan, stops.front())) {
                    findings.push_back(fail(label + ": a red flag (" + stops.front().reason
                                            + ") must withhold the plan as a referral"));
                }
                continue;
            }
            if (plan.status != PlanStatus::ok || !has_referral(plan, advice.front())) {
                findings.push_back(fail(label + ": the plan must be kept with the advice \""
                                        + advice.front().reason + "\""));
            }
        }
        (stops.empty() ? advised : withheld).push_back(athlete.name);
    }
    if (findings.empty()) {
        std::string text = withheld.empty() ? std::string{"no red-flag reference athlete"}
                                            : "red flags withheld the plan as a referral ("
                                                  + names(withheld) + ")";
        text += advised.empty() ? "; no advise-level reference athlete"
                                : "; advice kept with a working plan (" + names(advised) + ")";
        findings.push_back(note(text));
    }
    return findings;
}

}  // namespace coach::cli::validation
