#pragma once

#include "coach/export.hpp"

namespace coach::isolation {

// The whole of coach-worker: loads one plugin library, as the engine would in-process, and serves
// plan requests (worker_protocol.hpp) on its stdin and stdout, which the engine connects to a
// socket, until the engine closes it. Returns the process's exit status.
//
//   coach-worker --library-fd N --library NAME --sha256 HEX --host-pid PID
//                [--memory-limit-mb N] [--log-level LEVEL]
//
// The library is the bytes the engine checked, at descriptor N (NAME is where it was found, for
// messages); the engine's first message (LoadRequest) carries the plugin folders and protocol files
// its factory is given. The worker asks for SIGKILL when its parent dies, and ends at once if
// PID is no longer its parent. Before the library is opened the socket moves to a private
// descriptor, stdin reads /dev/null and stdout writes to stderr, so nothing a plugin reads or
// prints touches the channel; the address space may grow by N MiB beyond what the worker has
// mapped when it starts, and an allocation past that ends the process with exit_out_of_memory.
// [main thread only] Called once, from main().
COACH_ENGINE_API int run_plugin_worker(int argc, char** argv) noexcept;

}  // namespace coach::isolation
