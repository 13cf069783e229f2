// Plugin boundary overhead: the eccentric-strength plan through the loaded plugin (raw
// abi::Boundary call, and Engine::plan which adds the safety gate) against the same code linked
// into this executable. scripts/bench divides the medians.
#include <benchmark/benchmark.h>

#include <boost/dll/import.hpp>
#include <boost/dll/shared_library.hpp>

#include "allocation_count.hpp"
#include "bench_support.hpp"
#include "coach/chronology.hpp"
#include "coach/safety_gate.hpp"
#include "coach/sdk/detail/abi.hpp"
#include "eccentric_strength.hpp"

namespace coach::bench {
namespace {

constexpr const char* philosophy = "eccentric-strength";

PlanningCase sample_case() {
    const auto& sample = sample_athlete();
    return Engine::make_case(sample.athlete, sample.request);
}

// The philosophy compiled into this executable, called directly.
void BM_PlanStatic(benchmark::State& state) {
    const PlanningCase planning = sample_case();
    const Case& input = planning.input();
    const eccentric_strength::EccentricStrength implementation;
    const std::uint64_t before = allocations();
    for (auto _ : state) {
        Plan plan = implementation.plan(input);
        benchmark::DoNotOptimize(plan);
    }
    report_allocations(state, before);
}
BENCHMARK(BM_PlanStatic);

// The plugin library loaded with Boost.DLL, called through its exported factory's abi::Boundary:
// the virtual call, the exception guard and the Result wrapper, without the engine.
void BM_PlanBoundary(benchmark::State& state) {
    const PlanningCase planning = sample_case();
    const Case& input = planning.input();
    const boost::dll::shared_library library{
        plugin_dir() / "eccentric_strength.so",
        boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local};
    const auto& create = library.get_alias<abi::Factory>(abi::factory_symbol);
    const HostServices host{{}, {plugin_dir()}};
    abi::Created created = create(host);
    if (created.instances.size() != 1) {
        state.SkipWithError("eccentric_strength.so did not create one philosophy");
        return;
    }
    const abi::Boundary& boundary = *created.instances.front();
    const std::uint64_t before = allocations();
    for (auto _ : state) {
        abi::Result<Plan> plan = boundary.plan(input);
        benchmark::DoNotOptimize(plan);
    }
    report_allocations(state, before);
}
BENCHMARK(BM_PlanBoundary);

// What the engine reads in the record before any plugin runs, once per request: the chronology
// and the course of recovery.
void BM_PlanningCase(benchmark::State& state) {
    const auto& sample = sample_athlete();
    for (auto _ : state) {
        PlanningCase planning = Engine::make_case(sample.athlete, sample.request);
        benchmark::DoNotOptimize(planning);
    }
}
BENCHMARK(BM_PlanningCase);

// Engine::plan: id look-up, request resolution, the boundary call and the safety gate.
void BM_PlanEngine(benchmark::State& state) {
    const Engine engine{bundled_options()};
    const auto& sample = sample_athlete();
    const std::uint64_t before = allocations();
    for (auto _ : state) {
        PlanOutcome outcome = engine.plan(philosophy, sample.athlete, sample.request);
        benchmark::DoNotOptimize(outcome);
    }
    report_allocations(state, before);
}
BENCHMARK(BM_PlanEngine);

// The safety gate alone, on the plan the philosophy returns, as the engine runs it: the record's
// chronology, stop referrals (a red flag inside the horizon among them), every validity check and
// advice.
void BM_SafetyGate(benchmark::State& state) {
    const PlanningCase planning = sample_case();
    const Case& input = planning.input();
    const eccentric_strength::EccentricStrength implementation;
    const PhilosophyInfo info = implementation.info();
    const Plan plan = implementation.plan(input);
    const std::uint64_t before = allocations();
    for (auto _ : state) {
        const auto course = chronology_of(input.athlete);
        auto stops = safety::stop_referrals(input, course);
        auto problems = safety::plan_problems(plan, input, info);
        auto advice = safety::advise_referrals(input, course);
        benchmark::DoNotOptimize(stops);
        benchmark::DoNotOptimize(problems);
        benchmark::DoNotOptimize(advice);
    }
    report_allocations(state, before);
}
BENCHMARK(BM_SafetyGate);

}  // namespace
}  // namespace coach::bench
