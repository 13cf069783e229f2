#include "synthetic/training_log.hpp"

#include <algorithm>
#include <string_view>

namespace coach::synthetic::detail {

namespace {

enum class Philosophy { eccentric_strength, sprint_manual, stretch_ice };

constexpr std::array<Weighted<Philosophy>, 3> philosophies{{{Philosophy::eccentric_strength, 40},
                                                            {Philosophy::sprint_manual, 30},
                                                            {Philosophy::stretch_ice, 30}}};
constexpr int logging_per_mille = 600;
constexpr int completed_per_mille = 920;
constexpr int draggy_per_mille = 100;

std::string_view id_of(Philosophy philosophy) {
    switch (philosophy) {
        case Philosophy::eccentric_strength:
            return "eccentric-strength";
        case Philosophy::sprint_manual:
            return "sprint-manual";
        case Philosophy::stretch_ice:
            return "stretch-ice";
    }
    return "";
}

// Eccentric strength-first: isometrics to settle it, then the three families, one leg later.
std::vector<LoggedItem> eccentric_strength_items(int recovered) {
    if (recovered < 20) {
        return {{.exercise = "isometric_bridge_hold", .sets = 5, .hold_s = 30},
                {.exercise = "isometric_heel_dig", .sets = 5, .hold_s = 30}};
    }
    const bool single_leg = recovered >= 45;
    std::vector<LoggedItem> items{
        {.exercise = single_leg ? "slider_curl_single" : "slider_curl_double",
         .sets = 4,
         .reps = 6,
         .load = Load::bodyweight},
        {.exercise = single_leg ? "hip_thrust_single" : "hip_thrust_double",
         .sets = 4,
         .reps = 6,
         .load = Load::medium},
        {.exercise = recovered >= 55 ? "romanian_deadlift" : "deadlift",
         .sets = 4,
         .reps = 6,
         .load = Load::heavy}};
    if (recovered >= 50) {
        items.push_back({.exercise = "light_jog", .duration_min = 15});
    }
    return items;
}

// Sprint drills and manual therapy first: accelerations that lengthen and quicken with healing.
std::vector<LoggedItem> sprint_manual_items(int recovered) {
    const int intensity = std::min(100, (50 + recovered / 2) / 5 * 5);
    const int distance = recovered < 25 ? 10 : recovered < 50 ? 20 : recovered < 75 ? 30 : 40;
    std::vector<LoggedItem> items{{.exercise = "running_a", .sets = 4, .reps = 1, .distance_m = 5},
                                  {.exercise = "acceleration",
                                   .sets = 3,
                                   .reps = 5,
                                   .distance_m = distance,
                                   .intensity_pct = intensity},
                                  {.exercise = "massage_surrounding", .duration_min = 10}};
    if (recovered >= 75) {
        items.push_back({.exercise = "flying_sprint",
                         .sets = 3,
                         .reps = 2,
                         .distance_m = 20,
                         .intensity_pct = std::min(100, intensity + 5)});
    }
    return items;
}

// Conservative stretch and ice: ice, gentle stretching, cross-training, then easy running.
std::vector<LoggedItem> stretch_ice_items(Random& random, int recovered) {
    std::vector<LoggedItem> items{
        {.exercise = "ice", .sets = 2, .duration_min = 20},
        {.exercise = "hamstring_static_stretch", .sets = 3, .duration_min = 1}};
    if (recovered < 50) {
        items.push_back(
            {.exercise = random.chance(700) ? "cycling" : "aqua_jog", .duration_min = 20});
    } else {
        items.push_back({.exercise = "easy_run", .duration_min = 20});
    }
    if (recovered >= 30) {
        items.push_back({.exercise = "glute_bridge", .sets = 3, .reps = 12});
        items.push_back({.exercise = "foam_roll_hamstring", .duration_min = 5});
    }
    return items;
}

// The first day after injury each philosophy starts work.
int first_day(Random& random, Philosophy philosophy) {
    switch (philosophy) {
        case Philosophy::eccentric_strength:
            return random.between(2, 4);  // start early, with pain-relieving loading
        case Philosophy::sprint_manual:
            return random.between(4, 5);  // the source case started 4-5 days after injury
        case Philosophy::stretch_ice:
            return random.between(3, 4);  // rest 2-3 days first
    }
    return 3;
}

}  // namespace

std::vector<LogEntry> draw_training_log(Random& random, const Injury& injury,
                                        const InjuryCourse& course, int last_day) {
    std::vector<LogEntry> log;
    if (injury.grade == 4 || course.palpable_gap || !random.chance(logging_per_mille)) {
        return log;
    }
    const Philosophy philosophy = random.pick(philosophies);
    const int gap_max = philosophy == Philosophy::sprint_manual ? 2 : 3;
    for (int day = first_day(random, philosophy); day <= last_day;
         day += random.between(1, gap_max)) {
        const int recovered = course.recovered_pct(day);
        LogEntry entry;
        entry.date = injury.date + day;
        entry.philosophy = std::string{id_of(philosophy)};
        entry.completed = random.chance(completed_per_mille);
        const int pain =
            std::max(0, course.fallen(course.pain_exercise, day) - random.between(1, 3));
        entry.pain_during = pain;
        entry.pain_next_day = std::clamp(pain + random.between(-1, 1), 0, 10);
        entry.fatigue = random.chance(draggy_per_mille) ? Fatigue::draggy : Fatigue::normal;
        switch (philosophy) {
            case Philosophy::eccentric_strength:
                entry.items = eccentric_strength_items(recovered);
                break;
            case Philosophy::sprint_manual:
                entry.items = sprint_manual_items(recovered);
                break;
            case Philosophy::stretch_ice:
                entry.items = stretch_ice_items(random, recovered);
                break;
        }
        log.push_back(std::move(entry));
    }
    return log;
}

}  // namespace coach::synthetic::detail
