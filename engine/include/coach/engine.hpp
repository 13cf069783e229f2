#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coach/engine_options.hpp"
#include "coach/export.hpp"
#include "coach/planning_case.hpp"
#include "coach/results.hpp"
#include "coach/sdk/athlete.hpp"
#include "coach/sdk/course.hpp"
#include "coach/sdk/philosophy.hpp"
#include "coach/sdk/plan.hpp"

namespace coach {

// The host: finds and loads plugins, plans through them behind the safety gate, compares.
//
// Loading happens in the constructor. After that the engine is immutable: every const method
// is [thread-safe] and may be called from many threads at once. The philosophies are destroyed
// with the engine (with isolation, the destructor ends their worker processes); a plugin library
// loaded in this process stays loaded until the process ends, so that threads a plugin started
// cannot crash the host on its way out. A plugin that calls exit() in this process ends it with
// status 3 after a critical log line naming the plugin and the call.
class COACH_ENGINE_API Engine {
  public:
    // Finds and loads plugins as `options` says. Refused files do not throw: see load_errors().
    explicit Engine(EngineOptions options = {});
    ~Engine();
    Engine(Engine&&) noexcept;
    Engine& operator=(Engine&&) noexcept;

    // The folders and files an engine built with `options` searches for plugins, in search order:
    // options.plugin_paths, then the folders of COACH_PLUGIN_PATH (colon-separated, empty parts
    // skipped; read now, when options.use_environment), then the bundled folder (when
    // options.use_bundled). Paths as given, whether or not they exist; nothing is opened or
    // loaded. A host that writes files uses it to keep its outputs off every plugin input.
    // [thread-safe, though the environment may change between this call and a construction]
    static std::vector<PluginSearchPath> plugin_search_paths(const EngineOptions& options);

    // The loaded philosophies, sorted by id. The reference lives as long as the engine.
    // [thread-safe]
    const std::vector<PluginRecord>& list() const;

    // Files that were found but refused (bad ABI, no entry point, duplicate id, ...).
    // [thread-safe]
    const std::vector<LoadError>& load_errors() const;

    // Files found and left out on purpose, each with why: a hidden ".<name>.protocol.json" in a
    // plugin folder (a protocol name may not start with '.'), or a protocol file whose id a file
    // named one by one (EngineOptions::plugin_paths, `--plugins FILE`) has, set aside for it.
    // Not errors: a host should show them as warnings. [thread-safe]
    const std::vector<LoadError>& load_warnings() const;

    // The loaded philosophy with `id`, or nullptr. [thread-safe]
    const PluginRecord* find(std::string_view id) const;

    // Resolves a request against a record (as_of default, horizon bounds) and reads the record:
    // its chronology and its course of recovery (planning_case.hpp). Throws
    // std::invalid_argument for a horizon outside 1..365 days, an as_of before the injury date,
    // or a horizon that would run past 9999-12-31. [thread-safe]
    static PlanningCase make_case(const Athlete& athlete, const Request& request);

    // One philosophy's plan, gated (safety_gate.hpp): before the plugin runs, the engine builds
    // the record's chronology (chronology.hpp) and course of recovery (course.hpp), which the
    // plugin receives in its Case; a red flag withholds the plan (referral), a philosophy whose
    // info().injuries lacks the record's region is not asked (not_applicable); after it, the
    // plan is checked, a day already logged is not prescribed again, the plan is cut before a
    // red flag dated inside the horizon, the milestones are set (plan_rules.hpp) and advice
    // attached. A plugin that throws or returns an invalid plan yields an outcome with an error,
    // never an exception. Throws std::invalid_argument for an unknown id or a bad request.
    // [thread-safe]
    PlanOutcome plan(std::string_view id, const Athlete& athlete, const Request& request) const;

    // How compare() asks plugins isolated in workers for their plans. In-process plans always
    // run one after another on the calling thread.
    enum class IsolatedCompare {
        side_by_side,  // every worker at once, a thread per philosophy: the lowest latency
        in_turn,       // one after another on the calling thread: the least CPU, for a caller that
                       // already keeps every core busy with comparisons (run_cohort does)
    };

    // The plans of `ids` (all loaded philosophies when empty), in that order, with metrics. One
    // chronology and one course of recovery are built for all of them.
    // Throws std::invalid_argument for an unknown id or a bad request. [thread-safe]
    Comparison compare(const Athlete& athlete, const Request& request,
                       std::span<const std::string> ids = {},
                       IsolatedCompare fan_out = IsolatedCompare::side_by_side) const;

    // Whether any loaded plugin library runs in worker processes (EngineOptions::isolation).
    // [thread-safe]
    bool isolates_plugins() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace coach
