#pragma once

#include <cstdint>
#include <filesystem>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "coach/cohort.hpp"
#include "coach/engine.hpp"
#include "coach/json.hpp"

// What the benchmarks share: the sample athlete, the bundled plugins, synthetic populations and a
// way to run a child process. Nothing here is timed.
namespace coach::bench {

// examples/athletes/sample.json, decoded once. [thread-safe]
const json::AthleteFile& sample_athlete();

// The folder of the bundled plugins in this build tree.
std::filesystem::path plugin_dir();

// The bundled plugins only (not COACH_PLUGIN_PATH), in-process or in coach-worker processes.
EngineOptions bundled_options(bool isolated = false);

// Athletes 0..count-1 of synthetic population 1, one JSON record per line, generated once per
// count and kept for the life of the process.
const std::string& population(std::uint64_t count);

// Athletes in the population the cohort figures use (COACH_BENCH_COHORT, default 100000).
std::uint64_t cohort_size();

// Reads `text` in place, without copying it (std::ispanstream is C++23).
class MemoryBuffer final : public std::streambuf {
  public:
    explicit MemoryBuffer(const std::string& text) {
        char* begin = const_cast<char*>(text.data());
        setg(begin, begin, begin + text.size());
    }
};

// A stream that counts what it is given and keeps none of it.
class NullBuffer final : public std::streambuf {
  public:
    std::uint64_t written() const { return written_; }

  protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* data, std::streamsize count) override;

  private:
    std::uint64_t written_ = 0;
};

// One pass of run_cohort over `text`, the results discarded; `threads` 0 is the engine's default.
CohortSummary run_cohort_over(const Engine& engine, const std::string& text, unsigned threads);

// Runs `argv` (argv[0] a path) with stdin from /dev/null, stdout and stderr to /dev/null, and
// waits for it; returns its exit status, or -1 when it did not exit normally.
int run_process(const std::vector<std::string>& argv);

// The coach command line built with this suite.
std::string coach_cli();

}  // namespace coach::bench
