#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "coach/engine.hpp"
#include "coach/json.hpp"

// Helpers shared by the test suites.
namespace coach::test {

// tests/fixtures/<relative>
std::filesystem::path fixture(std::string_view relative);

std::string read_file(const std::filesystem::path& path);

// Decodes tests/fixtures/<relative>; throws std::runtime_error listing the problems if any.
json::AthleteFile load_athlete(std::string_view relative);

// An engine with only the plugins bundled in this build tree (no COACH_PLUGIN_PATH), shared by
// all tests of a process.
const Engine& bundled_engine();

// The gated plan of `philosophy` for a fixture athlete; throws if the plugin failed.
Plan plan_for(std::string_view philosophy, std::string_view athlete_fixture, Request request = {});

}  // namespace coach::test

namespace coach::test {

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs the built `coach` binary with `arguments` (shell words), capturing both streams.
CommandResult run_coach(const std::string& arguments);

// Lines of `text`, without their newlines.
std::vector<std::string> lines(const std::string& text);

// tests/fixtures/plugins/<name>.so in the build tree.
std::filesystem::path fixture_plugin(std::string_view name);

}  // namespace coach::test
