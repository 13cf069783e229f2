#include "sprint_manual.hpp"

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "coach/sdk/plan_builder.hpp"
#include "coach/sdk/plugin.hpp"
#include "completed_work.hpp"
#include "daily_sessions.hpp"
#include "healing_timeline.hpp"
#include "plan_rationale.hpp"
#include "rehab_schedule.hpp"

namespace coach::sprint_manual {

namespace {

// Walking is not in the shared catalog; it is the gentlest movement this plan asks for.
std::vector<DeclaredExercise> declared_exercises() {
    return {{.id = "walking", .category = Category::warmup_dynamic, .name = "Easy walking"}};
}

// The day of the first planned session below the dose of a painful session, if any.
std::optional<Date> first_session_below_what_hurt(const RehabSchedule& schedule) {
    for (const PlannedDay& day : schedule.days) {
        if (day.below_what_hurt) {
            return day.day;
        }
    }
    return std::nullopt;
}

// The first day of each stage in the schedule.
std::array<std::optional<Date>, stage_count> first_days(const RehabSchedule& schedule) {
    std::array<std::optional<Date>, stage_count> first{};
    for (const PlannedDay& day : schedule.days) {
        auto& opened = first[static_cast<std::size_t>(day.stage)];
        if (!opened) {
            opened = day.day;
        }
    }
    return first;
}

// One phase for each run of days spent in the same stage.
void add_phases(PlanBuilder& plan, const RehabSchedule& schedule, const HealingTimeline& timeline) {
    for (std::size_t first = 0; first < schedule.days.size();) {
        const Stage stage = schedule.days[first].stage;
        std::size_t last = first;
        while (last + 1 < schedule.days.size() && schedule.days[last + 1].stage == stage) {
            ++last;
        }
        plan.phase(std::string{phase_name(stage)}, schedule.days[first].day,
                   schedule.days[last].day, std::string{phase_goal(stage)},
                   exit_criteria(stage, timeline));
        if (stage == Stage::full_training) {
            plan.as_return_to_sport();
        }
        first = last + 1;
    }
}

// Steps taken on the projected course, and what the programme reaches only after the horizon.
void add_course_marks(PlanBuilder& plan, const RehabSchedule& schedule) {
    for (const auto& step : schedule.projected_steps) {
        plan.projected_step(step.day, step.expected);
    }
    if (!schedule.runs) {
        plan.beyond_horizon(MilestoneKind::return_to_run);
    }
    if (!schedule.full_speed) {
        plan.beyond_horizon(MilestoneKind::full_speed);
    }
    if (!schedule.full_training) {
        plan.beyond_horizon(MilestoneKind::return_to_sport);
    }
}

}  // namespace

PhilosophyInfo SprintManual::info() const {
    return {.id = "sprint-manual",
            .name = "Sprint-drill and manual-therapy-first",
            .version = "1.0.0",
            .summary =
                "Sprinting is the main treatment, progressed a bounded step at a time on "
                "what was completed, with massage keeping the surrounding muscles free.",
            .injuries = {"hamstring"},
            .pain_ceiling = pain_ceiling,
            .sources = sources(),
            .exercises = declared_exercises()};
}

Plan SprintManual::plan(const Case& input) const {
    HealingTimeline timeline = timeline_for(input.athlete.injury);
    const CompletedWork completed = read_completed_work(input.athlete, input.as_of, pain_ceiling);
    RehabSchedule schedule = lay_out_schedule(input, timeline, completed);
    if (const auto lower = first_session_below_what_hurt(schedule); lower && completed.unanswered) {
        timeline = after_pain(timeline, completed.unanswered->date, *lower, first_days(schedule));
        schedule = lay_out_schedule(input, timeline, completed);
    }

    PlanBuilder plan{input, declared_exercises()};
    add_phases(plan, schedule, timeline);
    for (const PlannedDay& day : schedule.days) {
        add_session(plan, day);
    }
    add_course_marks(plan, schedule);
    plan.maintenance(maintenance()).sources(sources());
    for (std::string& line : explain(timeline, completed, schedule, pain_ceiling)) {
        plan.rationale(std::move(line));
    }
    return std::move(plan).build();
}

}  // namespace coach::sprint_manual

COACH_PLUGIN(coach::sprint_manual::SprintManual)
