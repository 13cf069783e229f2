#pragma once

#include <optional>

#include "rehab_stage.hpp"
#include "sprint_dose.hpp"

// The coach, not the athlete's report of feeling good, sets the rate of progress: a session
// goes at most one step beyond the distance and intensity already completed without trouble.
namespace coach::sprint_manual {

inline constexpr int intensity_step_pct = 10;

// The very first accelerations: short and easy.
inline constexpr SprintDose opening_dose{5, 50};

// Where the running work ends: sprints over 60 m at full speed.
inline constexpr SprintDose full_sprint{60, 100};

// Sessions at the full sprint dose, completed without trouble, before return to sport.
inline constexpr int full_sprint_sessions_for_return = 3;

// From this intensity on a sprint counts as high speed (the engine's "full speed" milestone).
inline constexpr int high_speed_pct = 90;

// The most each stage allows. The first sessions err low: no more than 50%.
SprintDose stage_ceiling(Stage stage, bool careful_start);

// The dose of the next running session: one step beyond the best trouble-free work, or the
// same again after a draggy or painful session, never above the stage's ceiling.
SprintDose next_session_dose(const std::optional<SprintDose>& best_trouble_free,
                             const SprintDose& ceiling, int distance_step_m, bool hold);

}  // namespace coach::sprint_manual
