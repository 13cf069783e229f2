// The safety gate's plan validity and metadata rules (red flags: red_flag_test.cpp).
#include "coach/safety_gate.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <span>
#include <utility>

#include "coach/chronology.hpp"
#include "coach/planning_case.hpp"
#include "coach/sdk/plan_builder.hpp"
#include "coach/sdk/wording.hpp"

using coach::Date;

namespace {

// How the gate says the day of an item in the first 3 days after injury.
const std::array<std::string, 3> when{"on the day of injury", "1 day after injury",
                                      "2 days after injury"};

struct GateTest : ::testing::Test {
    coach::Athlete athlete;
    coach::PhilosophyInfo info;

    GateTest() {
        athlete.id = "a";
        athlete.injury.region = "hamstring";
        athlete.injury.grade = 2;
        athlete.injury.site = coach::Site::b;
        athlete.injury.date = *Date::parse("2026-10-01");
        info.id = "test";
        info.version = "1.0.0";
        info.summary = "s";
        info.sources = {"src"};
    }

    Date day(int since_injury) const { return athlete.injury.date + since_injury; }

    // A case as the engine builds it (chronology and course of recovery from the record as it
    // is now), alive as long as the test.
    const coach::Case& at(int since_injury, int horizon = 14) const {
        return cases.emplace_back(athlete, coach::Request{day(since_injury), horizon}).input();
    }
    mutable std::vector<coach::PlanningCase> cases;

    // A valid one-session plan with `item` on the first day of `input`.
    coach::Plan plan_with(const coach::Case& input, coach::Item item) const {
        coach::PlanBuilder plan{input};
        plan.phase("p", input.as_of, input.last_day(), "g");
        plan.session(input.as_of, "f").add(std::move(item));
        plan.sources({"src"});
        return std::move(plan).build();
    }

    std::vector<std::string> problems(const coach::Case& input, const coach::Item& item) const {
        return coach::safety::plan_problems(plan_with(input, item), input, info);
    }

    // Each {text, said}: a rationale line `text` is refused as claiming `said`, and nothing else.
    void expect_refused_as_claims(
        const coach::Case& input,
        std::span<const std::pair<std::string, std::string>> claims) const {
        for (const auto& [text, said] : claims) {
            auto plan = plan_with(input, {.exercise = "cycling", .duration_min = 20});
            plan.rationale.push_back(text);
            EXPECT_EQ(coach::safety::plan_problems(plan, input, info),
                      std::vector<std::string>{"/rationale/0: says \"" + said
                                               + "\"; plans estimate, a clinician clears"})
                << text;
        }
    }

    // Each text, a rationale line, is accepted, and clearance_claim() finds no claim in it.
    void expect_not_claims(const coach::Case& input, std::span<const std::string> texts) const {
        for (const auto& text : texts) {
            auto plan = plan_with(input, {.exercise = "cycling", .duration_min = 20});
            plan.rationale.push_back(text);
            EXPECT_TRUE(coach::safety::plan_problems(plan, input, info).empty()) << text;
            EXPECT_EQ(coach::clearance_claim(text), "") << text;
        }
    }
};

}  // namespace

TEST_F(GateTest, accepts_a_valid_plan) {
    EXPECT_TRUE(problems(at(5), {.exercise = "cycling", .duration_min = 20}).empty());
}

TEST_F(GateTest, refuses_exercises_outside_the_catalog_or_with_the_wrong_category) {
    auto input = at(5);
    auto plan = plan_with(input, {.exercise = "cycling", .duration_min = 20});
    plan.sessions[0].items[0].exercise = "kinesiology_tape";
    auto found = coach::safety::plan_problems(plan, input, info);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0],
              "/sessions/0/items/0/exercise: 'kinesiology_tape' is neither in the catalog nor "
              "declared by the plugin");
    plan.sessions[0].items[0] = {
        .exercise = "acceleration", .category = coach::Category::drill, .distance_m = 10};
    found = coach::safety::plan_problems(plan, input, info);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0], "/sessions/0/items/0/category: 'acceleration' is sprint, not drill");
}

TEST_F(GateTest, accepts_exercises_the_plugin_declares) {
    info.exercises.push_back({"banded_walk", coach::Category::strength_general, "Banded walk"});
    auto input = at(5);
    coach::PlanBuilder plan{input, info.exercises};
    plan.phase("p", input.as_of, input.last_day(), "g");
    plan.session(input.as_of, "f").add({.exercise = "banded_walk", .sets = 2, .reps = 10});
    plan.sources({"src"});
    EXPECT_TRUE(coach::safety::plan_problems(std::move(plan).build(), input, info).empty());
}

TEST_F(GateTest, refuses_missing_or_non_positive_volumes) {
    auto found = problems(at(5), {.exercise = "slider_curl_double", .sets = 4});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0], "/sessions/0/items/0: no volume: strength_eccentric is dosed in reps");
    found = problems(at(5), {.exercise = "slider_curl_double", .sets = 0, .reps = 6});
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0], "/sessions/0/items/0/sets: must be positive, got 0");
}

TEST_F(GateTest, refuses_intensity_outside_0_to_100) {
    const auto found =
        problems(at(5), {.exercise = "acceleration", .distance_m = 10, .intensity_pct = 120});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0], "/sessions/0/items/0/intensity_pct: must be 0..100, got 120");
}

TEST_F(GateTest, refuses_sessions_outside_the_horizon_or_out_of_order) {
    auto input = at(5, 3);
    auto plan = plan_with(input, {.exercise = "cycling", .duration_min = 20});
    auto late = plan.sessions[0];
    late.date = input.as_of + 3;
    plan.sessions.push_back(late);
    auto early = plan.sessions[0];
    plan.sessions.push_back(early);
    const auto found = coach::safety::plan_problems(plan, input, info);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0],
              "/sessions/1/date: 2026-10-09 is outside the horizon 2026-10-06..2026-10-08");
    EXPECT_EQ(found[1], "/sessions/2/date: 2026-10-06 does not come after 2026-10-09");
}

