#include "explanation.hpp"

#include "coach/sdk/counted.hpp"
#include "sharp_pain.hpp"

namespace coach::stretch_ice {

namespace {

std::string weeks_or_days(int days) {
    if (days < 14) {
        return counted(days, "day");
    }
    return std::to_string(days / 7) + " weeks";
}

}  // namespace

std::vector<std::string> sources() {
    return {
        "'Hamstring pain in runners: prevention and recovery', a running website's "
        "article on strengthening, dynamic warm-ups, stretching, ice, foam rolling, "
        "cross-training and when to see a doctor",
        "A running shop's article on tight hamstrings: stretching twice a day, a cold "
        "pack, massage, strengthening and how long recovery takes",
    };
}

std::vector<std::string> rationale(const Explanation& explanation) {
    const RecoveryTimeline& timeline = explanation.timeline;
    std::vector<std::string> lines{
        "A strain is a set of small tears in the muscle. Most runners who are sensible about "
        "it come back fairly quickly: rest first, ease the muscle with ice, gentle stretching, "
        "foam rolling and massage, support it with compression while it heals, keep fit with "
        "low-impact cross-training, and return to running slowly.",
        "The plan starts with " + counted(timeline.rest_days, "day")
            + " of complete rest after the injury, with ice and compression shorts.",
        "Sharp pain means " + std::string{sharp_pain_definition}
            + ". No exercise is planned while the course of recovery (measured, else projected) "
              "shows sharp pain; running waits for walking without pain and exercise pain at "
              "most 3/10, usual running for exercise without pain, and a stage begun on the "
              "projection rather than a measurement is reassessed on its first day.",
        "Ice is never left on continuously: 20 minutes on, 20 minutes off, and a cold pack "
        "after each session.",
        "Static stretching is gentle, never aggressive, and only comes after a dynamic warm-up "
        "(butt kicks, inchworms, fire-hydrant circles, leg crossovers) in the same session, "
        "never on a cold muscle.",
        explanation.scar_tissue
            ? "After an earlier strain, scar tissue can leave the hamstring tight for good, so "
              "the plan stretches it twice a day whatever the straight-leg raise shows."
        : explanation.tight
            ? "The hamstring is taken to be tight (a straight-leg-raise deficit, or no "
              "measurement yet), so the plan stretches it twice a day."
            : "The latest assessment shows no straight-leg-raise deficit, so the plan stretches "
              "once a day, as a cool-down after activity.",
        "Aqua jogging and gentle cycling keep fitness until running resumes; running then "
        "comes back as slow, easy jogging, which can help the muscle heal, before easy runs.",
        "Strength work covers the posterior chain and the muscles around the hamstring: "
        "deadlifts, a single-leg kettlebell deadlift, leg curls, hip bridges and thrusts, "
        "kettlebell swings, core, and the quadriceps and hip flexors.",
        explanation.weight_room == WeightRoom::gym
            ? "With a gym to hand the athlete is taken to be used to lifting (the record does "
              "not say), so the plan adds a stiff-legged deadlift with a lighter weight than the "
              "regular deadlift."
            : "Without a gym the strength work is done at home: the single-leg kettlebell "
              "deadlift, bridges, swings and core.",
        "How long it takes depends on how bad the strain is: a little soreness and tightness "
        "is back within days, a severe strain can take up to 8 weeks; grades in between are "
        "scaled between those ends. For grade "
            + std::to_string(explanation.grade) + " the plan expects easy running after about "
            + weeks_or_days(timeline.return_to_run_day) + " and usual running after about "
            + weeks_or_days(timeline.return_to_sport_day)
            + ", later when the course of recovery expects the pain to last longer."
            + (explanation.delay_permille == 1000
                   ? std::string{}
                   : " These days are " + std::to_string(explanation.delay_permille / 10)
                         + "% of the grade's usual ones: the published recovery times are this "
                           "much longer for a tear into the tendon, a stretch-type injury or an "
                           "earlier hamstring strain (docs/DESIGN.md)."),
        "Dates are estimates. Usual running comes back once exercise is measured free of pain, "
        "not only projected so, and a clinician signs off the return to sport.",
        "Exercise should feel like mild discomfort at most (3/10); the approach says not to "
        "push through pain, so anything sharper means stop for the day.",
        "The approach has no sprint or speed work and sets no full-speed date; faster running "
        "returns with the usual training once easy running feels normal.",
        "See a doctor if walking is still altered, if the pain has not improved after a couple "
        "of days of complete rest (checked on the first day after each rest, and read from the "
        "assessments and the log: the pain reported at an assessment, during a session or the "
        "day after it), with any numbness or tingling, or when pain medication is needed day "
        "after day (the engine's safety gate gives that advice, and the gait advice after the "
        "first week, to every plan; this plan does not repeat them).",
        "A session that hurts above mild discomfort is answered a stage back: no running the "
        "next day after a run (stretch and strengthen instead), rest after an exercise that "
        "hurt (and ask a doctor or physio about it), and after sharp pain two or three days of "
        "complete rest first. Until a session of this plan is logged within mild discomfort, no "
        "stage after the session's begins, no run is as long as a run that hurt (runs start "
        "again from the shortest jog), and no cross-training is longer than the session.",
    };
    if (explanation.in_sharp_pain) {
        lines.push_back(
            "The latest assessment shows sharp pain, so the plan holds at rest, ice and "
            "compression until the course of recovery expects it to have eased, and reassesses "
            "the pain on that day before any exercise.");
    }
    return lines;
}

std::string maintenance() {
    return "Keep the dynamic warm-up before every run and a gentle stretch after it, foam roll "
           "when tight, and strengthen the posterior chain twice a week.";
}

}  // namespace coach::stretch_ice
