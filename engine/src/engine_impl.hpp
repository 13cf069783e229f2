#pragma once

#include <spdlog/spdlog.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "coach/engine.hpp"
#include "plugin_library.hpp"
#include "plugin_search.hpp"
#include "vetted_file.hpp"

// What an Engine holds: the libraries it loaded (never unloaded), the philosophies they hold, and
// what was refused. Shared by engine.cpp (planning) and engine_loading.cpp (finding and loading);
// not part of the public surface.
namespace coach {

struct Engine::Impl {
    std::shared_ptr<spdlog::logger> logger;
    std::vector<std::unique_ptr<detail::LoadedLibrary>> libraries;
    std::vector<detail::LoadedPhilosophy> plugins;  // sorted by id
    std::vector<PluginRecord> records;              // same order
    std::vector<LoadError> errors;
    EngineOptions options;
    bool any_isolated = false;

    void load_all();
    void load_library(const detail::FoundLibrary& found, const HostServices& services,
                      const std::vector<detail::VettedFile>& protocols);
    void refuse(const std::filesystem::path& file, std::string message);
    const detail::LoadedPhilosophy& get(std::string_view id) const;
    // `plugin`'s answer to `input`, through the safety gate.
    PlanOutcome gated_plan(const detail::LoadedPhilosophy& plugin, const Case& input) const;
};

}  // namespace coach
