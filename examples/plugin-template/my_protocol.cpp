// A template philosophy: replace the rules below with your protocol's.
//
// plan() receives the athlete record, the day to plan from (as_of) and the horizon. It must be a
// pure function of that input: same input, same plan, callable from many threads at once.
// The engine's safety gate checks the result (catalog exercises, positive volumes, no sprinting,
// heat or site massage in the first 3 days, sources present) and withholds plans on red flags.
#include <coach/sdk.hpp>

namespace {

class MyProtocol final : public coach::Philosophy {
  public:
    coach::PhilosophyInfo info() const override {
        return {.id = "my-protocol",
                .name = "My protocol",
                .version = "0.1.0",
                .summary = "Gentle cycling daily, glute bridges every other day.",
                .injuries = {"hamstring"},
                .pain_ceiling = 3,
                .sources = {"Your clinic's protocol document, 2026"}};
    }

    coach::Plan plan(const coach::Case& input) const override {
        coach::PlanBuilder plan{input};
        plan.phase("early loading", input.as_of, input.last_day(), "keep moving without pain",
                   {"walking pain-free", "bridge holds without pain"});
        for (coach::Date day = input.as_of; day <= input.last_day(); day += 1) {
            auto session = plan.session(day, "recovery");
            session.add({.exercise = "cycling", .duration_min = 20, .cue = "easy, seated"});
            if ((day - input.as_of) % 2 == 0) {
                session.add({.exercise = "glute_bridge",
                             .sets = 3,
                             .reps = 10,
                             .cue = "stop below 3/10 pain"});
            }
        }
        plan.rationale("Daily low-load movement, strength every other day.");
        plan.sources(info().sources);
        return std::move(plan).build();
    }
};

}  // namespace

COACH_PLUGIN(MyProtocol)
