#include "bounded_progression.hpp"

namespace coach::sprint_manual {

SprintDose stage_ceiling(Stage stage, bool careful_start) {
    switch (stage) {
        case Stage::settle_and_walk:
            return {0, 0};
        case Stage::easy_accelerations:
            return careful_start ? SprintDose{10, 50} : SprintDose{10, 60};
        case Stage::longer_accelerations:
            return {25, 80};
        case Stage::speed:
        case Stage::full_training:
            return full_sprint;
    }
    return {0, 0};
}

SprintDose next_session_dose(const std::optional<SprintDose>& best_trouble_free,
                             const SprintDose& ceiling, int distance_step_m, bool hold) {
    if (!best_trouble_free) {
        return opening_dose.at_most(ceiling);
    }
    SprintDose next = *best_trouble_free;
    if (!hold) {
        next.distance_m += distance_step_m;
        next.intensity_pct += intensity_step_pct;
    }
    return next.at_least(opening_dose).at_most(ceiling);
}

}  // namespace coach::sprint_manual
