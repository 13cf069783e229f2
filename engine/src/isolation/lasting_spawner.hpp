#pragma once

#include <functional>

namespace coach::isolation {

// Runs `spawn` on a thread that lives as long as the process, waits for it and returns its result.
// A worker started there is told of its host's death (PR_SET_PDEATHSIG) when the process ends:
// the kernel sends that signal when the thread that forked the worker ends, and the threads that
// ask for workers (a comparison's, a cohort's) come and go. [thread-safe]
int run_on_lasting_thread(const std::function<int()>& spawn);

}  // namespace coach::isolation
