// What a plugin may not do to the process that hosts it: crash it at exit with a thread of its
// own, end it with exit() unnoticed, outlive it in a worker, or swamp it with a plan.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "support.hpp"

using coach::test::run_coach;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

const std::string sample = COACH_EXAMPLES_DIR "/athletes/sample.json";

// tests/fixtures/plugins/hostile/fixture_<name>.so
fs::path hostile_plugin(std::string_view name) {
    return fs::path{COACH_FIXTURE_PLUGIN_DIR} / "hostile"
           / ("fixture_" + std::string{name} + ".so");
}

fs::path fault_plugin(std::string_view name) {
    return fs::path{COACH_FIXTURE_PLUGIN_DIR} / "faults" / ("fixture_" + std::string{name} + ".so");
}

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

// The pids of the coach-worker processes whose parent is `parent`.
std::vector<pid_t> workers_of(pid_t parent) {
    std::vector<pid_t> found;
    for (const auto& entry : fs::directory_iterator("/proc")) {
        const auto name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) {
            continue;
        }
        std::ifstream stat{entry.path() / "stat"};
        std::string line;
        std::getline(stat, line);
        const auto close = line.rfind(')');
        if (close == std::string::npos || !contains(line, "(coach-worker)")) {
            continue;
        }
        std::istringstream rest{line.substr(close + 2)};
        char state = 0;
        pid_t ppid = 0;
        rest >> state >> ppid;
        if (ppid == parent) {
            found.push_back(std::stoi(name));
        }
    }
    return found;
}

// Whether `pid` still runs: it exists and is not a zombie waiting for a parent that is gone.
bool runs(pid_t pid) {
    std::ifstream stat{"/proc/" + std::to_string(pid) + "/stat"};
    std::string line;
    if (!std::getline(stat, line)) {
        return false;
    }
    const auto close = line.rfind(')');
    return close != std::string::npos && close + 2 < line.size() && line[close + 2] != 'Z'
           && line[close + 2] != 'X';
}

coach::EngineOptions options_for(const fs::path& plugin, coach::IsolationScope scope) {
    coach::EngineOptions options{
        .plugin_paths = {plugin}, .use_environment = false, .use_bundled = false};
    options.isolation.scope = scope;
    options.isolation.time_limit = 30s;
    return options;
}

}  // namespace

TEST(host_survival, a_plugin_thread_that_outlives_its_engine_does_not_crash_the_host) {
    {
        const coach::Engine engine{
            options_for(hostile_plugin("background_thread"), coach::IsolationScope::none)};
        ASSERT_EQ(engine.list().size(), 1u);
        const auto athlete = coach::test::load_athlete("../../examples/athletes/sample.json");
        EXPECT_TRUE(engine.plan("fixture-background-thread", athlete.athlete, {}).plan);
    }
    // The engine is gone; the plugin's thread still runs its code, which must still be there.
    std::this_thread::sleep_for(100ms);
    for (int run = 0; run < 3; ++run) {
        const auto result =
            run_coach("--in-process --plugins " + hostile_plugin("background_thread").string()
                      + " compare " + sample + " --format csv");
        EXPECT_EQ(result.exit_code, 0) << result.err;
        EXPECT_TRUE(contains(result.out, "\nfixture-background-thread,ok,")) << result.out;
    }
}

TEST(host_survival, a_plugin_that_calls_exit_in_process_ends_coach_as_a_plugin_error) {
    const auto result = run_coach("--in-process --plugins " + hostile_plugin("calls_exit").string()
                                  + " plan -p fixture-calls-exit " + sample);
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_EQ(result.err,
              "coach: critical: plugin 'fixture-calls-exit' ended the process: it called exit() "
              "in plan()\n");
    EXPECT_EQ(result.out, "");
}

TEST(host_survival, the_file_being_loaded_is_named_before_its_code_runs) {
    const auto plugin = hostile_plugin("aborts_at_load");
    const auto result =
        run_coach("--in-process --log-level info --plugins " + plugin.string() + " list");
    EXPECT_NE(result.exit_code, 0);
    // The last line coach wrote (the shell may add its own, "Aborted").
    std::string last;
    for (const auto& line : coach::test::lines(result.err)) {
        last = line.starts_with("coach: ") ? line : last;
    }
    EXPECT_TRUE(last.starts_with("coach: info: loading " + plugin.string() + " (sha256 "))
        << result.err;
    // Isolated, as a plugin from outside the bundled folder is by default, coach survives it.
    const auto isolated = run_coach("--plugins " + plugin.string() + " list");
    EXPECT_EQ(isolated.exit_code, 3);
    EXPECT_EQ(isolated.err, "coach: plugin " + plugin.string()
                                + ": cannot be loaded in a worker: worker crashed (signal 6, "
                                  "Aborted)\n");
}

