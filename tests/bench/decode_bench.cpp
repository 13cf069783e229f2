// Decoding: the athlete decoder's cost as a record grows. A record with n unknown top-level keys
// must cost about n: the repeated-key check was once quadratic (10 s at 80,000 keys).
// scripts/bench reports the 80,000-key time over the 20,000-key time: about 4 when linear, 16
// when quadratic (target <= 6).
#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "coach/json.hpp"

namespace coach::bench {
namespace {

// A valid record with `keys` unknown top-level keys "k0", "k1", ...: one warning each.
std::string wide_record(std::int64_t keys) {
    std::string text = R"({"schema":"coach.athlete/1","id":"wide",)";
    for (std::int64_t k = 0; k < keys; ++k) {
        text += "\"k" + std::to_string(k) + "\":" + std::to_string(k) + ",";
    }
    return text + R"("injury":{"region":"hamstring","grade":1,"date":"2026-10-01"}})";
}

void BM_DecodeWideRecord(benchmark::State& state) {
    const auto text = wide_record(state.range(0));
    for (auto _ : state) {
        const auto decoded = json::decode_athlete(text);
        if (decoded.warnings.size() != static_cast<std::size_t>(state.range(0))) {
            state.SkipWithError("not one warning per unknown key");
            return;
        }
        benchmark::DoNotOptimize(decoded.warnings.data());
    }
}
BENCHMARK(BM_DecodeWideRecord)->Arg(20'000)->Arg(80'000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace coach::bench
