// Load: constructing an engine that finds and loads the bundled plugins (in-process), and
// `coach list` as a whole process.
#include <benchmark/benchmark.h>

#include "bench_support.hpp"

namespace coach::bench {
namespace {

// Each iteration loads the libraries afresh: no other engine of this process holds them open
// while this benchmark runs, so destroying the engine unloads them.
void BM_EngineLoad(benchmark::State& state) {
    for (auto _ : state) {
        const Engine engine{bundled_options()};
        benchmark::DoNotOptimize(engine.list().data());
    }
}
BENCHMARK(BM_EngineLoad)->Unit(benchmark::kMillisecond);

void BM_CoachListProcess(benchmark::State& state) {
    const std::vector<std::string> argv{coach_cli(), "list"};
    for (auto _ : state) {
        if (run_process(argv) != 0) {
            state.SkipWithError("coach list failed");
            return;
        }
    }
}
BENCHMARK(BM_CoachListProcess)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace coach::bench
