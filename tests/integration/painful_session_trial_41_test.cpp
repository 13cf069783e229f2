// The plan-logic faults user trials 41 and 42 found in eccentric-strength's answer to a session
// that went wrong: pain above the 4/10 ceiling the day after a session that held running, or a
// stop before its end, left the runs going on (trial 41), and a run was planned the day after a
// circuit above the ceiling (trial 42); one was planned on a day the athlete's pain was already
// above the plan's own limit. The rule is the pain-monitoring model's: a load that pain does not
// allow, or that was not finished, has not shown its dose tolerated, and comes back only once a
// lower load is tolerated; pain settles before the next load (Silbernagel KG et al., Am J Sports
// Med 2007;35(6):897-906; docs/DATA.md, "A painful session in the log").

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <utility>

#include "coach/sdk/plan.hpp"
#include "plan_days.hpp"
#include "support.hpp"

namespace {

using coach::Plan;
using coach::test::rationale_line;
using coach::test::runs_of;

Plan plan_of(const std::string& record) {
    return coach::test::plan_for("eccentric-strength", "athletes/painful_session/" + record);
}

// No run in any planned session, and the rationale line that answers the session of 2026-02-16
// says why in `words`.
void expect_runs_paused(const std::string& record, const std::string& words) {
    const Plan plan = plan_of(record);
    for (const auto& [day, minutes] : runs_of(plan)) {
        ADD_FAILURE() << record << ": a run of " << minutes << " min planned on " << day
                      << " though the session of 2026-02-16 has not shown running tolerated";
    }
    const std::string answer = rationale_line(plan, "The session of 2026-02-16");
    EXPECT_NE(answer.find(words), std::string::npos) << record << ": " << answer;
    EXPECT_NE(answer.find("no run is planned until one is"), std::string::npos) << answer;
    // The athlete was running before the plan: the return to running says the runs wait.
    EXPECT_NE(rationale_line(plan, "The log shows running since")
                  .find("after the run that hurt or was stopped no run is planned"),
              std::string::npos);
}

// The trial's: slider curls and accelerations at 2/10, 6/10 the next day (the plan's first day).
TEST(painful_session_trial_41, eccentric_accelerations_sore_the_next_day_pause_the_runs) {
    expect_runs_paused("trial41_eccentric_accelerations_next_day_6.json",
                       "with running in it, left 6/10 the day after, above the 4/10 ceiling");
}

// Held out: 5/10 the next day, the session logged under another plan: the pain is the athlete's.
TEST(painful_session_trial_41, eccentric_sore_session_under_another_plan_pauses_the_runs) {
    expect_runs_paused("held_out_41_eccentric_accelerations_next_day_5_under_sprint_manual.json",
                       "(logged under sprint-manual), with running in it, left 5/10 the day after");
}

// The trial's: the same session stopped before its end at 2/10, 1/10 the next day.
TEST(painful_session_trial_41, eccentric_stopped_session_with_running_pauses_the_runs) {
    expect_runs_paused("trial41_eccentric_accelerations_stopped.json",
                       "with running in it, was stopped before its end");
}

// Held out: a 15-minute jog stopped at 1/10.
TEST(painful_session_trial_41, eccentric_stopped_jog_pauses_the_runs) {
    expect_runs_paused("held_out_41_eccentric_jog_stopped_at_1.json", "was stopped before its end");
}

// Near miss: 4/10 the next day is the ceiling itself: the runs go on, and nothing is answered.
TEST(painful_session_trial_41, eccentric_next_day_at_the_ceiling_keeps_running) {
    const Plan plan = plan_of("held_out_41_eccentric_accelerations_next_day_at_ceiling.json");
    EXPECT_FALSE(runs_of(plan).empty());
    EXPECT_EQ(rationale_line(plan, "The session of 2026-02-16"), "");
}

// Near miss: a circuit session within the ceiling, during it and the day after, follows the
// stopped jog: the runs restart the day after it, at the shortest (15 minutes).
TEST(painful_session_trial_41, eccentric_runs_restart_after_a_tolerated_circuit) {
    const Plan plan = plan_of("held_out_41_eccentric_jog_stopped_then_circuit_tolerated.json");
    const auto runs = runs_of(plan);
    ASSERT_FALSE(runs.empty());
    EXPECT_EQ(runs.front().first, "2026-02-18");
    EXPECT_EQ(runs.front().second, 15);
    EXPECT_EQ(rationale_line(plan, "The session of 2026-02-16"), "");
}

// No run planned on `day`, some run planned after it, and the rationale line that says why.
void expect_no_run_on(const std::string& record, const std::string& day, const std::string& why) {
    const Plan plan = plan_of(record);
    const auto runs = runs_of(plan);
    ASSERT_FALSE(runs.empty()) << record;
    for (const auto& [run_day, minutes] : runs) {
        EXPECT_NE(run_day, day) << record << ": a run of " << minutes << " min";
    }
    EXPECT_GT(runs.front().first, day) << record;
    EXPECT_EQ(rationale_line(plan, "No run on " + day),
              "No run on " + day + ": " + why
                  + ", above the 4/10 ceiling, and no run is planned the day after a session "
                    "above it; the runs go on after that day (pain settles before the next load: "
                    "pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med).");
}

}  // namespace

