#pragma once

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "coach/results.hpp"
#include "coach/sdk/detail/abi.hpp"
#include "coach/sdk/host_services.hpp"
#include "loading/vetted_file.hpp"

namespace spdlog {
class logger;
}

namespace coach::detail {

// The philosophies an engine created from one plugin library, destroyed with the engine. The
// library's code stays loaded for the life of the process (lasting_libraries.hpp).
struct LoadedLibrary {
    std::vector<std::unique_ptr<abi::Boundary>> instances;
};

// One philosophy of a loaded library. `instance` is owned by its LoadedLibrary.
struct LoadedPhilosophy {
    const abi::Boundary* instance = nullptr;
    PluginRecord record;
    // The library it lives in (which, isolated, shares one pool of workers among its
    // philosophies); set by the engine when it keeps the philosophy.
    const LoadedLibrary* library = nullptr;
};

struct LoadedPlugin {
    std::unique_ptr<LoadedLibrary> library;
    std::vector<LoadedPhilosophy> philosophies;
    std::vector<std::string> refused;  // philosophies of this library refused for their metadata
};

// Loads the plugin library `file` holds into this process, with RTLD_NOW: names the file in the
// log before its code first runs, checks its ABI descriptor before creating anything, creates its
// philosophies with `services` (their log going to `logger`), reads and checks their metadata.
// Returns the reason on refusal. A plugin that calls exit() meanwhile ends the process with status
// 3 (plugin_call.hpp).
std::variant<LoadedPlugin, std::string> load_plugin(const VettedFile& file,
                                                    const std::shared_ptr<spdlog::logger>& logger,
                                                    HostServices services);

}  // namespace coach::detail
