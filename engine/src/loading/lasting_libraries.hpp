#pragma once

#include <boost/dll/shared_library.hpp>
#include <memory>
#include <string>
#include <variant>

#include "loading/vetted_file.hpp"

namespace spdlog {
class logger;
}

// What this process keeps of its plugin libraries until it ends. A library, once loaded, is never
// unloaded, whatever becomes of the engines that loaded it: a plugin's own threads may still run
// its code, and log, while the host shuts down, and unmapping that code under them would crash the
// host on its way out.
namespace coach::detail {

// Loads the library whose bytes `file.content` holds, through /proc/self/fd/N, with RTLD_NOW,
// RTLD_LOCAL and RTLD_NODELETE; or returns the library already loaded from the same bytes (the
// same digest). The result lives as long as the process. Returns the loader's reason on failure,
// naming file.path. [thread-safe]
std::variant<const boost::dll::shared_library*, std::string> load_lasting_library(
    const VettedFile& file);

// Where a plugin's log lines go: the engine's logger while it lives, tagged with the plugin's
// file name; lines logged after the engine has gone are dropped.
struct PluginLogContext {
    std::weak_ptr<spdlog::logger> logger;
    std::string name;
};

// A log context that lives as long as the process, for a plugin's HostLog. [thread-safe]
PluginLogContext* lasting_log_context(std::weak_ptr<spdlog::logger> logger, std::string name);

}  // namespace coach::detail
