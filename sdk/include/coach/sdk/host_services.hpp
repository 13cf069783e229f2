#pragma once

#include <filesystem>
#include <vector>

#include "coach/sdk/host_log.hpp"

namespace coach {

// What the host hands a plugin when it creates its philosophies. Owned by the host; valid only
// during the factory call, so a plugin copies what it keeps.
struct HostServices {
    HostLog log;
    // The folders the host searches for plugins, in search order. A plugin that reads data files
    // (protocols, tables) looks for them here.
    std::vector<std::filesystem::path> plugin_folders;
};

}  // namespace coach