TEST_F(GateTest, refuses_foam_rolling_self_massage_and_stretching_of_the_injured_muscle_early) {
    for (int since_injury = 0; since_injury < 3; ++since_injury) {
        const auto input = at(since_injury);
        for (const auto* exercise : {"foam_roll_hamstring", "self_massage"}) {
            for (const auto side : {coach::Side::both, coach::Side::injured}) {
                const auto found =
                    problems(input, {.exercise = exercise, .duration_min = 5, .side = side});
                ASSERT_EQ(found.size(), 1u) << exercise << " on day " << since_injury;
            }
        }
        const auto stretch = problems(
            input, {.exercise = "hamstring_static_stretch", .duration_min = 5, .hold_s = 30});
        ASSERT_EQ(stretch.size(), 1u);
        EXPECT_EQ(stretch[0], "/sessions/0/items/0: static stretching of the injured muscle "
                                  + when.at(static_cast<std::size_t>(since_injury)));
    }
    EXPECT_EQ(problems(at(1), {.exercise = "foam_roll_hamstring", .duration_min = 5})[0],
              "/sessions/0/items/0: foam rolling of the injured muscle 1 day after injury");
    EXPECT_EQ(problems(at(2), {.exercise = "self_massage", .duration_min = 5})[0],
              "/sessions/0/items/0: self-massage of the injured muscle 2 days after injury");
    // The other leg is not the injured muscle; from day 3 on the protection is over.
    EXPECT_TRUE(problems(at(1), {.exercise = "foam_roll_hamstring",
                                 .duration_min = 5,
                                 .side = coach::Side::uninjured})
                    .empty());
    EXPECT_TRUE(problems(at(0), {.exercise = "hamstring_static_stretch",
                                 .duration_min = 5,
                                 .side = coach::Side::uninjured})
                    .empty());
    EXPECT_TRUE(problems(at(3), {.exercise = "foam_roll_hamstring", .duration_min = 5}).empty());
    EXPECT_TRUE(problems(at(3), {.exercise = "self_massage", .duration_min = 5}).empty());
    EXPECT_TRUE(
        problems(at(3), {.exercise = "hamstring_static_stretch", .duration_min = 5}).empty());
}

TEST_F(GateTest, refuses_a_stretch_the_plugin_declares_in_the_first_3_days) {
    info.exercises.push_back({"towel_stretch", coach::Category::stretch_static, "Towel stretch"});
    auto input = at(2);
    coach::PlanBuilder plan{input, info.exercises};
    plan.phase("p", input.as_of, input.last_day(), "g");
    plan.session(input.as_of, "f").add({.exercise = "towel_stretch", .duration_min = 5});
    plan.sources({"src"});
    const auto found = coach::safety::plan_problems(std::move(plan).build(), input, info);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0],
              "/sessions/0/items/0: static stretching of the injured muscle 2 days after injury");
}

TEST_F(GateTest, refuses_heat_sprinting_and_site_massage_in_the_first_3_days) {
    for (int since_injury = 0; since_injury < 3; ++since_injury) {
        const auto input = at(since_injury);
        EXPECT_EQ(problems(input, {.exercise = "heat_rub_wrap", .duration_min = 10}).size(), 1u);
        EXPECT_EQ(problems(input, {.exercise = "acceleration", .distance_m = 10}).size(), 1u);
        EXPECT_EQ(problems(input, {.exercise = "massage_site", .duration_min = 10}).size(), 1u);
        EXPECT_EQ(problems(input, {.exercise = "deep_tissue_massage", .duration_min = 10}).size(),
                  1u);
        EXPECT_TRUE(
            problems(input, {.exercise = "massage_surrounding", .duration_min = 10}).empty());
    }
    // From day 3 a submaximal acceleration may come (one that states no speed is a full-speed
    // sprint, which waits for pain-free, even walking: high_speed_running_test.cpp).
    EXPECT_TRUE(problems(at(3), {.exercise = "acceleration", .distance_m = 10, .intensity_pct = 60})
                    .empty());
    EXPECT_TRUE(problems(at(3), {.exercise = "heat_rub_wrap", .duration_min = 10}).empty());
}

TEST_F(GateTest, refuses_eccentric_strength_in_the_first_3_days_whatever_the_side) {
    for (int since_injury = 0; since_injury < 3; ++since_injury) {
        const auto found =
            problems(at(since_injury), {.exercise = "nordic_curl", .sets = 2, .reps = 5});
        ASSERT_EQ(found.size(), 1u);
        EXPECT_EQ(found[0], "/sessions/0/items/0: eccentric strength "
                                + when.at(static_cast<std::size_t>(since_injury)));
    }
    // Bodyweight, on the other leg: still lengthening under load, and refused.
    EXPECT_EQ(problems(at(2), {.exercise = "single_leg_deadlift",
                               .sets = 3,
                               .reps = 8,
                               .load = coach::Load::bodyweight,
                               .side = coach::Side::uninjured})[0],
              "/sessions/0/items/0: eccentric strength 2 days after injury");
    EXPECT_TRUE(
        problems(
            at(3),
            {.exercise = "romanian_deadlift", .sets = 3, .reps = 8, .load = coach::Load::heavy})
            .empty());
}

TEST_F(GateTest, refuses_loaded_or_hard_strength_work_in_the_first_3_days) {
    auto found = problems(at(2), {.exercise = "deadlift",
                                  .sets = 3,
                                  .reps = 5,
                                  .load = coach::Load::heavy,
                                  .side = coach::Side::both});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0],
              "/sessions/0/items/0/load: strength work with a heavy load 2 days after injury: "
              "bodyweight only before day 3");
    found = problems(at(0), {.exercise = "lying_leg_curl",
                             .sets = 3,
                             .reps = 10,
                             .load = coach::Load::light,
                             .intensity_pct = 70});
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0],
              "/sessions/0/items/0/load: strength work with a light load on the day of injury: "
              "bodyweight only before day 3");
    EXPECT_EQ(found[1],
              "/sessions/0/items/0/intensity_pct: strength work at 70% effort on the day of "
              "injury: at most 50% before day 3");
    found = problems(at(1), {.exercise = "isometric_heel_dig",
                             .sets = 5,
                             .intensity_pct = 51,
                             .hold_s = 30,
                             .side = coach::Side::uninjured});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0],
              "/sessions/0/items/0/intensity_pct: strength work at 51% effort 1 day after "
              "injury: at most 50% before day 3");
}

