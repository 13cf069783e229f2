// Issue 18: a protocol written as a file and the same protocol written as a C++ plugin against the
// SDK give the same sessions (dates, exercises, doses) on the same athletes. The file is
// tests/fixtures/protocols/valid/equivalence-isometric-to-nordic.protocol.json, the plugin
// tests/fixtures/plugins/equivalence_plugin.cpp.

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "support.hpp"

namespace {

constexpr std::string_view file_id = "protocol:equivalence-isometric-to-nordic";
constexpr std::string_view plugin_id = "fixture-equivalence";

// Both twins, and nothing else of the fixture folders.
const coach::Engine& twins() {
    static const coach::Engine engine{
        coach::EngineOptions{.plugin_paths = {COACH_FIXTURE_PLUGIN_DIR "/equivalence",
                                              coach::test::fixture("protocols/valid")},
                             .use_environment = false}};
    return engine;
}

// What a session prescribes, cue and focus aside (each twin words those its own way).
using Dose = std::tuple<std::string, std::optional<int>, std::optional<int>, std::optional<int>,
                        std::optional<int>, std::optional<int>, std::optional<coach::Side>>;
struct Planned {
    std::string date;
    std::string phase;
    std::vector<Dose> items;
    friend bool operator==(const Planned&, const Planned&) = default;
};

std::ostream& operator<<(std::ostream& out, const Planned& session) {
    out << session.date << " (" << session.phase << "):";
    for (const auto& [exercise, sets, reps, hold_s, duration_min, distance_m, side] :
         session.items) {
        out << ' ' << exercise << ' ' << sets.value_or(0) << 'x' << reps.value_or(0) << ' '
            << hold_s.value_or(0) << "s " << duration_min.value_or(0) << "min";
    }
    return out;
}

// The sessions `id` plans for the athlete, its logged sessions credited to `id`.
std::vector<Planned> sessions_of(std::string_view id, std::string_view athlete_fixture) {
    auto file = coach::test::load_athlete(athlete_fixture);
    for (auto& entry : file.athlete.log) {
        entry.philosophy = std::string{id};
    }
    const auto outcome = twins().plan(
        id, file.athlete,
        coach::Request{.as_of = file.request.as_of, .horizon_days = file.request.horizon_days});
    EXPECT_TRUE(outcome.ok()) << id << ": " << outcome.error;
    std::vector<Planned> planned;
    for (const auto& session : outcome.plan.value_or(coach::Plan{}).sessions) {
        Planned summary{session.date.iso(), session.phase, {}};
        for (const auto& item : session.items) {
            summary.items.emplace_back(item.exercise, item.sets, item.reps, item.hold_s,
                                       item.duration_min, item.distance_m, item.side);
        }
        planned.push_back(std::move(summary));
    }
    return planned;
}

}  // namespace

TEST(protocol_equivalence, both_twins_load) {
    EXPECT_TRUE(twins().load_errors().empty());
    EXPECT_NE(twins().find(file_id), nullptr);
    EXPECT_NE(twins().find(plugin_id), nullptr);
}

// Injured on Tuesday 2026-10-20, planned from the next day: week 1 starts on day 3 (Friday), three
// isometric sessions a week for two weeks, two Nordic sessions a week for two, then one.
TEST(protocol_equivalence, a_fresh_athlete_gets_the_same_sessions_from_the_file_and_the_plugin) {
    const auto from_file = sessions_of(file_id, "protocols/athletes/equivalence_fresh.json");
    const auto from_plugin = sessions_of(plugin_id, "protocols/athletes/equivalence_fresh.json");
    ASSERT_FALSE(from_file.empty());
    EXPECT_EQ(from_file.front().date, "2026-10-23");
    // 2 weeks x 3 and 2 x 2 to Thursday 2026-11-19, then Wednesdays 2026-11-25, 12-02 and 12-09
    // until the horizon's last day, 2026-12-15.
    EXPECT_EQ(from_file.size(), 6u + 4u + 3u);
    EXPECT_EQ(from_file, from_plugin);
}

// Five isometric sessions logged from 2026-10-23, the last on as_of (Monday 2026-11-02): both
// continue week 2 from the first logged session and plan nothing on the logged day.
TEST(protocol_equivalence, an_athlete_with_logged_sessions_gets_the_same_sessions_from_both) {
    const auto from_file = sessions_of(file_id, "protocols/athletes/equivalence_logged.json");
    const auto from_plugin = sessions_of(plugin_id, "protocols/athletes/equivalence_logged.json");
    ASSERT_FALSE(from_file.empty());
    EXPECT_EQ(from_file.front().date, "2026-11-04");  // Wednesday of week 2
    EXPECT_EQ(from_file, from_plugin);
}
