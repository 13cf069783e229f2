// Two faults of a user trial, end to end: a protocol file that prescribed full-speed sprints to a
// grade 3 tear on day 10 (the safety gate now refuses such a plan, for every philosophy), and a
// user file that silently took over a bundled protocol's id (now refused, naming both files).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "coach/engine.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
using coach::test::run_coach;

namespace {

const fs::path sprinting_protocol = fs::path{COACH_TEST_FIXTURES_DIR}
                                    / "protocols/full-speed/isometric-nordic-sprint.protocol.json";
const fs::path unpaced_protocol = fs::path{COACH_TEST_FIXTURES_DIR}
                                  / "protocols/full-speed/sprint-without-intensity.protocol.json";
const fs::path grade3_site_b =
    fs::path{COACH_EXAMPLES_DIR} / "../sdk/reference_athletes/grade3_site_b.json";
constexpr std::string_view nordic = "protocol:nordic-petersen-2011";
const std::string sample = COACH_EXAMPLES_DIR "/athletes/sample.json";
// What the gate says of sprint-without-intensity for grade3_site_b.
#define UNPACED_ERROR                                                                           \
    "plugin 'protocol:sprint-without-intensity' returned an invalid plan: "                     \
    "/sessions/0/items/2/intensity_pct: sprinting at 100% of top speed (no intensity_pct: a "   \
    "sprint is read as full speed) 10 days after injury, before walking is pain-free and even " \
    "(pain walking projected 3/10 (measured 3/10 on 2026-06-11)): below 90% until then (and 6 " \
    "more)"

// A private folder (only its owner may write it) removed with the test.
struct Folder {
    fs::path path;
    explicit Folder(const std::string& name)
        : path{fs::temp_directory_path() / ("coach-" + name + "-" + std::to_string(::getpid()))} {
        fs::remove_all(path);
        fs::create_directories(path);
        fs::permissions(path, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec
                                  | fs::perms::others_read | fs::perms::others_exec);
    }
    ~Folder() { fs::remove_all(path); }
};

// What an engine that loads only `protocol_file` makes of grade3_site_b (day 10 of a grade 3
// tear, walking pain 3/10) under philosophy `id`; the file must load.
coach::PlanOutcome plan_grade3_site_b(const fs::path& protocol_file, std::string_view id) {
    const coach::Engine engine{
        coach::EngineOptions{.plugin_paths = {protocol_file}, .use_environment = false}};
    EXPECT_TRUE(engine.load_errors().empty()) << engine.load_errors().front().message;
    const auto athlete = coach::test::load_athlete(grade3_site_b.string());
    return engine.plan(id, athlete.athlete, athlete.request);
}

// A copy of the bundled Nordic protocol under its own file name, with another title: the user
// trial's file.
fs::path copy_nordic_into(const fs::path& folder) {
    const auto* bundled = coach::test::bundled_engine().find(nordic);
    EXPECT_NE(bundled, nullptr);
    auto text = coach::test::read_file(bundled->file);
    const auto title = text.find("\"title\": \"");
    EXPECT_NE(title, std::string::npos);
    text.insert(title + 10, "My own ");
    const auto copy = folder / bundled->file.filename();
    std::FILE* out = std::fopen(copy.c_str(), "w");
    std::fputs(text.c_str(), out);
    std::fclose(out);
    return copy;
}

}  // namespace

TEST(full_speed, a_protocol_sprinting_at_100_percent_on_day_10_of_a_grade_3_tear_gets_no_plan) {
    const auto outcome = plan_grade3_site_b(sprinting_protocol, "protocol:isometric-nordic-sprint");
    EXPECT_FALSE(outcome.plan);
    EXPECT_EQ(outcome.error,
              "plugin 'protocol:isometric-nordic-sprint' returned an invalid plan: "
              "/sessions/0/items/2/intensity_pct: sprinting at 100% of top speed 10 days after "
              "injury, before walking is pain-free and even (pain walking projected 3/10 "
              "(measured 3/10 on 2026-06-11)): below 90% until then (and 6 more)");
}

TEST(full_speed, validate_plugin_fails_a_protocol_that_sprints_before_walking_is_pain_free) {
    const auto result = run_coach("validate-plugin --width 1000 " + sprinting_protocol.string());
    EXPECT_EQ(result.exit_code, 3) << result.out << result.err;
    const auto out = coach::test::lines(result.out);
    EXPECT_NE(std::find(out.begin(), out.end(),
                        "fail  plan         grade3_site_b: plugin "
                        "'protocol:isometric-nordic-sprint' returned an invalid plan: "
                        "/sessions/0/items/2/intensity_pct: sprinting at 100% of top speed 10 "
                        "days after injury, before walking is pain-free and even (pain walking "
                        "projected 3/10 (measured 3/10 on 2026-06-11)): below 90% until then (and "
                        "6 more)"),
              out.end())
        << result.out;
    ASSERT_FALSE(out.empty());
    EXPECT_EQ(out.back(),
              "summary: 3 checks of isometric-nordic-sprint.protocol.json: 2 passed, 0 warned, 1 "
              "failed, 0 skipped");
}