// The SDK's reading of the first days' strength rules is the gate's: first_days_strength() says
// which rules an item breaks, first_days_restriction() words the first, the gate names each.
TEST(first_days, one_reading_of_the_strength_rules_serves_the_sdk_and_the_gate) {
    coach::Item curl{.exercise = "lying_leg_curl",
                     .category = coach::Category::strength_general,
                     .load = coach::Load::light,
                     .intensity_pct = 70};
    auto broken = coach::first_days_strength(curl);
    EXPECT_TRUE(broken.loaded && broken.above_effort && !broken.eccentric);
    EXPECT_EQ(coach::first_days_restriction(curl), "strength work with an external load");
    curl.load = coach::Load::bodyweight;
    EXPECT_EQ(coach::first_days_restriction(curl), "strength work above 50% effort");
    curl.intensity_pct = 50;
    EXPECT_FALSE(coach::first_days_strength(curl).any());
    EXPECT_EQ(coach::first_days_restriction(curl), "");
    const coach::Item slider{.exercise = "slider_curl_double",
                             .category = coach::Category::strength_eccentric,
                             .side = coach::Side::uninjured};
    EXPECT_TRUE(coach::first_days_strength(slider).eccentric);
    EXPECT_EQ(coach::first_days_restriction(slider), "eccentric strength");
    const coach::Item sprint{.exercise = "acceleration",
                             .category = coach::Category::sprint,
                             .load = coach::Load::heavy};
    EXPECT_FALSE(coach::first_days_strength(sprint).any());  // a sprint is refused as sprinting
    EXPECT_EQ(coach::first_days_restriction(sprint), "sprinting");
}

TEST_F(GateTest, accepts_submaximal_unloaded_strength_in_the_first_3_days) {
    static_assert(coach::safety::highest_protected_effort_pct == 50);
    static_assert(coach::safety::heaviest_protected_load == coach::Load::bodyweight);
    for (int since_injury = 0; since_injury < 3; ++since_injury) {
        const auto& input = at(since_injury);
        EXPECT_TRUE(problems(input, {.exercise = "isometric_heel_dig",
                                     .sets = 5,
                                     .intensity_pct = 50,
                                     .hold_s = 30,
                                     .side = coach::Side::injured})
                        .empty());
        EXPECT_TRUE(problems(input, {.exercise = "glute_bridge",
                                     .sets = 2,
                                     .reps = 10,
                                     .load = coach::Load::bodyweight})
                        .empty());
        EXPECT_TRUE(problems(input, {.exercise = "isometric_bridge_hold", .sets = 4, .hold_s = 20})
                        .empty());
        // Effort limits strength work only: an easy spin is not strength work.
        EXPECT_TRUE(
            problems(input, {.exercise = "cycling", .intensity_pct = 60, .duration_min = 10})
                .empty());
    }
    EXPECT_TRUE(problems(at(3), {.exercise = "deadlift",
                                 .sets = 3,
                                 .reps = 5,
                                 .load = coach::Load::heavy,
                                 .intensity_pct = 85})
                    .empty());
}

TEST_F(GateTest, refuses_a_loaded_strength_exercise_the_plugin_declares_in_the_first_3_days) {
    info.exercises.push_back({"banded_walk", coach::Category::strength_general, "Banded walk"});
    info.exercises.push_back({"towel_curl", coach::Category::strength_eccentric, "Towel curl"});
    auto input = at(1);
    coach::PlanBuilder plan{input, info.exercises};
    plan.phase("p", input.as_of, input.last_day(), "g");
    plan.session(input.as_of, "f")
        .add({.exercise = "banded_walk", .sets = 2, .reps = 10, .load = coach::Load::medium})
        .add({.exercise = "towel_curl", .sets = 2, .reps = 10});
    plan.sources({"src"});
    const auto found = coach::safety::plan_problems(std::move(plan).build(), input, info);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0],
              "/sessions/0/items/0/load: strength work with a medium load 1 day after injury: "
              "bodyweight only before day 3");
    EXPECT_EQ(found[1], "/sessions/0/items/1: eccentric strength 1 day after injury");
}

TEST_F(GateTest, refuses_a_plan_that_calls_the_athlete_cleared) {
    auto input = at(5);
    auto plan = plan_with(input, {.exercise = "cycling", .duration_min = 20});
    plan.rationale.push_back("Athlete is Cleared to race");
    const auto found = coach::safety::plan_problems(plan, input, info);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].rfind("/rationale/0:", 0), 0u);
}

TEST_F(GateTest, refuses_every_phrase_that_claims_clearance_not_only_the_word_cleared) {
    auto input = at(5);
    for (const std::string text :
         {"Medical clearance to play after this week", "CLEAR TO RETURN to sport on day 20",
          "fit to play, fully healed", "Fit to return next week", "Fully healed by now"}) {
        auto plan = plan_with(input, {.exercise = "cycling", .duration_min = 20});
        plan.sessions.front().items.front().cue = text;
        const auto found = coach::safety::plan_problems(plan, input, info);
        ASSERT_EQ(found.size(), 1u) << text;
        EXPECT_EQ(found[0].rfind("/sessions/0/items/0/cue: says \"", 0), 0u) << found[0];
    }
    // Words that only look alike are not claims.
    for (const std::string text :
         {"it is unclear to the athlete why", "clear the area first", "a fit, healthy runner",
          "Returning to play is a clinician's decision", "ready for the next set",
          "fit to the athlete's pace", "safe to ice after the session"}) {
        auto plan = plan_with(input, {.exercise = "cycling", .duration_min = 20});
        plan.sessions.front().items.front().cue = text;
        EXPECT_TRUE(coach::safety::plan_problems(plan, input, info).empty()) << text;
    }
}

// The user trial: "fit for play", "good to go", "ready to play", "ready to return" passed. The
// claim is the kind: a word of readiness (fit for/to, ready to/for, OK/okay to, good to, safe to)
// with what it clears for (play, train, compete, return, match, race, sport, ...), and "good to
// go", "fully recovered", "all clear". Each is refused, named as written, lower-cased.
TEST_F(GateTest, refuses_every_readiness_claim_whatever_the_words) {
    auto input = at(5);
    const std::vector<std::pair<std::string, std::string>> claims = {
        {"Fit for play by Saturday", "fit for play"},
        {"good to go next week", "good to go"},
        {"Ready to play from day 20", "ready to play"},
        {"ready to return after this block", "ready to return"},
        {"READY TO RACE on the 12th", "ready to race"},
        {"fit to compete in the final", "fit to compete"},
        {"fit for competition", "fit for competition"},
        {"OK to return to training", "ok to return"},
        {"okay to play on Sunday", "okay to play"},
        {"fit to train fully", "fit to train"},
        {"fit for match selection", "fit for match"},
        {"ready for full training", "ready for full training"},
        {"safe to return to sport", "safe to return"},
        {"the physio gives the all clear", "all clear"},
        {"fully recovered by week 6", "fully recovered"},
        {"not sore, and good to go", "good to go"},
        // Words, not spellings: hyphens, doubled, no-break and other spaces, line breaks,
        // a soft hyphen, full-width letters.
        {"good-to-go next week", "good-to-go"},
        {"Fit-to-play by Saturday", "fit-to-play"},
        {"the physio gives the all-clear", "all-clear"},
        {"good  to  go", "good to go"},
        {"fit\u00A0to\u00A0play", "fit to play"},
        {"ready\u202Fto return", "ready to return"},
        {"fit for\nplay", "fit for play"},
        {"the doctor has\r\ncleared her", "cleared"},
        {"all\nclear", "all clear"},
        {"clear\u00ADed to run", "cleared"},
        {"\uFF43\uFF4C\uFF45\uFF41\uFF52\uFF45\uFF44", "cleared"},
        {"safe\u2011to\u2011compete", "safe-to-compete"},
    };
    expect_refused_as_claims(input, claims);
}

