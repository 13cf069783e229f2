// A cohort stopped by SIGINT or SIGTERM finishes the records it has started, leaves whole lines in
// input order and a summary marked incomplete, and says how far it got.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "coach/cohort.hpp"
#include "support.hpp"

using coach::test::lines;
using coach::test::read_file;
using coach::test::run_coach;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

using Folder = coach::test::TemporaryFolder;

// Checks that `results` holds `count` whole, valid result lines for input lines 1..count.
void expect_whole_lines_in_input_order(const std::string& results, std::size_t count) {
    const auto written = lines(results);
    ASSERT_EQ(written.size(), count);
    EXPECT_TRUE(results.empty() || results.back() == '\n');
    for (std::size_t i = 0; i < written.size(); ++i) {
        ASSERT_EQ(written[i].rfind("{\"line\":" + std::to_string(i + 1) + ",", 0), 0u)
            << written[i];
        ASSERT_NO_THROW(coach::json::pretty(written[i])) << written[i];
    }
}

// The N of "coach: interrupted after N records" in `err`, or -1.
long interrupted_after(const std::string& err) {
    const std::string marker = "coach: interrupted after ";
    const auto at = err.find(marker);
    return at == std::string::npos ? -1 : std::stol(err.substr(at + marker.size()));
}

// Waits, up to a minute, until process `pid` has read from its open file `path`: it is then past
// loading its plugins and handles signals.
void wait_until_reading(pid_t pid, const std::string& path) {
    const auto give_up = std::chrono::steady_clock::now() + 60s;
    const fs::path process = "/proc/" + std::to_string(pid);
    while (std::chrono::steady_clock::now() < give_up) {
        std::error_code error;
        for (const auto& entry : fs::directory_iterator(process / "fd", error)) {
            std::error_code unreadable;
            if (fs::read_symlink(entry.path(), unreadable) != path) {
                continue;
            }
            std::ifstream info{process / "fdinfo" / entry.path().filename()};
            std::string field;
            long position = 0;
            if (info >> field >> position && field == "pos:" && position > 0) {
                return;
            }
        }
        std::this_thread::sleep_for(10ms);
    }
}

void interrupt_a_running_cohort(int signal) {
    const Folder folder{"interrupt-signal-" + std::to_string(signal)};
    const auto input = folder / "athletes.jsonl";
    ASSERT_EQ(run_coach("synth --count 20000 --seed 11 -o " + input).exit_code, 0);
    const auto results = folder / "results.jsonl";
    const auto summary = folder / "summary.json";
    const pid_t coach = coach::test::start_coach(
        "cohort " + input + " --threads 2 -o " + results + " --summary " + summary,
        "2>" + folder / "err");
    wait_until_reading(coach, input);
    std::this_thread::sleep_for(300ms);
    ::kill(coach, signal);
    EXPECT_EQ(coach::test::wait_for_exit(coach), 128 + signal);
    const auto err = read_file(folder / "err");
    const long records = interrupted_after(err);
    ASSERT_GT(records, 0) << err;
    EXPECT_LT(records, 20000);
    expect_whole_lines_in_input_order(read_file(results), static_cast<std::size_t>(records));
    const auto summary_text = read_file(summary);
    EXPECT_EQ(summary_text.rfind("{\n  \"schema\": \"coach.cohort-summary/1\",\n  \"complete\": "
                                 "false,\n  \"records\": "
                                     + std::to_string(records) + ",\n",
                                 0),
              0u)
        << summary_text;
    EXPECT_NE(err.find("Cohort (interrupted): " + std::to_string(records) + " records"),
              std::string::npos)
        << err;
}

}  // namespace

TEST(cohort_interruption, sigint_writes_the_records_started_and_an_incomplete_summary) {
    interrupt_a_running_cohort(SIGINT);
}

TEST(cohort_interruption, sigterm_does_the_same_and_exits_143) {
    interrupt_a_running_cohort(SIGTERM);
}

TEST(cohort_interruption, a_reader_waiting_on_a_silent_pipe_stops_too) {
    const Folder folder{"interrupt-pipe"};
    const auto fifo = folder / "records";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const auto results = folder / "results.jsonl";
    const pid_t coach = coach::test::start_coach(
        "--plugins " + coach::test::fixture_plugin("good").string() + " cohort - -o " + results,
        "<" + fifo + " 2>" + folder / "err");
    const int writer = ::open(fifo.c_str(), O_WRONLY);
    ASSERT_GE(writer, 0);
    const auto records = read_file(COACH_TEST_FIXTURES_DIR "/cohort/mixed.jsonl");
    ASSERT_EQ(::write(writer, records.data(), records.size()),
              static_cast<ssize_t>(records.size()));
    // Once coach has read the records it is past loading its plugins and handles the signal.
    coach::test::wait_until_read(writer);
    std::this_thread::sleep_for(300ms);  // the writer stays open and silent
    const auto sent = std::chrono::steady_clock::now();
    ::kill(coach, SIGINT);
    EXPECT_EQ(coach::test::wait_for_exit(coach), 130);
    EXPECT_LT(std::chrono::steady_clock::now() - sent, 3s);
    ::close(writer);
    EXPECT_EQ(lines(read_file(results)).size(), 11u);  // every record sent, the blank line aside
    EXPECT_EQ(interrupted_after(read_file(folder / "err")), 11);
}

TEST(cohort_interruption, the_library_stops_reading_when_asked_and_says_the_run_is_incomplete) {
    const coach::Engine engine{
        coach::EngineOptions{.plugin_paths = {coach::test::fixture_plugin("good")},
                             .use_environment = false,
                             .use_bundled = false}};
    std::string input;
    for (int i = 0; i < 500; ++i) {
        input += R"({"schema":"coach.athlete/1","id":"a)" + std::to_string(i)
                 + R"(","injury":{"region":"hamstring","grade":1,"date":"2026-03-01"},)"
                   R"("horizon_days":3})"
                   "\n";
    }
    for (const unsigned threads : {1u, 3u}) {
        SCOPED_TRACE(threads);
        std::istringstream in{input};
        std::ostringstream out;
        std::atomic<bool> stop{false};
        coach::CohortOptions options;
        options.threads = threads;
        options.stop = &stop;
        const auto summary =
            coach::run_cohort(engine, in, out, options, [&stop](const coach::CohortProgress& done) {
                if (done.records == 20) {
                    stop = true;
                }
            });
        EXPECT_FALSE(summary.complete);
        EXPECT_GE(summary.records, 20u);
        EXPECT_LT(summary.records, 500u);
        EXPECT_EQ(summary.records, summary.ok + summary.referral + summary.rejected);
        expect_whole_lines_in_input_order(out.str(), summary.records);
    }
    std::istringstream in{input};
    std::ostringstream out;
    EXPECT_TRUE(coach::run_cohort(engine, in, out).complete);
}
