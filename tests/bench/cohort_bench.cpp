// Cohort throughput on synthetic population 1 (cohort_size() athletes, generated in memory
// once): run_cohort with 1 and 2 threads, against the floor of reading the same lines and parsing
// each with boost::json::parse. One iteration is one pass over the whole population; items per
// second are athletes per second.
#include <benchmark/benchmark.h>

#include <boost/json/parse.hpp>
#include <istream>
#include <string>

#include "bench_support.hpp"

namespace coach::bench {
namespace {

void BM_CohortParseOnly(benchmark::State& state) {
    const std::string& text = population(cohort_size());
    for (auto _ : state) {
        MemoryBuffer buffer{text};
        std::istream in{&buffer};
        std::string line;
        std::uint64_t parsed = 0;
        while (std::getline(in, line)) {
            boost::json::value value = boost::json::parse(line);
            benchmark::DoNotOptimize(value);
            ++parsed;
        }
        if (parsed != cohort_size()) {
            state.SkipWithError("parsed fewer lines than the population has");
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(cohort_size()));
}
BENCHMARK(BM_CohortParseOnly)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

void BM_Cohort(benchmark::State& state) {
    const std::string& text = population(cohort_size());
    const Engine engine{bundled_options()};
    for (auto _ : state) {
        CohortSummary summary =
            run_cohort_over(engine, text, static_cast<unsigned>(state.range(0)));
        benchmark::DoNotOptimize(summary);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(cohort_size()));
}
BENCHMARK(BM_Cohort)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

}  // namespace
}  // namespace coach::bench
