#pragma once

#include <string_view>

#include "coach/sdk.hpp"
#include "recovery_timeline.hpp"

namespace coach::stretch_ice {

// The four stages of a recovery in this approach, in order.
enum class Stage { rest, healing, easy_running, usual_running };

inline constexpr std::string_view rest_stage_name = "rest, ice and compression";
inline constexpr std::string_view healing_stage_name = "gentle stretching and cross-training";
inline constexpr std::string_view easy_running_stage_name = "slow, easy running";
inline constexpr std::string_view usual_running_stage_name = "back to usual running";

// The stage a day belongs to, by days since the injury (0 or more).
Stage stage_on(int day_of_injury, const RecoveryTimeline& timeline);

// Days since the injury on which `stage` begins.
int first_day_of(Stage stage, const RecoveryTimeline& timeline);

// Declares the stages as the plan's phases, cut to the horizon; stages outside it are left out.
// Usual running is the return to sport (criteria met, clinician sign-off required).
void declare_stages(PlanBuilder& plan, const RecoveryTimeline& timeline);

}  // namespace coach::stretch_ice
