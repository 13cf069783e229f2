#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "coach/sdk.hpp"

// The circuit: three families of exercises that load the hamstring across the knee, across the
// hip and across both, each progressing from two legs to one.
namespace coach::eccentric_strength {

// Where a family stands: every family starts on two legs (the conventional deadlift for the
// hip-and-knee family) and finishes on one (the Romanian deadlift).
enum class Stage { two_legs, one_leg };

// Which joint the family loads the hamstring across. It decides the load.
enum class Emphasis { knee_dominant, hip_dominant, hip_and_knee };

struct ExerciseFamily {
    Emphasis emphasis;
    std::string_view name;
    std::string_view two_leg_exercise;  // catalog ids
    std::string_view one_leg_exercise;
    std::string_view two_leg_name;  // for people
    std::string_view one_leg_name;
};

inline constexpr std::array<ExerciseFamily, 3> circuit_families{{
    {Emphasis::knee_dominant, "Slider curl", "slider_curl_double", "slider_curl_single",
     "the two-leg slider curl", "the single-leg slider curl"},
    {Emphasis::hip_dominant, "Hip thrust", "hip_thrust_double", "hip_thrust_single",
     "the two-leg hip thrust", "the single-leg hip thrust"},
    {Emphasis::hip_and_knee, "Deadlift", "deadlift", "romanian_deadlift",
     "the conventional deadlift", "the Romanian deadlift"},
}};

using CircuitStages = std::array<Stage, circuit_families.size()>;

inline constexpr int circuit_sets = 4;
inline constexpr int circuit_reps = 6;

std::string_view exercise_at(const ExerciseFamily& family, Stage stage);

std::string_view name_at(const ExerciseFamily& family, Stage stage);

// The stage `exercise` belongs to in `family`, or nullopt when it is not one of the family's.
std::optional<Stage> stage_of(const ExerciseFamily& family, std::string_view exercise);

bool is_circuit_exercise(std::string_view exercise);

// Slider curls are bodyweight; deadlifts and RDLs heavy; the two-leg hip thrust builds from
// medium to heavy over the stage, and the weight drops again for the single-leg version.
Load prescribed_load(const ExerciseFamily& family, Stage stage, int sessions_into_stage,
                     int two_leg_sessions);

// One step lighter than `load` (heavy to medium, medium to light, light to bodyweight): the dose
// after a session that went above the pain ceiling.
Load lighter_than(Load load);

// One family's exercise for a session: 4 sets of 6 at `load`.
Item circuit_item(const ExerciseFamily& family, Stage stage, Load load);

}  // namespace coach::eccentric_strength
