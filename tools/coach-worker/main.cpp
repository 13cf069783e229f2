// coach-worker: runs one coach plugin library for an engine that isolates its plugins
// (EngineOptions::isolation, `coach --isolate`). Started by the engine, never by hand.
#include "isolation/worker_main.hpp"

#if defined(__SANITIZE_ADDRESS__)
// Under AddressSanitizer a plugin's crash must still end the worker with its own signal, which the
// engine reports ("worker crashed (signal 11, ...)"), not with the sanitizer's abort.
extern "C" const char* __asan_default_options() {
    return "handle_segv=0:handle_sigbus=0:handle_sigfpe=0:handle_sigill=0:handle_abort=0";
}
#endif

int main(int argc, char** argv) {
    return coach::isolation::run_plugin_worker(argc, argv);
}
