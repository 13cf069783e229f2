#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "coach/sdk/host_log.hpp"

namespace coach {

// A `<name>.protocol.json` file found in the host's plugin folders. The host reads it once, after
// the checks it applies to plugin libraries (owner and mode of the file and its folder, the trust
// list), so a plugin builds protocols from `text` and never opens the file again: what it reads
// is what was checked. The plans of the philosophy "protocol:<name>" carry `sha256` as their
// provenance.
struct ProtocolFile {
    std::filesystem::path path;  // where it was found, for messages
    std::string name;            // the file name without ".protocol.json"
    std::string sha256;          // lower-case hex SHA-256 of `text`
    std::string text;
};

// What the host hands a plugin when it creates its philosophies. Owned by the host; valid only
// during the factory call, so a plugin copies what it keeps. Fields are only ever added at the
// end, with a new SDK minor version.
struct HostServices {
    HostLog log;
    // The folders the host searches for plugins, in search order, except those it refused. A
    // plugin that reads data files of its own (tables) looks for them here.
    std::vector<std::filesystem::path> plugin_folders;
    // The protocol files of those folders, in search order; of several files with one
    // name, the first the host accepted.
    std::vector<ProtocolFile> protocol_files;
};

}  // namespace coach
