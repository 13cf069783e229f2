#include "plan_rationale.hpp"

#include <algorithm>

#include "bounded_progression.hpp"
#include "coach/sdk/counted.hpp"

namespace coach::sprint_manual {

namespace {

std::string first_running_dose(const RehabSchedule& schedule) {
    for (const auto& day : schedule.days) {
        if (day.sprint) {
            return day.sprint->describe() + " on " + day.day.iso();
        }
    }
    return "none within this plan";
}

std::string progression_rule(const HealingTimeline& timeline) {
    return "Progress is set by what has been completed, never by how good the athlete says the "
           "leg feels: each running session goes at most +" +
           std::to_string(timeline.distance_step_m) + " m and +" +
           std::to_string(intensity_step_pct) +
           "% beyond one session already completed without trouble, its distance and speed "
           "together (the fastest such session, never a dose pieced together from two), and "
           "never past what the stage allows.";
}

std::string completed_so_far(const CompletedWork& completed, const RehabSchedule& schedule) {
    if (!completed.reference) {
        return "No trouble-free sprint work is logged yet, so running opens at "
               + opening_dose.describe()
               + "; first running dose in this plan: " + first_running_dose(schedule) + ".";
    }
    return "The session the next one steps from: " + completed.reference->describe() + " on "
           + completed.reference_date->iso() + ", completed without trouble; next running dose: "
           + first_running_dose(schedule) + ".";
}

std::string timeline_estimate(const HealingTimeline& timeline, const RehabSchedule& schedule) {
    std::string text = "Grade " + std::to_string(timeline.grade) + ": running from day "
                       + std::to_string(timeline.first_running_day)
                       + " after injury; return to sport not before day "
                       + std::to_string(timeline.full_training_may_start() - timeline.injury);
    const auto full_training =
        std::find_if(schedule.days.begin(), schedule.days.end(),
                     [](const PlannedDay& day) { return day.stage == Stage::full_training; });
    text += full_training != schedule.days.end() ? ", estimated " + full_training->day.iso()
                                                 : std::string{", after this plan's horizon"};
    text +=
        " (clinician sign-off required). A grade 2 tear should need 3-5 weeks; 8 would be too "
        "long. Each stage also waits for the course of recovery: easy accelerations for "
        "walking pain at most 2/10, longer ones for pain-free walking, speed work for a top "
        "sprint speed of 90%, full training for pain-free exercise; a stage opened on the "
        "projection rather than a measurement is reassessed on its first day.";
    if (timeline.grade >= 3) {
        text += " The source gives no timeline for grade 3: this plan starts running on day "
                + std::to_string(timeline.first_running_day)
                + " and stretches each stage, a judgement made in its spirit.";
    }
    return text;
}

// What the plan does about the last session that went wrong.
std::string answer_line(const TroubledSession& trouble, const RehabSchedule& schedule,
                        int days_lost) {
    std::string about = trouble.dose ? trouble.dose->describe() : std::string{};
    if (!trouble.logged_under.empty()) {
        about += (about.empty() ? "" : ", ") + std::string{"logged under "} + trouble.logged_under;
    }
    const std::string session = "The session of " + trouble.date.iso()
                                + (about.empty() ? std::string{} : " (" + about + ")") + " ended "
                                + describe(trouble.trouble);
    if (trouble.trouble == Trouble::painful) {
        return session + " (" + std::to_string(trouble.pain) + "/10): no running on "
               + (trouble.date + 1).iso() + ", then " + first_running_dose(schedule)
               + ", below the dose that hurt, its drills 3 repetitions each, with longer "
                 "recoveries and self-massage, and every "
               + "later session stays at that dose until one is logged without pain above the "
               + "light tug: only then does the plan climb again. The stages not yet begun, and "
                 "the "
               + "milestones with them, "
               + (days_lost > 0 ? "move " + counted(days_lost, "day") + " later at least"
                                : std::string{"do not move yet, and move later if no such session "
                                              "is logged before them"})
               + " (pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med).";
    }
    return session + ": no progression in the next running session (" + first_running_dose(schedule)
           + "), with longer recoveries and self-massage.";
}

}  // namespace

std::vector<std::string> sources() {
    return {
        "Derek M. Hansen, \"Hamstring Rehabilitation and Running Mechanics - Part 1\": a "
        "sprint coach's case study of a torn hamstring, with his answers in the comment "
        "thread"};
}

std::string maintenance() {
    return "Keep sprinting as the main work of training, with hands-on work on the hamstrings, "
           "glutes and calves in the warm-up and between sets, and the normal heavy lifting.";
}

std::vector<std::string> explain(const HealingTimeline& timeline, const CompletedWork& completed,
                                 const RehabSchedule& schedule, int pain_ceiling) {
    std::vector<std::string> lines = {
        "Hamstring rehab is mostly about getting the muscles to work together again at running "
        "speed, so sprinting is the main work: the weight room alone cannot restore that "
        "coordination. Hands-on work keeps the surrounding muscles free so the right pattern "
        "can come back.",
        "The plan opens with an evaluation (how standing, walking, sitting and rising "
        "from bed feel), then light massage of the surrounding muscles; the injury site itself is left "
        "alone in the first session.",
        "No running before day " + std::to_string(timeline.first_running_day) +
            " after injury; until then, walking, a walking-pace march and light massage away "
            "from the site.",
        "Easy stage: accelerations over 5-10 m at 50-60% of top acceleration in sets of 5, with "
        "2 min between them; marching and skipping over 10 m and Running A over 5 m (4-5 reps) "
        "with 1-2 min between drills; about 30 minutes, every day. The first " +
            std::to_string(timeline.careful_sessions) + " running sessions stay at 50%.",
        "Once the work gets longer, the rhythm becomes 3 days on and 1 day off.",
        "Longer-acceleration stage: the warm-up is an easy jog, dynamic flexibility "
        "work, hip PNF and a light flush of both legs by hand; accelerations of 15-25 m with 3 min "
        "between them; hamstrings, glutes and calves massaged after each set; work on the site "
        "starts light and goes deeper only after a few sessions.",
        "Speed stage: sprints of 30-60 m at 90-100% with 4 min between them, flying sprints, "
        "fast-easy-fast runs over 60 m once 60 m sprints are allowed, and the normal heavy "
        "lifting (deadlift) back; no lower-body lifting before this stage. Hands-on work "
        "continues in the warm-up and between sets.",
        progression_rule(timeline),
        completed_so_far(completed, schedule),
        "A draggy session means the hamstring is tired: stop running for that session, and "
        "the next one does not progress, with recoveries a minute longer and self-massage "
        "between sets; a session that is not finished is answered the same way.",
        "After a session with pain above the light tug, during it or the next day (the coach "
        "allows a light tug, never soreness; the source is silent on what follows, this is the "
        "plan's reading of his caution): a day without running, with hands-on work and self-massage; "
        "then one session below the dose that hurt, one stage lower if it belonged to a higher "
        "stage, with longer recoveries and self-massage between sets, held at that dose until a session "
        "at it is logged without pain above the light tug; then the same bounded steps back up "
        "from that session, with one set of accelerations, staying below the dose that hurt (its "
        "drills one repetition fewer) until a session just below it is logged without trouble, "
        "and going no further than that dose until it is.",
        "Walking comes before running: easy accelerations wait until the course of recovery "
        "shows walking pain at most 2/10, and until walking is pain-free while the gait is "
        "altered or no assessment has recorded it (the plan's reading of the coach's first "
        "evaluation of standing and walking).",
        "Pain ceiling " + std::to_string(pain_ceiling) +
            "/10: the athlete should feel at most a light tug, never soreness.",
        timeline_estimate(timeline, schedule),
        "No kinesiology tape, and none is prescribed: it hides what the athlete needs to feel "
        "and limits the range of motion.",
        "The overnight heat rub and light wrap this coach sometimes uses for a muscle that has "
        "not fully let go is left to the coach's judgement and not scheduled. Walking is not in "
        "the shared catalog, so this plugin declares it.",
    };
    if (completed.unanswered) {
        lines.push_back(answer_line(*completed.unanswered, schedule, timeline.days_lost_to_pain));
    }
    if (timeline.delay_permille != 1000) {
        lines.push_back(
            "The stages after the first running day are " + std::to_string(timeline.delay_permille / 10)
            + "% of the usual length: the source's case was a sprint-type tear, and the "
              "published recovery times are this much longer for a tear into the tendon, a "
              "stretch-type injury or an earlier hamstring injury (docs/DESIGN.md).");
    }
    return lines;
}

}  // namespace coach::sprint_manual
