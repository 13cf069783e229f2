#include "strengthening.hpp"

#include <algorithm>

namespace coach::stretch_ice {

namespace {

Item core_plank(int sets, int hold_seconds) {
    return {.exercise = "core_plank",
            .sets = sets,
            .reps = 1,
            .load = Load::bodyweight,
            .rest_s = 60,
            .hold_s = hold_seconds,
            .cue =
                "Hold a straight line from head to heels; a strong core supports the whole "
                "chain."};
}

Item quadriceps_and_hip_flexors(int sets) {
    return {.exercise = "quad_hip_flexor_strength",
            .sets = sets,
            .reps = 12,
            .load = Load::bodyweight,
            .rest_s = 60,
            .side = Side::both,
            .cue =
                "Straight-leg raises and split squats: strong quads and hip flexors keep the "
                "pelvis level so the hamstring is not over-lengthened."};
}

Item glute_bridge(int sets, int reps) {
    return {.exercise = "glute_bridge",
            .sets = sets,
            .reps = reps,
            .load = Load::bodyweight,
            .rest_s = 60,
            .side = Side::both,
            .cue =
                "Lift the hips by squeezing the glutes, pause, lower slowly. No cramping in "
                "the hamstring."};
}

Item single_leg_kettlebell_deadlift() {
    return {.exercise = "single_leg_deadlift",
            .sets = 3,
            .reps = 8,
            .load = Load::light,
            .rest_s = 90,
            .side = Side::both,
            .cue =
                "One-leg deadlift holding a kettlebell: hinge at the hip, back flat, "
                "slowly. Easy to do at home."};
}

Item kettlebell_swing() {
    return {.exercise = "kettlebell_swing",
            .sets = 3,
            .reps = 12,
            .load = Load::light,
            .rest_s = 90,
            .cue =
                "Drive the swing from the hips, not the arms; works the whole back of the "
                "body."};
}

}  // namespace

WeightRoom weight_room_of(const Athlete& athlete) {
    const auto& equipment = athlete.equipment;
    return std::find(equipment.begin(), equipment.end(), "gym") != equipment.end()
               ? WeightRoom::gym
               : WeightRoom::home;
}

std::vector<Item> strengthen_around_the_hamstring() {
    return {glute_bridge(2, 10), quadriceps_and_hip_flexors(2), core_plank(2, 20)};
}

std::vector<Item> strengthen_posterior_chain(WeightRoom room) {
    if (room == WeightRoom::home) {
        return {single_leg_kettlebell_deadlift(), glute_bridge(3, 12), kettlebell_swing(),
                core_plank(3, 30)};
    }
    return {
        {.exercise = "deadlift",
         .sets = 3,
         .reps = 8,
         .load = Load::medium,
         .rest_s = 120,
         .cue = "Conventional deadlift with a flat back; a weight you can lift with good form "
                "for every rep."},
        {.exercise = "romanian_deadlift",
         .sets = 2,
         .reps = 8,
         .load = Load::light,
         .rest_s = 120,
         .cue = "Stiff-legged deadlift for those used to lifting: legs almost straight, a "
                "lighter weight than the deadlift, and careful technique to protect the back."},
        {.exercise = "hip_thrust_double",
         .sets = 3,
         .reps = 10,
         .load = Load::medium,
         .rest_s = 90,
         .side = Side::both,
         .cue = "Shoulders on a bench, drive the hips up through both heels."},
        kettlebell_swing(),
        core_plank(3, 30),
    };
}

std::vector<Item> strengthen_hamstring_and_neighbours(WeightRoom room) {
    if (room == WeightRoom::home) {
        return {single_leg_kettlebell_deadlift(), quadriceps_and_hip_flexors(3), core_plank(3, 30)};
    }
    return {
        single_leg_kettlebell_deadlift(),
        {.exercise = "lying_leg_curl",
         .sets = 3,
         .reps = 10,
         .load = Load::light,
         .rest_s = 90,
         .side = Side::both,
         .cue = "Lying leg curl on the machine, smooth and controlled in both directions."},
        quadriceps_and_hip_flexors(3),
        core_plank(3, 30),
    };
}

bool is_lift_of_this_plan(std::string_view exercise) {
    static const std::vector<Item> lifts = [] {
        std::vector<Item> all = strengthen_around_the_hamstring();
        for (const WeightRoom room : {WeightRoom::gym, WeightRoom::home}) {
            for (auto&& session :
                 {strengthen_posterior_chain(room), strengthen_hamstring_and_neighbours(room)}) {
                all.insert(all.end(), session.begin(), session.end());
            }
        }
        return all;
    }();
    return std::any_of(lifts.begin(), lifts.end(),
                       [exercise](const Item& lift) { return lift.exercise == exercise; });
}

}  // namespace coach::stretch_ice
