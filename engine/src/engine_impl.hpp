#pragma once

#include <spdlog/spdlog.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/engine.hpp"
#include "coach/safety_gate.hpp"
#include "loading/plugin_library.hpp"
#include "loading/plugin_search.hpp"
#include "loading/vetted_file.hpp"

// What an Engine holds: the libraries it loaded (never unloaded), the philosophies they hold, and
// what was refused. Shared by engine.cpp (planning) and engine_loading.cpp (finding and loading);
// not part of the public surface.
namespace coach::detail {
struct StartingWorker;
}

namespace coach {

// What the safety gate finds in a record as of a case's as_of, before any plugin runs: the same
// for every philosophy, so found once per plan() or compare().
struct GateFindings {
    std::vector<Referral> stops;   // withhold every plan
    std::vector<Referral> advice;  // attached to every plan the gate lets through

    static GateFindings of(const Case& input);
    // What a comparison shows once (Comparison::gate): the stops, or else the advice.
    std::vector<Referral> referrals() const;
};

struct Engine::Impl {
    std::shared_ptr<spdlog::logger> logger;
    std::vector<std::unique_ptr<detail::LoadedLibrary>> libraries;
    std::vector<detail::LoadedPhilosophy> plugins;  // sorted by id
    std::vector<PluginRecord> records;              // same order
    std::vector<LoadError> errors;
    std::vector<LoadError> skipped;  // files left out on purpose (Engine::load_warnings())
    EngineOptions options;
    bool any_isolated = false;

    void load_all();
    // Whether the library `found` is loaded in worker processes.
    bool isolates(const detail::FoundLibrary& found) const;
    // Loads `found`: in `worker`, already started for it, when it is isolated (else null).
    void load_library(const detail::FoundLibrary& found, const HostServices& services,
                      const std::vector<detail::VettedFile>& protocols,
                      detail::StartingWorker* worker);
    void refuse(const std::filesystem::path& file, std::string message);
    // Refuses what `library` reported, or the protocol file the report names.
    void refuse_from(const std::filesystem::path& library, std::string reason,
                     const std::vector<detail::VettedFile>& protocols);
    const detail::LoadedPhilosophy& get(std::string_view id) const;
    // What `plugin` answers to `input`, before the safety gate: a round trip to a worker when its
    // library is isolated; a plan past the size limits is an error. Any thread.
    abi::Result<Plan> call_plugin(const detail::LoadedPhilosophy& plugin, const Case& input) const;
    // call_plugin(), for a comparison that asks its plugins before gating their plans: nothing is
    // asked, and nullopt comes back, when the gate's stops withhold the plan or the philosophy
    // does not cover the injury. Any thread.
    std::optional<abi::Result<Plan>> ask(const detail::LoadedPhilosophy& plugin, const Case& input,
                                         const GateFindings& gate) const;
    // The plan the engine returns: withheld on the gate's stops, not applicable outside the
    // philosophy's injuries, else `answer` (ask()) or, when none is given, call_plugin() through
    // the safety gate. The gate remembers the texts it found clean per thread (safety_gate.cpp):
    // called on a lasting thread, not on one started for a single plan.
    PlanOutcome gated_plan(const detail::LoadedPhilosophy& plugin, const Case& input,
                           const GateFindings& gate,
                           std::optional<abi::Result<Plan>> answer = std::nullopt) const;
};

}  // namespace coach
