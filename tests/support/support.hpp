#pragma once

#include <sys/types.h>

#include <chrono>
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

// The gated plan of `philosophy` for `athlete`; throws if the plugin failed.
Plan plan_for(std::string_view philosophy, const Athlete& athlete, const Request& request);

}  // namespace coach::test

namespace coach::test {

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs the built `coach` binary with `arguments` (shell words), capturing both streams.
CommandResult run_coach(const std::string& arguments);

// As run_coach, with standard output sent to `stdout_target` (a shell redirection target such as
// "/dev/full" or ">FILE" for appending); `out` stays empty.
CommandResult run_coach_with_stdout(const std::string& arguments, const std::string& stdout_target);

// Starts `coach` with `arguments` (shell words) in the background, its standard streams
// redirected as the shell words in `redirections` say ("<in >out 2>err"). Returns its pid; the
// caller waits for it.
pid_t start_coach(const std::string& arguments, const std::string& redirections);

// Waits, up to a minute, until the reader of the pipe whose write end is `pipe` has read everything
// written to it.
void wait_until_read(int pipe);

// Waits for `pid` and returns its exit status, 128 + N when signal N ended it; after `limit` it
// kills the process and returns -1, so that a test that fails does not hang.
int wait_for_exit(pid_t pid, std::chrono::seconds limit = std::chrono::seconds{60});

// Lines of `text`, without their newlines.
std::vector<std::string> lines(const std::string& text);

// A folder of its own under the temporary folder, "coach-<name>-<pid>", emptied when made and
// removed with the object.
class TemporaryFolder {
  public:
    explicit TemporaryFolder(std::string_view name);
    ~TemporaryFolder();
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }
    // The path of `name` in the folder, as a string for command lines.
    std::string operator/(std::string_view name) const { return (path_ / name).string(); }
    // The names in the folder, sorted.
    std::vector<std::string> names() const;

  private:
    std::filesystem::path path_;
};

// tests/fixtures/plugins/<name>.so in the build tree.
std::filesystem::path fixture_plugin(std::string_view name);

}  // namespace coach::test
