#include "loading/plugin_search.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <set>

#include "coach/json.hpp"
#include "loading/plugin_trust.hpp"

namespace coach::detail {

namespace {

namespace fs = std::filesystem;

// A plugin library may be this large, held in memory while it is checked and loaded.
constexpr std::size_t max_library_bytes = std::size_t{256} << 20;

bool is_protocol_file(const fs::path& path) {
    const auto name = path.filename().string();
    return name.size() > protocol_file_suffix.size() && name.ends_with(protocol_file_suffix);
}

std::string protocol_name(const fs::path& file) {
    const auto name = file.filename().string();
    return name.substr(0, name.size() - protocol_file_suffix.size());
}

// The regular files of `folder` whose names `wanted` accepts, sorted by name.
template <class Wanted>
std::vector<fs::path> files_in(const fs::path& folder, Wanted wanted) {
    std::vector<fs::path> files;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        std::error_code kind;
        if (entry.is_regular_file(kind) && wanted(entry.path())) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

class Search {
  public:
    Search(const TrustRules& rules, spdlog::logger& logger) : rules_(rules), logger_(logger) {}

    void library(const fs::path& file, bool bundled, bool given) {
        if (!first_time(file)) {
            return;  // the same file reached through two search paths
        }
        auto vetted = vet_file(file, rules_, max_library_bytes);
        if (auto* reason = std::get_if<std::string>(&vetted)) {
            refuse(file, std::move(*reason));
            return;
        }
        if (given) {
            add_folder(file.parent_path());
        }
        result_.libraries.push_back({std::move(std::get<VettedFile>(vetted)), bundled});
    }

    // `named`: given one by one (--plugins FILE), which wins over a bundled or found file.
    void protocol(const fs::path& file, bool named = false) {
        if (!first_time(file)) {
            return;
        }
        auto vetted = vet_file(file, rules_, json::max_record_bytes);
        if (auto* reason = std::get_if<std::string>(&vetted)) {
            refuse(file, std::move(*reason));
            return;
        }
        auto name = protocol_name(file);
        // A name starting with '.' is a hidden file's, one starting with '-' reads as an option
        // (docs/DATA.md, "Protocol names"): refused when named, a hidden one found in a folder
        // left out with a warning (an editor's or a tool's copy is no protocol to load).
        // (A name with other faults too, "..Nordic", is left to the protocol plugin, which
        // refuses it proposing a name.)
        const bool otherwise_a_name =
            name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_.") == std::string::npos;
        if ((name.front() == '.' || name.front() == '-') && otherwise_a_name) {
            const std::string rule =
                "a protocol name may not start with '.' or '-'; rename the "
                "file to <name>.protocol.json, <name> starting with a-z or "
                "0-9, with \"name\": \"<name>\", to load it";
            if (!named && name.front() == '.') {
                logger_.warn("{}: skipped: a hidden file", file.string());
                result_.skipped.push_back({file, "skipped, a hidden file: " + rule});
            } else {
                refuse(file, "the file names the protocol \"" + name + "\", but " + rule);
            }
            return;
        }
        if (const auto kept = protocol_names_.find(name); kept != protocol_names_.end()) {
            const auto& [kept_file, kept_named] = kept->second;
            const auto duplicate = "duplicate philosophy id 'protocol:" + name + "': ";
            if (kept_named) {
                // The user named the file that won: it is used as asked, and this one is set
                // aside for it, not refused for a fault of its own (trial 78: `compare` exited 3
                // where `validate-plugin` had only warned). The fix is the named file's.
                auto reason = duplicate + kept_file.string()
                              + ", named with --plugins, is used in its place; to compare the two "
                                "side by side, give that file a \"name\" of its own and rename it "
                                "to match";
                logger_.warn("{}: {}", file.string(), reason);
                result_.skipped.push_back({file, std::move(reason)});
            } else {
                refuse(file, duplicate + "already loaded from " + kept_file.string()
                                 + "; rename this file to load it under another id");
            }
            return;
        }
        protocol_names_.emplace(std::move(name), std::pair{file, named});
        result_.protocols.push_back(std::move(std::get<VettedFile>(vetted)));
    }

    // A searched folder contributes itself only when it passes the ownership check; its files are
    // each vetted, and refused, on their own either way.
    void folder(const fs::path& folder) {
        if (rules_.allow_untrusted || !folder_problem(folder)) {
            add_folder(folder);
        }
        searched_.push_back(folder);
    }

    void refuse(const fs::path& file, std::string message) {
        logger_.error("{}: {}", file.string(), message);
        result_.refused.push_back({file, std::move(message)});
    }

    // The folders whose protocol files are looked at: every folder searched, then the folders of
    // accepted plugin files, each once.
    std::vector<fs::path> protocol_folders() const {
        auto folders = searched_;
        for (const auto& folder : result_.folders) {
            if (std::find(folders.begin(), folders.end(), folder) == folders.end()) {
                folders.push_back(folder);
            }
        }
        return folders;
    }

    SearchResult take() && { return std::move(result_); }

  private:
    bool first_time(const fs::path& file) {
        std::error_code error;
        const auto canonical = fs::weakly_canonical(file, error);
        return seen_.insert(error ? file : canonical).second;
    }
    void add_folder(const fs::path& folder) {
        if (std::find(result_.folders.begin(), result_.folders.end(), folder)
            == result_.folders.end()) {
            result_.folders.push_back(folder);
        }
    }

    const TrustRules& rules_;
    spdlog::logger& logger_;
    SearchResult result_;
    std::set<fs::path> seen_;
    // name: the file accepted for it, and whether it was named one by one
    std::map<std::string, std::pair<fs::path, bool>> protocol_names_;
    std::vector<fs::path> searched_;
};

}  // namespace

SearchResult search_plugins(const std::vector<SearchPath>& paths, const TrustRules& rules,
                            spdlog::logger& logger) {
    Search search{rules, logger};
    std::vector<fs::path> given_protocols;
    for (const auto& [path, given, bundled] : paths) {
        std::error_code error;
        if (fs::is_directory(path, error)) {
            const auto libraries =
                files_in(path, [](const fs::path& file) { return file.extension() == ".so"; });
            logger.debug("searching {} ({} plugin files)", path.string(), libraries.size());
            search.folder(path);
            for (const auto& file : libraries) {
                search.library(file, bundled, false);
            }
        } else if (fs::is_regular_file(path, error)) {
            if (is_protocol_file(path)) {
                given_protocols.push_back(path);
            } else {
                search.library(path, bundled, given);
            }
        } else if (given) {
            search.refuse(path, "no such plugin file or folder");
        } else {
            logger.debug("plugin folder {} does not exist", path.string());
        }
    }
    // Protocols come after the libraries, so that the folders of plugin files given one by one
    // count too. Protocol files named one by one come first, as they were named (naming a file
    // is choosing it); then the bundled protocols, whose ids name published protocols that a file
    // found in a folder may not take over (it is refused, naming both files); then every folder
    // in search order (a file read already is not read again).
    for (const auto& file : given_protocols) {
        search.protocol(file, true);
    }
    for (const auto& [path, given, bundled] : paths) {
        std::error_code error;
        if (bundled && fs::is_directory(path, error)) {
            for (const auto& file : files_in(path, is_protocol_file)) {
                search.protocol(file);
            }
        }
    }
    for (const auto& folder : search.protocol_folders()) {
        for (const auto& file : files_in(folder, is_protocol_file)) {
            search.protocol(file);
        }
    }
    return std::move(search).take();
}

}  // namespace coach::detail
