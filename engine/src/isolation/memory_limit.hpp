#pragma once

#include <cstddef>

namespace coach::isolation {

// How a process limited by limit_memory() ends when an allocation fails: the plugin it ran went
// past the memory limit.
inline constexpr int exit_out_of_memory = 120;

// Lets this process map `megabytes` MiB more than it has mapped now (its own code and libraries,
// and under a sanitizer the shadow memory it reserves), with RLIMIT_AS. An allocation past that
// ends the process at once with exit_out_of_memory, before any plugin code can catch
// std::bad_alloc, so that whoever started it can say what happened. 0 sets no limit. The one
// memory rule of every process that runs plugin code apart from its host: the engine's workers and
// the checks of `coach validate-plugin`.
// [main thread only] Call in the child process before any plugin code runs.
void limit_memory(std::size_t megabytes);

}  // namespace coach::isolation
