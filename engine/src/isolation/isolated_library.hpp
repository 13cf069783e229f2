#pragma once

#include <filesystem>
#include <string>
#include <variant>
#include <vector>

#include "coach/engine.hpp"
#include "plugin_library.hpp"

namespace spdlog {
class logger;
}

namespace coach::detail {

// As load_plugin, but the library is loaded in a coach-worker process instead of this one: the
// worker checks the ABI descriptor, creates the philosophies and reports their metadata, so that
// refusals read as they do in-process; the philosophies returned are worker-backed. The library's
// trust and `sha256` must be settled before this is called; every worker started later refuses
// the file if its digest has changed. `logger` receives the plugins' log lines and must outlive
// the returned plugin.
std::variant<LoadedPlugin, std::string> load_plugin_in_worker(
    const std::filesystem::path& file, const std::string& sha256, spdlog::logger& logger,
    const std::vector<std::filesystem::path>& plugin_folders, const IsolationOptions& options);

}  // namespace coach::detail
