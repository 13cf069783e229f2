// Out-of-process plugins (EngineOptions::isolation, `coach --isolate`): a plugin that crashes,
// hangs, exhausts memory or prints on stdout fails alone, with an error that names it and says
// what happened; everything else reads exactly as it does in-process.
#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <sstream>
#include <thread>

#include "coach/spdlog_sink.hpp"
#include "support.hpp"

using coach::Engine;
using coach::EngineOptions;
using coach::test::fixture_plugin;
using coach::test::run_coach;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

const std::string sample = COACH_EXAMPLES_DIR "/athletes/sample.json";

// tests/fixtures/plugins/faults/fixture_<name>.so: a library holding the faulty philosophy
// fixture-<name> and its healthy sibling fixture-<name>-sibling.
fs::path fault_plugin(std::string_view name) {
    return fs::path{COACH_FIXTURE_PLUGIN_DIR} / "faults" / ("fixture_" + std::string{name} + ".so");
}

// The workers' time limit in these tests. Under AddressSanitizer a worker takes far longer to
// start, and on a loaded machine more than a second: its limit is wider so that only the faults
// under test meet it.
#if defined(__SANITIZE_ADDRESS__)
constexpr auto worker_limit = 10s;
constexpr std::string_view worker_limit_text = "10";
constexpr std::string_view short_limit_text = "5";
#else
constexpr auto worker_limit = 1s;
constexpr std::string_view worker_limit_text = "1";
constexpr std::string_view short_limit_text = "0.5";
#endif

EngineOptions options_for(std::vector<fs::path> files, bool isolated) {
    EngineOptions options{
        .plugin_paths = std::move(files), .use_environment = false, .use_bundled = false};
    options.isolation = {
        .scope = isolated ? coach::IsolationScope::all : coach::IsolationScope::none,
        .time_limit = worker_limit,
        .memory_limit_mb = 256};
    return options;
}

Engine isolated_engine(std::vector<fs::path> files) {
    return Engine{options_for(std::move(files), true)};
}

coach::Athlete sample_athlete() {
    return coach::test::load_athlete("../../examples/athletes/sample.json").athlete;
}

std::string error_of(const coach::ComparisonEntry& entry) {
    return entry.outcome.plan ? "(a plan)" : entry.outcome.error;
}

// Compares the faulty philosophy, its sibling in the same worker and a plugin in a worker of its
// own, twice: the fault is the same error both times (the crashed worker is replaced, nothing
// hangs) and the two healthy philosophies answer every time.
void expect_fails_alone(std::string_view fault, const std::string& expected_error) {
    const auto id = "fixture-" + std::string{fault};
    std::string library{fault};
    std::replace(library.begin(), library.end(), '-', '_');
    const auto engine = isolated_engine({fault_plugin(library), fixture_plugin("good")});
    ASSERT_TRUE(engine.load_errors().empty()) << engine.load_errors().front().message;
    const auto athlete = sample_athlete();
    const std::vector<std::string> ids = {id, id + "-sibling", "fixture-good"};
    for (int round = 1; round <= 2; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        const auto comparison = engine.compare(athlete, {}, ids);
        ASSERT_EQ(comparison.entries.size(), 3u);
        EXPECT_EQ(error_of(comparison.entries[0]), expected_error);
        for (std::size_t healthy = 1; healthy < 3; ++healthy) {
            const auto& entry = comparison.entries[healthy];
            ASSERT_TRUE(entry.outcome.plan) << ids[healthy] << ": " << entry.outcome.error;
            EXPECT_FALSE(entry.outcome.plan->sessions.empty());
            EXPECT_TRUE(entry.metrics);
        }
    }
    EXPECT_TRUE(engine.plan(id + "-sibling", athlete, {}).plan);
}

std::string plan_or_error(const coach::PlanOutcome& outcome) {
    return outcome.plan ? coach::json::encode_plan(*outcome.plan) : "error: " + outcome.error;
}

