#pragma once

#include <sys/types.h>

#include "isolation/worker_process.hpp"

// Starting a worker process (posix_spawn of coach-worker) and keeping the list of those alive,
// whose process groups the host kills on its way out. Internal to the engine.
namespace coach::isolation {

// Starts the worker of `settings` with `child_socket` as its stdin and stdout, the library's
// bytes at descriptor 3 and nothing else open beyond stderr, in a process group of its own, with
// the default signal mask and dispositions, from the engine's lasting thread (its parent-death
// signal follows that thread). Sets `pid` and remembers the worker. Returns 0 or an errno value.
// [thread-safe]
int spawn_worker(const WorkerSettings& settings, int child_socket, pid_t& pid);

// Forgets a worker that has been reaped: the host no longer kills its group at exit.
// [thread-safe]
void forget_worker(pid_t pid);

}  // namespace coach::isolation
