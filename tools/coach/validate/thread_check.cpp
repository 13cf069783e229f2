// threads: plan() called from several threads at once gives what one thread gets.
#include <atomic>
#include <mutex>
#include <thread>

#include "checks.hpp"
#include "isolated_run.hpp"
#include "planning.hpp"

namespace coach::cli::validation {

namespace {

constexpr std::size_t thread_count = 8;
constexpr std::size_t calls_per_thread = 20;

struct Call {
    const PhilosophyUnderTest* philosophy = nullptr;
    const GatedCase* planned = nullptr;
    std::string expected;  // the single-threaded plan's JSON
};

// What the concurrent calls found: how many differed, and the first that did.
class Mismatches {
  public:
    void record(const std::string& description) {
        const std::lock_guard lock{mutex_};
        if (count_++ == 0) {
            first_ = description;
        }
    }
    std::size_t count() const { return count_; }
    const std::string& first() const { return first_; }

  private:
    std::mutex mutex_;
    std::size_t count_ = 0;
    std::string first_;
};

}  // namespace

Findings check_threads(const CheckInput& input) {
    const PluginUnderTest plugin{input.library};
    const auto philosophies = plugin.philosophies();
    const auto cases = cases_past_the_gate(input.athletes);
    std::vector<Call> calls;  // every philosophy on every athlete, planned on one thread
    for (const auto& philosophy : philosophies) {
        for (const auto& planned : cases) {
            announce_activity("planning "
                              + plan_label(philosophy, *planned.athlete, philosophies.size()));
            calls.push_back(
                {&philosophy, &planned, encoded_plan(philosophy, planned.input.input()).text});
        }
    }
    if (calls.empty()) {
        return {note("no reference athlete gets past the safety gate: nothing planned")};
    }
    Mismatches mismatches;
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < thread_count; ++t) {
        threads.emplace_back([&, t] {
            while (!go.load()) {
                std::this_thread::yield();
            }
            for (std::size_t i = 0; i < calls_per_thread; ++i) {
                const auto& call = calls[(t * calls_per_thread + i) % calls.size()];
                const auto got = encoded_plan(*call.philosophy, call.planned->input.input());
                if (got.text != call.expected) {
                    mismatches.record(
                        plan_label(*call.philosophy, *call.planned->athlete, philosophies.size())
                        + " on thread " + std::to_string(t + 1));
                }
            }
        });
    }
    announce_activity("planning from " + std::to_string(thread_count) + " threads at once");
    go = true;
    for (auto& thread : threads) {
        thread.join();
    }
    const auto total = std::to_string(thread_count * calls_per_thread);
    if (mismatches.count() > 0) {
        return {fail(std::to_string(mismatches.count()) + " of " + total + " calls made from "
                     + std::to_string(thread_count)
                     + " threads at once differ from the single-threaded plan (first: "
                     + mismatches.first() + "): plan() must be callable from many threads")};
    }
    return {note(std::to_string(thread_count) + " threads x " + std::to_string(calls_per_thread)
                 + " calls at once on " + std::to_string(calls.size())
                 + " plans matched the single-threaded plans")};
}

}  // namespace coach::cli::validation
