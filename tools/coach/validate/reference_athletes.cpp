#include "reference_athletes.hpp"

#include <dlfcn.h>

#include <algorithm>

#include "../cli_context.hpp"
#include "../input_files.hpp"

namespace coach::cli::validation {

namespace fs = std::filesystem;

namespace {

// The folder libcoach_engine was loaded from, or an empty path.
fs::path engine_library_folder() {
    Dl_info info{};
    auto* const engine_function = &json::encode_plan;
    if (dladdr(reinterpret_cast<const void*>(engine_function), &info) == 0
        || info.dli_fname == nullptr) {
        return {};
    }
    std::error_code error;
    const auto library = fs::canonical(info.dli_fname, error);
    return error ? fs::path{} : library.parent_path();
}

bool is_folder(const fs::path& path) {
    std::error_code error;
    return fs::is_directory(path, error);
}

}  // namespace

PlanningCase ReferenceAthlete::planning_case() const {
    return Engine::make_case(file.athlete, file.request);
}

fs::path reference_athlete_folder(const fs::path& chosen) {
    if (!chosen.empty()) {
        require_folder(chosen.string(), "a folder of athlete records (--athletes)");
        return chosen;
    }
    const auto libdir = engine_library_folder();
    if (!libdir.empty()) {
        const auto installed = libdir / COACH_REFERENCE_ATHLETES_FROM_LIBDIR;
        if (is_folder(installed)) {
            return installed.lexically_normal();
        }
    }
    const fs::path source_tree = COACH_REFERENCE_ATHLETES_SOURCE_DIR;
    if (is_folder(source_tree)) {
        return source_tree;
    }
    throw CommandError(exit_bad_input,
                       "cannot find the SDK's reference athletes beside libcoach_engine ("
                           + (libdir / COACH_REFERENCE_ATHLETES_FROM_LIBDIR).string()
                           + "); name a folder with --athletes");
}

std::vector<ReferenceAthlete> load_reference_athletes(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        if (entry.path().extension() == ".json" && entry.is_regular_file(error)) {
            files.push_back(entry.path());
        }
    }
    if (error) {
        throw CommandError(exit_bad_input, folder.string() + ": " + error.message());
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        throw CommandError(exit_bad_input, folder.string() + ": no athlete records (*.json)");
    }
    std::vector<ReferenceAthlete> athletes;
    for (const auto& file : files) {
        athletes.push_back({file.stem().string(), read_athlete(file.string())});
        try {
            athletes.back().planning_case();
        } catch (const std::invalid_argument& bad_request) {
            throw CommandError(exit_bad_input, file.string() + ": " + bad_request.what());
        }
    }
    return athletes;
}

}  // namespace coach::cli::validation
