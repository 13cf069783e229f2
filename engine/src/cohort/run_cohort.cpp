#include <algorithm>
#include <thread>

#include "coach/cohort.hpp"
#include "cohort/line_reader.hpp"
#include "cohort/ordered_output.hpp"
#include "cohort/parallel_run.hpp"
#include "cohort/record_result.hpp"

namespace coach {

namespace {

constexpr std::size_t lines_in_flight_per_thread = 4;

unsigned thread_count(const CohortOptions& options) {
    const unsigned wanted =
        options.threads != 0 ? options.threads : std::thread::hardware_concurrency();
    return std::max(wanted, 1u);
}

}  // namespace

CohortSummary run_cohort(const Engine& engine, std::istream& in, std::ostream& out,
                         const CohortOptions& options, const CohortProgressCallback& progress) {
    const auto run = detail::resolve_run(engine, options);
    CohortSummary summary;
    for (const auto& id : run.philosophies) {
        summary.philosophies.push_back({id, {}});
    }
    detail::OrderedOutput output{out, summary, options, progress};
    detail::LineReader reader{in, options.max_line_bytes};
    std::uint64_t blank_lines = 0;
    detail::InputLine line;

    const unsigned threads = thread_count(options);
    if (threads == 1) {
        while (reader.next(line)) {
            if (line.blank()) {
                ++blank_lines;
                continue;
            }
            output.write(detail::plan_record(run, line));
        }
    } else {
        detail::ParallelRun parallel{run, output, threads, threads * lines_in_flight_per_thread};
        while (reader.next(line)) {
            if (line.blank()) {
                ++blank_lines;
                continue;
            }
            if (!parallel.feed(std::move(line))) {
                break;
            }
        }
        parallel.finish();
    }
    out.flush();
    if (!out) {
        throw std::runtime_error("writing the output failed");
    }
    summary.blank_lines = blank_lines;
    return summary;
}

}  // namespace coach
