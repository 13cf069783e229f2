#include "isolation/lasting_spawner.hpp"

#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

namespace coach::isolation {

namespace {

// Never destroyed, like the thread that serves it: it may be waiting on `ready` as the process
// exits.
struct Spawner {
    const pid_t process =
        ::getpid();  // a forked child has no thread: it makes a spawner of its own
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<std::packaged_task<int()>*> tasks;

    Spawner() {
        std::thread{[this] {
            while (true) {
                std::unique_lock lock{mutex};
                ready.wait(lock, [this] { return !tasks.empty(); });
                auto* task = tasks.front();
                tasks.pop_front();
                lock.unlock();
                (*task)();
            }
        }}.detach();
    }
};

}  // namespace

int run_on_lasting_thread(const std::function<int()>& spawn) {
    static std::atomic<Spawner*> current{nullptr};
    static std::mutex making;
    auto* spawner = current.load();
    if (spawner == nullptr || spawner->process != ::getpid()) {
        const std::lock_guard lock{making};
        spawner = current.load();
        if (spawner == nullptr || spawner->process != ::getpid()) {
            spawner = new Spawner;
            current = spawner;
        }
    }
    std::packaged_task<int()> task{spawn};
    auto result = task.get_future();
    {
        const std::lock_guard lock{spawner->mutex};
        spawner->tasks.push_back(&task);
    }
    spawner->ready.notify_one();
    return result.get();
}

}  // namespace coach::isolation
