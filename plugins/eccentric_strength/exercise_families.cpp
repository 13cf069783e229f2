#include "exercise_families.hpp"

#include <algorithm>
#include <string>

namespace coach::eccentric_strength {

namespace {

int rest_between_sets_s(Emphasis emphasis) {
    switch (emphasis) {
        case Emphasis::knee_dominant:
            return 90;
        case Emphasis::hip_dominant:
            return 120;
        case Emphasis::hip_and_knee:
            return 180;
    }
    return 120;
}

// The deadlift's cue names the load: heavy where the plan gives heavy, else the load it gives
// (a step back one load lighter after pain, family_progress.hpp).
std::string deadlift_cue(Stage stage, Load load) {
    if (load == Load::heavy) {
        return stage == Stage::two_legs
                   ? "Conventional deadlift, heavy enough that 6 good reps are work; lower the bar "
                     "under control. RDLs come later."
                   : "Soft knees, hinge at the hips and lower the bar slowly along the thighs "
                     "until the hamstrings load; heavy, 6 controlled reps.";
    }
    const std::string lighter =
        "a " + std::string{to_string(load)}
        + " load, one lighter than before the painful session: 6 controlled reps";
    return stage == Stage::two_legs
               ? "Conventional deadlift at " + lighter
                     + "; lower the bar under control. RDLs come later."
               : "Soft knees, hinge at the hips and lower the bar slowly along the thighs until "
                 "the hamstrings load; "
                     + lighter + ".";
}

std::string cue_for(const ExerciseFamily& family, Stage stage, Load load) {
    const std::string pain_rule = " Up to 4/10 pain is fine; stop short of cramping or sharp pain.";
    switch (family.emphasis) {
        case Emphasis::knee_dominant:
            return (stage == Stage::two_legs
                        ? std::string{"Hips up on both heels, let the sliders run out slowly "
                                      "(about 3 s) and curl them back; bodyweight only."}
                        : std::string{"One heel on the slider, the other leg in the air; lower "
                                      "slowly and curl back, each leg in turn; bodyweight only."})
                   + pain_rule;
        case Emphasis::hip_dominant:
            return (stage == Stage::two_legs
                        ? std::string{"Upper back on a bench or couch, drive the hips up through "
                                      "both feet and lower under control; this is about the load, "
                                      "not the equipment."}
                        : std::string{"One foot down, each leg in turn; expect to use less "
                                      "weight than on two legs, and build back up from there."})
                   + pain_rule;
        case Emphasis::hip_and_knee:
            return deadlift_cue(stage, load) + pain_rule;
    }
    return pain_rule;
}

}  // namespace

std::string_view exercise_at(const ExerciseFamily& family, Stage stage) {
    return stage == Stage::two_legs ? family.two_leg_exercise : family.one_leg_exercise;
}

std::string_view name_at(const ExerciseFamily& family, Stage stage) {
    return stage == Stage::two_legs ? family.two_leg_name : family.one_leg_name;
}

std::optional<Stage> stage_of(const ExerciseFamily& family, std::string_view exercise) {
    if (exercise == family.two_leg_exercise) {
        return Stage::two_legs;
    }
    if (exercise == family.one_leg_exercise) {
        return Stage::one_leg;
    }
    return std::nullopt;
}

bool is_circuit_exercise(std::string_view exercise) {
    return std::any_of(circuit_families.begin(), circuit_families.end(),
                       [exercise](const ExerciseFamily& family) {
                           return stage_of(family, exercise).has_value();
                       });
}

Load prescribed_load(const ExerciseFamily& family, Stage stage, int sessions_into_stage,
                     int two_leg_sessions) {
    switch (family.emphasis) {
        case Emphasis::knee_dominant:
            return Load::bodyweight;
        case Emphasis::hip_and_knee:
            return Load::heavy;
        case Emphasis::hip_dominant:
            if (stage == Stage::one_leg) {
                return Load::medium;
            }
            return sessions_into_stage < two_leg_sessions / 2 ? Load::medium : Load::heavy;
    }
    return Load::medium;
}

Load lighter_than(Load load) {
    switch (load) {
        case Load::heavy:
            return Load::medium;
        case Load::medium:
            return Load::light;
        case Load::light:
        case Load::bodyweight:
            return Load::bodyweight;
    }
    return Load::bodyweight;
}

Item circuit_item(const ExerciseFamily& family, Stage stage, Load load) {
    return {.exercise = std::string{exercise_at(family, stage)},
            .sets = circuit_sets,
            .reps = circuit_reps,
            .load = load,
            .rest_s = rest_between_sets_s(family.emphasis),
            .side = Side::both,
            .cue = cue_for(family, stage, load)};
}

}  // namespace coach::eccentric_strength