// Trial 41: the today page of the painful session's own day, whose week-long plan loses no day
// yet, said the milestones "move 0 days later at least"; it says they do not move yet.
TEST(painful_session_trial_41, sprint_manual_says_no_day_lost_in_words_not_as_0_days) {
    const auto result = coach::test::run_coach(
        "today --width 1000 -p sprint-manual " + std::string{COACH_TEST_FIXTURES_DIR}
        + "/athletes/painful_session/trial41_sprint_manual_painful_session_on_the_day.json "
          "--date 2026-10-05");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out.find("move 0 days"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("the milestones with them, do not move yet, and move later if no "
                              "such session is logged before them"),
              std::string::npos)
        << result.out;
}

// ---- User trial 42: eccentric-strength planned a run the day after a circuit session above its
// 4/10 ceiling (5/10 during a one-leg circuit while running), and its first run on a day whose
// recorded pain was 6/10 (the day after a circuit). After a session above a philosophy's pain
// ceiling, during it or the day after, no philosophy runs the next day (docs/PHILOSOPHIES.md).

TEST(painful_session_trial_42, eccentric_no_run_the_day_after_a_circuit_above_the_ceiling) {
    expect_no_run_on("trial42_eccentric_one_leg_circuit_at_5_while_running.json", "2026-03-20",
                     "the session of 2026-03-19 went to 5/10 during it");
}

TEST(painful_session_trial_42, eccentric_no_first_run_on_a_day_sore_above_the_ceiling) {
    expect_no_run_on("trial42_eccentric_circuit_next_day_6_before_the_first_run.json", "2026-03-16",
                     "the session of 2026-03-15 went to 6/10 the day after");
}

// Near miss: 4/10 the day after is the ceiling itself: the first run is on that day.
TEST(painful_session_trial_42, eccentric_runs_the_day_after_soreness_at_the_ceiling) {
    const Plan plan =
        plan_of("held_out_42_eccentric_circuit_next_day_at_ceiling_before_the_first_run.json");
    const auto runs = runs_of(plan);
    ASSERT_FALSE(runs.empty());
    EXPECT_EQ(runs.front().first, "2026-03-16");
    EXPECT_EQ(rationale_line(plan, "No run on"), "");
}

// ---- User trial 43: the full circuit, heavy deadlifts included, the day after a jog-only
// session above the ceiling. No philosophy loads eccentrically the day after a session above its
// ceiling (docs/PHILOSOPHIES.md): that day is pain-relief holds, and the circuit goes on after it.