// Loads `files` in-process and isolated; both engines must list, refuse and plan alike.
void expect_same_as_in_process(const std::vector<fs::path>& files) {
    const Engine in_process{options_for(files, false)};
    const Engine isolated{options_for(files, true)};
    ASSERT_EQ(isolated.load_errors().size(), in_process.load_errors().size());
    for (std::size_t i = 0; i < in_process.load_errors().size(); ++i) {
        EXPECT_EQ(isolated.load_errors()[i].file, in_process.load_errors()[i].file);
        EXPECT_EQ(isolated.load_errors()[i].message, in_process.load_errors()[i].message);
    }
    ASSERT_EQ(isolated.list().size(), in_process.list().size());
    auto athlete = sample_athlete();
    const coach::Request on_injury_day{.as_of = athlete.injury.date};
    for (std::size_t i = 0; i < in_process.list().size(); ++i) {
        const auto& record = in_process.list()[i];
        EXPECT_EQ(isolated.list()[i].info, record.info);
        EXPECT_EQ(isolated.list()[i].file, record.file);
        EXPECT_EQ(isolated.list()[i].library_sha256, record.library_sha256);
        for (const auto& request : {coach::Request{}, on_injury_day}) {
            EXPECT_EQ(plan_or_error(isolated.plan(record.info.id, athlete, request)),
                      plan_or_error(in_process.plan(record.info.id, athlete, request)))
                << record.info.id;
        }
    }
    // A comparison asks the workers of every library at once and gates their plans on the
    // calling thread: errors, refusals and plans read as in-process.
    if (!in_process.list().empty()) {
        EXPECT_EQ(coach::json::encode_comparison(isolated.compare(athlete, {})),
                  coach::json::encode_comparison(in_process.compare(athlete, {})));
    }
}

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST(isolation, a_plugin_that_segfaults_fails_alone_naming_the_signal) {
    expect_fails_alone("segfault",
                       "plugin 'fixture-segfault' failed: plan() worker crashed (signal 11, "
                       "Segmentation fault)");
}

TEST(isolation, a_plugin_that_aborts_fails_alone_naming_the_signal) {
    expect_fails_alone("abort",
                       "plugin 'fixture-abort' failed: plan() worker crashed (signal 6, Aborted)");
}

TEST(isolation, a_plugin_that_loops_forever_is_killed_at_the_time_limit) {
    expect_fails_alone("hang", "plugin 'fixture-hang' failed: plan() timed out after "
                                   + std::string{worker_limit_text} + " s");
}

TEST(isolation, a_library_whose_factory_never_returns_is_refused_at_the_time_limit) {
    // Loading runs the library's code too: a factory that hangs must not hang the engine.
    const auto engine = isolated_engine({fault_plugin("hang_at_load"), fixture_plugin("good")});
    ASSERT_EQ(engine.load_errors().size(), 1u);
    EXPECT_EQ(engine.load_errors().front().file, fault_plugin("hang_at_load"));
    EXPECT_EQ(engine.load_errors().front().message, "cannot be loaded in a worker: timed out after "
                                                        + std::string{worker_limit_text} + " s");
    ASSERT_EQ(engine.list().size(), 1u);
    EXPECT_EQ(engine.list().front().info.id, "fixture-good");
    EXPECT_TRUE(engine.plan("fixture-good", sample_athlete(), {}).plan);
}

