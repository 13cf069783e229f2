#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string_view>

#include "finding.hpp"

namespace coach::cli::validation {

// What a check's process may use before it is stopped.
struct ProcessLimits {
    std::chrono::duration<double> time{10.0};
    // Memory in MiB the check may map beyond what its process has mapped when it starts, the
    // engine's own limit for its plugin workers (isolation/memory_limit.hpp); 0 for no limit.
    std::size_t memory_mb = 1024;
};

// Runs `check` in a child process of its own and returns its findings, so that a plugin that
// crashes, hangs, exits or exhausts memory takes only that child down. The child is killed, with
// any process it started, once `limits.time` has passed; an allocation past `limits.memory_mb`
// ends it. A child that does not finish gives one `fail` naming the signal, the exit status, the
// memory limit or the time limit.
// Forks: call it only while the calling process runs a single thread. The child's standard
// output goes to standard error, so that what a plugin prints cannot mix with the report.
Findings run_isolated(const std::function<Findings()>& check, const ProcessLimits& limits);

// Tells the parent what the check is doing now, e.g. "planning grade1_fresh", so that a crash,
// timeout or exhausted memory can name it ("crashed with SIGSEGV while planning grade1_fresh").
// [thread-safe] Call only inside a check that run_isolated runs; elsewhere it does nothing.
void announce_activity(std::string_view activity);

}  // namespace coach::cli::validation
