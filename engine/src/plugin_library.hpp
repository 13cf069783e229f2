#pragma once

#include <boost/dll/shared_library.hpp>
#include <filesystem>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "coach/engine.hpp"
#include "coach/sdk/abi.hpp"

namespace spdlog {
class logger;
}

namespace coach::detail {

// Where a plugin's log lines go: the engine's logger, tagged with the plugin's file name.
struct PluginLogContext {
    spdlog::logger* logger = nullptr;
    std::string name;
};

// A plugin library kept loaded, with the philosophies it created. Members are destroyed in
// reverse order: the instances before the log context and the library that holds their code.
struct LoadedLibrary {
    boost::dll::shared_library library;
    std::unique_ptr<PluginLogContext> log_context;
    std::vector<std::unique_ptr<abi::Boundary>> instances;
};

// One philosophy of a loaded library. `instance` is owned by its LoadedLibrary.
struct LoadedPhilosophy {
    const abi::Boundary* instance = nullptr;
    PluginRecord record;
};

struct LoadedPlugin {
    std::unique_ptr<LoadedLibrary> library;
    std::vector<LoadedPhilosophy> philosophies;
    std::vector<std::string> refused;  // philosophies of this library refused for their metadata
};

// Loads one plugin file with RTLD_NOW: checks its ABI descriptor before creating anything,
// creates its philosophies, reads and checks their metadata. `sha256` is the file's digest. Returns
// the reason on refusal.
std::variant<LoadedPlugin, std::string> load_plugin(
    const std::filesystem::path& file, const std::string& sha256, spdlog::logger& logger,
    const std::vector<std::filesystem::path>& plugin_folders);

}  // namespace coach::detail
