#include "rationale.hpp"

#include "coach/sdk/counted.hpp"
#include "irritability.hpp"
#include "pain_rule.hpp"
#include "session_content.hpp"

namespace coach::eccentric_strength {

namespace {

std::string why_load_not_rest() {
    return "Load is the treatment: strained hamstrings tend to be eccentrically weak, quick to "
           "tire and short-fascicled, and eccentric work adds sarcomeres in series where "
           "concentric work removes them. Loading starts now, not after weeks of rest, "
           "stretching or foam rolling.";
}

std::string why_pain_relief_first(const Case& input, int days, const StepBack& step) {
    if (lighter_holds_next(step)) {
        return "Pain-relief loading only: the lighter isometric holds every day of this plan, "
               "because the holds themselves went above the ceiling (below).";
    }
    if (holds_on_the_way_back(step)) {
        return "Pain-relief loading only, every day of this plan: " + describe_the_way_back(step)
               + "; nothing heavier is planned until a session of them is logged at or under the "
                 "ceiling (a load is raised only once the one below it is tolerated: "
                 "pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med).";
    }
    if (step.kind == StepKind::back_to_pain_relief) {
        return "Pain-relief loading first: " + counted(days, "day")
               + " of isometric holds, because a session went above the ceiling (below).";
    }
    const Assessment* latest = latest_assessment(input.chronology, input.as_of);
    if (days == protected_days_left(input) && (latest == nullptr || !is_irritable(*latest))) {
        return "Pain-relief loading first: " + counted(days, "day")
               + " of isometric holds at half effort, because the first "
               + counted(protected_days, "day")
               + " after an injury protect the healing muscle: no eccentric or loaded "
                 "strength work before day "
               + std::to_string(protected_days) + " (Heiderscheit et al. 2010, phase I).";
    }
    std::string reason = latest == nullptr
                             ? std::string{"no assessment yet this soon after the injury"}
                             : "the latest assessment (" + latest->date.iso()
                                   + ") shows an irritable hamstring: walking pain "
                                   + std::to_string(latest->pain_walking.value_or(0))
                                   + "/10, exercise pain "
                                   + std::to_string(latest->pain_exercise.value_or(0)) + "/10";
    return "Pain-relief loading first, because " + reason + ". " + counted(days, "day")
           + " of isometric holds calm it before the eccentric circuit begins.";
}

std::string why_no_stretching() {
    return "No static stretching of the injured hamstring: it feels good for a moment but keeps "
           "irritating the strain, like pressing on a bruise, and the tightness comes back. The "
           "hamstring wants load instead.";
}

std::string why_two_legs_first() {
    return "Every family starts on two legs, and the conventional deadlift comes before the "
           "Romanian deadlift: single-leg work and RDLs ask for the hardest eccentric effort and "
           "are too aggressive for a fresh strain.";
}

std::string the_circuit() {
    return "The circuit: slider curl (knee-dominant, bodyweight), hip thrust (hip-dominant, "
           "medium building to heavy, lighter again on one leg) and deadlift to RDL (both "
           "joints, heavy); 4 sets of 6, 2-3 sessions a week, never on consecutive days. "
           "Every family has to reach its single-leg version before rehab is complete.";
}

std::string the_progression_rule(const GradeSchedule& schedule) {
    return "A family moves from two legs to one after " +
           std::to_string(schedule.two_leg_sessions) +
           " sessions completed as prescribed with pain at or under 4/10 during the exercises "
           "(per the log, or on this schedule without one). A session above 4/10 steps the load "
           "back one stage and the plan stays there until a session at that stage is tolerated: "
           "a single-leg family goes back to two legs; on two legs the circuit goes back to "
           "pain-relief holds and its two-leg stage starts again; a painful run stops the runs "
           "until a strength session is tolerated. Every session since the last change of stage "
           "counts, not only the latest: an easy jog does not undo a step back.";
}

std::string the_pain_rule() {
    return "Pain up to about 4/10 during the exercises is acceptable and did no harm in the "
           "studies; cramping or sharp pain beyond that is not. Soreness on the following days "
           "is a different thing: it is expected for about a week and a half of eccentric work "
           "and does not count against the 4/10 ceiling of the strength work, and easing "
           "soreness as sessions repeat is a sign the muscle is remodelling. Severe pain the next "
           "day ("
           + std::to_string(severe_pain_nrs)
           + "/10 or more, Serlin et al. 1995, Pain) is more than that soreness: it steps the "
             "load back as pain above 4/10 during the exercises does (this plan's reading). After "
           "that week and a half, "
           "next-day soreness above 4/10 that has not eased since the previous session holds the "
           "progression for that session (the source only says soreness should ease; holding "
           "when it does not is this plan's reading). After a session with running in it, pain "
           "above 4/10 the next day is the run's answer and pauses the runs as pain during them "
           "does (this plan's reading of the pain-monitoring model, Silbernagel et al. 2007, Am "
           "J Sports Med).";
}

// Why the plan's own days may be longer than the source's figures.
std::string lengthened_by(const Case& input) {
    const Injury& injury = input.athlete.injury;
    const int permille = published_delay_permille(injury);
    if (permille == 1000) {
        return {};
    }
    std::string why;
    const auto add = [&why](const std::string& reason) {
        why += (why.empty() ? "" : ", ") + reason;
    };
    if (injury.site == Site::c) {
        add("a tear into the tendon (site c)");
    }
    if (injury.mechanism == Mechanism::stretching) {
        add("a stretch-type injury");
    }
    if (injury.previous_injuries > 0) {
        add("a previous hamstring injury");
    }
    return " The plan's own days to running and to the sport are " + std::to_string(permille / 10)
           + "% of the usual ones for " + why
           + ": the source is silent on these, and the published recovery times used for the "
             "course of recovery are this longer (docs/DESIGN.md).";
}

std::string the_return_to_run(const Case& input, const GradeSchedule& schedule,
                              const RehabTimeline& timeline, const StepBack& step) {
    const int grade = input.athlete.injury.grade;
    if (timeline.runs_paused && !timeline.returned_before_plan) {
        return "No run yet: after the run that hurt or was stopped none is planned until a circuit "
               "session is "
               "logged at or under 4/10, during it and the day after; running then starts on "
               "this plan's own criteria, every family on one leg within 4/10.";
    }
    if (timeline.runs_paused) {
        return "The log shows running since " + timeline.return_to_run.iso()
               + "; after the run that hurt or was stopped no run is planned until a circuit session is logged "
                 "at or under 4/10, during it and the day after, and the runs then restart the "
                 "day after it, at the shortest.";
    }
    if (step.runs_restart && timeline.running_resumes == step.runs_restart) {
        return "The log shows running since " + timeline.return_to_run.iso()
               + "; after the painful run a strength session was logged at or under 4/10, so the "
                 "runs restart on "
               + step.runs_restart->iso() + ", the day after it, at the shortest.";
    }
    if (timeline.running_resumes) {
        return "The log shows running since " + timeline.return_to_run.iso()
               + "; after the step back the runs start again on " + timeline.running_resumes->iso()
               + ", the day after the next strength session, at the shortest.";
    }
    if (timeline.returned_before_plan) {
        return "The log shows running since " + timeline.return_to_run.iso() + " (day "
               + std::to_string(input.day_of_injury(timeline.return_to_run))
               + " after the injury).";
    }
    std::string earliest =
        grade == 1 || grade == 2
            ? std::string{"about 15 days is the earliest for a grade 1-2 strain"}
            : (grade == 0 ? std::string{"grade 0 soreness has no lesion to protect, and the "
                                        "philosophy gives no figure for it: a week is this "
                                        "plan's reading"}
                          : std::string{"the philosophy gives no figure for a grade 3 strain: "
                                        "4 weeks is this plan's reading, later than for grades "
                                        "1-2"});
    return "Easy running from " + timeline.return_to_run.iso() + " (day "
           + std::to_string(input.day_of_injury(timeline.return_to_run)) + " after the injury): "
           + earliest + " (here day " + std::to_string(schedule.earliest_run_day)
           + "), only once every family has had a session on one leg within 4/10, and not "
             "before the course of recovery expects walking without pain ("
           + input.course.projection.pain_free_walking.iso() + " unless measured sooner)."
           + lengthened_by(input);
}

std::string the_return_to_sport(const Case& input, const GradeSchedule& schedule,
                                const RehabTimeline& timeline) {
    const std::string when = timeline.return_to_sport > input.last_day()
                                 ? "after this plan's horizon"
                                 : "from " + timeline.return_to_sport.iso();
    return "Back in the sport " + when + ": the philosophy's estimate of "
           + counted(schedule.run_to_sport_days, "day")
           + " after return to running, and not before the course of recovery expects "
             "exercise without pain (projected return to sport "
           + input.course.projection.return_to_sport.iso()
           + "). An estimate until an assessment confirms it, and a clinician signs off the "
             "return.";
}

std::string the_course() {
    return "The strength sessions the plan counts towards the single-leg stage are those the "
           "course of recovery does not expect above 4/10 pain; a session that it does holds the "
           "families, as a painful session would. Steps that rest on the projection rather than "
           "on a measurement come with a reassessment on their day.";
}

std::string the_reinjury_window(const Case& input, const RehabTimeline& timeline) {
    if (timeline.runs_paused) {
        return "The 4 weeks after the runs restart are the high re-injury window: more than half "
               "of re-injuries happen then, they tend to be worse than the first strain, and "
               "reported re-injury rates reach 43%. The circuit carries on through it.";
    }
    const Date window_end = timeline.runs_from() + (reinjury_window_days - 1);
    const std::string window = "The 4 weeks after return to running (" +
                               timeline.runs_from().iso() + " to " + window_end.iso() +
                               ") are the high re-injury window: more than half of re-injuries "
                               "happen then, they tend to be worse than the first strain, and "
                               "reported re-injury rates reach 43%.";
    if (window_end < input.as_of) {
        return window + " That window is behind this athlete; what matters now is keeping the "
                        "strength work going.";
    }
    return window + " The circuit carries on at least twice a week through it.";
}

std::string the_running_dose() {
    return "The philosophy prescribes strength, not a running build-up or sprint doses: the "
           "runs here stay easy and grow a little each week, and speed work is left to the "
           "athlete's coach once the strength is there.";
}

std::string detraining_flag(const DetrainingGap& gap) {
    return "Detraining flag: " + counted(gap.days(), "day")
           + " without a strength session after return to running (" + gap.last_strength.iso()
           + " to " + gap.ended.iso() + ")"
           + (gap.open ? std::string{"; the circuit goes back to 3 sessions a week for 2 weeks, "
                                     "with one session on two legs first."}
                       : std::string{"."})
           + " Gains start to fade between 2 weeks and 2 months after strength work stops.";
}

}  // namespace

std::string maintenance_prescription() {
    return "At least 1 strength session a week of the single-leg circuit (single-leg slider "
           "curl, single-leg hip thrust, Romanian deadlift, 4 x 6), for as long as you run: the "
           "gains begin to fade somewhere between 2 weeks and 2 months once strength work stops.";
}

std::vector<std::string> explain_plan(const PlanFacts& facts) {
    std::vector<std::string> lines{why_load_not_rest()};
    if (facts.pain_relief_days > 0) {
        lines.push_back(why_pain_relief_first(
            facts.input, facts.timeline.pain_relief_sessions(facts.input), facts.step_back));
    }
    lines.push_back(why_no_stretching());
    lines.push_back(why_two_legs_first());
    lines.push_back(the_circuit());
    lines.push_back(the_progression_rule(facts.schedule));
    for (const auto& family : facts.progress) {
        lines.push_back(family.status);
    }
    if (facts.step_back.in_force()) {
        lines.push_back(describe(facts.step_back, facts.schedule, facts.timeline.days_lost_to_pain,
                                 facts.timeline.pain_relief_sessions(facts.input)));
    }
    if (const std::string paused = describe_paused_runs(facts.step_back); !paused.empty()) {
        lines.push_back(paused);
    }
    lines.push_back(the_pain_rule());
    lines.push_back(
        the_return_to_run(facts.input, facts.schedule, facts.timeline, facts.step_back));
    lines.push_back(the_return_to_sport(facts.input, facts.schedule, facts.timeline));
    lines.push_back(the_course());
    lines.push_back(the_reinjury_window(facts.input, facts.timeline));
    for (const auto& gap : facts.detraining_gaps) {
        lines.push_back(detraining_flag(gap));
    }
    lines.push_back(the_running_dose());
    return lines;
}

}  // namespace coach::eccentric_strength
