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

#include "coach/export.hpp"
#include "coach/planning_case.hpp"
#include "coach/sdk/athlete.hpp"
#include "coach/sdk/comparison.hpp"
#include "coach/sdk/course.hpp"
#include "coach/sdk/philosophy.hpp"
#include "coach/sdk/plan.hpp"

namespace spdlog {
class logger;
}

namespace coach {

// The largest plan a plugin may return: a plan past it is a plugin error, at once, naming its size
// and the limit, in-process and isolated alike. Counted in the bytes of the plan's binary encoding
// between a worker and the engine; a real plan takes tens of kilobytes.
inline constexpr std::size_t max_plan_bytes = std::size_t{64} << 20;

// Which plugin libraries run in worker processes (IsolationOptions::scope).
enum class IsolationScope {
    none,       // every library in this process: the fastest
    unbundled,  // libraries found outside the bundled folder, code the engine did not ship
    all,        // every library
};

// Out-of-process plugins: each plugin library runs in worker processes of its own (coach-worker),
// so that a plugin that crashes, hangs or exhausts memory yields a plugin error naming it instead
// of taking the host down. Plans, refusals and the safety gate (applied in the host) are the same
// as in-process; every call costs a round trip to a worker. Each worker serves one call at a time;
// a library gets up to one worker per core, started when calls overlap, and a worker that crashed
// or was killed is replaced on the next call.
//
// A worker runs in a process group of its own (a plugin's children go with it) and dies with its
// host, however the host ends: it asks the kernel for SIGKILL when its parent does
// (PR_SET_PDEATHSIG), and the host kills every worker's group on its way out.
struct IsolationOptions {
    IsolationScope scope = IsolationScope::none;
    // A plan() call (counted from when a worker takes it), or starting a worker and loading the
    // library in it, that takes longer is killed and fails with "timed out after N s".
    std::chrono::milliseconds time_limit{10'000};
    // Address space each worker may map beyond what it has mapped when it starts (RLIMIT_AS), in
    // MiB; 0 for no limit. A plugin that goes past it fails with "exceeded the memory limit of N
    // MB". Address space, not resident memory: threads, for one, reserve tens of MiB each.
    std::size_t memory_limit_mb = 1024;
    // The coach-worker executable. Default: the one installed beside libcoach_engine
    // (<libexecdir>/coach/coach-worker), found the same way in the build tree.
    std::filesystem::path worker;
};

struct EngineOptions {
    // Plugin folders or files, searched first, in this order.
    std::vector<std::filesystem::path> plugin_paths;
    // Then the folders in COACH_PLUGIN_PATH (colon-separated).
    bool use_environment = true;
    // Then the plugins bundled with the engine, beside libcoach_engine in the build or install
    // tree.
    bool use_bundled = true;
    // Refuse plugin files, and their folders, that someone other than this user or root owns or
    // that group or others may write; set to true to load them anyway.
    bool allow_untrusted = false;
    // When set, only plugin libraries and protocol files whose SHA-256 (lower-case hex) is listed
    // are loaded; others are refused with their digest.
    //
    // Each file is opened once; its owner and mode are checked on that descriptor and on the
    // folder that really holds it, and its bytes are copied into a sealed memory file while they
    // are hashed. The library loaded (in this process or in a worker) and the protocol read are
    // that copy: what was checked is what runs, whatever happens to the file afterwards.
    std::optional<std::vector<std::string>> trusted_sha256;
    // Where the engine and its plugins log. Default: a logger named "coach" on stderr, warn level.
    std::shared_ptr<spdlog::logger> logger;
    // Run each plugin library in worker processes instead of loading it into this one.
    IsolationOptions isolation;
};

// A loaded philosophy and where it came from: its plugin library, or for a protocol
// ("protocol:<name>") its `<name>.protocol.json` file, not the library that reads it.
struct PluginRecord {
    PhilosophyInfo info;
    std::filesystem::path file;
    std::string library_sha256;  // of `file`; every plan of the philosophy carries it
};

// A plugin file the engine refused, and why, in one line that names the file.
struct LoadError {
    std::filesystem::path file;
    std::string message;
};

// One philosophy's answer: a plan that passed the safety gate (status ok, or referral when the
// gate withheld it, or not_applicable when the philosophy does not cover the injury), or the
// plugin error.
struct PlanOutcome {
    std::string philosophy;
    std::optional<Plan> plan;
    std::string error;  // set when plan is empty: what the plugin did wrong

    bool ok() const { return plan.has_value(); }
};

struct ComparisonEntry {
    PlanOutcome outcome;
    std::optional<Metrics> metrics;  // set when outcome.ok(), unless the plan is not_applicable
};

// Every requested philosophy's plan for one athlete, as of one day, with comparable metrics,
// and the projection of the course of recovery they all planned on (course.hpp).
struct Comparison {
    std::string athlete;
    Date as_of;
    int horizon_days = default_horizon_days;
    std::vector<ComparisonEntry> entries;
    Projection projection;
};

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

    // The loaded philosophies, sorted by id. The reference lives as long as the engine.
    // [thread-safe]
    const std::vector<PluginRecord>& list() const;

    // Files that were found but refused (bad ABI, no entry point, duplicate id, ...).
    // [thread-safe]
    const std::vector<LoadError>& load_errors() const;

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

    spdlog::logger& logger() const;

    // Whether any loaded plugin library runs in worker processes (EngineOptions::isolation).
    // [thread-safe]
    bool isolates_plugins() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace coach
