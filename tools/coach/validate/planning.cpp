#include "planning.hpp"

#include <iomanip>
#include <sstream>

#include "coach/json.hpp"
#include "coach/safety_gate.hpp"

namespace coach::cli::validation {

std::vector<GatedCase> cases_past_the_gate(std::span<const ReferenceAthlete> athletes) {
    std::vector<GatedCase> cases;
    for (const auto& athlete : athletes) {
        PlanningCase input = athlete.planning_case();
        if (safety::stop_referrals(input.input()).empty()) {
            cases.push_back({&athlete, std::move(input)});
        }
    }
    return cases;
}

std::string plan_label(const PhilosophyUnderTest& philosophy, const ReferenceAthlete& athlete,
                       std::size_t philosophy_count) {
    return philosophy_count > 1 ? philosophy.info.id + " on " + athlete.name : athlete.name;
}

EncodedPlan encoded_plan(const PhilosophyUnderTest& philosophy, const Case& input) {
    auto result = philosophy.boundary->plan(input);
    if (!result) {
        return {false, "plan() " + result.error};
    }
    return {true, json::encode_plan(*result.value)};
}

std::string milliseconds_text(double milliseconds) {
    std::ostringstream text;
    text << std::fixed << std::setprecision(1) << milliseconds << " ms";
    return text.str();
}

}  // namespace coach::cli::validation
