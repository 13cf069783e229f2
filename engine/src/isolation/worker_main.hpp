#pragma once

#include "coach/export.hpp"

namespace coach::isolation {

// The whole of coach-worker: loads one plugin library, as the engine would in-process, and serves
// plan requests (worker_protocol.hpp) on its stdin and stdout, which the engine connects to a
// socket, until the engine closes it. Returns the process's exit status.
//
//   coach-worker --library FILE --sha256 HEX [--memory-limit-mb N] [--log-level LEVEL]
//                [--plugin-folder DIR]...
//
// Before the library is opened the socket moves to a private descriptor, stdin reads /dev/null and
// stdout writes to stderr, so nothing a plugin reads or prints touches the channel; the address
// space may grow by N MiB beyond what the worker has mapped when it starts, and an allocation past
// that ends the process with exit_out_of_memory.
// [main thread only] Called once, from main().
COACH_ENGINE_API int run_plugin_worker(int argc, char** argv) noexcept;

}  // namespace coach::isolation
