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

Stage stage_of(const SprintDose& dose) {
    for (const Stage stage : {Stage::easy_accelerations, Stage::longer_accelerations}) {
        if (stage_ceiling(stage, false).reaches(dose)) {
            return stage;
        }
    }
    return Stage::speed;
}

SprintDose step_beyond(const std::optional<SprintDose>& from, const SprintDose& ceiling,
                       int distance_step_m) {
    if (!from) {
        return opening_dose.at_most(ceiling);
    }
    const SprintDose next{from->distance_m + distance_step_m,
                          from->intensity_pct + intensity_step_pct};
    return next.at_least(opening_dose).at_most(ceiling);
}

SprintDose answer_to(const TroubledSession& trouble, const std::optional<SprintDose>& reference,
                     int distance_step_m) {
    const SprintDose went_wrong = trouble.dose.value_or(reference.value_or(opening_dose));
    if (trouble.trouble == Trouble::painful) {
        SprintDose below{went_wrong.distance_m - distance_step_m,
                         went_wrong.intensity_pct - intensity_step_pct};
        if (reference) {
            below = below.at_most(*reference);
        }
        return below.at_least(gentlest_dose.reaches(went_wrong) ? slower_than_gentlest
                                                                : gentlest_dose);
    }
    return reference ? reference->at_most(went_wrong) : opening_dose.at_most(went_wrong);
}

}  // namespace coach::sprint_manual