// A claim the word before takes back (not, never, no, until, unless, before, once, if, pending,
// a word ending in n't; through at most three of "yet", "be", "been", "longer", ...) is no claim:
// the plan says what has not happened yet.
TEST_F(GateTest, a_negated_readiness_claim_is_not_a_claim) {
    const std::vector<std::string> texts = {
        "not yet ready to play", "Not ready to return before the criteria are met",
        "never cleared by this plan", "she isn't fit to train yet",
        "keep going until fit to play is confirmed by a clinician", "until cleared by the physio",
        "before return to play is considered", "will not be fit to compete this month",
        "no clearance is given here",
        // One rule whatever the spelling: a curly apostrophe, a condition not yet met, "no
        // longer", a negation across a line break or a no-break space.
        "she isn\u2019t fit to train yet", "only once cleared by the team doctor",
        "no longer fit to play", "not yet cleared", "not yet\ncleared", "not\u00A0yet cleared",
        "pending clearance from the team doctor", "isn\u2019t good-to-go",
        "if cleared by the doctor, add sprints", "will not be considered fit to compete",
        "has not yet been deemed fit to play"};
    expect_not_claims(at(5), texts);
    // The negation reaches only the claim it stands before.
    EXPECT_EQ(coach::clearance_claim("not sore, ready to play"), "ready to play");
    EXPECT_EQ(coach::clearance_claim("not yet, but fit for play next week"), "fit for play");
    EXPECT_EQ(coach::clearance_claim("not sore \u2013 good-to-go"), "good-to-go");
    // A negation reaches through fillers only.
    EXPECT_EQ(coach::clearance_claim("not sore but fit to play"), "fit to play");
    EXPECT_EQ(coach::clearance_claim("not sore, she is fit to play"), "fit to play");
}

// The second user trial. Missed claims: words joined by en dashes or by invisible marks, an
// article before what the athlete would be cleared for, "ready to go", a permission to return,
// "OK'd" with any apostrophe, "2" for "to". Each is the kind, tested in more than one spelling.
TEST_F(GateTest, refuses_claims_joined_by_dashes_or_invisible_marks_or_made_with_other_words) {
    auto input = at(5);
    const std::vector<std::pair<std::string, std::string>> claims = {
        // Dashes between words join them as hyphens do.
        {"fit\u2013to\u2013play", "fit-to-play"},
        {"good\u2014to\u2014go by Saturday", "good-to-go"},
        {"ready \u2013 to \u2013 race", "ready to race"},
        {"all\u2212clear", "all-clear"},
        // Invisible marks between words are read as spaces (inside a word they are skipped).
        {"fit\u00ADto\u00ADplay", "fit to play"},
        {"fit\u200Bto\u200Bplay", "fit to play"},
        {"good\u2060to\u2060go", "good to go"},
        {"fit \u200B to play", "fit to play"},
        // What the athlete is cleared for, after an article or a determiner.
        {"fit for the match", "fit for the match"},
        {"ready for this weekend's game", "ready for this weekends game"},
        {"fit to a full training", "fit to a full training"},
        // Ready to go.
        {"ready to go", "ready to go"},
        {"Ready-to-go next week", "ready-to-go"},
        // A permission to return to sport, or to play it.
        {"can return to play now", "can return to play"},
        {"may resume competition next week", "may resume competition"},
        {"allowed to get back to racing", "allowed to get back to racing"},
        {"is able to go back to matches", "able to go back to matches"},
        {"can compete on Sunday", "can compete"},
        {"may play from day 20", "may play"},
        // "OK'd" and "okayed", whatever the apostrophe.
        {"OK\u2019d to play", "okd to play"},
        {"OK'd to play", "okd to play"},
        {"okayed for selection", "okayed for selection"},
        // Digits standing for words.
        {"good2go", "good to go"},
        {"fit 2 play", "fit to play"},
        {"ready4match", "ready for match"},
    };
    expect_refused_as_claims(input, claims);
}

// The second user trial. False refusals: a contraction in n't negates whatever mark stands for
// its apostrophe (U+02BC, a backtick, a prime, U+2018, U+00B4, U+FF07); a condition not yet met
// negates a permission ("until the athlete can return to play"); words that only look like a
// permission or a claim are none.
TEST_F(GateTest, a_claim_negated_with_any_apostrophe_or_a_condition_is_not_a_claim) {
    const std::vector<std::string> texts = {
        "isn`t cleared", "isn\u02BCt ready to return to play", "not yet fit to play",
        "isn\u2032t cleared", "she isn\u2018t fit to train", "isn\u00B4t good to go",
        "isn\uFF07t cleared", "isn`t yet fit for the match", "until the athlete can return to play",
        "before she can compete", "cannot return to play", "can`t return to play",
        "may not play this month", "not yet ready to go",
        // Look-alikes: a permission to do anything but sport, digits in numbers, a set.
        "as slowly as you can, resist the fall", "the hamstring may feel a light tug",
        "pain can return if you overdo it", "you can go faster next week", "ready for the next set",
        "fit for 2 games a week from the criteria", "4 x 5 reps, ready to progress",
        "can get sore the next day"};
    expect_not_claims(at(5), texts);
    // A negation reaches only the claim it stands before, whatever joins the claim's words.
    EXPECT_EQ(coach::clearance_claim("not sore \u2013 fit\u2013to\u2013play"), "fit-to-play");
    EXPECT_EQ(coach::clearance_claim("never sore\u2014can return to play"), "can return to play");
}

