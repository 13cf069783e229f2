#pragma once

#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "coach/sdk/detail/abi.hpp"
#include "isolation/worker_process.hpp"

namespace coach::isolation {

// The workers of one plugin library. Each worker serves one call at a time; when all are busy a
// call starts another, up to one per core, and beyond that waits for one to come free. A worker
// that crashed, timed out or went past the memory limit is dropped, and the next call starts a
// fresh one.
// [thread-safe] plan() may be called from many threads at once.
class WorkerPool {
  public:
    // `first` is the worker that loaded the library when the engine started, and `ids` the
    // philosophies it reported; a worker started later must report the same ones.
    WorkerPool(WorkerSettings settings, std::unique_ptr<WorkerProcess> first,
               std::vector<std::string> ids);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // The plan of philosophy `request.philosophy` for `athlete`, not yet gated, or why there is
    // none.
    abi::Result<Plan> plan(const PlanRequest& request, const Athlete& athlete);

  private:
    // An idle worker, a new one, or nullptr with `error` set when a new one would not start.
    std::unique_ptr<WorkerProcess> acquire(std::string& error);
    void release(std::unique_ptr<WorkerProcess> worker);
    std::unique_ptr<WorkerProcess> start_another(std::string& error) const;

    const WorkerSettings settings_;
    const std::vector<std::string> ids_;
    const std::size_t max_workers_;
    std::mutex mutex_;
    std::condition_variable released_;
    std::vector<std::unique_ptr<WorkerProcess>> idle_;  // guarded by mutex_
    std::size_t workers_ = 0;                           // idle, busy or starting; guarded by mutex_
};

}  // namespace coach::isolation
