#pragma once

#include <CLI/CLI.hpp>

#include "cli_context.hpp"

namespace coach::cli {

// Registers the options every command takes (--plugins, --trust, --isolate, --width, ...) on
// `app`, parsed into `global`, which must outlive the parse. Shared by `coach` and `coach-mpi`, so
// that both read them the same way. [main thread only]
void add_global_options(CLI::App& app, GlobalOptions& global);

}  // namespace coach::cli
