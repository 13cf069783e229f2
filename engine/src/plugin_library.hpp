#pragma once

#include <boost/dll/shared_library.hpp>
#include <filesystem>
#include <memory>
#include <string>
#include <variant>

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

// A plugin library kept loaded, with the philosophy it created. Members are destroyed in
// reverse order: the instance before the log context and the library that holds its code.
struct LoadedPlugin {
    boost::dll::shared_library library;
    std::unique_ptr<PluginLogContext> log_context;
    std::unique_ptr<abi::Boundary> instance;
    PluginRecord record;
};

// Loads one plugin file with RTLD_NOW: checks its ABI descriptor before creating anything,
// creates the philosophy, reads and checks its metadata. Returns the reason on refusal.
std::variant<LoadedPlugin, std::string> load_plugin(const std::filesystem::path& file,
                                                    spdlog::logger& logger);

}  // namespace coach::detail