// The third user trial. Missed claims: a sign-off, a green light, availability for selection,
// "match fit", a fitness declared, a return stated as done, a return-to-play status answered yes,
// and letters written with Cyrillic or Greek look-alikes. Each is the kind, in more than one
// spelling.
TEST_F(GateTest, refuses_sign_offs_statuses_and_returns_stated_and_look_alike_letters) {
    auto input = at(5);
    const std::vector<std::pair<std::string, std::string>> claims = {
        // Signed off, a green light, available: with what they clear for.
        {"signed off to play on Saturday", "signed off to play"},
        {"Signed-off for full training", "signed-off for full training"},
        {"green light to play", "green light to play"},
        {"has the green light for the match", "green light for the match"},
        {"greenlit to return", "greenlit to return"},
        {"available for selection", "available for selection"},
        {"Available to play this weekend", "available to play"},
        // Fit for a match in one word, or declared fit by someone.
        {"match fit by week 6", "match fit"},
        {"Match-fit", "match-fit"},
        {"race ready", "race ready"},
        {"declared fit", "declared fit"},
        {"the athlete was deemed fit", "deemed fit"},
        {"passed fit on Friday", "passed fit"},
        // A return stated, not named as a step.
        {"returns to play today", "returns to play"},
        {"returned to the match", "returned to the match"},
        {"resumes full training on Monday", "resumes full training"},
        // A return to play marked done, as on a form.
        {"RTP: yes", "rtp: yes"},
        {"RTP yes", "rtp: yes"},
        {"rtp - YES", "rtp: yes"},
        {"Return to play: approved", "return to play: approved"},
        {"RTS = Y", "rts: y"},
        {"RTP: \u2713", "rtp: \u2713"},
        {"RTP? \u2705", "rtp: \u2705"},
        // Cyrillic and Greek letters that look like Latin ones.
        {"\u0441leared", "cleared"},
        {"cle\u0430red", "cleared"},
        {"\u0421L\u0415\u0410R\u0415D", "cleared"},
        {"\u0441\u04CF\u0435\u0430r\u0435d to run", "cleared"},
        {"fit t\u03BF pl\u03B1y", "fit to play"},
        {"g\u043E\u043Ed t\u043E g\u043E", "good to go"},
        {"R\u0422P: yes", "rtp: yes"},
        // Latin letters with a diacritic, composed or with a combining mark (the stop after
        // trial 73).
        {"cl\u00E9ared to play", "cleared"},
        {"Cle\u0301ared", "cleared"},
        {"f\u00EFt to pl\u00E0y", "fit to play"},
    };
    expect_refused_as_claims(input, claims);
}

// The third user trial. False refusals: a clearance a clinician will give, or decides on, is no
// claim ("until the athlete is cleared by a clinician"). The same words without the condition
// are one.
TEST_F(GateTest, a_clearance_a_clinician_will_give_or_decide_is_not_a_claim) {
    const std::vector<std::string> texts = {
        "until the athlete is cleared by a clinician",
        "a clinician decides when the athlete is fit to play",
        "a clinician decides whether the athlete is fit to play",
        "once the player has been cleared by the team doctor",
        "until the athlete is declared fit by a clinician",
        "not yet match fit",
        "never signed off to play by this plan",
        "until \u0441leared by a clinician",
        "RTP: no",
        "RTP: not yet",
        "RTP: Y/N",
        "RTP criteria: see the protocol",
        "return to play: a clinician's decision",
        "Returning to play is a clinician's decision",
        "pain returns to baseline",
        "resume jogging when pain allows",
        "build match fitness",
        "available for questions",
        "the green light to progress to jogging",
        "Game Ready cold compression after the session"};
    expect_not_claims(at(5), texts);
    // The words alone, or with a condition already met, are claims.
    EXPECT_EQ(coach::clearance_claim("the athlete is cleared by a clinician"), "cleared");
    EXPECT_EQ(coach::clearance_claim("the athlete is fit to play, a clinician decides"),
              "fit to play");
    EXPECT_EQ(coach::clearance_claim("the clinician says the athlete is match fit"), "match fit");
    EXPECT_EQ(coach::clearance_claim("not sore and the athlete is cleared"), "cleared");
    EXPECT_EQ(coach::clearance_claim("no pain: RTP: yes"), "rtp: yes");
}

// may_hold_claim() passes over a plain ASCII text only when no claim is in it: the pre-filter is
// never the reason a claim is missed.
TEST(clearance_claim, the_ascii_pre_filter_never_hides_a_claim) {
    for (const std::string text : {"can return to play",
                                   "may play",
                                   "allowed to play",
                                   "permitted to return to sport",
                                   "able to compete",
                                   "okd to play",
                                   "OKd to play",
                                   "okayed to race",
                                   "good2go",
                                   "fit4play",
                                   "fit for the match",
                                   "ready to go",
                                   "isn`t cleared",
                                   "signed off to play",
                                   "green light to play",
                                   "available for selection",
                                   "match fit",
                                   "declared fit",
                                   "returns to play",
                                   "RTP: yes",
                                   "return to play: yes"}) {
        EXPECT_TRUE(coach::wording_detail::may_hold_claim(text)) << text;
    }
    for (const std::string text :
         {"as slowly as you can, resist the fall", "the hamstring may feel a light tug",
          "3 x 8 at 60%", "a fit, healthy runner", "match day warm-up", "running returns with"}) {
        EXPECT_FALSE(coach::wording_detail::may_hold_claim(text)) << text;
    }
    // A word of the clearance family is read whole (the strict form, claim_sentences.hpp), and
    // its safe form found: a requirement, a criterion.
    for (const std::string text : {"return to sport not before day 21", "RTP criteria"}) {
        EXPECT_TRUE(coach::wording_detail::may_hold_claim(text)) << text;
        EXPECT_EQ(coach::clearance_claim(text), "") << text;
    }
}

// The fourth user trial. Missed claims, each a kind, in more wordings than the trial's: a
// fitness, eligibility, readiness or discharge to play, compete, full training or the squad.
TEST_F(GateTest, refuses_eligibility_discharge_and_rejoining_the_squad) {
    const std::vector<std::pair<std::string, std::string>> claims = {
        {"Eligible to play", "eligible to play"},
        {"eligible for selection this weekend", "eligible for selection"},
        {"Discharged to full training", "discharged to full training"},
        {"discharged back to the squad", "discharged back to the squad"},
        {"released to play on Saturday", "released to play"},
        {"approved for competition", "approved for competition"},
        {"Competition ready", "competition ready"},
        {"competition-fit by week 6", "competition-fit"},
        {"COMPETITION-READY by Saturday", "competition-ready"},
        {"ready to rejoin full team training", "ready to rejoin"},
        {"fit for full team training", "fit for full team training"},
        {"may rejoin the squad", "may rejoin the squad"},
        {"can return to the team on Monday", "can return to the team"},
        {"able to rejoin team training", "able to rejoin team training"},
    };
    expect_refused_as_claims(at(5), claims);
}

