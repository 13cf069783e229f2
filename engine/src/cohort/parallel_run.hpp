#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "cohort/line_reader.hpp"
#include "cohort/ordered_output.hpp"
#include "cohort/record_result.hpp"

namespace coach::detail {

// Plans lines on worker threads and hands the results to `output` in input order.
//
// At most `window` lines are in flight, from feed() until their result is written; feed() waits
// while the window is full, so memory stays bounded however long the input is. The worker that
// completes the next result in order writes it, and every contiguous result after it, outside the
// lock that guards the queues. feed() and finish() belong to one thread, the reader.
class ParallelRun {
  public:
    ParallelRun(const CohortRun& run, OrderedOutput& output, unsigned threads, std::size_t window);
    ~ParallelRun();
    ParallelRun(const ParallelRun&) = delete;
    ParallelRun& operator=(const ParallelRun&) = delete;

    // Queues `line`; false when a worker has failed and reading should stop.
    bool feed(InputLine line);
    // Waits for every queued line to be written, then rethrows a worker's failure, if any.
    void finish();

  private:
    struct Job {
        std::uint64_t sequence = 0;
        InputLine line;
    };

    void work();
    void deliver(std::uint64_t sequence, RecordResult result);
    void fail(std::exception_ptr failure);
    void stop();

    const CohortRun& run_;
    OrderedOutput& output_;
    const std::size_t window_;

    std::mutex mutex_;
    std::condition_variable work_ready_;
    std::condition_variable window_open_;
    std::deque<Job> jobs_;
    std::map<std::uint64_t, RecordResult> finished_;  // waiting for an earlier line
    std::uint64_t next_sequence_ = 0;
    std::uint64_t next_to_write_ = 0;
    std::size_t in_flight_ = 0;
    std::size_t idle_workers_ = 0;  // waiting for a job: only then is a wake-up needed
    bool reader_waiting_ = false;   // feed() waits for the window to open
    bool writing_ = false;
    bool closing_ = false;
    std::exception_ptr failure_;
    std::vector<std::thread> workers_;
};

}  // namespace coach::detail
