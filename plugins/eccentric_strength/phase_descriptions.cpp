#include "phase_descriptions.hpp"

#include "coach/sdk/counted.hpp"

namespace coach::eccentric_strength {

std::string phase_name(PhaseKind kind) {
    switch (kind) {
        case PhaseKind::pain_relief_loading:
            return "pain-relief loading";
        case PhaseKind::eccentric_circuit:
            return "eccentric circuit, two legs to one";
        case PhaseKind::rebuild_after_detraining:
            return "rebuild after detraining";
        case PhaseKind::return_to_running:
            return "return to running: high re-injury window";
        case PhaseKind::return_to_sport:
            return "return to sport: still in the re-injury window";
        case PhaseKind::maintenance:
            return "maintenance";
    }
    return "rehab";
}

std::string phase_goal(PhaseKind kind) {
    switch (kind) {
        case PhaseKind::pain_relief_loading:
            return "Settle an irritable hamstring with daily isometric holds, so that eccentric "
                   "loading can start within days rather than weeks.";
        case PhaseKind::eccentric_circuit:
            return "Build eccentric strength and fascicle length with the three-family circuit, "
                   "moving each family from two legs to one as the log allows.";
        case PhaseKind::rebuild_after_detraining:
            return "Win back the strength that started to fade during the break: the circuit at "
                   "rehab frequency again for 2 weeks.";
        case PhaseKind::return_to_running:
            return "Easy running returns while the circuit carries on twice a week: the first 4 "
                   "weeks back are when most re-injuries happen.";
        case PhaseKind::return_to_sport:
            return "Back in the sport once the criteria are met and a clinician has signed off; "
                   "the circuit stays at two sessions a week until the re-injury window closes.";
        case PhaseKind::maintenance:
            return "Keep the gains: at least one strength session a week, for as long as you "
                   "run.";
    }
    return {};
}

std::vector<std::string> exit_criteria(PhaseKind kind, const GradeSchedule& schedule) {
    switch (kind) {
        case PhaseKind::pain_relief_loading:
            return {"walking pain under 3/10",
                    "the holds ease pain and stay at or under 4/10 while doing them"};
        case PhaseKind::eccentric_circuit:
            return {
                "every family done on one leg (single-leg slider curl, single-leg hip "
                "thrust, Romanian deadlift) with pain at or under 4/10",
                "at least " + counted(schedule.earliest_run_day, "day") + " since the injury"};
        case PhaseKind::rebuild_after_detraining:
            return {"2 weeks of 2-3 strength sessions a week with pain at or under 4/10"};
        case PhaseKind::return_to_running:
            return {"no pain during exercise (expected on the course of recovery)",
                    "running kept up with no recurrence of hamstring pain",
                    "the circuit kept at 2 sessions a week throughout, on one leg"};
        case PhaseKind::return_to_sport:
            return {"4 weeks since return to running with no recurrence of hamstring pain",
                    "the circuit kept at 2 sessions a week throughout, on one leg"};
        case PhaseKind::maintenance:
            return {};
    }
    return {};
}

}  // namespace coach::eccentric_strength
