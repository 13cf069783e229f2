#pragma once

#include <benchmark/benchmark.h>

#include <cstdint>

// How many times the global operator new has been called in this process (allocation_count.cpp
// replaces it). The plugins, loaded as shared libraries, allocate through the same operator, so a
// benchmark divides the difference around its loop by its iterations to report allocations per
// plan. [thread-safe]
namespace coach::bench {

std::uint64_t allocations();

// Sets `state`'s "allocs" counter to the allocations per iteration since `before`, the value of
// allocations() just before the timed loop. Call it after the loop.
inline void report_allocations(benchmark::State& state, std::uint64_t before) {
    state.counters["allocs"] =
        static_cast<double>(allocations() - before) / static_cast<double>(state.iterations());
}

}  // namespace coach::bench
