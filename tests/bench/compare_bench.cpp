// One comparison: every bundled philosophy on the sample athlete over 42 days, with metrics.
#include <benchmark/benchmark.h>

#include "allocation_count.hpp"
#include "bench_support.hpp"

namespace coach::bench {
namespace {

void BM_Compare(benchmark::State& state) {
    const Engine engine{bundled_options()};
    const auto& sample = sample_athlete();
    Request request = sample.request;
    request.horizon_days = 42;
    state.counters["philosophies"] = static_cast<double>(engine.list().size());
    const std::uint64_t before = allocations();
    for (auto _ : state) {
        Comparison comparison = engine.compare(sample.athlete, request);
        benchmark::DoNotOptimize(comparison);
    }
    report_allocations(state, before);
}
BENCHMARK(BM_Compare)->Unit(benchmark::kMicrosecond);

// The same, encoded as coach.comparison/1 JSON, as `coach compare --format json` does.
void BM_CompareEncoded(benchmark::State& state) {
    const Engine engine{bundled_options()};
    const auto& sample = sample_athlete();
    Request request = sample.request;
    request.horizon_days = 42;
    const std::uint64_t before = allocations();
    for (auto _ : state) {
        std::string text = json::encode_comparison(engine.compare(sample.athlete, request));
        benchmark::DoNotOptimize(text);
    }
    report_allocations(state, before);
}
BENCHMARK(BM_CompareEncoded)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace coach::bench
