#include "running_work.hpp"

#include <algorithm>

namespace coach::sprint_manual {

namespace {

constexpr int longer_recovery_s = 60;  // added after a draggy or painful session
constexpr int marching_from_day = 2;
constexpr int flying_zone_m = 20;
constexpr int speed_change_m = 60;

bool is_sprinting(const PlannedDay& day) {
    return day.stage >= Stage::speed;
}

std::string drill_cue(const PlannedDay& day, const std::string& cue) {
    return day.after_trouble ? cue + "; take the longer recovery: the last session went wrong"
                             : cue;
}

// The smaller volume of the first running sessions: one set of accelerations, 4 repetitions of
// running A. It is kept while the answer to a painful session holds, so the volume does not climb
// while the dose stays below the one that hurt (trial 48: two sets of accelerations and 5 of
// running A, two days after a session at 7/10 with none tolerated since). The pain-monitoring
// model progresses a load again only once a lower one is tolerated (Silbernagel et al. 2007, Am J
// Sports Med 35(6):897-906).
bool smaller_volume(const PlannedDay& day) {
    return day.careful_start || day.below_what_hurt || day.hurt_dose.has_value();
}

// Repetitions of a drill (marching, skipping, running A): `usual`, or after pain one fewer than
// the smallest volume the plan gives (4) and than the drill logged in the session that hurt
// (PlannedDay::most_drill_reps), so that no drill repeats the dose that hurt while the
// accelerations step below theirs (trial 52: the drills of a session at 6/10 came back at its dose
// every day; trial 54: drills of 3 that hurt came back at 3; the numbers are the plugin's reading
// of the pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med 35(6):897-906).
int drill_reps(const PlannedDay& day, int usual) {
    constexpr int reps_below_what_hurt = 3;
    if (day.below_what_hurt) {
        return std::min(reps_below_what_hurt, day.most_drill_reps.value_or(reps_below_what_hurt));
    }
    return std::min(usual, day.most_drill_reps.value_or(usual));  // on the way back up
}

}  // namespace

Recoveries recoveries_for(const PlannedDay& day) {
    Recoveries recoveries;
    if (day.stage == Stage::longer_accelerations) {
        recoveries.accelerations_s = 180;
    } else if (is_sprinting(day)) {
        recoveries.drills_s = 90;
        recoveries.accelerations_s = 240;
    }
    if (day.after_trouble) {
        recoveries.drills_s = 120;
        recoveries.accelerations_s += longer_recovery_s;
    }
    return recoveries;
}

int sprint_sets(const PlannedDay& day) {
    return smaller_volume(day) ? 1 : 2;
}

void walk(SessionBuilder& session) {
    session.add({.exercise = "walking",
                 .duration_min = 15,
                 .cue = "easy walking on the flat, as evenly as comfort allows; note any limp"});
}

void walk_and_march(SessionBuilder& session, int days_since_injury) {
    walk(session);
    if (days_since_injury >= marching_from_day) {
        session.add({.exercise = "marching_drill",
                     .sets = 1,
                     .reps = 4,
                     .distance_m = 10,
                     .rest_s = 60,
                     .cue = "walking-pace march, tall posture, knee up and foot down under the "
                            "hip; stop at any pulling"});
    }
}

void jog_flexibility_and_pnf(SessionBuilder& session) {
    session.add({.exercise = "light_jog",
                 .duration_min = 5,
                 .cue = "light jogging to warm up, relaxed and short-striding"});
    session.add({.exercise = "dynamic_flexibility",
                 .duration_min = 5,
                 .cue = "leg swings and walking lunges within an easy range"});
    session.add({.exercise = "pnf_hip",
                 .duration_min = 5,
                 .side = Side::both,
                 .cue = "contract-relax work around the hips with a partner; not a hamstring "
                        "stretch"});
}

void running_drills(SessionBuilder& session, const PlannedDay& day) {
    const Recoveries recoveries = recoveries_for(day);
    session.add({.exercise = "marching_drill",
                 .sets = 1,
                 .reps = drill_reps(day, 4),
                 .distance_m = 10,
                 .rest_s = recoveries.drills_s,
                 .cue = drill_cue(day, "tall march, quick foot strike under the hip")});
    session.add({.exercise = "skipping_drill",
                 .sets = 1,
                 .reps = drill_reps(day, 4),
                 .distance_m = 10,
                 .rest_s = recoveries.drills_s,
                 .cue = drill_cue(day, "light rhythmic skips, stay on the balls of the feet")});
}

void change_of_work_running_a(SessionBuilder& session, const PlannedDay& day) {
    session.add({.exercise = "running_a",
                 .sets = 1,
                 .reps = drill_reps(day, smaller_volume(day) ? 4 : 5),
                 .distance_m = 5,
                 .rest_s = recoveries_for(day).drills_s,
                 .cue = drill_cue(day,
                                  "high-knee running over 5 m, 15-20 quick steps, mostly up and "
                                  "down rather than forward; the change of work once the "
                                  "hamstring tires from the accelerations")});
}

void accelerations(SessionBuilder& session, const PlannedDay& day) {
    const SprintDose dose = day.sprint.value_or(SprintDose{});
    std::string cue = is_sprinting(day)
                          ? "sprint with good mechanics, striding through fully; stop the set at "
                            "the first twinge"
                          : "run naturally at a conservative pace; the hamstring may feel a light "
                            "tug, never soreness; feeling good is no reason to go faster";
    if (day.careful_start) {
        cue += "; one of the first sessions, so err on the low side";
    }
    if (day.below_what_hurt) {
        cue +=
            "; the last logged session hurt more than a light tug, so today stays below the "
            "dose that hurt, and so does every session until one is logged without pain above "
            "the light tug; stop running at the first twinge";
    } else if (day.hurt_dose && day.tries_what_hurt) {
        cue += "; " + day.hurt_dose->describe() + " hurt on " + day.hurt_on->iso()
               + ": today tries it again, after a lighter session went without trouble; stop "
                 "running at the first twinge, and no further than it until it goes without "
                 "trouble";
    } else if (day.hurt_dose) {
        cue += "; " + day.hurt_dose->describe() + " hurt on " + day.hurt_on->iso()
               + ", so the way back up stays below it until a session just below it goes without "
                 "trouble";
    } else if (day.after_trouble) {
        cue +=
            "; the last session went wrong, so no progression today, and stop running if it "
            "turns draggy again";
    }
    session.add(
        {.exercise = "acceleration",
         .sets = sprint_sets(day),
         .reps = std::min(is_sprinting(day) ? 3 : 5, day.most_acceleration_reps.value_or(5)),
         .distance_m = dose.distance_m,
         .intensity_pct = dose.intensity_pct,
         .rest_s = recoveries_for(day).accelerations_s,
         .cue = std::move(cue)});
}

void flying_sprints(SessionBuilder& session, const PlannedDay& day) {
    const SprintDose dose = day.sprint.value_or(SprintDose{});
    session.add({.exercise = "flying_sprint",
                 .sets = 1,
                 .reps = 3,
                 .distance_m = std::min(flying_zone_m, dose.distance_m),
                 .intensity_pct = dose.intensity_pct,
                 .rest_s = recoveries_for(day).accelerations_s,
                 .cue = "build up smoothly, then hold speed through the zone; relax the face "
                        "and shoulders"});
}

void fast_easy_fast_runs(SessionBuilder& session, const PlannedDay& day) {
    const SprintDose dose = day.sprint.value_or(SprintDose{});
    if (dose.distance_m < speed_change_m) {
        return;
    }
    session.add({.exercise = "speed_change_run",
                 .sets = 1,
                 .reps = 3,
                 .distance_m = speed_change_m,
                 .intensity_pct = dose.intensity_pct,
                 .rest_s = recoveries_for(day).accelerations_s,
                 .cue = "fast, easy, fast over 60 m in three equal parts; shift gears smoothly"});
}

}  // namespace coach::sprint_manual
