// Engine construction: finding the plugin folders and files, vetting and loading each library,
// and recording what was refused (engine_impl.hpp).
#include <algorithm>
#include <boost/dll/runtime_symbol_info.hpp>
#include <cstdlib>
#include <optional>
#include <set>
#include <stdexcept>

#include "engine_impl.hpp"
#include "isolation/isolated_library.hpp"

namespace coach {

namespace fs = std::filesystem;

namespace {

// The plugins installed beside libcoach_engine: <libdir>/coach/plugins, in the build tree and in
// an install prefix alike. Named without "bin/../lib" (the run path the loader followed), as
// messages show it (trial 79).
fs::path bundled_plugin_dir() {
    const fs::path dir = boost::dll::this_line_location().parent_path() / COACH_PLUGIN_SUBDIR;
    std::error_code error;
    auto resolved = fs::weakly_canonical(dir, error);
    return error ? dir : resolved;
}

std::vector<fs::path> split_search_path(const char* value) {
    std::vector<fs::path> paths;
    std::string_view rest = value != nullptr ? value : "";
    while (!rest.empty()) {
        const auto colon = rest.find(':');
        const auto part = rest.substr(0, colon);
        if (!part.empty()) {
            paths.emplace_back(part);
        }
        rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
    }
    return paths;
}

// The philosophy id a protocol file defines: "protocol:<name>".
constexpr std::string_view protocol_id_prefix = "protocol:";

}  // namespace

std::vector<PluginSearchPath> Engine::plugin_search_paths(const EngineOptions& options) {
    using Source = PluginSearchPath::Source;
    std::vector<PluginSearchPath> paths;
    for (const auto& path : options.plugin_paths) {
        paths.push_back({path, Source::given});
    }
    if (options.use_environment) {
        for (auto& path : split_search_path(std::getenv("COACH_PLUGIN_PATH"))) {
            paths.push_back({std::move(path), Source::environment});
        }
    }
    if (options.use_bundled) {
        paths.push_back({bundled_plugin_dir(), Source::bundled});
    }
    return paths;
}

void Engine::Impl::load_all() {
    std::vector<detail::SearchPath> search;
    for (auto& [path, source] : plugin_search_paths(options)) {
        search.push_back({std::move(path), source == PluginSearchPath::Source::given,
                          source == PluginSearchPath::Source::bundled});
    }
    // Trust is settled before any plugin code runs: loading a library runs its code.
    const detail::TrustRules rules{options.allow_untrusted,
                                   options.trusted_sha256 ? &*options.trusted_sha256 : nullptr};
    auto found = detail::search_plugins(search, rules, *logger);
    errors = std::move(found.refused);
    skipped = std::move(found.skipped);

    HostServices services{{}, found.folders, {}};
    for (const auto& protocol : found.protocols) {
        auto name = protocol.path.filename().string();
        name.resize(name.size() - detail::protocol_file_suffix.size());
        try {
            services.protocol_files.push_back(
                {protocol.path, std::move(name), protocol.sha256, detail::read_content(protocol)});
        } catch (const std::exception& unreadable) {
            refuse(protocol.path, unreadable.what());
        }
    }
    // The workers of every isolated library start before the engine waits for any: they load
    // their libraries side by side, and the engine reads their hellos in the libraries' order.
    std::vector<std::optional<detail::StartingWorker>> workers(found.libraries.size());
    for (std::size_t i = 0; i < found.libraries.size(); ++i) {
        if (isolates(found.libraries[i])) {
            workers[i] = detail::start_plugin_worker(found.libraries[i].file, logger, services,
                                                     options.isolation);
        }
    }
    // The bundled libraries load first: their ids name published protocols, which a library
    // elsewhere may not take over (load_library() refuses a duplicate id, naming both files).
    for (const bool bundled : {true, false}) {
        for (std::size_t i = 0; i < found.libraries.size(); ++i) {
            if (found.libraries[i].bundled == bundled) {
                load_library(found.libraries[i], services, found.protocols,
                             workers[i] ? &*workers[i] : nullptr);
            }
        }
    }
    std::sort(plugins.begin(), plugins.end(),
              [](const auto& a, const auto& b) { return a.record.info.id < b.record.info.id; });
    for (const auto& plugin : plugins) {
        records.push_back(plugin.record);
    }
}

void Engine::Impl::refuse(const fs::path& file, std::string message) {
    logger->error("{}: {}", file.string(), message);
    errors.push_back({file, std::move(message)});
}

// A protocol file the protocol plugin could not read is refused under its own name: the
// plugin's philosophy for it fails info() with "<file>: <every problem>", and the clinician who
// wrote the file needs its name first, not the library's.
void Engine::Impl::refuse_from(const std::filesystem::path& library, std::string reason,
                               const std::vector<detail::VettedFile>& protocols) {
    constexpr std::string_view threw = "info() failed: threw ";
    for (const auto& protocol : protocols) {
        const auto prefix = std::string{threw} + protocol.path.string() + ": ";
        if (reason.starts_with(prefix)) {
            refuse(protocol.path, reason.substr(prefix.size()));
            return;
        }
    }
    refuse(library, std::move(reason));
}

bool Engine::Impl::isolates(const detail::FoundLibrary& found) const {
    const auto scope = options.isolation.scope;
    return scope == IsolationScope::all || (scope == IsolationScope::unbundled && !found.bundled);
}

void Engine::Impl::load_library(const detail::FoundLibrary& found, const HostServices& services,
                                const std::vector<detail::VettedFile>& protocols,
                                detail::StartingWorker* worker) {
    const auto& file = found.file;
    const bool isolated = worker != nullptr;
    auto loaded = isolated ? detail::load_plugin_in_worker(file, logger, std::move(*worker))
                           : detail::load_plugin(file, logger, services);
    if (auto* reason = std::get_if<std::string>(&loaded)) {
        refuse(file.path, std::move(*reason));
        return;
    }
    any_isolated = any_isolated || isolated;
    auto& plugin = std::get<detail::LoadedPlugin>(loaded);
    for (auto& reason : plugin.refused) {
        refuse_from(file.path, std::move(reason), protocols);
    }
    for (auto& philosophy : plugin.philosophies) {
        auto& record = philosophy.record;
        const auto& id = record.info.id;
        // A protocol's plans come from its file, which is their provenance, not the library that
        // reads it.
        if (id.starts_with(protocol_id_prefix)) {
            const auto name = id.substr(protocol_id_prefix.size());
            const auto protocol =
                std::find_if(protocols.begin(), protocols.end(), [&name](const auto& candidate) {
                    return candidate.path.filename().string()
                           == name + std::string{detail::protocol_file_suffix};
                });
            if (protocol == protocols.end()) {
                refuse(file.path, "metadata refused: the id '" + id
                                      + "' belongs to a protocol file, and no accepted file is "
                                        "named "
                                      + name + std::string{detail::protocol_file_suffix});
                continue;
            }
            record.file = protocol->path;
            record.library_sha256 = protocol->sha256;
        }
        const auto same_id = std::find_if(plugins.begin(), plugins.end(), [&id](const auto& other) {
            return other.record.info.id == id;
        });
        if (same_id != plugins.end()) {
            refuse(file.path, "duplicate philosophy id '" + id + "': already loaded from "
                                  + same_id->record.file.string() + "; refusing "
                                  + file.path.string());
            continue;
        }
        logger->info("loaded {} {} from {}", id, record.info.version, record.file.string());
        philosophy.library = plugin.library.get();
        plugins.push_back(std::move(philosophy));
    }
    libraries.push_back(std::move(plugin.library));
}

}  // namespace coach
