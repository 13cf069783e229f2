#include "cohort/parallel_run.hpp"

namespace coach::detail {

ParallelRun::ParallelRun(const CohortRun& run, OrderedOutput& output, unsigned threads,
                         std::size_t window)
    : run_(run), output_(output), window_(window) {
    try {
        for (unsigned i = 0; i < threads; ++i) {
            workers_.emplace_back([this] { work(); });
        }
    } catch (...) {
        stop();
        throw;
    }
}

ParallelRun::~ParallelRun() {
    stop();
}

void ParallelRun::stop() {
    {
        const std::lock_guard lock{mutex_};
        closing_ = true;
        jobs_.clear();  // after finish() there are none; otherwise the reader failed
    }
    work_ready_.notify_all();
    for (auto& worker : workers_) {
        if (worker.joinable()) {
            worker.join();
        }
    }
}

bool ParallelRun::feed(InputLine line) {
    std::unique_lock lock{mutex_};
    reader_waiting_ = true;
    window_open_.wait(lock, [this] { return in_flight_ < window_ || failure_; });
    reader_waiting_ = false;
    if (failure_) {
        return false;
    }
    jobs_.push_back({next_sequence_++, std::move(line)});
    ++in_flight_;
    const bool wake = idle_workers_ > 0;
    lock.unlock();
    if (wake) {
        work_ready_.notify_one();
    }
    return true;
}

void ParallelRun::finish() {
    {
        const std::lock_guard lock{mutex_};
        closing_ = true;
    }
    work_ready_.notify_all();
    for (auto& worker : workers_) {
        worker.join();
    }
    if (failure_) {
        std::rethrow_exception(failure_);
    }
}

void ParallelRun::work() {
    for (;;) {
        Job job;
        {
            std::unique_lock lock{mutex_};
            ++idle_workers_;
            work_ready_.wait(lock, [this] { return !jobs_.empty() || closing_ || failure_; });
            --idle_workers_;
            if (failure_ || jobs_.empty()) {
                return;
            }
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        try {
            deliver(job.sequence, plan_record(run_, job.line));
        } catch (...) {
            fail(std::current_exception());
            return;
        }
    }
}

void ParallelRun::deliver(std::uint64_t sequence, RecordResult result) {
    std::unique_lock lock{mutex_};
    finished_.emplace(sequence, std::move(result));
    if (writing_) {
        return;  // the thread that is writing will reach this result
    }
    writing_ = true;
    std::vector<RecordResult> batch;
    while (!failure_ && !finished_.empty() && finished_.begin()->first == next_to_write_) {
        batch.clear();
        while (!finished_.empty() && finished_.begin()->first == next_to_write_) {
            batch.push_back(std::move(finished_.begin()->second));
            finished_.erase(finished_.begin());
            ++next_to_write_;
        }
        lock.unlock();
        try {
            for (const auto& ready : batch) {
                output_.write(ready);
            }
        } catch (...) {
            lock.lock();
            writing_ = false;
            if (!failure_) {
                failure_ = std::current_exception();  // before anyone else may write
            }
            lock.unlock();
            work_ready_.notify_all();
            window_open_.notify_all();
            return;
        }
        lock.lock();
        in_flight_ -= batch.size();
        if (reader_waiting_ && in_flight_ <= window_ / 2) {
            window_open_.notify_one();  // half empty: the reader refills several lines per wake
        }
    }
    writing_ = false;
}

void ParallelRun::fail(std::exception_ptr failure) {
    {
        const std::lock_guard lock{mutex_};
        if (!failure_) {
            failure_ = std::move(failure);
        }
    }
    work_ready_.notify_all();
    window_open_.notify_all();
}

}  // namespace coach::detail