// The next trial's file: the same sprints with no intensity_pct at all. A sprint that states no
// speed is full speed (coach::speed_pct()): refused as the 100% one is, and validate-plugin fails.
TEST(full_speed, a_sprint_that_states_no_speed_gets_no_plan_as_a_full_speed_sprint) {
    const auto outcome = plan_grade3_site_b(unpaced_protocol, "protocol:sprint-without-intensity");
    EXPECT_FALSE(outcome.plan);
    EXPECT_EQ(outcome.error, UNPACED_ERROR);
}

TEST(full_speed, validate_plugin_fails_a_protocol_whose_sprints_state_no_speed) {
    const auto result = run_coach("validate-plugin --width 1000 " + unpaced_protocol.string());
    EXPECT_EQ(result.exit_code, 3) << result.out << result.err;
    const auto out = coach::test::lines(result.out);
    EXPECT_NE(std::find(out.begin(), out.end(), "fail  plan         grade3_site_b: " UNPACED_ERROR),
              out.end())
        << result.out;
}

TEST(duplicate_ids, a_user_protocol_file_with_a_bundled_id_is_refused_naming_both_files) {
    const Folder folder{"duplicate"};
    const auto copy = copy_nordic_into(folder.path);
    const auto& bundled = coach::test::bundled_engine().find(nordic)->file;
    const coach::Engine engine{
        coach::EngineOptions{.plugin_paths = {folder.path}, .use_environment = false}};
    ASSERT_NE(engine.find(nordic), nullptr);
    EXPECT_EQ(engine.find(nordic)->file, bundled);
    ASSERT_EQ(engine.load_errors().size(), 1u);
    EXPECT_EQ(engine.load_errors()[0].file, copy);
    EXPECT_EQ(engine.load_errors()[0].message,
              "duplicate philosophy id 'protocol:nordic-petersen-2011': already loaded from "
                  + bundled.string() + "; rename this file to load it under another id");

    // `coach list` says so on stderr, in one line, and exits 3 (a plugin file was refused).
    const auto listed = run_coach("--plugins " + folder.path.string() + " list");
    EXPECT_EQ(listed.exit_code, 3) << listed.out << listed.err;
    EXPECT_EQ(listed.err,
              "coach: plugin " + copy.string() + ": " + engine.load_errors()[0].message + "\n");
    EXPECT_NE(listed.out.find("protocol:nordic-petersen-2011"), std::string::npos);
}

// A file named by its path wins over the bundled one, as asked: the bundled file is set aside
// with a warning that says which file is used and how to compare the two, rather than telling the
// user to rename a file they did not write. Nothing was refused, so the command exits 0 (trial 78:
// `compare` exited 3 where `validate-plugin` warned).
TEST(duplicate_ids, a_protocol_file_named_by_path_is_used_and_the_bundled_one_set_aside) {
    const Folder folder{"duplicate-named"};
    const auto copy = copy_nordic_into(folder.path);
    const auto& bundled = coach::test::bundled_engine().find(nordic)->file;
    const std::string reason = "duplicate philosophy id 'protocol:nordic-petersen-2011': "
                               + copy.string()
                               + ", named with --plugins, is used in its place; to compare the "
                                 "two side by side, give that file a \"name\" of its own and rename "
                                 "it to match";
    for (const auto& command : std::vector<std::string>{"list", "compare " + sample}) {
        const auto run = run_coach("--plugins " + copy.string() + " " + command);
        EXPECT_EQ(run.exit_code, 0) << command << "\n" << run.err;
        EXPECT_EQ(run.err, "coach: warning: plugin " + bundled.string() + ": " + reason + "\n");
        EXPECT_NE(run.out.find("protocol:nordic-petersen-2011"), std::string::npos) << run.out;
    }
    const coach::Engine engine{
        coach::EngineOptions{.plugin_paths = {copy}, .use_environment = false}};
    ASSERT_NE(engine.find(nordic), nullptr);
    EXPECT_EQ(engine.find(nordic)->file, copy);
    EXPECT_TRUE(engine.load_errors().empty());
    ASSERT_EQ(engine.load_warnings().size(), 1u);
    EXPECT_EQ(engine.load_warnings()[0].file, bundled);
    EXPECT_EQ(engine.load_warnings()[0].message, reason);
}

TEST(duplicate_ids, of_two_user_protocol_files_with_one_name_the_later_folder_is_refused) {
    const Folder first{"first"};
    const Folder second{"second"};
    fs::copy_file(sprinting_protocol, first.path / sprinting_protocol.filename());
    fs::copy_file(sprinting_protocol, second.path / sprinting_protocol.filename());
    const coach::Engine engine{
        coach::EngineOptions{.plugin_paths = {first.path, second.path}, .use_environment = false}};
    ASSERT_NE(engine.find("protocol:isometric-nordic-sprint"), nullptr);
    EXPECT_EQ(engine.find("protocol:isometric-nordic-sprint")->file,
              first.path / sprinting_protocol.filename());
    ASSERT_EQ(engine.load_errors().size(), 1u);
    EXPECT_EQ(engine.load_errors()[0].file, second.path / sprinting_protocol.filename());
    EXPECT_EQ(engine.load_errors()[0].message,
              "duplicate philosophy id 'protocol:isometric-nordic-sprint': already loaded from "
                  + (first.path / sprinting_protocol.filename()).string()
                  + "; rename this file to load it under another id");
}
