#include "coach/report.hpp"
#include "coach/sdk/catalog.hpp"

namespace coach::report {

namespace {

std::string name_of(std::string_view id, std::span<const DeclaredExercise> declared) {
    if (const auto* exercise = find_exercise(id)) {
        return std::string{exercise->name};
    }
    for (const auto& exercise : declared) {
        if (exercise.id == id && !exercise.name.empty()) {
            return exercise.name;
        }
    }
    return std::string{id};
}

std::string duration(int seconds) {
    return seconds >= 60 && seconds % 60 == 0 ? std::to_string(seconds / 60) + " min"
                                              : std::to_string(seconds) + " s";
}

// "4 sets of 6", "6 reps"
std::string sets_of(const std::optional<int>& sets, const std::string& each) {
    return sets && *sets > 1 ? std::to_string(*sets) + " sets of " + each : each;
}

std::string load_words(Load load) {
    return load == Load::bodyweight ? "bodyweight" : std::string{to_string(load)} + " weight";
}

std::string dose_of(const Item& item) {
    std::string dose;
    const auto then = [&dose](const std::string& part) {
        dose += (dose.empty() ? "" : ", ") + part;
    };
    // The unit the item states its dose in: its category's, or the one a protocol gave instead.
    const auto stated = stated_dose(item);
    switch (stated ? stated->unit : dose_unit(item.category)) {
        case DoseUnit::reps:
            if (item.reps) {
                then(sets_of(item.sets, std::to_string(*item.reps)
                                            + (item.sets.value_or(1) > 1 ? "" : " reps")));
            }
            if (item.load) {
                then(load_words(*item.load));
            }
            if (item.rest_s) {
                then(duration(*item.rest_s) + " rest between sets");
            }
            break;
        case DoseUnit::seconds:
            if (item.hold_s) {
                then(std::to_string(item.sets.value_or(1)) + " holds of " + duration(*item.hold_s));
            }
            if (item.intensity_pct) {
                then("at " + std::to_string(*item.intensity_pct) + "% effort");
            }
            if (item.rest_s) {
                then(duration(*item.rest_s) + " rest between holds");
            }
            break;
        case DoseUnit::metres:
            if (item.distance_m) {
                then(sets_of(item.sets, std::to_string(item.reps.value_or(1)) + " x "
                                            + std::to_string(*item.distance_m) + " m")
                     + (item.intensity_pct ? " at " + std::to_string(*item.intensity_pct) + "%"
                                           : std::string{}));
            }
            if (item.rest_s) {
                then(duration(*item.rest_s) + " between runs");
            }
            break;
        case DoseUnit::minutes:
            if (item.hold_s && item.duration_min) {
                // Timed sets held in bouts: the minutes are the dose, the holds how it is done.
                then((item.sets.value_or(1) > 1 ? std::to_string(*item.sets) + " x " : "")
                     + std::to_string(*item.duration_min) + " min in holds of "
                     + duration(*item.hold_s));
            } else if (item.hold_s) {
                then(std::to_string(item.sets.value_or(1)) + " holds of " + duration(*item.hold_s));
            } else if (item.reps) {
                then(sets_of(item.sets, std::to_string(*item.reps) + " reps")
                     + (item.duration_min
                            ? " (about " + std::to_string(*item.duration_min) + " min)"
                            : std::string{}));
            } else if (item.duration_min) {
                then((item.sets.value_or(1) > 1 ? std::to_string(*item.sets) + " x " : "")
                     + std::to_string(*item.duration_min) + " min"
                     + (item.intensity_pct
                            ? " at " + std::to_string(*item.intensity_pct) + "% effort"
                            : std::string{}));
            }
            if (item.rest_s) {
                then(duration(*item.rest_s) + " off between");
            }
            break;
        case DoseUnit::count:
            break;
    }
    if (item.side && *item.side != Side::both) {
        then(std::string{to_string(*item.side)} + " side");
    }
    return dose;
}

}  // namespace

std::string readable_item(const Item& item, std::span<const DeclaredExercise> declared) {
    const std::string dose = dose_of(item);
    const std::string name = name_of(item.exercise, declared);
    return dose.empty() ? name : name + ": " + dose;
}

}  // namespace coach::report
