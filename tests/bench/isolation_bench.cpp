// Isolation overhead: the same work with plugins in coach-worker processes (started before the
// timed loop and reused by every call) and in-process. scripts/bench divides the medians.
#include <benchmark/benchmark.h>

#include <cstdlib>

#include "bench_support.hpp"

namespace coach::bench {
namespace {

// Athletes in the cohort slice used here (COACH_BENCH_ISOLATION_SLICE, default 2000).
std::uint64_t slice_size() {
    const char* value = std::getenv("COACH_BENCH_ISOLATION_SLICE");
    return value != nullptr ? std::stoull(value) : 2'000;
}

void compare_loop(benchmark::State& state, bool isolated) {
    const Engine engine{bundled_options(isolated)};
    const auto& sample = sample_athlete();
    engine.compare(sample.athlete, sample.request);  // workers started and warm
    for (auto _ : state) {
        Comparison comparison = engine.compare(sample.athlete, sample.request);
        benchmark::DoNotOptimize(comparison);
    }
}

void BM_CompareInProcess(benchmark::State& state) {
    compare_loop(state, false);
}
BENCHMARK(BM_CompareInProcess)->Unit(benchmark::kMicrosecond);

void BM_CompareIsolated(benchmark::State& state) {
    compare_loop(state, true);
}
BENCHMARK(BM_CompareIsolated)->Unit(benchmark::kMicrosecond);

// The cohort slice with `threads` (state.range(0); 0 for each mode's default: a thread per core
// in-process, two per core isolated). Workers are reused: a first pass over the start of the
// slice, before the timed one, starts as many as the run will use.
void cohort_slice(benchmark::State& state, bool isolated) {
    const std::string& text = population(slice_size());
    const auto threads = static_cast<unsigned>(state.range(0));
    const Engine engine{bundled_options(isolated)};
    run_cohort_over(engine, text.substr(0, text.find('\n', text.size() / 20) + 1), threads);
    for (auto _ : state) {
        CohortSummary summary = run_cohort_over(engine, text, threads);
        benchmark::DoNotOptimize(summary);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(slice_size()));
}

void BM_CohortSliceInProcess(benchmark::State& state) {
    cohort_slice(state, false);
}
BENCHMARK(BM_CohortSliceInProcess)
    ->ArgName("threads")
    ->Arg(0)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

void BM_CohortSliceIsolated(benchmark::State& state) {
    cohort_slice(state, true);
}
BENCHMARK(BM_CohortSliceIsolated)
    ->ArgName("threads")
    ->Arg(0)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

}  // namespace
}  // namespace coach::bench
