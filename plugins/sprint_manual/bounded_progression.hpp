#pragma once

#include <optional>

#include "completed_work.hpp"
#include "rehab_stage.hpp"
#include "sprint_dose.hpp"

// The coach, not the athlete's report of feeling good, sets the rate of progress: a session
// goes at most one step beyond the distance and speed of one session already completed without
// trouble; after trouble it goes no further, or below.
namespace coach::sprint_manual {

inline constexpr int intensity_step_pct = 10;

// The very first accelerations: short and easy.
inline constexpr SprintDose opening_dose{5, 50};

// The gentlest accelerations a session falls back to after pain.
inline constexpr SprintDose gentlest_dose{5, 40};

// Below them, after pain in the gentlest accelerations themselves: the same 5 m, slower still
// (trial 50: the gentlest dose that hurt was planned again on five days, said "below" it). The
// source sets no such floor; slower than the gentlest is the plugin's reading of the
// pain-monitoring model (Silbernagel et al. 2007, Am J Sports Med 35(6):897-906: a load that
// pain did not allow is reduced, not repeated).
inline constexpr SprintDose slower_than_gentlest{5, 30};

// Where the running work ends: sprints over 60 m at full speed.
inline constexpr SprintDose full_sprint{60, 100};

// Sessions at the full sprint dose, completed without trouble, before return to sport.
inline constexpr int full_sprint_sessions_for_return = 3;

// From this intensity on a sprint counts as high speed (the engine's "full speed" milestone).
inline constexpr int high_speed_pct = 90;

// The most each stage allows. The first sessions err low: no more than 50%.
SprintDose stage_ceiling(Stage stage, bool careful_start);

// The first stage whose ceiling holds `dose`: where a dose belongs.
Stage stage_of(const SprintDose& dose);

// One step beyond `from` (the reference session) in distance and speed together, within
// `ceiling`; the opening dose when there is none yet.
SprintDose step_beyond(const std::optional<SprintDose>& from, const SprintDose& ceiling,
                       int distance_step_m);

// The answer to a troubled session: after pain, one step below the dose that hurt in distance
// and speed (never above the reference, never below the gentlest accelerations unless they are
// what hurt: then slower_than_gentlest); after a draggy,
// sore or unfinished session, no progression: the reference again, never above the dose that
// went wrong. Not capped by a stage: the caller caps it.
SprintDose answer_to(const TroubledSession& trouble, const std::optional<SprintDose>& reference,
                     int distance_step_m);

}  // namespace coach::sprint_manual
