#include <algorithm>
#include <stdexcept>
#include <thread>

#include "coach/cohort.hpp"
#include "cohort/line_reader.hpp"
#include "cohort/ordered_output.hpp"
#include "cohort/parallel_run.hpp"
#include "cohort/record_result.hpp"

namespace coach {

namespace {

constexpr std::size_t lines_in_flight_per_thread = 4;

// With isolated plugins a thread spends much of each plan waiting for a worker, so twice as many
// threads keep the cores busy: 2,000 athletes on 2 cores, 0.97 s with 2 threads, 0.85 s with 4.
unsigned thread_count(const Engine& engine, const CohortOptions& options) {
    if (options.threads != 0) {
        return options.threads;
    }
    const unsigned cores = std::max(std::thread::hardware_concurrency(), 1u);
    return engine.isolates_plugins() ? 2 * cores : cores;
}

}  // namespace

CohortSummary run_cohort(const Engine& engine, std::istream& in, std::ostream& out,
                         const CohortOptions& options, const CohortProgressCallback& progress) {
    if (options.first_line == 0) {
        throw std::invalid_argument("the first line of a cohort is numbered 1 or more, not 0");
    }
    const auto run = detail::resolve_run(engine, options);
    CohortSummary summary;
    for (const auto& id : run.philosophies) {
        summary.philosophies.push_back({id, {}});
    }
    detail::OrderedOutput output{out, summary, options, progress};
    detail::RecordReader reader{in, options.max_line_bytes, options.first_line};
    std::uint64_t blank_lines = 0;
    detail::InputLine line;

    const auto stopped = [&options] {
        return options.stop != nullptr && options.stop->load(std::memory_order_relaxed);
    };
    // The next line to plan: none once stopped, nor the piece of a line that reading stopped in.
    const auto next_line = [&] {
        return !stopped() && reader.next(line) && (line.ended || !stopped());
    };
    bool interrupted = false;
    const unsigned threads = thread_count(engine, options);
    if (threads == 1) {
        while (next_line()) {
            if (line.blank()) {
                ++blank_lines;
                continue;
            }
            output.write(detail::plan_record(run, line));
        }
        interrupted = stopped();
    } else {
        detail::ParallelRun parallel{run, output, threads, threads * lines_in_flight_per_thread};
        while (next_line()) {
            if (line.blank()) {
                ++blank_lines;
                continue;
            }
            if (!parallel.feed(std::move(line))) {
                break;
            }
        }
        interrupted = stopped();  // before the lines in flight are finished: they are not input
        parallel.finish();
    }
    out.flush();
    if (!out) {
        throw std::runtime_error("writing the output failed");
    }
    summary.blank_lines = blank_lines;
    summary.complete = !interrupted;
    return summary;
}

}  // namespace coach
