// Every bundled philosophy keeps the first 3 days after injury (days 0-2) protected: the safety
// gate refuses eccentric strength, external load and more than half effort on strength work in
// them (coach/safety_gate.hpp), and no bundled philosophy may trip it, whatever the record.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coach/safety_gate.hpp"
#include "support.hpp"

using coach::Assessment;
using coach::Category;
using coach::Date;

namespace {

const Date injured = *Date::parse("2026-03-02");

struct Record {
    std::vector<Assessment> assessments;
    std::vector<coach::LogEntry> log;
};

coach::Athlete athlete_of(int grade, Record record) {
    coach::Athlete athlete;
    athlete.id = "protected-days";
    athlete.injury.region = "hamstring";
    athlete.injury.grade = grade;
    athlete.injury.site = coach::Site::b;
    athlete.injury.date = injured;
    athlete.assessments = std::move(record.assessments);
    athlete.log = std::move(record.log);
    return athlete;
}

// The records a user trial tries in the first days: nothing assessed yet, one mild assessment
// (the case that got heavy deadlifts on day 2), an assessment with nothing left to feel, and an
// athlete who already did this philosophy's loaded session on the injury day.
std::vector<Record> records_as_of(Date as_of, const std::string& philosophy) {
    const Assessment mild{.date = injured,
                          .pain_rest = 0,
                          .pain_walking = 1,
                          .pain_exercise = 2,
                          .aslr_deficit_pct = 10,
                          .strength_deficit_pct = 10};
    Assessment symptom_free{.date = as_of,
                            .pain_rest = 0,
                            .pain_walking = 0,
                            .pain_exercise = 0,
                            .aslr_deficit_pct = 0,
                            .strength_deficit_pct = 0,
                            .max_sprint_pct = 100};
    Assessment mild_today = mild;
    mild_today.date = as_of;
    const coach::LogEntry keen{
        .date = injured,
        .philosophy = philosophy,
        .pain_during = 2,
        .items = {{.exercise = "nordic_curl", .sets = 2, .reps = 5},
                  {.exercise = "deadlift", .sets = 3, .reps = 5, .load = coach::Load::heavy}}};
    return {{},
            {{mild}},
            {{mild_today}},
            {{symptom_free}},
            {{mild, symptom_free}},
            {{mild}, {keen}},
            {{symptom_free}, {keen}}};
}

std::string where(const std::string& id, int grade, int day, std::size_t record) {
    return id + ", grade " + std::to_string(grade) + ", as_of day " + std::to_string(day)
           + ", record " + std::to_string(record);
}

}  // namespace

TEST(protected_days, no_bundled_philosophy_loads_eccentrically_or_heavily_before_day_3) {
    const auto& engine = coach::test::bundled_engine();
    ASSERT_GE(engine.list().size(), 5u) << "every bundled philosophy, protocols included";
    const Date day_3 = injured + coach::safety::protected_days;
    int plans_with_sessions = 0;
    for (const auto& record : engine.list()) {
        const std::string& id = record.info.id;
        for (int grade = 0; grade <= 3; ++grade) {
            for (int day = 0; day < coach::safety::protected_days; ++day) {
                const auto records = records_as_of(injured + day, id);
                for (std::size_t r = 0; r < records.size(); ++r) {
                    const auto outcome = engine.plan(id, athlete_of(grade, records[r]),
                                                     {.as_of = injured + day, .horizon_days = 21});
                    if (!outcome.plan) {
                        ADD_FAILURE() << where(id, grade, day, r) << ": " << outcome.error;
                        continue;
                    }
                    plans_with_sessions += outcome.plan->sessions.empty() ? 0 : 1;
                    for (const auto& session : outcome.plan->sessions) {
                        if (session.date >= day_3) {
                            break;
                        }
                        for (const auto& item : session.items) {
                            EXPECT_NE(item.category, Category::strength_eccentric)
                                << where(id, grade, day, r) << ": " << item.exercise << " on "
                                << session.date.iso();
                            const bool strength = item.category == Category::strength_general
                                                  || item.category == Category::strength_isometric;
                            if (strength) {
                                EXPECT_LE(item.load.value_or(coach::Load::bodyweight),
                                          coach::Load::bodyweight)
                                    << where(id, grade, day, r) << ": " << item.exercise;
                                EXPECT_LE(item.intensity_pct.value_or(0), 50)
                                    << where(id, grade, day, r) << ": " << item.exercise;
                            }
                        }
                    }
                }
            }
        }
    }
    EXPECT_GT(plans_with_sessions, 100) << "the plans must prescribe something to be checked";
}