// A recovery stated complete: fully, completely, totally, 100%, before or after the word.
TEST_F(GateTest, refuses_a_recovery_stated_complete) {
    const std::vector<std::pair<std::string, std::string>> claims = {
        {"Fully rehabilitated", "fully rehabilitated"},
        {"100% recovered", "fully recovered"},
        {"100 % healed by week 6", "fully healed"},
        {"100 percent recovered", "fully recovered"},
        {"Completely healed", "completely healed"},
        {"totally recovered", "totally recovered"},
        {"the tear has healed completely", "healed completely"},
        {"recovered 100%", "recovered fully"},
        {"fully fit", "fully fit"},
        {"Fully-restored", "fully-restored"},
    };
    expect_refused_as_claims(at(5), claims);
}

// A status answered with a positive word (green, go, confirmed, done, a check mark), also a
// fitness or readiness to play answered.
TEST_F(GateTest, refuses_a_fitness_or_return_status_answered_yes) {
    const std::vector<std::pair<std::string, std::string>> claims = {
        {"RTP: green", "rtp: green"},
        {"RTS - go", "rts: go"},
        {"Fitness to play confirmed", "fitness to play: confirmed"},
        {"fitness to play is confirmed", "fitness to play: confirmed"},
        {"Readiness to compete: \u2713", "readiness to compete: \u2713"},
        {"return to competition: done", "return to competition: done"},
        {"RTP has been given", "rtp: given"},
        {"readiness to return to play = passed", "readiness to return to play: passed"},
    };
    expect_refused_as_claims(at(5), claims);
}

// Letters spaced or split to evade are read joined; the claim is named as it reads.
TEST_F(GateTest, refuses_a_claim_with_its_letters_spaced_or_split) {
    const std::vector<std::pair<std::string, std::string>> claims = {
        {"f i t to play", "fit to play"},
        {"F I T T O P L A Y", "fit to play"},
        {"C.L.E.A.R.E.D", "cleared"},
        {"c-l-e-a-r-e-d to run", "cleared"},
        {"fi t to play", "fit to play"},
        {"g o o d to go", "good to go"},
        {"f_i_t for p l a y", "fit for play"},
        {"e l i g i b l e to compete", "eligible to compete"},
    };
    expect_refused_as_claims(at(5), claims);
}

// False refusals of the fourth trial, each a kind: a requirement or a condition ("requires",
// "needs ... before", "until", "once cleared by", "required" after the claim) is no claim; nor
// is training a part that is not injured; nor a fitness to play that is not answered yes.
TEST_F(GateTest, a_requirement_a_condition_or_an_uninjured_part_is_not_a_claim) {
    const std::vector<std::string> texts = {"Return to play requires a clinician's clearance",
                                            "Needs medical clearance before competing",
                                            "Safe to train the uninjured side",
                                            "requires written medical clearance",
                                            "needs to be fit to play before the match",
                                            "must be cleared by the team doctor first",
                                            "subject to clearance by the physio",
                                            "awaiting clearance from the doctor",
                                            "Clearance required before competing",
                                            "medical clearance is needed before sprinting",
                                            "until fully healed, no sprinting",
                                            "not yet fully recovered",
                                            "once cleared by the doctor, add sprints",
                                            "safe to train the other leg",
                                            "fit to train the upper body",
                                            "ready to train the non-injured side",
                                            "Fitness to play is assessed by a clinician",
                                            "readiness to return: assessed by a clinician",
                                            "RTP: not yet",
                                            "sprint at 100% effort",
                                            "hold for 100 seconds, 2100% is a typo",
                                            "fully extend the knee",
                                            "a fit, healthy runner",
                                            "Phase A fit test",
                                            "vitamin D and rest",
                                            "4 x 5 reps at 60%"};
    expect_not_claims(at(5), texts);
    // Without the requirement, or with the injured side, the words are claims.
    EXPECT_EQ(coach::clearance_claim("Medical clearance given"), "clearance");
    EXPECT_EQ(coach::clearance_claim("safe to train the injured side"), "safe to train");
    EXPECT_EQ(coach::clearance_claim("safe to train"), "safe to train");
    EXPECT_EQ(coach::clearance_claim("the clinician requires nothing more: fully healed"),
              "fully healed");
}

// The pre-filter lets through every new kind, and still passes over plain texts.
TEST(clearance_claim, the_pre_filter_lets_through_every_kind_of_the_fourth_trial) {
    for (const std::string text :
         {"Fitness to play confirmed", "fitness to play is confirmed",
          "Discharged to full training", "Eligible to play", "Competition ready",
          "ready to rejoin full team training", "may rejoin the squad", "Fully rehabilitated",
          "100% recovered", "recovered 100 percent", "Completely healed", "RTP: green",
          "f i t to play", "F I T T O P L A Y", "C.L.E.A.R.E.D", "fi t to play"}) {
        EXPECT_TRUE(coach::wording_detail::may_hold_claim(text)) << text;
        EXPECT_NE(coach::clearance_claim(text), "") << text;
    }
    for (const std::string text : {"fully extend the knee", "Phase A fit test", "4 x 5 reps at 60%",
                                   "sprint at 50% effort"}) {
        EXPECT_FALSE(coach::wording_detail::may_hold_claim(text)) << text;
    }
    // "play" is a word of the clearance family: the text is read whole, and left to a clinician.
    EXPECT_TRUE(
        coach::wording_detail::may_hold_claim("Fitness to play is assessed by a clinician"));
    EXPECT_EQ(coach::clearance_claim("Fitness to play is assessed by a clinician"), "");
}

TEST_F(GateTest, refuses_a_plan_without_sources) {
    auto input = at(5);
    auto plan = plan_with(input, {.exercise = "cycling", .duration_min = 20});
    plan.sources.clear();
    const auto found = coach::safety::plan_problems(plan, input, info);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].rfind("/sources:", 0), 0u);
}

TEST_F(GateTest, refuses_a_pain_ceiling_above_4_and_incomplete_metadata) {
    EXPECT_FALSE(coach::safety::metadata_problem(info));
    info.pain_ceiling = 5;
    EXPECT_EQ(*coach::safety::metadata_problem(info),
              "'test' declares a pain ceiling of 5/10; the highest accepted is 4/10");
    info.pain_ceiling = 4;
    info.sources.clear();
    EXPECT_EQ(*coach::safety::metadata_problem(info), "'test' lists no sources");
}