namespace {

// The session of 2026-02-17: pain-relief holds, no eccentric or running item; a circuit later.
void expect_holds_the_day_after(const std::string& record, const std::string& why) {
    const Plan plan = plan_of(record);
    const auto* session = coach::test::session_on(plan, coach::test::day("2026-02-17"));
    ASSERT_NE(session, nullptr) << record;
    EXPECT_EQ(session->focus, "pain relief") << record;
    for (const auto& item : session->items) {
        EXPECT_NE(item.category, coach::Category::strength_eccentric) << record;
        EXPECT_NE(item.category, coach::Category::running) << record;
    }
    EXPECT_NE(rationale_line(plan, "No circuit on 2026-02-17: the session of 2026-02-16 " + why),
              "")
        << record;
}

}  // namespace

TEST(painful_session_trial_43, eccentric_holds_not_the_circuit_the_day_after_a_painful_jog) {
    expect_holds_the_day_after("trial43_eccentric_jog_at_5_then_circuit.json",
                               "went to 5/10 during it");
}

TEST(painful_session_trial_43, eccentric_holds_not_the_circuit_the_day_after_a_jog_sore_at_5) {
    expect_holds_the_day_after("held_out_43_eccentric_jog_sore_5_next_day.json",
                               "went to 5/10 the day after");
}

// Near miss: a jog at the ceiling itself, during it and the day after: the circuit (and the run)
// go on the next day.
TEST(painful_session_trial_43, eccentric_circuit_goes_on_after_a_jog_at_the_ceiling) {
    const Plan plan = plan_of("held_out_43_eccentric_jog_at_the_ceiling.json");
    const auto* session = coach::test::session_on(plan, coach::test::day("2026-02-17"));
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(session->focus, "strength and easy run");
    EXPECT_EQ(rationale_line(plan, "No circuit on"), "");
}

// Trial 43: a circuit stopped before its end, within the ceiling during it and the day after, is
// not counted towards the progression, and no line of the plan said so. One line answers it, the
// line `today` shows as "What follows"; a finished circuit draws none.
TEST(painful_session_trial_43, eccentric_says_a_stopped_circuit_does_not_count) {
    const Plan stopped = plan_of("trial43_eccentric_circuit_stopped.json");
    EXPECT_EQ(rationale_line(stopped, "The session of 2026-02-16"),
              "The session of 2026-02-16 was stopped before its end: it does not count towards "
              "the circuit's progression, which gives the same dose again; a load not finished "
              "has not shown it is tolerated (pain-monitoring model, Silbernagel et al. 2007, Am J "
              "Sports Med).");
    const Plan finished = plan_of("held_out_43_eccentric_circuit_finished.json");
    EXPECT_EQ(rationale_line(finished, "The session of 2026-02-16"), "");
}

// Trial 45: isometric holds at 2/10, then 5/10 the next day; the circuit, heavy deadlifts
// included, followed on the day the pain was recorded. Soreness after holds is not the expected
// soreness of eccentric work: that day is holds too. (Soreness after a circuit alone still lets
// the circuit go on: eccentric_strength.next_day_soreness_is_not_pain_during_exercise.)
TEST(painful_session_trial_45, eccentric_holds_not_the_circuit_the_day_after_holds_sore_at_5) {
    expect_holds_the_day_after("trial45_eccentric_holds_sore_5_next_day.json",
                               "went to 5/10 the day after");
}

