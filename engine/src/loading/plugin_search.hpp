#pragma once

#include <filesystem>
#include <vector>

#include "coach/engine_options.hpp"
#include "coach/results.hpp"
#include "loading/vetted_file.hpp"

namespace spdlog {
class logger;
}

namespace coach::detail {

// A folder or file the engine searches for plugins.
struct SearchPath {
    std::filesystem::path path;
    bool given = false;    // named by the caller (EngineOptions::plugin_paths): missing is an error
    bool bundled = false;  // the folder of the plugins shipped with the engine
};

// A plugin library found and vetted.
struct FoundLibrary {
    VettedFile file;
    bool bundled = false;
};

// What the search paths hold, vetted (vetted_file.hpp), in search order.
struct SearchResult {
    std::vector<FoundLibrary> libraries;  // `*.so`, each file once however it is reached
    // The folders that contribute: those searched that pass the ownership check, and the folders
    // of plugin files given one by one that were accepted. A refused or missing path contributes
    // nothing, not even its folder.
    std::vector<std::filesystem::path> folders;
    // `<name>.protocol.json` files of those folders (or given one by one), one per name: those
    // given one by one first, then the bundled folder's, then in search order; a later file of a
    // name already accepted is refused ("duplicate philosophy id ..."), naming both files, or
    // skipped when the accepted one was given one by one.
    std::vector<VettedFile> protocols;
    std::vector<LoadError> refused;  // files and paths refused, each with why
    // Files left out on purpose, each with why: hidden protocol files (".<name>.protocol.json")
    // a folder scan found (a protocol name may not start with '.' or '-': docs/DATA.md, "Protocol
    // names"), and protocol files set aside for a file of their id given one by one.
    std::vector<LoadError> skipped;
};

// Searches `paths` as the engine does, before any plugin code runs. [thread-safe]
SearchResult search_plugins(const std::vector<SearchPath>& paths, const TrustRules& rules,
                            spdlog::logger& logger);

// "<name>.protocol.json": the suffix of protocol files.
inline constexpr std::string_view protocol_file_suffix = ".protocol.json";

}  // namespace coach::detail
