#include <gtest/gtest.h>

#include <algorithm>

#include "coach/engine.hpp"
#include "support.hpp"

using coach::Engine;
using coach::EngineOptions;
using coach::test::fixture_plugin;

namespace {

Engine engine_with(std::vector<std::filesystem::path> files) {
    return Engine{EngineOptions{
        .plugin_paths = std::move(files), .use_environment = false, .use_bundled = false}};
}

std::string only_error(const Engine& engine) {
    EXPECT_EQ(engine.load_errors().size(), 1u);
    return engine.load_errors().empty() ? "" : engine.load_errors().front().message;
}

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST(plugin_loading, loads_a_good_plugin_and_records_its_provenance) {
    const auto engine = engine_with({fixture_plugin("good")});
    ASSERT_TRUE(engine.load_errors().empty()) << engine.load_errors().front().message;
    ASSERT_EQ(engine.list().size(), 1u);
    const auto& record = engine.list().front();
    EXPECT_EQ(record.info.id, "fixture-good");
    EXPECT_EQ(record.file, fixture_plugin("good"));
    EXPECT_EQ(record.library_sha256.size(), 64u);

    const auto athlete = coach::test::load_athlete("../../examples/athletes/sample.json");
    const auto outcome = engine.plan("fixture-good", athlete.athlete, {});
    ASSERT_TRUE(outcome.plan) << outcome.error;
    EXPECT_EQ(outcome.plan->philosophy.id, "fixture-good");
    EXPECT_EQ(outcome.plan->philosophy.version, "0.0.1");
    EXPECT_EQ(outcome.plan->philosophy.library_sha256, record.library_sha256);
}

TEST(plugin_loading, refuses_a_different_sdk_major_naming_both_versions) {
    const auto engine = engine_with({fixture_plugin("major_mismatch")});
    EXPECT_TRUE(engine.list().empty());
    const auto message = only_error(engine);
    EXPECT_TRUE(contains(message, "plugin built with SDK 4.0")) << message;
    EXPECT_TRUE(contains(message, "engine has SDK 3.0")) << message;
}

TEST(plugin_loading, refuses_a_newer_sdk_minor) {
    const auto engine = engine_with({fixture_plugin("newer_minor")});
    EXPECT_TRUE(engine.list().empty());
    const auto message = only_error(engine);
    EXPECT_TRUE(contains(message, "plugin built with SDK 3.9, engine has SDK 3.0")) << message;
}

TEST(plugin_loading, refuses_a_different_toolchain_naming_both) {
    const auto engine = engine_with({fixture_plugin("toolchain_mismatch")});
    const auto message = only_error(engine);
    EXPECT_TRUE(contains(message, "toolchain mismatch: plugin built with gcc 99")) << message;
    EXPECT_TRUE(contains(message, "engine built with gcc " + std::to_string(__GNUC__))) << message;
}

TEST(plugin_loading, refuses_a_library_without_the_entry_symbols) {
    auto engine = engine_with({fixture_plugin("no_entry")});
    EXPECT_EQ(only_error(engine), "not a coach plugin: no coach_abi_descriptor symbol");
    engine = engine_with({fixture_plugin("descriptor_only")});
    EXPECT_EQ(only_error(engine), "not a coach plugin: no entry symbol coach_create");
}

TEST(plugin_loading, refuses_a_second_plugin_with_the_same_id_naming_both_files) {
    const auto engine = engine_with({fixture_plugin("duplicate_a"), fixture_plugin("duplicate_b")});
    ASSERT_EQ(engine.list().size(), 1u);
    EXPECT_EQ(engine.list().front().file, fixture_plugin("duplicate_a"));
    const auto message = only_error(engine);
    EXPECT_TRUE(contains(message, "duplicate philosophy id 'fixture-duplicate'")) << message;
    EXPECT_TRUE(contains(message, fixture_plugin("duplicate_a").string())) << message;
    EXPECT_TRUE(contains(message, fixture_plugin("duplicate_b").string())) << message;
}

TEST(plugin_loading, refuses_a_pain_ceiling_above_4) {
    const auto engine = engine_with({fixture_plugin("high_ceiling")});
    EXPECT_TRUE(contains(only_error(engine), "pain ceiling of 6/10"));
}

TEST(plugin_loading, names_a_missing_path_and_a_file_that_is_not_a_library) {
    auto engine = engine_with({"/nonexistent/plugins"});
    EXPECT_EQ(only_error(engine), "no such plugin file or folder");
    // Trust is not the point here (the source tree's modes vary): let the loader try it.
    engine = Engine{
        EngineOptions{.plugin_paths = {coach::test::fixture("athletes/invalid/not_json.json")},
                      .use_environment = false,
                      .use_bundled = false,
                      .allow_untrusted = true}};
    EXPECT_TRUE(contains(only_error(engine), "cannot be loaded:"));
}

TEST(plugin_loading, loads_a_folder_and_keeps_going_past_bad_files) {
    const auto engine = engine_with({COACH_FIXTURE_PLUGIN_DIR});
    for (const auto* id :
         {"fixture-duplicate", "fixture-good", "fixture-invalid-plan", "fixture-set-a",
          "fixture-set-b", "fixture-throws-non-std", "fixture-throws-std"}) {
        EXPECT_NE(engine.find(id), nullptr) << id;
    }
    for (const auto* refused : {"descriptor_only", "duplicate_b", "high_ceiling", "major_mismatch",
                                "newer_minor", "no_entry", "toolchain_mismatch"}) {
        const auto file = fixture_plugin(refused);
        const auto& errors = engine.load_errors();
        EXPECT_TRUE(std::any_of(errors.begin(), errors.end(), [&file](const auto& error) {
            return error.file == file;
        })) << refused;
    }
}

TEST(plugin_loading, one_library_may_hold_several_philosophies_and_learns_the_folders) {
    const auto folder = std::filesystem::path{COACH_FIXTURE_PLUGIN_DIR};
    const auto engine = engine_with({folder / "fixture_set.so"});
    ASSERT_EQ(engine.list().size(), 2u);
    EXPECT_EQ(engine.list()[0].info.id, "fixture-set-a");
    EXPECT_EQ(engine.list()[1].info.id, "fixture-set-b");
    EXPECT_EQ(engine.list()[0].info.summary, "first folder: " + folder.string());
    EXPECT_EQ(engine.list()[0].library_sha256, engine.list()[1].library_sha256);
}

TEST(plugin_loading, finds_the_bundled_plugins_with_no_folder_given) {
    const Engine engine{EngineOptions{.use_environment = false}};
    EXPECT_TRUE(engine.load_errors().empty());
    for (const auto& record : engine.list()) {
        EXPECT_EQ(record.file.parent_path().filename(), "plugins");
    }
}

TEST(plugin_loading, searches_coach_plugin_path) {
    ::setenv("COACH_PLUGIN_PATH", ("/nonexistent:" + fixture_plugin("good").string()).c_str(), 1);
    const Engine engine{EngineOptions{.use_bundled = false}};
    ::unsetenv("COACH_PLUGIN_PATH");
    ASSERT_EQ(engine.list().size(), 1u);
    EXPECT_EQ(engine.list().front().info.id, "fixture-good");
    EXPECT_TRUE(engine.load_errors().empty());
}

TEST(fault_containment, a_plugin_that_throws_yields_an_error_naming_it) {
    const auto engine = engine_with(
        {fixture_plugin("throws_std"), fixture_plugin("throws_non_std"), fixture_plugin("good")});
    const auto athlete = coach::test::load_athlete("../../examples/athletes/sample.json");
    auto outcome = engine.plan("fixture-throws-std", athlete.athlete, {});
    EXPECT_FALSE(outcome.plan);
    EXPECT_EQ(outcome.error,
              "plugin 'fixture-throws-std' failed: plan() threw the fixture always fails");
    outcome = engine.plan("fixture-throws-non-std", athlete.athlete, {});
    EXPECT_EQ(outcome.error,
              "plugin 'fixture-throws-non-std' failed: plan() threw an exception that is not a "
              "std::exception");

    const auto comparison = engine.compare(athlete.athlete, {});
    ASSERT_EQ(comparison.entries.size(), 3u);
    EXPECT_TRUE(comparison.entries[0].outcome.plan);  // fixture-good, sorted first
    EXPECT_TRUE(comparison.entries[0].metrics);
    EXPECT_FALSE(comparison.entries[1].outcome.plan);
    EXPECT_FALSE(comparison.entries[2].outcome.plan);
}

TEST(fault_containment, an_invalid_plan_is_a_plugin_error_with_the_pointer) {
    const auto engine = engine_with({fixture_plugin("invalid_plan")});
    auto athlete = coach::test::load_athlete("../../examples/athletes/sample.json").athlete;
    const coach::Request on_injury_day{.as_of = athlete.injury.date};
    const auto outcome = engine.plan("fixture-invalid-plan", athlete, on_injury_day);
    EXPECT_FALSE(outcome.plan);
    EXPECT_EQ(outcome.error,
              "plugin 'fixture-invalid-plan' returned an invalid plan: /sessions/0/items/0: "
              "sprinting on the day of injury");
}

TEST(safety_gate, red_flags_withhold_every_plan_before_the_plugin_runs) {
    const auto engine = engine_with({fixture_plugin("throws_std")});
    auto athlete = coach::test::load_athlete("../../examples/athletes/sample.json").athlete;
    athlete.assessments.back().symptoms.numbness = coach::Finding::present;
    const auto outcome = engine.plan("fixture-throws-std", athlete, {});
    ASSERT_TRUE(outcome.plan) << outcome.error;
    EXPECT_EQ(outcome.plan->status, coach::PlanStatus::referral);
    EXPECT_TRUE(outcome.plan->sessions.empty());
    ASSERT_EQ(outcome.plan->referrals.size(), 1u);
    EXPECT_EQ(outcome.plan->referrals[0].level, coach::ReferralLevel::stop);
    EXPECT_FALSE(outcome.plan->sources.empty());
}

TEST(safety_gate, a_philosophy_that_does_not_cover_the_region_is_not_asked_for_a_plan) {
    const auto engine = engine_with({fixture_plugin("throws_std")});
    auto athlete = coach::test::load_athlete("../../examples/athletes/sample.json").athlete;
    athlete.injury.region = "calf";
    const auto outcome = engine.plan("fixture-throws-std", athlete, {});
    ASSERT_TRUE(outcome.plan) << "plan() throws, so it was called: " << outcome.error;
    EXPECT_EQ(outcome.plan->status, coach::PlanStatus::not_applicable);
    EXPECT_EQ(outcome.plan->reason,
              "'fixture-throws-std' covers hamstring injuries only; this "
              "record's injury region is \"calf\"");
    EXPECT_TRUE(outcome.plan->sessions.empty());
    EXPECT_TRUE(outcome.plan->referrals.empty());
    EXPECT_FALSE(outcome.plan->sources.empty());
    EXPECT_EQ(outcome.plan->philosophy.id, "fixture-throws-std");

    const auto comparison = engine.compare(athlete, {});
    ASSERT_EQ(comparison.entries.size(), 1u);
    EXPECT_FALSE(comparison.entries[0].metrics) << "nothing to measure";
}

TEST(safety_gate, a_red_flag_wins_over_not_applicable) {
    const auto engine = engine_with({fixture_plugin("good")});
    auto athlete = coach::test::load_athlete("../../examples/athletes/sample.json").athlete;
    athlete.injury.region = "calf";
    athlete.assessments.back().symptoms.unable_to_bear_weight = coach::Finding::present;
    const auto outcome = engine.plan("fixture-good", athlete, {});
    ASSERT_TRUE(outcome.plan);
    EXPECT_EQ(outcome.plan->status, coach::PlanStatus::referral);
}

TEST(safety_gate, a_red_flag_inside_the_horizon_withholds_the_plugins_plan) {
    const auto engine = engine_with({fixture_plugin("good")});
    const auto file = coach::test::load_athlete("athletes/red_flags/flag_inside_horizon.json");
    const auto outcome = engine.plan("fixture-good", file.athlete, file.request);
    ASSERT_TRUE(outcome.plan) << outcome.error;
    EXPECT_EQ(outcome.plan->status, coach::PlanStatus::referral);
    EXPECT_TRUE(outcome.plan->sessions.empty());
    ASSERT_EQ(outcome.plan->referrals.size(), 1u);
    EXPECT_EQ(outcome.plan->referrals.front().level, coach::ReferralLevel::stop);
}

TEST(engine, refuses_an_as_of_before_the_injury_and_a_horizon_past_9999) {
    const auto engine = engine_with({fixture_plugin("good")});
    const auto athlete = coach::test::load_athlete("../../examples/athletes/sample.json").athlete;
    EXPECT_THROW(engine.plan("fixture-good", athlete, {.as_of = athlete.injury.date - 1}),
                 std::invalid_argument);
    EXPECT_NO_THROW(engine.plan("fixture-good", athlete, {.as_of = athlete.injury.date}));
    const auto last = coach::last_writable_date;
    EXPECT_THROW(engine.compare(athlete, {.as_of = last - 40, .horizon_days = 42}),
                 std::invalid_argument);
    EXPECT_NO_THROW(engine.compare(athlete, {.as_of = last - 41, .horizon_days = 42}));
}

TEST(safety_gate, advice_is_attached_to_a_kept_plan) {
    const auto engine = engine_with({fixture_plugin("good")});
    auto athlete = coach::test::load_athlete("../../examples/athletes/sample.json").athlete;
    athlete.assessments.back().daily_pain_medication = true;
    const auto outcome = engine.plan("fixture-good", athlete, {});
    ASSERT_TRUE(outcome.plan);
    EXPECT_EQ(outcome.plan->status, coach::PlanStatus::ok);
    EXPECT_FALSE(outcome.plan->sessions.empty());
    ASSERT_EQ(outcome.plan->referrals.size(), 1u);
    EXPECT_EQ(outcome.plan->referrals[0].level, coach::ReferralLevel::advise);
}

TEST(engine, refuses_an_unknown_id_and_a_bad_horizon) {
    const auto engine = engine_with({fixture_plugin("good")});
    const auto athlete = coach::test::load_athlete("../../examples/athletes/sample.json").athlete;
    EXPECT_THROW(engine.plan("nope", athlete, {}), std::invalid_argument);
    EXPECT_THROW(engine.plan("fixture-good", athlete, {.horizon_days = 0}), std::invalid_argument);
    EXPECT_THROW(engine.plan("fixture-good", athlete, {.horizon_days = 366}),
                 std::invalid_argument);
}

TEST(plugin_loading, refuses_a_plugin_built_in_standard_library_debug_mode_by_name) {
    // Its containers have another layout: a std::vector from it would be garbage here.
    const auto engine = engine_with({fixture_plugin("debug_mode")});
    EXPECT_TRUE(engine.list().empty());
    EXPECT_EQ(only_error(engine),
              "standard library mismatch: plugin built with libstdc++ debug mode "
              "(_GLIBCXX_DEBUG), engine without");
}
