#include <gtest/gtest.h>

#include <thread>

#include "coach/json.hpp"
#include "support.hpp"

// The engine is immutable after loading: many threads planning at once get exactly the results
// one thread gets. Run under ThreadSanitizer by scripts/sanitize.
TEST(concurrency, many_threads_comparing_at_once_agree_with_one_thread) {
    const auto& engine = coach::test::bundled_engine();
    ASSERT_FALSE(engine.list().empty());
    std::vector<coach::json::AthleteFile> athletes;
    for (const auto* fixture :
         {"../../examples/athletes/sample.json", "athletes/eccentric_strength/grade2_with_log.json",
          "athletes/sprint_manual/draggy_last_session.json",
          "athletes/stretch_ice/daily_pain_medication.json"}) {
        athletes.push_back(coach::test::load_athlete(fixture));
    }
    std::vector<std::string> expected;
    for (const auto& file : athletes) {
        expected.push_back(
            coach::json::encode_comparison(engine.compare(file.athlete, file.request)));
    }

    constexpr int threads = 8;
    constexpr int rounds = 5;
    std::vector<int> mismatches(threads, 0);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            for (int round = 0; round < rounds; ++round) {
                for (std::size_t a = 0; a < athletes.size(); ++a) {
                    const auto& file =
                        athletes[(a + static_cast<std::size_t>(t)) % athletes.size()];
                    const auto index = (a + static_cast<std::size_t>(t)) % athletes.size();
                    if (coach::json::encode_comparison(engine.compare(file.athlete, file.request))
                        != expected[index]) {
                        ++mismatches[static_cast<std::size_t>(t)];
                    }
                }
            }
        });
    }
    for (auto& worker : workers) {
        worker.join();
    }
    EXPECT_EQ(mismatches, std::vector<int>(threads, 0));
}
