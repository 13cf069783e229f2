#pragma once

#include <memory>
#include <string>
#include <variant>

#include "coach/engine_options.hpp"
#include "coach/sdk/host_services.hpp"
#include "isolation/worker_process.hpp"
#include "loading/plugin_library.hpp"
#include "loading/vetted_file.hpp"

namespace spdlog {
class logger;
}

namespace coach::detail {

// A worker started for a library, loading it, whose hello the engine has not read yet; or why no
// worker started.
struct StartingWorker {
    isolation::WorkerSettings settings;
    std::variant<std::unique_ptr<isolation::WorkerProcess>, isolation::StartFailure> launched;
};

// Starts the worker that load_plugin_in_worker() reads, without waiting for it, so that the engine
// may start the workers of all its libraries before it waits for any: they load side by side.
// Every worker, the first and those started later, receives the bytes the engine checked
// (`file.content`) as a descriptor, never the file's name, and `services` for the library's
// factory. `logger` receives the plugins' log lines and must outlive the worker and the plugin.
StartingWorker start_plugin_worker(const VettedFile& file,
                                   const std::shared_ptr<spdlog::logger>& logger,
                                   const HostServices& services, const IsolationOptions& options);

// As load_plugin, but the library is loaded in the coach-worker process `started` (from
// start_plugin_worker() for `file`) instead of this one: the worker checks the ABI descriptor,
// creates the philosophies and reports their metadata, so that refusals read as they do
// in-process; the philosophies returned are worker-backed.
std::variant<LoadedPlugin, std::string> load_plugin_in_worker(
    const VettedFile& file, const std::shared_ptr<spdlog::logger>& logger, StartingWorker started);

}  // namespace coach::detail