// Trial 47: Nordic curls at 5/10 (6/10 the next day) logged under the Nordic protocol: eccentric
// work outside the circuit's families read as no level at all, and the heavy circuit came back
// unchanged two days later. It is read as the two-leg circuit now: pain-relief holds follow.
// (Left for the next stop: the families' replay does not see the session, so the circuit after
// the holds is not yet one load lighter, as the rationale says it is.)
namespace {

// Trial 47: Nordic curls logged under the Nordic protocol went to 5/10, and eccentric-strength
// planned the same heavy circuit two days later as for a pain-free record. Eccentric work outside
// the circuit's families loads the hamstring as the two-leg circuit does: holds first, then the
// circuit one load lighter, every family's two-leg stage started again.
void expect_circuit_stepped_back(const Plan& plan, const std::string& date) {
    for (const char* iso : {"2026-02-17", "2026-02-18", "2026-02-19"}) {
        const auto* session = coach::test::session_on(plan, coach::test::day(iso));
        ASSERT_NE(session, nullptr) << iso;
        EXPECT_EQ(session->focus, "pain relief") << iso;
        for (const auto& item : session->items) {
            EXPECT_NE(item.category, coach::Category::strength_eccentric) << iso;
        }
    }
    int circuits = 0;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            if (item.exercise == "slider_curl_double") {
                ++circuits;
                EXPECT_EQ(item.sets, 3) << session.date.iso();
            }
            if (item.exercise == "hip_thrust_double") {
                EXPECT_EQ(item.load, coach::Load::light) << session.date.iso();
            }
            if (item.exercise == "deadlift") {
                EXPECT_EQ(item.load, coach::Load::medium) << session.date.iso();
            }
            EXPECT_NE(item.exercise, "slider_curl_single") << session.date.iso();
        }
    }
    EXPECT_GT(circuits, 0);
    for (const char* family : {"Slider curl: ", "Hip thrust: ", "Deadlift: "}) {
        EXPECT_NE(
            rationale_line(plan, std::string{family} + "the session of " + date + " went to "), "")
            << family;
    }
    const std::string answer = rationale_line(plan, "The session of " + date);
    EXPECT_NE(answer.find("The eccentric work that hurt, outside this circuit,"), std::string::npos)
        << answer;
    EXPECT_EQ(answer.find("The circuit that hurt"), std::string::npos) << answer;
}

// The trial's record, and one like it whose single-leg deadlifts, logged under sprint-manual,
// went to 6/10: eccentric work the circuit does not hold, from another plan.
coach::json::AthleteFile with_other_eccentric_work(int pain) {
    auto file = coach::test::load_athlete(
        "athletes/painful_session/trial47_eccentric_after_nordics_at_5.json");
    auto& painful = file.athlete.log.back();
    painful.philosophy = "sprint-manual";
    painful.pain_during = pain;
    painful.items.front().exercise = "single_leg_deadlift";
    return file;
}

Plan plan_of(const coach::json::AthleteFile& file) {
    auto outcome =
        coach::test::bundled_engine().plan("eccentric-strength", file.athlete, file.request);
    if (!outcome.plan) {
        throw std::runtime_error("eccentric-strength failed: " + outcome.error);
    }
    return std::move(*outcome.plan);
}

}  // namespace

TEST(painful_session_trial_47, eccentric_steps_back_after_nordics_above_the_ceiling) {
    const Plan plan = plan_of("trial47_eccentric_after_nordics_at_5.json");
    expect_circuit_stepped_back(plan, "2026-02-16");
    EXPECT_NE(rationale_line(plan,
                             "The session of 2026-02-16 (logged under "
                             "protocol:nordic-petersen-2011) went to 5/10 during the "
                             "exercises, above the 4/10 ceiling: the load steps back"),
              "");
}

TEST(painful_session_trial_47, eccentric_steps_back_after_other_eccentric_work_of_another_plan) {
    const Plan plan = plan_of(with_other_eccentric_work(6));
    expect_circuit_stepped_back(plan, "2026-02-16");
    EXPECT_NE(rationale_line(plan,
                             "The session of 2026-02-16 (logged under sprint-manual) went "
                             "to 6/10 during the exercises"),
              "");
}

// The near miss: the same work within the ceiling steps nothing back; the circuit goes on at its
// usual loads, none of them the lighter dose.
TEST(painful_session_trial_47, other_eccentric_work_within_the_ceiling_steps_nothing_back) {
    const Plan plan = plan_of(with_other_eccentric_work(3));
    EXPECT_EQ(rationale_line(plan, "The session of 2026-02-16"), "");
    bool heavy = false;
    for (const auto& session : plan.sessions) {
        EXPECT_NE(session.focus, "pain relief") << session.date.iso();
        for (const auto& item : session.items) {
            heavy = heavy || item.load == coach::Load::heavy;
        }
    }
    EXPECT_TRUE(heavy);
}
