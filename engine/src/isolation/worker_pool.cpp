#include "isolation/worker_pool.hpp"

#include <algorithm>
#include <thread>

namespace coach::isolation {

WorkerPool::WorkerPool(WorkerSettings settings, std::unique_ptr<WorkerProcess> first,
                       std::vector<std::string> ids)
    : settings_(std::move(settings)),
      ids_(std::move(ids)),
      max_workers_(std::max(1u, std::thread::hardware_concurrency())) {
    if (first) {
        idle_.push_back(std::move(first));
        workers_ = 1;
    }
}

WorkerPool::~WorkerPool() = default;

abi::Result<Plan> WorkerPool::plan(const PlanRequest& request, const Athlete& athlete) {
    std::string error;
    auto worker = acquire(error);
    if (!worker) {
        return {std::nullopt, "could not restart its worker: " + error};
    }
    auto result = worker->plan(request, athlete);
    release(std::move(worker));
    return result;
}

std::unique_ptr<WorkerProcess> WorkerPool::acquire(std::string& error) {
    std::unique_lock lock{mutex_};
    while (true) {
        released_.wait(lock, [this] { return !idle_.empty() || workers_ < max_workers_; });
        if (idle_.empty()) {
            break;
        }
        auto worker = std::move(idle_.back());
        idle_.pop_back();
        if (worker->still_running()) {
            return worker;
        }
        --workers_;  // it died while idle (a plugin thread crashed it): start another instead
        lock.unlock();
        worker.reset();
        lock.lock();
    }
    ++workers_;
    lock.unlock();
    auto worker = start_another(error);
    if (!worker) {
        release(nullptr);
    }
    return worker;
}

void WorkerPool::release(std::unique_ptr<WorkerProcess> worker) {
    std::unique_ptr<WorkerProcess> dead;
    {
        std::lock_guard lock{mutex_};
        if (worker && worker->alive()) {
            idle_.push_back(std::move(worker));
        } else {
            --workers_;
            dead = std::move(worker);
        }
    }
    released_.notify_one();
}

std::unique_ptr<WorkerProcess> WorkerPool::start_another(std::string& error) const {
    Hello hello;
    auto started = WorkerProcess::start(settings_, hello);
    if (auto* failure = std::get_if<StartFailure>(&started)) {
        error = std::move(failure->message);
        return nullptr;
    }
    std::vector<std::string> ids;
    for (const auto& info : hello.philosophies) {
        ids.push_back(info.id);
    }
    if (ids != ids_) {
        error = "the library no longer creates the philosophies it created when it was loaded";
        return nullptr;
    }
    return std::move(std::get<std::unique_ptr<WorkerProcess>>(started));
}

}  // namespace coach::isolation