// Past the reassessment window (7 days) after the latest assessment, the projection alone does not
// prescribe: unassessed_gap() speaks on day 8, not on day 7, and names the assessment; with none,
// the injury day counts.
TEST(safety_gate, the_projection_alone_prescribes_nothing_past_a_week_without_an_assessment) {
    coach::Athlete athlete;
    athlete.injury.date = *Date::parse("2026-10-01");
    athlete.assessments.push_back({.date = *Date::parse("2026-10-03"), .pain_rest = 2});
    const auto course = coach::chronology_of(athlete);
    EXPECT_FALSE(coach::safety::unassessed_gap(athlete, course, *Date::parse("2026-10-10")));
    const auto gap = coach::safety::unassessed_gap(athlete, course, *Date::parse("2026-10-11"));
    ASSERT_TRUE(gap);
    EXPECT_EQ(*gap,
              "last assessed on 2026-10-03, 8 days before 2026-10-11: past 7 days the projected "
              "course of recovery alone is not enough to train on (the project's rule); have "
              "pain, ASLR and strength reassessed first");
    // A later assessment that measured nothing (a date and notes of a phone call) reassesses
    // nothing: the gap still runs from 2026-10-03.
    athlete.assessments.push_back({.date = *Date::parse("2026-10-10")});
    const auto unmeasured = coach::safety::unassessed_gap(athlete, coach::chronology_of(athlete),
                                                          *Date::parse("2026-10-11"));
    ASSERT_TRUE(unmeasured);
    EXPECT_EQ(unmeasured->rfind("last assessed on 2026-10-03, 8 days before", 0), 0u);
    athlete.assessments.clear();
    const auto never = coach::safety::unassessed_gap(athlete, coach::chronology_of(athlete),
                                                     *Date::parse("2026-10-09"));
    ASSERT_TRUE(never);
    EXPECT_EQ(never->rfind("nothing measured since the injury on 2026-10-01, 8 days before", 0),
              0u);
}

// A plan made past the window is held from its first day; one made within it only from a return
// to sport that rests on the projection (sign-off needed), never from a measured one.
TEST(safety_gate, a_plan_is_held_from_a_stale_as_of_or_a_projected_return_to_sport) {
    coach::Athlete athlete;
    athlete.injury.date = *Date::parse("2026-10-01");
    athlete.assessments.push_back({.date = *Date::parse("2026-10-03"), .pain_rest = 2});
    const auto course = coach::chronology_of(athlete);
    coach::Plan plan;
    plan.as_of = *Date::parse("2026-10-20");
    const auto stale = coach::safety::reassessment_hold(plan, athlete, course);
    ASSERT_TRUE(stale);
    EXPECT_EQ(stale->from, plan.as_of);
    plan.as_of = *Date::parse("2026-10-05");
    EXPECT_FALSE(coach::safety::reassessment_hold(plan, athlete, course));
    plan.milestones.return_to_sport = *Date::parse("2026-10-09");
    EXPECT_FALSE(coach::safety::reassessment_hold(plan, athlete, course)) << "measured";
    plan.milestones.projected = {coach::MilestoneKind::return_to_sport};
    const auto sport = coach::safety::reassessment_hold(plan, athlete, course);
    ASSERT_TRUE(sport);
    EXPECT_EQ(sport->from, *Date::parse("2026-10-09"));
    EXPECT_NE(sport->reason.find("needs a clinician's assessment and sign-off"), std::string::npos);
    EXPECT_TRUE(coach::clearance_claim(sport->reason).empty());
}

// A plan (plan, compare, cohort) made more than 7 days after the latest assessment that measured
// something carries one advice naming the gap and what to reassess; within the window, none. The
// advice is among the gate's advice, so the engine attaches it to every plan it gates.
TEST(safety_gate, a_plan_made_past_a_week_without_an_assessment_says_what_to_reassess) {
    coach::Athlete athlete;
    athlete.id = "gap";
    athlete.injury = {.region = "hamstring", .grade = 1, .date = *Date::parse("2026-10-01")};
    athlete.assessments.push_back({.date = *Date::parse("2026-10-08"), .pain_rest = 1});
    const auto advice_on = [&](const char* as_of) {
        const coach::PlanningCase planning{athlete, {*Date::parse(as_of), 14}};
        return coach::safety::unassessed_plan_advice(planning.input(), planning.chronology());
    };
    EXPECT_FALSE(advice_on("2026-10-15")) << "7 days: within the window";
    const auto advice = advice_on("2026-10-31");
    ASSERT_TRUE(advice);
    EXPECT_EQ(advice->level, coach::ReferralLevel::advise);
    EXPECT_EQ(advice->reason,
              "last assessment 23 days before this plan (2026-10-08): reassess pain, ASLR and "
              "strength before following it; the plan assumes the projected course");
    EXPECT_TRUE(coach::clearance_claim(advice->reason).empty());

    const coach::PlanningCase late{athlete, {*Date::parse("2026-10-31"), 14}};
    const auto all = coach::safety::advise_referrals(late.input());
    EXPECT_EQ(std::count(all.begin(), all.end(), *advice), 1);

    // An assessment that measured nothing does not count; with none, the injury day does.
    athlete.assessments = {{.date = *Date::parse("2026-10-20")}};
    const auto never = advice_on("2026-10-24");
    ASSERT_TRUE(never);
    EXPECT_EQ(never->reason,
              "nothing measured since the injury, 23 days before this plan (2026-10-01): assess "
              "pain, ASLR and strength before following it; the plan assumes the projected "
              "course");
}

// A record no assessment since the injury has measured is advised on from the injury day on,
// inside the window too: nothing measured stands behind the plan, as coach today holds from that
// day (unassessed_gap()). One measured assessment ends it; one measured before the injury does
// not count.
TEST(safety_gate, a_plan_of_a_record_never_assessed_says_so_from_the_injury_day) {
    coach::Athlete athlete;
    athlete.id = "never";
    athlete.injury = {.region = "hamstring", .grade = 1, .date = *Date::parse("2026-10-01")};
    const auto advice_on = [&](const char* as_of) {
        const coach::PlanningCase planning{athlete, {*Date::parse(as_of), 14}};
        return coach::safety::unassessed_plan_advice(planning.input(), planning.chronology());
    };
    const auto three = advice_on("2026-10-04");
    ASSERT_TRUE(three);
    EXPECT_EQ(three->level, coach::ReferralLevel::advise);
    EXPECT_EQ(three->reason,
              "nothing measured since the injury, 3 days before this plan (2026-10-01): assess "
              "pain, ASLR and strength before following it; the plan assumes the projected "
              "course");
    EXPECT_TRUE(coach::clearance_claim(three->reason).empty());
    const auto same_day = advice_on("2026-10-01");
    ASSERT_TRUE(same_day);
    EXPECT_EQ(same_day->reason.rfind("nothing measured since the injury, on the day of this plan "
                                     "(2026-10-01): assess",
                                     0),
              0u);

    // An assessment since the injury that measured nothing (a date and symptoms only) is not "no
    // assessment": the advice says nothing was measured (trial 85 read the old words as a
    // missing record).
    athlete.assessments = {{.date = *Date::parse("2026-10-02")}};
    const auto unmeasured = advice_on("2026-10-04");
    ASSERT_TRUE(unmeasured);
    EXPECT_EQ(unmeasured->reason.rfind("nothing measured since the injury, 3 days before", 0), 0u);

    athlete.assessments = {{.date = *Date::parse("2026-09-20"), .pain_rest = 2}};
    EXPECT_TRUE(advice_on("2026-10-04")) << "measured before this injury";
    athlete.assessments.push_back({.date = *Date::parse("2026-10-02"), .pain_rest = 2});
    EXPECT_FALSE(advice_on("2026-10-04")) << "measured since the injury, within the window";
}

