// A template philosophy: replace the rules below with your protocol's.
//
// plan() receives the athlete record, the day to plan from (as_of), the horizon, the record in
// date order (input.chronology) and the course of recovery (input.course): the athlete's state on
// each day, measured where an assessment recorded it and projected elsewhere from published
// recovery times. It must be a pure function of that input: same input, same plan, callable from
// many threads at once. The engine's safety gate checks the result (catalog exercises, positive
// volumes, no sprinting, heat or site massage in the first 3 days, sources present), withholds
// plans on red flags, never prescribes a day already logged, and sets the milestones.
#include <algorithm>
#include <coach/sdk.hpp>
#include <vector>

namespace {

class MyProtocol final : public coach::Philosophy {
  public:
    coach::PhilosophyInfo info() const override {
        return {.id = "my-protocol",
                .name = "My protocol",
                .version = "0.1.0",
                .summary =
                    "Gentle cycling daily, glute bridges every other day, an easy jog once "
                    "walking is pain-free.",
                .injuries = {"hamstring"},
                .pain_ceiling = 3,
                .sources = {"Your clinic's protocol document, 2026"}};
    }

    coach::Plan plan(const coach::Case& input) const override {
        // Exercises declared in info().exercises must be given here too (PlanBuilder{input, list}),
        // or adding one throws; sdk/README.md, "The catalog, categories and doses".
        coach::PlanBuilder plan{input};
        // Jogging waits for walking without pain. The course says when: on the day an assessment
        // measured it, or on the day the projection expects it (then the plan reassesses there).
        const std::vector<coach::Criterion> jogging{
            {coach::Sign::pain_walking, coach::Relation::at_most, 0}};
        const auto pain_free =
            coach::first_met(input.course, jogging, input.as_of, input.last_day());
        const coach::Date jog_from = pain_free ? pain_free->day : input.last_day() + 1;

        if (input.as_of < jog_from) {
            plan.phase("early loading", input.as_of, std::min(jog_from - 1, input.last_day()),
                       "keep moving without pain", {coach::describe(jogging)});
        }
        if (pain_free) {
            plan.phase("easy jogging", jog_from, input.last_day(), "run again, easily");
            if (pain_free->projected) {
                plan.projected_step(jog_from, coach::describe(jogging));
            }
        } else {
            plan.beyond_horizon(coach::MilestoneKind::return_to_run);
        }
        for (coach::Date day = input.as_of; day <= input.last_day(); day += 1) {
            if (coach::logged_on(input.chronology, day)) {
                continue;  // that day's session is done
            }
            auto session = plan.session(day, "recovery");
            session.add({.exercise = "cycling", .duration_min = 20, .cue = "easy, seated"});
            if ((day - input.as_of) % 2 == 0) {
                session.add({.exercise = "glute_bridge",
                             .sets = 3,
                             .reps = 10,
                             .cue = "stop below 3/10 pain"});
            }
            if (day >= jog_from) {
                session.add({.exercise = "light_jog", .duration_min = 10, .cue = "conversational"});
            }
        }
        plan.rationale(
            "Daily low-load movement, strength every other day, and an easy jog from "
            "the day walking is expected to be pain-free.");
        plan.sources(info().sources);
        return std::move(plan).build();
    }
};

}  // namespace

COACH_PLUGIN(MyProtocol)