TEST(host_survival, a_worker_stuck_in_a_plugin_dies_with_its_host) {
    for (const int signal : {SIGKILL, SIGTERM}) {
        SCOPED_TRACE(signal);
        const pid_t host = coach::test::start_coach("--isolate --plugin-timeout 600 --plugins "
                                                        + fault_plugin("hang").string()
                                                        + " plan -p fixture-hang " + sample,
                                                    ">/dev/null 2>/dev/null");
        std::vector<pid_t> workers;
        for (int wait = 0; wait < 500 && workers.empty(); ++wait) {
            std::this_thread::sleep_for(10ms);
            workers = workers_of(host);
        }
        ASSERT_FALSE(workers.empty()) << "no worker started";
        std::this_thread::sleep_for(300ms);  // deep in the plugin's endless loop by now
        ::kill(host, signal);
        EXPECT_EQ(coach::test::wait_for_exit(host), 128 + signal);
        const auto give_up = std::chrono::steady_clock::now() + 5s;
        while (runs(workers.front()) && std::chrono::steady_clock::now() < give_up) {
            std::this_thread::sleep_for(10ms);
        }
        EXPECT_FALSE(runs(workers.front())) << "worker " << workers.front() << " outlived its host";
        ::kill(workers.front(), SIGKILL);  // should the test fail, leave nothing running
    }
}

TEST(host_survival, a_plan_over_the_size_limit_fails_at_once_alike_in_process_and_isolated) {
    const auto athlete = coach::test::load_athlete("../../examples/athletes/sample.json").athlete;
    std::string errors[2];
    for (const auto scope : {coach::IsolationScope::none, coach::IsolationScope::all}) {
        const coach::Engine engine{options_for(hostile_plugin("oversized_plan"), scope)};
        ASSERT_EQ(engine.list().size(), 1u);
        const auto started = std::chrono::steady_clock::now();
        const auto outcome = engine.plan("fixture-oversized-plan", athlete, {});
        EXPECT_LT(std::chrono::steady_clock::now() - started, 10s);  // the time limit is 30 s
        EXPECT_FALSE(outcome.plan);
        errors[scope == coach::IsolationScope::all] = outcome.error;
    }
    // 65 MiB of rationale, and the rest of the plan.
    const std::string start = "plugin 'fixture-oversized-plan' failed: plan() returned a plan of ";
    const std::string end = " bytes, over the limit of 67108864 bytes (64 MiB)";
    ASSERT_TRUE(errors[0].starts_with(start) && errors[0].ends_with(end)) << errors[0];
    EXPECT_GT(std::stol(errors[0].substr(start.size())), 65l << 20);
    EXPECT_EQ(errors[1], errors[0]);
}

TEST(host_survival, plugins_from_outside_the_bundled_folder_run_in_workers_by_default) {
    const auto result = run_coach("--log-level info --plugins " + fault_plugin("segfault").string()
                                  + " compare " + sample + " --format csv");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(
        contains(result.err, fault_plugin("segfault").string() + " runs in worker processes"))
        << result.err;
    EXPECT_FALSE(contains(result.err, "eccentric_strength.so runs in worker processes"))
        << result.err;
    EXPECT_TRUE(contains(result.err,
                         "coach: plugin 'fixture-segfault' failed: plan() worker crashed (signal "
                         "11, Segmentation fault)"))
        << result.err;
    EXPECT_TRUE(contains(result.out, "\neccentric-strength,ok,")) << result.out;
    // In-process, on request, the same plugin takes coach down with it.
    const auto in_process = run_coach("--in-process --plugins " + fault_plugin("segfault").string()
                                      + " compare " + sample + " --format csv");
    EXPECT_NE(in_process.exit_code, 0);
    EXPECT_EQ(in_process.out, "");
}