// Full speed waits for a gait recorded even (coach::gait_recorded_even()): a gait no assessment
// records is not an even one, for the high-speed rule as for the gait advice. Walking is
// pain-free and past its projected day here, so the gait is all that holds the sprint.
TEST_F(GateTest, holds_full_speed_until_an_assessment_records_the_gait_even) {
    const coach::Item sprint{
        .exercise = "flying_sprint", .sets = 3, .distance_m = 30, .intensity_pct = 95};
    athlete.assessments = {{.date = day(20), .pain_rest = 0, .pain_walking = 0}};
    const auto& unrecorded = at(21);
    ASSERT_LE(unrecorded.course.projection.pain_free_walking, day(21));
    EXPECT_EQ(problems(unrecorded, sprint),
              std::vector<std::string>{
                  "/sessions/0/items/0/intensity_pct: sprinting at 95% of top speed 21 days "
                  "after injury, before walking is pain-free and even (gait not recorded even: "
                  "no assessment up to 2026-10-22 records it): below 90% until then"});

    athlete.assessments.back().symptoms.altered_gait = coach::Finding::present;
    EXPECT_EQ(problems(at(21), sprint),
              std::vector<std::string>{
                  "/sessions/0/items/0/intensity_pct: sprinting at 95% of top speed 21 days "
                  "after injury, before walking is pain-free and even (gait recorded altered on "
                  "2026-10-21 and not recorded even since): below 90% until then"});

    athlete.assessments.back().symptoms.altered_gait = coach::Finding::absent;
    EXPECT_TRUE(problems(at(21), sprint).empty());
    // Below 90% nothing waits for the gait.
    athlete.assessments.back().symptoms.altered_gait = coach::Finding::not_recorded;
    EXPECT_TRUE(
        problems(at(21),
                 {.exercise = "flying_sprint", .sets = 3, .distance_m = 30, .intensity_pct = 85})
            .empty());
}

// The gate remembers the texts it found clean on each thread (safety_gate.cpp, CleanTexts): the
// same text is judged the same every time, a claim is reported on every plan that says it, and
// that holds after more distinct texts than the memory keeps (1 MiB) have been read.
TEST_F(GateTest, a_text_is_judged_the_same_every_time_and_after_many_others) {
    const auto input = at(5);
    const auto judged = [&](const std::vector<std::string>& lines) {
        auto plan = plan_with(input, {.exercise = "cycling", .duration_min = 20});
        plan.rationale = lines;
        return coach::safety::plan_problems(plan, input, info);
    };
    const std::string clean{"Load the hamstring as pain allows; reassess every week."};
    const std::string claim{"Cleared to play after this block."};
    const std::vector<std::string> refused{
        "/rationale/0: says \"cleared\"; plans estimate, a clinician clears"};
    for (int round = 0; round < 2; ++round) {
        EXPECT_TRUE(judged({clean}).empty()) << "round " << round;
        EXPECT_EQ(judged({claim}), refused) << "round " << round;
    }
    for (int plan = 0; plan < 200; ++plan) {
        std::vector<std::string> lines;
        for (int line = 0; line < 100; ++line) {
            lines.push_back("Walk " + std::to_string(plan * 100 + line)
                            + " metres at an easy pace, no pain above 2/10, then rest and ice "
                              "as the session before.");
        }
        ASSERT_TRUE(judged(lines).empty()) << "plan " << plan;
    }
    EXPECT_TRUE(judged({clean}).empty());
    EXPECT_EQ(judged({claim}), refused);
}

// The gate reads a text's ISO dates alike (safety_gate.cpp, with_dates_alike()): a text clean on
// one day is clean on every day, a claim is a claim on every day and is quoted with its own date,
// and digits that are not a whole date ("2026-11-0", "v2026-11-02", a date run into a word) are
// read as written.
TEST_F(GateTest, a_text_is_judged_the_same_whatever_dates_it_carries) {
    const auto input = at(5);
    const auto judged = [&](const std::string& line) {
        auto plan = plan_with(input, {.exercise = "cycling", .duration_min = 20});
        plan.rationale = {line};
        return coach::safety::plan_problems(plan, input, info);
    };
    for (const std::string day : {"2026-11-02", "2027-01-31", "1999-12-31"}) {
        EXPECT_TRUE(
            judged("Easy running from " + day + " if walking is pain-free by then.").empty())
            << day;
        const auto refused = judged("Cleared to play from " + day + ", after this block.");
        ASSERT_EQ(refused.size(), 1u) << day;
        EXPECT_EQ(refused[0], "/rationale/0: says \"cleared\"; plans estimate, a clinician clears")
            << day;
        EXPECT_EQ(refused, judged("Reassess on " + day + ". Cleared to play from " + day + "."))
            << day;
        // Dates after the first, with hyphens of words and ranges between and beside them.
        EXPECT_EQ(refused, judged("Sub-maximal " + day + "-" + day + ", 3-4 sets; cleared " + day
                                  + " " + day + "."))
            << day;
        EXPECT_TRUE(
            judged("Single-leg bridge " + day + " to " + day + "; re-test " + day + ".").empty())
            << day;
    }
    // What clearance_claim() finds in the text as written, the gate finds with any date in it.
    for (const std::string text :
         {"Return 2 play 2026-11-02", "Good 2 go from 2026-11-02", "Back to 100% by 2026-11-02",
          "2026-11-02: fit 4 matches", "Fit2026-11-02 to play", "cl3ared on 2026-11-0"}) {
        EXPECT_EQ(judged(text).empty(), coach::clearance_claim(text).empty()) << text;
    }
}
