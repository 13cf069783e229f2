#pragma once

#include <span>
#include <string>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "plugin_under_test.hpp"
#include "reference_athletes.hpp"

// What the checks that call plan() share.
namespace coach::cli::validation {

// A reference athlete the safety gate lets through to the plugins (no stop red flag), with the
// case a philosophy plans from. `athlete` points into the caller's reference athletes.
struct GatedCase {
    const ReferenceAthlete* athlete = nullptr;
    PlanningCase input;
};

std::vector<GatedCase> cases_past_the_gate(std::span<const ReferenceAthlete> athletes);

// How a report line names one philosophy's plan for one athlete: the athlete's file name, after
// the philosophy's id when the plugin has several.
std::string plan_label(const PhilosophyUnderTest& philosophy, const ReferenceAthlete& athlete,
                       std::size_t philosophy_count);

// plan()'s result as the engine would encode it (json::encode_plan), or "plan() <error>".
// `ok` says which. [thread-safe] as far as the plugin's plan() is.
struct EncodedPlan {
    bool ok = false;
    std::string text;
};
EncodedPlan encoded_plan(const PhilosophyUnderTest& philosophy, const Case& input);

// "12.3 ms"
std::string milliseconds_text(double milliseconds);

}  // namespace coach::cli::validation