TEST(isolation, the_workers_of_all_libraries_load_side_by_side) {
    // Three libraries whose factories hang: started one after another, the engine would wait out
    // the time limit three times; started all at once, their limits run out together.
    const auto folder =
        fs::temp_directory_path() / ("coach-side-by-side-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    fs::permissions(folder, fs::perms::owner_all);
    std::vector<fs::path> libraries;
    for (const auto* name : {"a", "b", "c"}) {
        libraries.push_back(folder / ("fixture_hang_at_load_" + std::string{name} + ".so"));
        fs::copy_file(fault_plugin("hang_at_load"), libraries.back(),
                      fs::copy_options::overwrite_existing);
    }
    const auto started = std::chrono::steady_clock::now();
    const auto engine = isolated_engine(libraries);
    const auto taken = std::chrono::steady_clock::now() - started;
    fs::remove_all(folder);
    ASSERT_EQ(engine.load_errors().size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(engine.load_errors()[i].file, libraries[i]);
        EXPECT_EQ(engine.load_errors()[i].message, "cannot be loaded in a worker: timed out after "
                                                       + std::string{worker_limit_text} + " s");
    }
    EXPECT_LT(taken, 2 * worker_limit) << "the workers started one after another";
}

TEST(isolation, a_plugin_that_allocates_without_bound_is_stopped_at_the_memory_limit) {
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "AddressSanitizer turns a failed allocation into its own fatal report";
#endif
    expect_fails_alone("memory-hog",
                       "plugin 'fixture-memory-hog' failed: plan() exceeded the memory limit of "
                       "256 MB");
}

TEST(isolation, what_a_plugin_prints_on_stdout_does_not_reach_the_channel) {
    const auto engine = isolated_engine({fault_plugin("stdout")});
    const auto athlete = sample_athlete();
    for (int call = 0; call < 3; ++call) {
        const auto outcome = engine.plan("fixture-stdout", athlete, {});
        ASSERT_TRUE(outcome.plan) << outcome.error;
        EXPECT_EQ(outcome.plan->sessions.size(), 41u);  // the first day has a logged session
    }
}

TEST(isolation, plugin_log_lines_reach_the_engine_logger_as_they_do_in_process) {
    std::string logged[2];
    for (const bool isolated : {false, true}) {
        std::ostringstream lines;
        auto logger = std::make_shared<spdlog::logger>(
            "isolation-test", std::make_shared<spdlog::sinks::ostream_sink_st>(lines));
        logger->set_pattern("%l: %v");
        logger->set_level(spdlog::level::warn);
        auto options = options_for({fault_plugin("stdout")}, isolated);
        options.log = coach::spdlog_sink(logger);
        {
            const Engine engine{options};
            EXPECT_TRUE(engine.plan("fixture-stdout", sample_athlete(), {}).plan);
        }
        logged[isolated] = lines.str();
    }
    EXPECT_EQ(logged[1],
              "warning: [fixture_stdout.so] created; prints on stdout\n"
              "warning: [fixture_stdout.so] planning for ath-001\n");
    EXPECT_EQ(logged[1], logged[0]);
}

TEST(isolation, throwing_invalid_and_refused_plugins_read_as_they_do_in_process) {
    for (const auto* name :
         {"throws_std", "throws_non_std", "invalid_plan", "major_mismatch", "newer_minor",
          "toolchain_mismatch", "no_entry", "descriptor_only", "high_ceiling", "set"}) {
        SCOPED_TRACE(name);
        expect_same_as_in_process({fixture_plugin(name), fixture_plugin("good")});
    }
    SCOPED_TRACE("duplicate ids, a file that is not a library, a missing file");
    expect_same_as_in_process({fixture_plugin("duplicate_a"), fixture_plugin("duplicate_b"),
                               coach::test::fixture("athletes/invalid/not_json.json"),
                               "/nonexistent/plugin.so"});
}

TEST(isolation, an_invalid_plan_reaches_the_safety_gate_unchanged) {
    // Negative sets and 150% intensity do not fit a plan file, yet cross from the worker intact
    // and are refused by the host's gate with the same words as in-process.
    expect_same_as_in_process({fault_plugin("out_of_range")});
    const auto engine = isolated_engine({fault_plugin("out_of_range")});
    EXPECT_EQ(engine.plan("fixture-out-of-range", sample_athlete(), {}).error,
              "plugin 'fixture-out-of-range' returned an invalid plan: "
              "/sessions/0/items/0/sets: must be positive, got -2 (and 1 more)");
}

TEST(isolation, the_bundled_plugins_compare_byte_for_byte_as_in_process) {
    const Engine in_process{EngineOptions{.use_environment = false}};
    EngineOptions options{.use_environment = false};
    options.isolation.scope = coach::IsolationScope::all;
    const Engine isolated{options};
    EXPECT_TRUE(isolated.load_errors().empty());
    ASSERT_GE(isolated.list().size(), 3u);
    ASSERT_EQ(isolated.list().size(), in_process.list().size());

    std::vector<fs::path> records = {sample};
    for (const auto& folder : fs::directory_iterator(coach::test::fixture("athletes"))) {
        for (const auto& file : fs::directory_iterator(folder.path())) {
            records.push_back(file.path());
        }
    }
    std::sort(records.begin() + 1, records.end());
    int compared = 0;
    for (const auto& path : records) {
        auto decoded = coach::json::decode_athlete(coach::test::read_file(path));
        if (!decoded.value) {
            continue;  // the invalid and hostile records never reach a plugin
        }
        const auto& [athlete, request] = *decoded.value;
        const auto expected = coach::json::encode_comparison(in_process.compare(athlete, request));
        EXPECT_EQ(coach::json::encode_comparison(isolated.compare(athlete, request)), expected)
            << path;
        EXPECT_EQ(coach::json::encode_comparison(
                      isolated.compare(athlete, request, {}, Engine::IsolatedCompare::in_turn)),
                  expected)
            << path << ", in turn";
        ++compared;
    }
    EXPECT_GE(compared, 25);
}

TEST(isolation, many_threads_may_plan_at_once) {
    const auto files = std::vector<fs::path>{fixture_plugin("good"), fault_plugin("segfault")};
    const Engine in_process{options_for({fixture_plugin("good")}, false)};
    const auto engine = isolated_engine(files);
    const auto athlete = sample_athlete();
    const auto expected = plan_or_error(in_process.plan("fixture-good", athlete, {}));
    std::vector<std::string> answers(8 * 5);
    std::vector<std::thread> threads;
    for (std::size_t thread = 0; thread < 8; ++thread) {
        threads.emplace_back([&, thread] {
            for (std::size_t call = 0; call < 5; ++call) {
                // Crashes in the other library, meanwhile, must not disturb this one.
                const auto* id = call % 2 == 0 ? "fixture-good" : "fixture-segfault";
                const auto outcome = engine.plan(id, athlete, {});
                answers[thread * 5 + call] =
                    call % 2 == 0 ? plan_or_error(outcome) : (outcome.plan ? "plan" : "crashed");
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    for (std::size_t i = 0; i < answers.size(); ++i) {
        EXPECT_EQ(answers[i], i % 5 % 2 == 0 ? expected : "crashed") << i;
    }
}

TEST(isolation, crashes_leave_no_process_and_no_descriptor_behind) {
    const auto open_descriptors = [] {
        return std::distance(fs::directory_iterator{"/proc/self/fd"}, fs::directory_iterator{});
    };
    const auto before = open_descriptors();
    {
        const auto engine = isolated_engine({fault_plugin("segfault")});
        const auto athlete = sample_athlete();
        for (int call = 0; call < 20; ++call) {
            EXPECT_FALSE(engine.plan("fixture-segfault", athlete, {}).plan);
            EXPECT_TRUE(engine.plan("fixture-segfault-sibling", athlete, {}).plan);
        }
    }
    EXPECT_EQ(open_descriptors(), before);
    EXPECT_EQ(::waitpid(-1, nullptr, WNOHANG), -1);  // no child left, not even a zombie
    EXPECT_EQ(errno, ECHILD);
}

TEST(isolation, a_missing_worker_refuses_each_library_naming_the_worker) {
    auto options = options_for({fixture_plugin("good")}, true);
    options.isolation.worker = "/nonexistent/coach-worker";
    const Engine engine{options};
    EXPECT_TRUE(engine.list().empty());
    ASSERT_EQ(engine.load_errors().size(), 1u);
    EXPECT_EQ(engine.load_errors().front().message,
              "cannot start the plugin worker /nonexistent/coach-worker: No such file or "
              "directory");
}

TEST(isolation, a_restarted_worker_runs_the_bytes_that_were_checked_whatever_the_file_becomes) {
    // Each worker loads the copy of the library the engine hashed and checked, handed over as a
    // descriptor: rewriting the file in place, or replacing it, cannot slip unchecked code into a
    // worker started later.
    const auto folder =
        fs::temp_directory_path() / ("coach-isolation-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    fs::permissions(folder, fs::perms::owner_all);
    const auto library = folder / "fixture_segfault.so";
    fs::copy_file(fault_plugin("segfault"), library, fs::copy_options::overwrite_existing);
    const auto engine = isolated_engine({library});
    ASSERT_TRUE(engine.load_errors().empty()) << engine.load_errors().front().message;
    const auto athlete = sample_athlete();
    EXPECT_TRUE(contains(engine.plan("fixture-segfault", athlete, {}).error, "worker crashed"));

    fs::copy_file(fixture_plugin("good"), library, fs::copy_options::overwrite_existing);
    EXPECT_TRUE(engine.plan("fixture-segfault-sibling", athlete, {}).plan);
    EXPECT_TRUE(contains(engine.plan("fixture-segfault", athlete, {}).error, "worker crashed"));
    fs::remove(library);
    EXPECT_TRUE(engine.plan("fixture-segfault-sibling", athlete, {}).plan);
    fs::remove_all(folder);
}

TEST(isolation_cli, compare_reports_the_crashed_plugin_and_shows_the_others) {
    // Both fixtures run in workers, as plugins from outside the bundled folder do by default.
    const auto result =
        run_coach("--plugin-timeout " + std::string{worker_limit_text} + " --plugins "
                  + fault_plugin("segfault").string() + " --plugins "
                  + fixture_plugin("good").string() + " compare " + sample + " --format json");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err,
              "coach: plugin 'fixture-segfault' failed: plan() worker crashed (signal 11, "
              "Segmentation fault)\n");
    EXPECT_TRUE(contains(result.out, R"("status": "error")")) << result.out;
    EXPECT_TRUE(contains(result.out, R"("id": "fixture-good")")) << result.out;
}

TEST(isolation_cli, a_hung_plugin_is_cut_off_at_the_given_timeout) {
    // Isolated as a plugin from outside the bundled folder; the bundled ones stay in-process, so
    // that only its worker has to start within the limit.
    const std::string limit{short_limit_text};
    const auto result =
        run_coach("--plugin-timeout " + limit + " --plugins " + fault_plugin("hang").string()
                  + " plan -p fixture-hang " + sample);
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_EQ(result.err,
              "coach: plugin 'fixture-hang' failed: plan() timed out after " + limit + " s\n");
}

TEST(isolation_cli, plugin_output_on_stdout_goes_to_stderr_not_into_the_json) {
    const auto result = run_coach("--isolate --plugins " + fault_plugin("stdout").string()
                                  + " compare " + sample + " --format json");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_FALSE(contains(result.out, "noise")) << result.out;
    for (const auto* noise : {"stdout noise from the factory", "stdout noise from printf",
                              "stdout noise from std::cout", "stdout noise from write(1)"}) {
        EXPECT_TRUE(contains(result.err, noise)) << noise << " not in: " << result.err;
    }
}

TEST(isolation_cli, isolated_compare_prints_what_in_process_compare_prints) {
    for (const auto* format : {"table", "json"}) {
        const auto in_process = run_coach("compare " + sample + " --format " + format);
        const auto isolated = run_coach("--isolate compare " + sample + " --format " + format);
        EXPECT_EQ(isolated.exit_code, 0) << isolated.err;
        EXPECT_EQ(isolated.out, in_process.out);
        EXPECT_EQ(isolated.err, in_process.err);
    }
}

TEST(isolation_cli, limits_make_no_sense_in_process) {
    const auto result = run_coach("--in-process --plugin-timeout 1 compare " + sample);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(contains(result.err, "--in-process")) << result.err;
    EXPECT_EQ(run_coach("--isolate --in-process list").exit_code, 2);
}
