#pragma once

#include <memory>
#include <string>
#include <variant>

#include "coach/engine_options.hpp"
#include "coach/sdk/host_services.hpp"
#include "loading/plugin_library.hpp"
#include "loading/vetted_file.hpp"

namespace spdlog {
class logger;
}

namespace coach::detail {

// As load_plugin, but the library is loaded in a coach-worker process instead of this one: the
// worker checks the ABI descriptor, creates the philosophies (with `services`, sent to it) and
// reports their metadata, so that refusals read as they do in-process; the philosophies returned
// are worker-backed. Every worker, the first and those started later, receives the bytes the
// engine checked (`file.content`) as a descriptor, never the file's name. `logger` receives the
// plugins' log lines and must outlive the returned plugin.
std::variant<LoadedPlugin, std::string> load_plugin_in_worker(
    const VettedFile& file, const std::shared_ptr<spdlog::logger>& logger,
    const HostServices& services, const IsolationOptions& options);

}  // namespace coach::detail
