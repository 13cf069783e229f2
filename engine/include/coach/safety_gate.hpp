#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coach/export.hpp"
#include "coach/sdk/athlete.hpp"
#include "coach/sdk/philosophy.hpp"
#include "coach/sdk/plan.hpp"

// The safety gate (DESIGN.md) that the engine applies to every plan of every plugin. Exposed so
// that hosts and tools can explain a decision; plugins cannot switch any of it off.
// All functions are [thread-safe] and pure.
namespace coach::safety {

inline constexpr int highest_pain_ceiling = 4;
inline constexpr int protected_days = 3;  // days 0..2 after injury: no heat, sprint, site massage
inline constexpr int altered_gait_days = 7;  // altered gait beyond this many days: advise
inline constexpr int pain_trend_days = 3;    // pain at rest not improving over this span: advise

// Red flags that withhold every plan (status "referral"): numbness or tingling, unable to bear
// weight, palpable gap, grade 4, grade 3 at site c. Read from the latest assessment up to as_of.
COACH_ENGINE_API std::vector<Referral> stop_referrals(const Case& input);

// Findings that keep the plan but attach a referral: gait still altered more than 7 days after
// injury, pain at rest not improving over 3 or more days, daily pain medication.
COACH_ENGINE_API std::vector<Referral> advise_referrals(const Case& input);

// Why a philosophy's metadata is refused (id, version, summary, sources, pain ceiling at most
// 4, declared exercises), or nullopt.
COACH_ENGINE_API std::optional<std::string> metadata_problem(const PhilosophyInfo& info);

// Every way `plan` breaks the validity rules, each "<JSON pointer>: <reason>": exercises in the
// catalog with their catalog category, positive volumes, intensity 0-100, sessions inside the
// horizon in ascending order, no heat, sprinting or site massage in the first 3 days after
// injury, sources present, and no wording that calls the athlete "cleared".
COACH_ENGINE_API std::vector<std::string> plan_problems(const Plan& plan, const Case& input,
                                                        const PhilosophyInfo& info);

}  // namespace coach::safety
